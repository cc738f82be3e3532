//! `binascii`: hex, base64 and CRC conversions with CPython's argument
//! handling and messages. py/binascii.py defines the `Error` and
//! `Incomplete` classes; the conversions find `Error` in the module's dict.

use std::rc::{Rc, Weak};

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::util::{run_source, to_int};
use crate::builtins::types::native_closure;
use crate::error::{PyErr, PyResult};
use crate::object::instance::unwrap_builtin;
use crate::object::{type_name_of, Args, BytesObj, DictObj, ModuleObj};
use crate::value::Value;
use crate::vm::Vm;

type Conv = fn(&mut Vm, Args, &Weak<DictObj>) -> PyResult;

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let d = crate::gc::new(DictObj::new());
    d.set_str("__name__", Value::str("binascii"));
    d.set_str(
        "__doc__",
        Value::str("Conversion between binary data and ASCII"),
    );
    let funcs: &[(&str, Conv)] = &[
        ("hexlify", hexlify),
        ("b2a_hex", b2a_hex),
        ("unhexlify", unhexlify),
        ("a2b_hex", a2b_hex),
        ("b2a_base64", b2a_base64),
        ("a2b_base64", a2b_base64),
        ("crc32", crc32),
        ("crc_hqx", crc_hqx),
    ];
    // A weak link: the module's dict holds the functions, not the reverse.
    let weak = Rc::downgrade(&d);
    for (name, f) in funcs {
        let (f, weak) = (*f, weak.clone());
        d.set_str(
            name,
            native_closure(
                name,
                Rc::new(move |vm: &mut Vm, args: Args| f(vm, args, &weak)),
            ),
        );
    }
    let m = Value::Module(crate::gc::new(ModuleObj::new("binascii", d.clone())));
    vm.modules.set_str("binascii", m.clone());
    if let Err(e) = run_source(vm, "binascii", include_str!("py/binascii.py"), &d) {
        vm.modules.remove_str("binascii");
        return Err(e);
    }
    Ok(m)
}

/// `binascii.Error(msg)`, or a ValueError if the module has gone.
fn error(vm: &mut Vm, module: &Weak<DictObj>, msg: &str) -> PyErr {
    let class = module.upgrade().and_then(|d| d.get_str("Error"));
    match class {
        Some(class) => match vm.call(&class, vec![Value::str(msg)]) {
            Ok(inst) => vm.exc_from_value(inst).unwrap_or_else(|e| e),
            Err(e) => e,
        },
        None => vm.value_error(msg),
    }
}

fn bytes(data: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(BytesObj::new(data)))
}

/// Binds arguments as Argument Clinic does for `name(pos..., *, kwonly...)`
/// where the first `posonly` positional parameters are positional-only and
/// the first `required` are required; CPython's messages for each misuse.
fn clinic(
    vm: &mut Vm,
    args: Args,
    fname: &str,
    pos: &[&str],
    posonly: usize,
    required: usize,
    kwonly: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    let nargs = args.args.len();
    let nkw = args.kwargs.len();
    let maxpos = pos.len();
    let maxargs = maxpos + kwonly.len();
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if nargs + nkw > maxargs {
        return Err(vm.type_error(format!(
            "{}() takes {} {} {}argument{} ({} given)",
            fname,
            if required < maxpos {
                "at most"
            } else {
                "exactly"
            },
            maxargs,
            if nargs == 0 { "keyword " } else { "" },
            plural(maxargs),
            nargs + nkw
        )));
    }
    if nargs > maxpos {
        return Err(vm.type_error(format!(
            "{}() takes {} {} positional argument{} ({} given)",
            fname,
            if required < maxpos {
                "at most"
            } else {
                "exactly"
            },
            maxpos,
            plural(maxpos),
            nargs
        )));
    }
    let minposonly = posonly.min(required);
    if nargs < minposonly {
        return Err(vm.type_error(format!(
            "{}() takes {} {} positional argument{} ({} given)",
            fname,
            if minposonly < maxpos {
                "at least"
            } else {
                "exactly"
            },
            minposonly,
            plural(minposonly),
            nargs
        )));
    }
    let mut out: Vec<Option<Value>> = args.args.iter().cloned().map(Some).collect();
    out.resize(maxargs, None);
    let names: Vec<&str> = pos.iter().chain(kwonly.iter()).copied().collect();
    for (k, v) in &args.kwargs {
        let at = names
            .iter()
            .position(|n| *n == k.as_str())
            .filter(|&i| i >= posonly);
        match at {
            Some(i) if i < nargs => {
                return Err(vm.type_error(format!(
                    "argument for {}() given by name ('{}') and position ({})",
                    fname,
                    k.as_str(),
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    k.as_str(),
                    fname
                )))
            }
        }
    }
    if let Some(i) = (nargs..required).find(|&i| out[i].is_none()) {
        return Err(vm.type_error(format!(
            "{}() missing required argument '{}' (pos {})",
            fname,
            names[i],
            i + 1
        )));
    }
    Ok(out)
}

