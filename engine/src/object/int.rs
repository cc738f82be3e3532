//! `int` arithmetic: an i64 fast path that promotes to `BigInt` on overflow
//! and shrinks back when results fit; Python's floor division, modulo, power,
//! shifts and hashing (mirrors CPython's longobject.c semantics).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::ast::BinOp;
use crate::error::PyResult;
use crate::value::Value;
use crate::vm::Vm;

/// CPython's modulus for numeric hashes (2**61 - 1).
pub const HASH_MODULUS: u64 = (1 << 61) - 1;

pub fn hash_i64(i: i64) -> i64 {
    let h = if i.unsigned_abs() < HASH_MODULUS {
        i
    } else {
        i.signum() * ((i.unsigned_abs() % HASH_MODULUS) as i64)
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = BigInt::from(HASH_MODULUS);
    let r = (b.abs() % &m).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The int value of an int-like (int, bool, big int).
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

pub fn big(b: BigInt) -> Value {
    Value::from_bigint(b)
}

/// int (op) int for any int-likes; None for an op ints do not support.
pub fn int_binary(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if let (Some(x), Some(y)) = (small(a), small(b)) {
        if let Some(v) = small_binary(vm, x, y, op)? {
            return Ok(Some(v));
        }
    }
    let (Some(x), Some(y)) = (to_bigint(a), to_bigint(b)) else {
        return Ok(None);
    };
    Ok(Some(match op {
        BinOp::Add => big(x + y),
        BinOp::Sub => big(x - y),
        BinOp::Mult => big(x * y),
        BinOp::FloorDiv => {
            if y.is_zero() {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            big(x.div_floor(&y))
        }
        BinOp::Mod => {
            if y.is_zero() {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            big(x.mod_floor(&y))
        }
        BinOp::Div => {
            if y.is_zero() {
                return Err(vm.zero_division("division by zero"));
            }
            Value::Float(big_true_div(vm, &x, &y)?)
        }
        BinOp::Pow => {
            if y.is_negative() {
                let xf = big_to_f64(vm, &x)?;
                let yf = big_to_f64(vm, &y)?;
                return crate::object::float::float_binary(vm, xf, yf, BinOp::Pow).map(Some);
            }
            let Some(e) = y.to_u32() else {
                if x.is_zero() || x.is_one() {
                    return Ok(Some(big(x)));
                }
                if x == BigInt::from(-1) {
                    return Ok(Some(if y.is_even() {
                        Value::Int(1)
                    } else {
                        Value::Int(-1)
                    }));
                }
                return Err(vm.new_error("MemoryError", ""));
            };
            big(num_traits::pow(x, e as usize))
        }
        BinOp::LShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let Some(s) = y.to_usize() else {
                return Err(vm.overflow_error("too many digits in integer"));
            };
            big(x << s)
        }
        BinOp::RShift => {
            if y.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let s = y.to_usize().unwrap_or(usize::MAX);
            if s > x.bits() as usize {
                return Ok(Some(Value::Int(if x.is_negative() { -1 } else { 0 })));
            }
            big(x >> s)
        }
        BinOp::BitAnd => big(x & y),
        BinOp::BitOr => big(x | y),
        BinOp::BitXor => big(x ^ y),
        BinOp::MatMult => return Ok(None),
    }))
}

fn small(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

/// i64 fast paths; None when the result needs a big int.
fn small_binary(vm: &mut Vm, x: i64, y: i64, op: BinOp) -> PyResult<Option<Value>> {
    Ok(match op {
        BinOp::Add => x.checked_add(y).map(Value::Int),
        BinOp::Sub => x.checked_sub(y).map(Value::Int),
        BinOp::Mult => x.checked_mul(y).map(Value::Int),
        BinOp::FloorDiv => {
            if y == 0 {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            if x == i64::MIN && y == -1 {
                None
            } else {
                Some(Value::Int(Integer::div_floor(&x, &y)))
            }
        }
        BinOp::Mod => {
            if y == 0 {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            if y == -1 {
                Some(Value::Int(0))
            } else {
                Some(Value::Int(Integer::mod_floor(&x, &y)))
            }
        }
        BinOp::Div => {
            if y == 0 {
                return Err(vm.zero_division("division by zero"));
            }
            if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                Some(Value::Float(x as f64 / y as f64))
            } else {
                None
            }
        }
        BinOp::Pow => {
            if y < 0 {
                return crate::object::float::float_binary(vm, x as f64, y as f64, BinOp::Pow)
                    .map(Some);
            }
            u32::try_from(y)
                .ok()
                .and_then(|e| x.checked_pow(e))
                .map(Value::Int)
        }
        BinOp::LShift => {
            if y < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            if y < 63 {
                let r = x.checked_shl(y as u32).filter(|r| r >> y == x);
                r.map(Value::Int)
            } else if x == 0 {
                Some(Value::Int(0))
            } else {
                None
            }
        }
        BinOp::RShift => {
            if y < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            Some(Value::Int(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            }))
        }
        BinOp::BitAnd => Some(Value::Int(x & y)),
        BinOp::BitOr => Some(Value::Int(x | y)),
        BinOp::BitXor => Some(Value::Int(x ^ y)),
        BinOp::MatMult => None,
    })
}

pub fn big_to_f64(vm: &mut Vm, b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(vm.overflow_error("int too large to convert to float")),
    }
}

/// `x / y` correctly rounded (half-even), as CPython's long_true_divide: one
/// big division producing exactly the bits the result can hold, rounded by
/// the remainder, so no double rounding even for subnormal results.
fn big_true_div(vm: &mut Vm, x: &BigInt, y: &BigInt) -> PyResult<f64> {
    if let (Some(a), Some(b)) = (x.to_f64(), y.to_f64()) {
        if a.is_finite() && b.is_finite() && a.abs() < 9.0e15 && b.abs() < 9.0e15 {
            return Ok(a / b);
        }
    }
    let negative = x.is_negative() != y.is_negative();
    let (a, b) = (x.abs(), y.abs());
    let signed = |f: f64| if negative { -f } else { f };
    if a.is_zero() {
        return Ok(signed(0.0));
    }
    let too_large =
        |vm: &mut Vm| vm.overflow_error("integer division result too large for a float");
    // e with 2**(e-1) <= a/b < 2**e.
    let diff = a.bits() as i64 - b.bits() as i64;
    let at_least_2_pow_diff = if diff >= 0 {
        a >= (&b << diff as usize)
    } else {
        (&a << (-diff) as usize) >= b
    };
    let e = if at_least_2_pow_diff { diff + 1 } else { diff };
    if e > 1024 {
        return Err(too_large(vm));
    }
    // The weight of the result's last bit: 53 bits when normal, fewer below 2**-1022.
    let lsb = (e - 53).max(-1074);
    let (num, den) = if lsb < 0 {
        (a << (-lsb) as usize, b)
    } else {
        (a, b << lsb as usize)
    };
    let (mut q, r) = num.div_rem(&den);
    let twice_r = r << 1usize;
    if twice_r > den || (twice_r == den && q.is_odd()) {
        q += 1;
    }
    // q <= 2**53, so this is exact; scaling by powers of two in two steps
    // keeps every factor a normal float and the product exact.
    let mut f = q.to_f64().unwrap_or(f64::INFINITY);
    let mut scale = lsb;
    while scale != 0 {
        let step = scale.clamp(-1000, 1000);
        f *= 2f64.powi(step as i32);
        scale -= step;
    }
    if f.is_infinite() {
        return Err(too_large(vm));
    }
    Ok(signed(f))
}

/// `-x`, `+x`, `~x` on int-likes.
pub fn int_unary(v: &Value, op: &str) -> Option<Value> {
    let x = to_bigint(v)?;
    Some(match op {
        "neg" => big(-x),
        "pos" => big(x),
        "invert" => big(-x - 1),
        _ => return None,
    })
}

/// `pow(base, exp, mod)` for ints.
pub fn int_pow_mod(vm: &mut Vm, base: &Value, exp: &Value, modulus: &Value) -> PyResult {
    let (Some(b), Some(e), Some(m)) = (to_bigint(base), to_bigint(exp), to_bigint(modulus)) else {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    };
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let (b, e) = if e.is_negative() {
        let inv = mod_inverse(&b.mod_floor(&m), &m)
            .ok_or_else(|| vm.value_error("base is not invertible for the given modulus"))?;
        (inv, -e)
    } else {
        (b, e)
    };
    let r = b.modpow(&e, &m.abs());
    let r = if m.is_negative() && !r.is_zero() {
        r + &m
    } else {
        r
    };
    Ok(big(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let g = a.extended_gcd(m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(m))
}

/// Compares two int-likes.
pub fn int_cmp(a: &Value, b: &Value) -> Option<std::cmp::Ordering> {
    match (small(a), small(b)) {
        (Some(x), Some(y)) => Some(x.cmp(&y)),
        _ => Some(to_bigint(a)?.cmp(&to_bigint(b)?)),
    }
}

/// Decimal text of an i64 without the formatting machinery (`str(i)` and
/// `repr(i)` are hot in string-building code), written into `buf`.
pub fn format_i64(i: i64, buf: &mut [u8; 20]) -> &str {
    let mut pos = buf.len();
    let mut n = i.unsigned_abs();
    loop {
        pos -= 1;
        buf[pos] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        pos -= 1;
        buf[pos] = b'-';
    }
    // The buffer holds ASCII digits and '-' only.
    std::str::from_utf8(&buf[pos..]).unwrap_or_default()
}

pub fn i64_to_string(i: i64) -> String {
    format_i64(i, &mut [0u8; 20]).to_string()
}
