//! `_random`: the Mersenne Twister (MT19937) generator behind `random`, seeded
//! exactly like CPython (`init_by_array` over the seed's 32-bit digits) so a
//! given seed reproduces CPython's sequence.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_traits::Signed;

use super::util::{exact, module, to_int};
use crate::error::PyResult;
use crate::object::function::NativeImpl;
use crate::object::{type_name_of, Args, BuiltinObj, DictObj, ModuleObj, NativeFn};
use crate::value::Value;
use crate::vm::Vm;

const N: usize = 624;
const M: usize = 397;

pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl Mt {
    pub fn new() -> Mt {
        let mut m = Mt {
            state: [0; N],
            index: N + 1,
        };
        m.init_by_array(&[0]);
        m
    }

    fn init_genrand(&mut self, s: u32) {
        self.state[0] = s;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1812433253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    pub fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let mut i = 1usize;
        let mut j = 0usize;
        let len = key.len().max(1);
        for _ in 0..N.max(len) {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525))
                .wrapping_add(*key.get(j).unwrap_or(&0))
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
            if j >= len {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.state[i - 1];
            self.state[i] = (self.state[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.state[0] = self.state[N - 1];
                i = 1;
            }
        }
        self.state[0] = 0x8000_0000;
        self.index = N;
    }

    pub fn next_u32(&mut self) -> u32 {
        const MAG: [u32; 2] = [0, 0x9908_b0df];
        if self.index >= N {
            for k in 0..N {
                let y = (self.state[k] & 0x8000_0000) | (self.state[(k + 1) % N] & 0x7fff_ffff);
                self.state[k] = self.state[(k + M) % N] ^ (y >> 1) ^ MAG[(y & 1) as usize];
            }
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits, as CPython's `random_random`.
    pub fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// `k` random bits as an int, low 32-bit words first.
    pub fn getrandbits(&mut self, k: u64) -> BigInt {
        if k <= 32 {
            return BigInt::from(self.next_u32() >> (32 - k));
        }
        let words = k.div_ceil(32) as usize;
        let mut digits = Vec::with_capacity(words);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            digits.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &digits)
    }
}

impl Default for Mt {
    fn default() -> Self {
        Mt::new()
    }
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let funcs: &[(&str, NativeFn)] = &[("new_generator", new_generator), ("sha512", sha512)];
    Ok(module("_random", funcs).0)
}

/// `_random.sha512(b)`: the digest CPython appends to a str/bytes seed.
fn sha512(vm: &mut Vm, args: Args) -> PyResult {
    use sha2::Digest;
    exact(vm, &args, "_random", "sha512", 1)?;
    let data = match &args.args[0] {
        Value::Bytes(b) | Value::ByteArray(b) => b.data.borrow().clone(),
        _ => return Err(vm.type_error("sha512() argument must be bytes")),
    };
    let digest = sha2::Sha512::digest(&data);
    Ok(Value::Bytes(Rc::new(crate::object::BytesObj::new(
        digest.to_vec(),
    ))))
}

fn closure(name: &str, f: impl Fn(&mut Vm, Args) -> PyResult + 'static) -> Value {
    Value::Builtin(Rc::new(BuiltinObj {
        name: name.into(),
        func: NativeImpl::Closure(Rc::new(f)),
        owner: None,
        raw_self: false,
    }))
}

/// A fresh generator, as a namespace of closures sharing its state:
/// seed(n_or_None), random(), getrandbits(k), getstate(), setstate(t).
fn new_generator(vm: &mut Vm, args: Args) -> PyResult {
    exact(vm, &args, "_random", "new_generator", 0)?;
    let mt = Rc::new(RefCell::new(Mt::new()));
    let d = crate::gc::new(DictObj::new());
    let g = mt.clone();
    d.set_str(
        "seed",
        closure("seed", move |vm, args| {
            let key = match args.args.first() {
                None | Some(Value::None) => entropy_key(),
                Some(v) => {
                    let n = to_int(vm, v)?;
                    let (_, digits) = n.abs().to_u32_digits();
                    if digits.is_empty() {
                        vec![0]
                    } else {
                        digits
                    }
                }
            };
            g.borrow_mut().init_by_array(&key);
            Ok(Value::None)
        }),
    );
    let g = mt.clone();
    d.set_str(
        "random",
        closure("random", move |_vm, _args| {
            Ok(Value::Float(g.borrow_mut().random()))
        }),
    );
    let g = mt.clone();
    d.set_str(
        "getrandbits",
        closure("getrandbits", move |vm, args| {
            exact(vm, &args, "Random", "getrandbits", 1)?;
            let k = &args.args[0];
            if !matches!(k, Value::Int(_) | Value::Bool(_) | Value::BigInt(_)) {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name_of(k)
                )));
            }
            let k = vm.to_index(k)?;
            if k < 0 {
                return Err(vm.value_error("number of bits must be non-negative"));
            }
            if k == 0 {
                return Ok(Value::Int(0));
            }
            Ok(Value::from_bigint(g.borrow_mut().getrandbits(k as u64)))
        }),
    );
    let g = mt.clone();
    d.set_str(
        "getstate",
        closure("getstate", move |_vm, _args| {
            let m = g.borrow();
            let mut items: Vec<Value> = m.state.iter().map(|&w| Value::Int(w as i64)).collect();
            items.push(Value::Int(m.index as i64));
            Ok(Value::tuple(items))
        }),
    );
    let g = mt;
    d.set_str(
        "setstate",
        closure("setstate", move |vm, args| {
            let items = match args.args.first() {
                Some(Value::Tuple(t)) if t.items.len() == N + 1 => t.items.clone(),
                _ => return Err(vm.value_error("state vector is the wrong size")),
            };
            let mut m = g.borrow_mut();
            for (i, v) in items.iter().enumerate() {
                let Value::Int(w) = v else {
                    return Err(vm.type_error("state vector items must be integers"));
                };
                if i < N {
                    m.state[i] = *w as u32;
                } else {
                    m.index = (*w as usize).min(N);
                }
            }
            Ok(Value::None)
        }),
    );
    Ok(Value::Module(crate::gc::new(ModuleObj::new(
        "_random.generator",
        d,
    ))))
}

/// Seed words from the clock and an address (CPython reads os.urandom).
fn entropy_key() -> Vec<u32> {
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let local = 0u8;
    let addr = &local as *const u8 as usize as u128;
    let x = t ^ (addr << 64);
    vec![
        x as u32,
        (x >> 32) as u32,
        (x >> 64) as u32,
        (x >> 96) as u32,
    ]
}