/// The bytes of a memoryview (py/_memoryview.py's class), if `v` is one.
fn memoryview_bytes(vm: &mut Vm, v: &Value) -> PyResult<Option<Vec<u8>>> {
    if !matches!(v, Value::Instance(_)) || type_name_of(v) != "memoryview" {
        return Ok(None);
    }
    let tobytes = vm.getattr_str(v, "tobytes")?;
    match vm.call(&tobytes, vec![])? {
        Value::Bytes(b) => Ok(Some(b.data.borrow().clone())),
        _ => Ok(None),
    }
}

/// A bytes-like argument (bytes, bytearray, memoryview).
fn buffer(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match unwrap_builtin(v) {
        Value::Bytes(b) | Value::ByteArray(b) => return Ok(b.data.borrow().clone()),
        _ => {}
    }
    match memoryview_bytes(vm, v)? {
        Some(b) => Ok(b),
        None => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name_of(v)
        ))),
    }
}

/// The a2b_* functions also take ASCII-only str.
fn ascii_buffer(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match unwrap_builtin(v) {
        Value::Bytes(b) | Value::ByteArray(b) => return Ok(b.data.borrow().clone()),
        Value::Str(s) => {
            if !s.as_str().is_ascii() {
                return Err(vm.value_error("string argument should contain only ASCII characters"));
            }
            return Ok(s.as_str().as_bytes().to_vec());
        }
        _ => {}
    }
    match memoryview_bytes(vm, v)? {
        Some(b) => Ok(b),
        None => Err(vm.type_error(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            type_name_of(v)
        ))),
    }
}

/// An int argument held in a C int.
fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    if let Value::Float(_) = v {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let i = to_int(vm, v)?;
    i.to_i32()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"))
}

/// An int argument reduced modulo 2**bits, as CPython's unsigned converters do.
fn masked(vm: &mut Vm, v: &Value, bits: u32) -> PyResult<u32> {
    if let Value::Float(_) = v {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let i = to_int(vm, v)?;
    let m: BigInt = i & ((BigInt::from(1u64) << bits) - 1);
    Ok(m.to_u32().unwrap_or(0))
}

/// The separator byte of hexlify(sep=...).
fn sep_byte(vm: &mut Vm, sep: &Value) -> PyResult<u8> {
    let n = vm.len(sep)?;
    if n != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    match unwrap_builtin(sep) {
        // A str of one char below 256 gives that byte, as CPython's Latin-1 kind does.
        Value::Str(s) => match s.as_str().chars().next().map(|c| c as u32) {
            Some(c) if c < 256 => Ok(c as u8),
            _ => Err(vm.value_error("sep must be ASCII.")),
        },
        Value::Bytes(b) => Ok(b.data.borrow()[0]),
        _ => Err(vm.type_error("sep must be str or bytes.")),
    }
}

/// Lowercase hex of `data`, a `sep` byte every `per` bytes counted from the
/// right (from the left when negative).
fn hex(data: &[u8], sep: Option<u8>, per: i32) -> Vec<u8> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let group = per.unsigned_abs() as usize;
    let sep = match sep {
        Some(s) if group != 0 && group < data.len() => Some(s),
        _ => None,
    };
    let mut out = Vec::with_capacity(data.len() * 3);
    for (i, b) in data.iter().enumerate() {
        if let Some(s) = sep {
            let from_start = if per > 0 { data.len() - i } else { i };
            let boundary = i != 0 && from_start.is_multiple_of(group);
            if boundary {
                out.push(s);
            }
        }
        out.push(DIGITS[(b >> 4) as usize]);
        out.push(DIGITS[(b & 15) as usize]);
    }
    out
}

fn hexlify_as(vm: &mut Vm, args: Args, fname: &str) -> PyResult {
    let a = clinic(
        vm,
        args,
        fname,
        &["data", "sep", "bytes_per_sep"],
        0,
        1,
        &[],
    )?;
    let data = buffer(vm, a[0].as_ref().unwrap())?;
    let sep = match &a[1] {
        Some(s) => Some(sep_byte(vm, s)?),
        None => None,
    };
    let per = match &a[2] {
        Some(v) => c_int(vm, v)?,
        None => 1,
    };
    Ok(bytes(hex(&data, sep, per)))
}

fn hexlify(vm: &mut Vm, args: Args, _m: &Weak<DictObj>) -> PyResult {
    hexlify_as(vm, args, "hexlify")
}

fn b2a_hex(vm: &mut Vm, args: Args, _m: &Weak<DictObj>) -> PyResult {
    hexlify_as(vm, args, "b2a_hex")
}

