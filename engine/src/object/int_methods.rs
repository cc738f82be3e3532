//! The script-visible methods and properties of `int` (bit_length, to_bytes,
//! from_bytes, ...) and the `int(...)` constructor (strings in any base, floats,
//! bytes, and objects with `__int__` / `__index__` / `__trunc__`).

use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, Zero};

use super::method_args::{descriptor_error, no_args, self_arg};
use crate::error::PyResult;
use crate::object::int::{big_to_f64, to_bigint};
use crate::object::{type_name_of, Args, BytesObj, NativeFn};
use crate::text::number_parse::{invalid_int_literal_message, parse_int};
use crate::value::Value;
use crate::vm::Vm;

pub const METHODS: &[(&str, NativeFn)] = &[
    ("bit_length", int_bit_length),
    ("bit_count", int_bit_count),
    ("to_bytes", int_to_bytes),
    ("from_bytes", int_from_bytes),
    ("conjugate", int_conjugate),
    ("as_integer_ratio", int_as_integer_ratio),
    ("__index__", int_index),
    ("__int__", int_int),
    ("__float__", int_float),
    ("__trunc__", int_trunc),
    ("__floor__", int_floor),
    ("__ceil__", int_ceil),
    ("__round__", int_round),
];

/// Names in `METHODS` that are class methods.
pub const CLASS_METHODS: &[&str] = &["from_bytes"];

pub const PROPERTIES: &[(&str, NativeFn)] = &[
    ("real", int_real),
    ("imag", int_imag),
    ("numerator", int_real),
    ("denominator", int_denominator),
];

/// CPython's default `sys.get_int_max_str_digits()`.
const MAX_STR_DIGITS: usize = 4300;

fn this(vm: &mut Vm, args: &Args, method: &str) -> PyResult<BigInt> {
    let v = self_arg(args);
    match to_bigint(&v) {
        Some(b) => Ok(b),
        None => Err(descriptor_error(vm, method, "int", &v)),
    }
}

/// `self` as a plain int (bools become 0/1).
fn this_int(vm: &mut Vm, args: &Args, method: &str) -> PyResult {
    let v = self_arg(args);
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v),
        Value::Bool(b) => Ok(Value::Int(b as i64)),
        other => Err(descriptor_error(vm, method, "int", &other)),
    }
}

fn int_bit_length(vm: &mut Vm, args: Args) -> PyResult {
    let x = this(vm, &args, "bit_length")?;
    no_args(vm, &args, "int.bit_length")?;
    Ok(Value::Int(x.bits() as i64))
}

fn int_bit_count(vm: &mut Vm, args: Args) -> PyResult {
    let x = this(vm, &args, "bit_count")?;
    no_args(vm, &args, "int.bit_count")?;
    let ones: u64 = x
        .magnitude()
        .iter_u64_digits()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(ones as i64))
}

