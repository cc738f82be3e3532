//! The script-visible methods and properties of `float` (is_integer,
//! as_integer_ratio, hex, fromhex, ...) and the `float(...)` constructor.

use num_bigint::BigInt;
use num_traits::{One, ToPrimitive, Zero};

use super::method_args::{descriptor_error, no_args, one_arg, self_arg};
use crate::error::PyResult;
use crate::object::int::big_to_f64;
use crate::object::{type_name_of, Args, NativeFn};
use crate::text::number_parse::{invalid_float_message, parse_float};
use crate::value::Value;
use crate::vm::Vm;

pub const METHODS: &[(&str, NativeFn)] = &[
    ("is_integer", float_is_integer),
    ("as_integer_ratio", float_as_integer_ratio),
    ("hex", float_hex),
    ("fromhex", float_fromhex),
    ("conjugate", float_conjugate),
    ("__float__", float_float),
    ("__int__", float_int),
    ("__trunc__", float_int),
    ("__floor__", float_floor),
    ("__ceil__", float_ceil),
];

/// Names in `METHODS` that are class methods.
pub const CLASS_METHODS: &[&str] = &["fromhex"];

pub const PROPERTIES: &[(&str, NativeFn)] = &[("real", float_real), ("imag", float_imag)];

fn this(vm: &mut Vm, args: &Args, method: &str) -> PyResult<f64> {
    match self_arg(args) {
        Value::Float(f) => Ok(f),
        other => Err(descriptor_error(vm, method, "float", &other)),
    }
}

fn float_is_integer(vm: &mut Vm, args: Args) -> PyResult {
    let x = this(vm, &args, "is_integer")?;
    no_args(vm, &args, "float.is_integer")?;
    Ok(Value::Bool(x.is_finite() && x.fract() == 0.0))
}

/// Splits a finite float into (mantissa, exponent) with `x == m * 2**e` exactly
/// and `m` odd (or zero).
fn integer_parts(x: f64) -> (BigInt, i64) {
    if x == 0.0 {
        return (BigInt::zero(), 0);
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    let tz = m.trailing_zeros() as i64;
    m >>= tz;
    e += tz;
    let m = BigInt::from(m);
    (if x < 0.0 { -m } else { m }, e)
}

fn float_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult {
    let x = this(vm, &args, "as_integer_ratio")?;
    no_args(vm, &args, "float.as_integer_ratio")?;
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    if x.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    let (m, e) = integer_parts(x);
    let (num, den) = if e >= 0 {
        (m << e as usize, BigInt::one())
    } else {
        (m, BigInt::one() << (-e) as usize)
    };
    Ok(Value::pair(
        Value::from_bigint(num),
        Value::from_bigint(den),
    ))
}

/// `float.hex()`: `0x1.8000000000000p+0` style, 13 hex digits for nonzero values.
pub fn float_to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{}0x0.0p+0", sign);
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if exp_bits == 0 {
        (0, -1022)
    } else {
        (1, exp_bits - 1023)
    };
    let exp_sign = if exp >= 0 { "+" } else { "-" };
    format!("{}0x{}.{:013x}p{}{}", sign, lead, frac, exp_sign, exp.abs())
}

fn float_hex(vm: &mut Vm, args: Args) -> PyResult {
    let x = this(vm, &args, "hex")?;
    no_args(vm, &args, "float.hex")?;
    Ok(Value::string(float_to_hex(x)))
}

/// Parses `float.fromhex`'s argument. Err(false) for a malformed string,
/// Err(true) when the value is too large for a float.
pub fn parse_hex_float(s: &str) -> Result<f64, bool> {
    let t = s.trim_matches(|c: char| c.is_whitespace());
    let (neg, body) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let signed = |v: f64| if neg { -v } else { v };
    let lower = body.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => return Ok(signed(f64::INFINITY)),
        "nan" => return Ok(signed(crate::text::number_parse::fresh_nan())),
        _ => {}
    }
    let body = if lower.starts_with("0x") {
        &body[2..]
    } else {
        body
    };
    let bytes = body.as_bytes();
    let mut pos = 0;
    let mut mantissa = BigInt::zero();
    let mut ndigits = 0usize;
    let mut frac_digits = 0i64;
    let mut seen_point = false;
    while pos < bytes.len() {
        let c = bytes[pos] as char;
        if c == '.' && !seen_point {
            seen_point = true;
        } else if let Some(d) = c.to_digit(16) {
            mantissa = (mantissa << 4usize) + BigInt::from(d);
            ndigits += 1;
            if seen_point {
                frac_digits += 1;
            }
        } else {
            break;
        }
        pos += 1;
    }
    if ndigits == 0 {
        return Err(false);
    }
    let mut exp: i64 = 0;
    if pos < bytes.len() && (bytes[pos] == b'p' || bytes[pos] == b'P') {
        pos += 1;
        let mut eneg = false;
        if pos < bytes.len() && (bytes[pos] == b'+' || bytes[pos] == b'-') {
            eneg = bytes[pos] == b'-';
            pos += 1;
        }
        let start = pos;
        while pos < bytes.len() && bytes[pos].is_ascii_digit() {
            // Saturate: anything this large is an overflow or zero anyway.
            exp = exp
                .saturating_mul(10)
                .saturating_add((bytes[pos] - b'0') as i64)
                .min(1 << 40);
            pos += 1;
        }
        if pos == start {
            return Err(false);
        }
        if eneg {
            exp = -exp;
        }
    }
    if pos != bytes.len() {
        return Err(false);
    }
    if mantissa.is_zero() {
        return Ok(signed(0.0));
    }
    // value = mantissa * 2**e, rounded half-even to 53 bits (or to 2**-1074).
    let e = exp - 4 * frac_digits;
    let top = mantissa.bits() as i64 + e;
    if top > 1024 {
        return Err(true);
    }
    let lsb = (top - 53).max(-1074);
    let q: BigInt = if e >= lsb {
        mantissa << (e - lsb) as usize
    } else {
        let shift = (lsb - e) as usize;
        let q: BigInt = &mantissa >> shift;
        let rem: BigInt = &mantissa - (&q << shift);
        let half = BigInt::one() << (shift - 1);
        if rem > half || (rem == half && (&q & BigInt::one()).is_one()) {
            q + 1
        } else {
            q
        }
    };
    if q.bits() as i64 + lsb > 1024 {
        return Err(true);
    }
    let mut v = q.to_u64().map_or(0.0, |m| m as f64);
    let mut k = lsb;
    while k != 0 {
        let step = k.clamp(-1000, 1000);
        v *= 2f64.powi(step as i32);
        k -= step;
    }
    Ok(signed(v))
}