fn unhex_as(vm: &mut Vm, args: Args, m: &Weak<DictObj>, fname: &str) -> PyResult {
    super::util::exact(vm, &args, "binascii", fname, 1)?;
    let data = ascii_buffer(vm, &args.args[0])?;
    if data.len() % 2 != 0 {
        return Err(error(vm, m, "Odd-length string"));
    }
    let digit = |c: u8| (c as char).to_digit(16);
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        match (digit(pair[0]), digit(pair[1])) {
            (Some(hi), Some(lo)) => out.push((hi * 16 + lo) as u8),
            _ => return Err(error(vm, m, "Non-hexadecimal digit found")),
        }
    }
    Ok(bytes(out))
}

fn unhexlify(vm: &mut Vm, args: Args, m: &Weak<DictObj>) -> PyResult {
    unhex_as(vm, args, m, "unhexlify")
}

fn a2b_hex(vm: &mut Vm, args: Args, m: &Weak<DictObj>) -> PyResult {
    unhex_as(vm, args, m, "a2b_hex")
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b2a_base64(vm: &mut Vm, args: Args, _m: &Weak<DictObj>) -> PyResult {
    let a = clinic(vm, args, "b2a_base64", &["data"], 1, 1, &["newline"])?;
    let data = buffer(vm, a[0].as_ref().unwrap())?;
    let newline = match &a[1] {
        Some(v) => c_int(vm, v)? != 0,
        None => true,
    };
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let n = chunk.iter().fold(0u32, |acc, &b| acc << 8 | b as u32) << (8 * (3 - chunk.len()));
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(B64[(n >> (18 - 6 * k) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    Ok(bytes(out))
}

fn b64_value(c: u8) -> Option<u32> {
    B64.iter().position(|&x| x == c).map(|p| p as u32)
}

/// Decodes base64 as CPython does: non-alphabet bytes are skipped (or
/// rejected in strict mode) and a quad completed by padding ends the data.
fn a2b_base64(vm: &mut Vm, args: Args, m: &Weak<DictObj>) -> PyResult {
    let a = clinic(vm, args, "a2b_base64", &["data"], 1, 1, &["strict_mode"])?;
    let data = ascii_buffer(vm, a[0].as_ref().unwrap())?;
    let strict = match &a[1] {
        Some(v) => c_int(vm, v)? != 0,
        None => false,
    };
    if strict && data.first() == Some(&b'=') {
        return Err(error(vm, m, "Leading padding not allowed"));
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 2);
    let (mut quad, mut left, mut pads) = (0usize, 0u32, 0usize);
    let mut padding_started = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err(error(vm, m, "Excess data after padding"));
                    }
                    return Ok(bytes(out));
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err(error(vm, m, "Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(error(vm, m, "Discontinuous padding not allowed"));
        }
        pads = 0;
        match quad {
            0 => {
                left = v;
                quad = 1;
            }
            1 => {
                out.push((left << 2 | v >> 4) as u8);
                left = v & 15;
                quad = 2;
            }
            2 => {
                out.push((left << 4 | v >> 2) as u8);
                left = v & 3;
                quad = 3;
            }
            _ => {
                out.push((left << 6 | v) as u8);
                quad = 0;
            }
        }
    }
    match quad {
        0 => Ok(bytes(out)),
        1 => {
            let msg = format!(
                "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
                out.len() / 3 * 4 + 1
            );
            Err(error(vm, m, &msg))
        }
        _ => Err(error(vm, m, "Incorrect padding")),
    }
}

fn crc32_table() -> &'static [u32; 256] {
    static TABLE: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [0u32; 256];
        for (n, slot) in t.iter_mut().enumerate() {
            let mut c = n as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
            *slot = c;
        }
        t
    })
}

/// zlib's CRC-32, continuing from `crc`.
fn crc32(vm: &mut Vm, args: Args, _m: &Weak<DictObj>) -> PyResult {
    super::util::range(vm, &args, "binascii", "crc32", 1, 2)?;
    let data = buffer(vm, &args.args[0])?;
    let start = match args.args.get(1) {
        Some(v) => masked(vm, v, 32)?,
        None => 0,
    };
    let t = crc32_table();
    let mut c = !start;
    for &b in &data {
        c = t[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    Ok(Value::Int(!c as i64))
}

/// CRC-CCITT (polynomial 0x1021, MSB first), continuing from `crc`.
fn crc_hqx(vm: &mut Vm, args: Args, _m: &Weak<DictObj>) -> PyResult {
    super::util::range(vm, &args, "binascii", "crc_hqx", 2, 2)?;
    let data = buffer(vm, &args.args[0])?;
    let mut c = masked(vm, &args.args[1], 16)? as u16;
    for &b in &data {
        c ^= (b as u16) << 8;
        for _ in 0..8 {
            c = if c & 0x8000 != 0 {
                c << 1 ^ 0x1021
            } else {
                c << 1
            };
        }
    }
    Ok(Value::Int(c as i64))
}