/// Collects (length, byteorder, signed) style arguments: up to `npos` positional
/// ones named in `names`, the rest keyword-only.
fn parse_args(
    vm: &mut Vm,
    mut args: Args,
    fname: &str,
    names: &[&str],
    npos: usize,
) -> PyResult<Vec<Option<Value>>> {
    let pos: Vec<Value> = args.args.iter().skip(1).cloned().collect();
    if pos.len() > npos {
        return Err(vm.type_error(format!(
            "{}() takes at most {} positional argument{} ({} given)",
            fname,
            npos,
            if npos == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, v) in pos.into_iter().enumerate() {
        out[i] = Some(v);
    }
    for (i, name) in names.iter().enumerate() {
        if let Some(v) = args.take_kw(name) {
            if out[i].is_some() {
                return Err(vm.type_error(format!(
                    "argument for {}() given by name ('{}') and position ({})",
                    fname,
                    name,
                    i + 1
                )));
            }
            out[i] = Some(v);
        }
    }
    if let Some((k, _)) = args.kwargs.first() {
        let msg = format!(
            "{}() got an unexpected keyword argument '{}'",
            fname,
            k.as_str()
        );
        return Err(vm.type_error(msg));
    }
    Ok(out)
}

/// Reads the `byteorder` argument: true for little-endian.
fn byteorder_arg(vm: &mut Vm, v: Option<Value>, fname: &str) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(Value::Str(s)) => match s.as_str() {
            "little" => Ok(true),
            "big" => Ok(false),
            _ => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        },
        Some(other) => Err(vm.type_error(format!(
            "{}() argument 'byteorder' must be str, not {}",
            fname,
            type_name_of(&other)
        ))),
    }
}

fn int_to_bytes(vm: &mut Vm, args: Args) -> PyResult {
    let x = this(vm, &args, "to_bytes")?;
    let a = parse_args(vm, args, "to_bytes", &["length", "byteorder", "signed"], 2)?;
    let length = match &a[0] {
        Some(v) => vm.to_index(v)?,
        None => 1,
    };
    if length < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let little = byteorder_arg(vm, a[1].clone(), "to_bytes")?;
    let signed = match &a[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if !signed && x.is_negative() {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let length = length as usize;
    let fits = if x.is_zero() {
        true
    } else if signed {
        // Two's complement needs bits() + 1 bits, except for -2**(8n-1).
        let need = if x.is_negative() {
            let m: BigInt = -&x - 1u32;
            m.bits() + 1
        } else {
            x.bits() + 1
        };
        need as usize <= length * 8
    } else {
        x.bits() as usize <= length * 8
    };
    if !fits {
        return Err(vm.overflow_error("int too big to convert"));
    }
    let mut bytes = x.to_signed_bytes_le();
    let fill = if x.is_negative() { 0xff } else { 0 };
    bytes.resize(length.max(bytes.len()), fill);
    bytes.truncate(length);
    if !little {
        bytes.reverse();
    }
    Ok(Value::Bytes(Rc::new(BytesObj::new(bytes))))
}

/// `bytes(v)` as `int.from_bytes` accepts it: a bytes-like object or an
/// iterable of ints in range(256).
fn bytes_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) | Value::ByteArray(b) => Ok(b.data.borrow().clone()),
        Value::Int(_)
        | Value::BigInt(_)
        | Value::Bool(_)
        | Value::Str(_)
        | Value::Float(_)
        | Value::None => Err(vm.type_error(format!(
            "cannot convert '{}' object to bytes",
            type_name_of(v)
        ))),
        _ => {
            let it = match vm.get_iter(v) {
                Ok(it) => it,
                Err(e) if vm.err_matches(&e, "TypeError") => {
                    return Err(vm.type_error(format!(
                        "cannot convert '{}' object to bytes",
                        type_name_of(v)
                    )))
                }
                Err(e) => return Err(e),
            };
            let mut out = Vec::new();
            while let Some(x) = vm.next(&it)? {
                let i = match &x {
                    Value::BigInt(_) => -1,
                    _ => vm.to_index(&x)?,
                };
                if !(0..256).contains(&i) {
                    return Err(vm.value_error("bytes must be in range(0, 256)"));
                }
                out.push(i as u8);
            }
            Ok(out)
        }
    }
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`; `args.args[0]` is the class.
fn int_from_bytes(vm: &mut Vm, args: Args) -> PyResult {
    let a = parse_args(vm, args, "from_bytes", &["bytes", "byteorder", "signed"], 2)?;
    let Some(src) = a[0].clone() else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let little = byteorder_arg(vm, a[1].clone(), "from_bytes")?;
    let signed = match &a[2] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut data = bytes_of(vm, &src)?;
    if !little {
        data.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &data)
    };
    Ok(Value::from_bigint(n))
}

fn int_conjugate(vm: &mut Vm, args: Args) -> PyResult {
    let v = this_int(vm, &args, "conjugate")?;
    no_args(vm, &args, "int.conjugate")?;
    Ok(v)
}

fn int_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult {
    let v = this_int(vm, &args, "as_integer_ratio")?;
    no_args(vm, &args, "int.as_integer_ratio")?;
    Ok(Value::pair(v, Value::Int(1)))
}

fn int_index(vm: &mut Vm, args: Args) -> PyResult {
    let v = this_int(vm, &args, "__index__")?;
    no_args(vm, &args, "int.__index__")?;
    Ok(v)
}

fn int_int(vm: &mut Vm, args: Args) -> PyResult {
    let v = this_int(vm, &args, "__int__")?;
    no_args(vm, &args, "int.__int__")?;
    Ok(v)
}

fn int_trunc(vm: &mut Vm, args: Args) -> PyResult {
    let v = this_int(vm, &args, "__trunc__")?;
    no_args(vm, &args, "int.__trunc__")?;
    Ok(v)
}

fn int_floor(vm: &mut Vm, args: Args) -> PyResult {
    let v = this_int(vm, &args, "__floor__")?;
    no_args(vm, &args, "int.__floor__")?;
    Ok(v)
}

fn int_ceil(vm: &mut Vm, args: Args) -> PyResult {
    let v = this_int(vm, &args, "__ceil__")?;
    no_args(vm, &args, "int.__ceil__")?;
    Ok(v)
}

fn int_float(vm: &mut Vm, args: Args) -> PyResult {
    let x = this(vm, &args, "__float__")?;
    no_args(vm, &args, "int.__float__")?;
    Ok(Value::Float(big_to_f64(vm, &x)?))
}

/// `int.__round__(ndigits=None)`: half-to-even rounding at a power of ten.
fn int_round(vm: &mut Vm, args: Args) -> PyResult {
    let v = this_int(vm, &args, "__round__")?;
    let a = super::method_args::positional(vm, &args, "int.__round__", "__round__", 0, 1)?;
    let nd = match a.first() {
        None | Some(Value::None) => return Ok(v),
        Some(n) => n.clone(),
    };
    let n = match &nd {
        Value::BigInt(b) if b.is_negative() => return Ok(Value::Int(0)),
        Value::BigInt(_) => return Ok(v),
        _ => vm.to_index(&nd)?,
    };
    if n >= 0 {
        return Ok(v);
    }
    let x = to_bigint(&v).unwrap_or_default();
    let digits = x.magnitude().to_string().len() as u64;
    if n.unsigned_abs() > digits + 1 {
        return Ok(Value::Int(0));
    }
    let p = num_traits::pow(BigInt::from(10), n.unsigned_abs() as usize);
    let (q, r) = x.div_mod_floor(&p);
    let twice: BigInt = &r * 2;
    let q = if twice > p || (twice == p && q.is_odd()) {
        q + BigInt::one()
    } else {
        q
    };
    Ok(Value::from_bigint(q * p))
}

fn int_real(vm: &mut Vm, args: Args) -> PyResult {
    this_int(vm, &args, "real")
}

fn int_imag(vm: &mut Vm, args: Args) -> PyResult {
    this_int(vm, &args, "imag")?;
    Ok(Value::Int(0))
}

fn int_denominator(vm: &mut Vm, args: Args) -> PyResult {
    this_int(vm, &args, "denominator")?;
    Ok(Value::Int(1))
}

// ----- the constructor -----

/// `int()`, `int(x)`, `int(x, base)`; `args.args[0]` is the class.
pub fn new(vm: &mut Vm, mut args: Args) -> PyResult {
    // `int(x)`, the common form: no keyword scan, no copy of the arguments.
    if args.kwargs.is_empty() && args.args.len() == 2 {
        return to_int(vm, &args.args[1]);
    }
    let base_kw = args.take_kw("base");
    if let Some((k, _)) = args.kwargs.first() {
        let msg = format!("'{}' is an invalid keyword argument for int()", k.as_str());
        return Err(vm.type_error(msg));
    }
    let pos: Vec<Value> = args.args.iter().skip(1).cloned().collect();
    let total = pos.len() + base_kw.is_some() as usize;
    if total > 2 || pos.len() > 2 {
        return Err(vm.type_error(format!("int() takes at most 2 arguments ({} given)", total)));
    }
    let base = match (pos.get(1), base_kw) {
        (Some(_), Some(_)) => {
            return Err(vm.type_error("argument for int() given by name ('base') and position (2)"))
        }
        (Some(b), None) => Some(b.clone()),
        (None, b) => b,
    };
    let Some(x) = pos.first().cloned() else {
        if base.is_some() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    match base {
        None => to_int(vm, &x),
        Some(b) => {
            let base = match &b {
                Value::BigInt(_) => i64::MAX,
                _ => vm.to_index(&b)?,
            };
            if base != 0 && !(2..=36).contains(&base) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            match &x {
                Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) => {
                    from_text(vm, &x, base as u32)
                }
                _ => Err(vm.type_error("int() can't convert non-string with explicit base")),
            }
        }
    }
}

/// Parses a str/bytes/bytearray as `int(x, base)` does.
fn from_text(vm: &mut Vm, x: &Value, base: u32) -> PyResult {
    if let Value::Str(s) = x {
        let small = match base {
            10 => parse_small_decimal(s.as_str().as_bytes()),
            2..=36 => parse_small_based(s.as_str().as_bytes(), base),
            _ => None,
        };
        if let Some(i) = small {
            return Ok(Value::Int(i));
        }
    }
    let text: Option<String> = match x {
        Value::Str(s) => Some(s.as_str().to_string()),
        Value::Bytes(b) | Value::ByteArray(b) => {
            let data = b.data.borrow();
            if data.is_ascii() {
                Some(String::from_utf8_lossy(&data).into_owned())
            } else {
                None
            }
        }
        _ => None,
    };
    let parsed = text.as_deref().map(|t| parse_int(t, base));
    match (text, parsed) {
        (Some(t), Some(Ok(n))) => {
            check_digit_limit(vm, &t, base)?;
            Ok(Value::from_bigint(n))
        }
        (text, _) => {
            let msg = match (x, text) {
                (Value::Str(_), Some(t)) => invalid_int_literal_message(&t, base),
                _ => {
                    let r = vm.repr(x)?;
                    let shown: String = r.chars().take(200).collect();
                    format!("invalid literal for int() with base {}: {}", base, shown)
                }
            };
            Err(vm.value_error(msg))
        }
    }
}

/// `[+-]?[0-9]{1,18}`, the usual `int(s)` input, read straight into an i64
/// (18 digits cannot overflow). Anything else (spaces, underscores, longer
/// text, other digits) is left to the general parser.
fn parse_small_decimal(b: &[u8]) -> Option<i64> {
    let (neg, digits) = match b.first()? {
        b'-' => (true, &b[1..]),
        b'+' => (false, &b[1..]),
        _ => (false, b),
    };
    if digits.is_empty() || digits.len() > 18 {
        return None;
    }
    let mut n: i64 = 0;
    for &d in digits {
        if !d.is_ascii_digit() {
            return None;
        }
        n = n * 10 + (d - b'0') as i64;
    }
    Some(if neg { -n } else { n })
}

/// `[+-]?[0-9a-zA-Z]+` in `base` (2..=36) that fits an i64, as
/// `parse_small_decimal` for other bases (`int(s, 16)`); no prefix, spaces
/// or underscores (the general parser takes those).
fn parse_small_based(b: &[u8], base: u32) -> Option<i64> {
    let (neg, digits) = match b.first()? {
        b'-' => (true, &b[1..]),
        b'+' => (false, &b[1..]),
        _ => (false, b),
    };
    if digits.is_empty() {
        return None;
    }
    let mut n: i64 = 0;
    for &d in digits {
        let v = (d as char).to_digit(base)?;
        n = n.checked_mul(base as i64)?.checked_add(v as i64)?;
    }
    Some(if neg { -n } else { n })
}

/// CPython refuses to convert more than 4300 digits in a non-power-of-two base.
fn check_digit_limit(vm: &mut Vm, text: &str, base: u32) -> PyResult<()> {
    let t = text.trim();
    let t = t.strip_prefix(['+', '-']).unwrap_or(t);
    let lower = t.get(..2).map(|p| p.to_ascii_lowercase());
    let (base, digits) = match (base, lower.as_deref()) {
        (0 | 16, Some("0x")) => (16, &t[2..]),
        (0 | 8, Some("0o")) => (8, &t[2..]),
        (0 | 2, Some("0b")) => (2, &t[2..]),
        (0, _) => (10, t),
        (b, _) => (b, t),
    };
    if base & (base - 1) == 0 {
        return Ok(());
    }
    let count = digits.chars().filter(|c| *c != '_').count();
    if count > MAX_STR_DIGITS {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            MAX_STR_DIGITS, count
        )));
    }
    Ok(())
}

/// A float truncated toward zero as an int.
pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(Value::from_bigint(BigInt::from_f64(t).unwrap_or_default()))
}

/// `int(x)` with one argument.
pub(crate) fn to_int(vm: &mut Vm, x: &Value) -> PyResult {
    match x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => float_to_int(vm, *f),
        Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) => from_text(vm, x, 10),
        Value::Instance(_) => {
            if let Some(r) = vm.call_dunder(x, "__int__", vec![])? {
                return match r {
                    Value::Int(_) | Value::BigInt(_) => Ok(r),
                    Value::Bool(b) => Ok(Value::Int(b as i64)),
                    other => Err(vm.type_error(format!(
                        "__int__ returned non-int (type {})",
                        type_name_of(&other)
                    ))),
                };
            }
            if let Some(r) = vm.call_dunder(x, "__index__", vec![])? {
                return match r {
                    Value::Int(_) | Value::BigInt(_) => Ok(r),
                    Value::Bool(b) => Ok(Value::Int(b as i64)),
                    other => Err(vm.type_error(format!(
                        "__index__ returned non-int (type {})",
                        type_name_of(&other)
                    ))),
                };
            }
            if let Some(r) = vm.call_dunder(x, "__trunc__", vec![])? {
                return match r {
                    Value::Int(_) | Value::BigInt(_) => Ok(r),
                    Value::Bool(b) => Ok(Value::Int(b as i64)),
                    Value::Instance(_) => match vm.call_dunder(&r, "__index__", vec![])? {
                        Some(i @ (Value::Int(_) | Value::BigInt(_))) => Ok(i),
                        _ => Err(vm.type_error(format!(
                            "__trunc__ returned non-Integral (type {})",
                            type_name_of(&r)
                        ))),
                    },
                    other => Err(vm.type_error(format!(
                        "__trunc__ returned non-Integral (type {})",
                        type_name_of(&other)
                    ))),
                };
            }
            Err(not_a_number(vm, x))
        }
        _ => Err(not_a_number(vm, x)),
    }
}

fn not_a_number(vm: &mut Vm, x: &Value) -> crate::error::PyErr {
    vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name_of(x)
    ))
}

#[cfg(test)]
#[path = "int_methods_tests.rs"]
mod tests;