/// `float.fromhex(s)`; `args.args[0]` is the class.
fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult {
    let s = one_arg(vm, &args, "float.fromhex")?;
    let Value::Str(s) = &s else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            type_name_of(&s)
        )));
    };
    match parse_hex_float(s.as_str()) {
        Ok(v) => Ok(Value::Float(v)),
        Err(false) => Err(vm.value_error("invalid hexadecimal floating-point string")),
        Err(true) => Err(vm.overflow_error("hexadecimal value too large to represent as a float")),
    }
}

fn float_conjugate(vm: &mut Vm, args: Args) -> PyResult {
    let x = this(vm, &args, "conjugate")?;
    no_args(vm, &args, "float.conjugate")?;
    Ok(Value::Float(x))
}

fn float_float(vm: &mut Vm, args: Args) -> PyResult {
    let x = this(vm, &args, "__float__")?;
    no_args(vm, &args, "float.__float__")?;
    Ok(Value::Float(x))
}

fn float_int(vm: &mut Vm, args: Args) -> PyResult {
    let x = this(vm, &args, "__int__")?;
    no_args(vm, &args, "float.__int__")?;
    super::int_methods::float_to_int(vm, x)
}

fn float_floor(vm: &mut Vm, args: Args) -> PyResult {
    let x = this(vm, &args, "__floor__")?;
    no_args(vm, &args, "float.__floor__")?;
    super::int_methods::float_to_int(vm, x.floor())
}

fn float_ceil(vm: &mut Vm, args: Args) -> PyResult {
    let x = this(vm, &args, "__ceil__")?;
    no_args(vm, &args, "float.__ceil__")?;
    super::int_methods::float_to_int(vm, x.ceil())
}

fn float_real(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Float(this(vm, &args, "real")?))
}

fn float_imag(vm: &mut Vm, args: Args) -> PyResult {
    this(vm, &args, "imag")?;
    Ok(Value::Float(0.0))
}

// ----- the constructor -----

/// `float()` / `float(x)`; `args.args[0]` is the class.
pub fn new(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("float() takes no keyword arguments"));
    }
    let n = args.args.len().saturating_sub(1);
    super::method_args::check_count(vm, n, "float", 0, 1)?;
    match args.args.get(1) {
        None => Ok(Value::Float(0.0)),
        Some(x) => to_float(vm, x).map(Value::Float),
    }
}

/// `float(x)` for one argument.
pub fn to_float(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    match x {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => big_to_f64(vm, b),
        Value::Str(s) => match parse_float(s.as_str()) {
            Ok(f) => Ok(f),
            Err(()) => Err(vm.value_error(invalid_float_message(s.as_str()))),
        },
        Value::Bytes(b) | Value::ByteArray(b) => {
            let parsed = {
                let data = b.data.borrow();
                std::str::from_utf8(&data)
                    .ok()
                    .and_then(|t| parse_float(t).ok())
            };
            match parsed {
                Some(f) => Ok(f),
                None => {
                    let r = vm.repr(x)?;
                    Err(vm.value_error(format!("could not convert string to float: {}", r)))
                }
            }
        }
        Value::Instance(_) => {
            if let Some(r) = vm.call_dunder(x, "__float__", vec![])? {
                return match r {
                    Value::Float(f) => Ok(f),
                    other => Err(vm.type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        type_name_of(x),
                        type_name_of(&other)
                    ))),
                };
            }
            if let Some(r) = vm.call_dunder(x, "__index__", vec![])? {
                return match &r {
                    Value::Int(i) => Ok(*i as f64),
                    Value::Bool(b) => Ok(*b as i64 as f64),
                    Value::BigInt(b) => {
                        let b = b.clone();
                        big_to_f64(vm, &b)
                    }
                    other => Err(vm.type_error(format!(
                        "__index__ returned non-int (type {})",
                        type_name_of(other)
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
        "float() argument must be a string or a real number, not '{}'",
        type_name_of(x)
    ))
}

#[cfg(test)]
#[path = "float_methods_tests.rs"]
mod tests;
