//! `struct`: the float codecs (`e` half, `f` single, `d` double) as bit
//! patterns, mirroring CPython's PyFloat_Pack2/4/8 and Unpack2/4/8; the
//! format parsing, integers and byte order are Python (`py/struct.py`).

use num_bigint::BigInt;

use super::util::{exact, source_module, to_f64, to_int};
use crate::error::PyResult;
use crate::object::int::big;
use crate::object::{Args, NativeFn};
use crate::value::Value;
use crate::vm::Vm;

const FUNCS: &[(&str, NativeFn)] = &[
    ("_as_double", as_double),
    ("_float_bits", float_bits),
    ("_bits_float", bits_float),
];

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    source_module(vm, "struct", FUNCS, include_str!("py/struct.py"))
}

/// `_as_double(v)`: v as a C double the way PyFloat_AsDouble reads it
/// (floats, ints, `__float__`, `__index__`); the caller words the error.
fn as_double(vm: &mut Vm, args: Args) -> PyResult {
    exact(vm, &args, "struct", "_as_double", 1)?;
    Ok(Value::Float(to_f64(vm, &args.args[0])?))
}

fn code_of(vm: &mut Vm, v: &Value) -> PyResult<char> {
    match v.as_str() {
        Some("e") => Ok('e'),
        Some("f") => Ok('f'),
        Some("d") => Ok('d'),
        _ => Err(vm.value_error("float code must be 'e', 'f' or 'd'")),
    }
}

/// `_float_bits(x, code, native)`: the bit pattern of float `x` in format
/// `code`. Standard sizes refuse a finite value that rounds to infinity;
/// native `f` is a plain C cast, as CPython's np_float.
fn float_bits(vm: &mut Vm, args: Args) -> PyResult {
    exact(vm, &args, "struct", "_float_bits", 3)?;
    let mut x = to_f64(vm, &args.args[0])?;
    let code = code_of(vm, &args.args[1])?;
    let native = vm.truthy(&args.args[2])?;
    if x.is_nan() {
        // Krait's NaN payloads tag identities (`fresh_nan`), they are not
        // data: pack the quiet NaN CPython's float('nan') has, keeping the sign.
        x = f64::from_bits(0x7ff8_0000_0000_0000 | (x.to_bits() & (1 << 63)));
    }
    let bits: u64 = match code {
        'd' => x.to_bits(),
        'f' => {
            let y = x as f32;
            if y.is_infinite() && x.is_finite() && !native {
                return Err(vm.overflow_error("float too large to pack with f format"));
            }
            u64::from(y.to_bits())
        }
        _ => match half_bits(x) {
            Some(h) => u64::from(h),
            None => return Err(vm.overflow_error("float too large to pack with e format")),
        },
    };
    Ok(big(BigInt::from(bits)))
}

/// `_bits_float(bits, code)`: the float a bit pattern of format `code` holds.
fn bits_float(vm: &mut Vm, args: Args) -> PyResult {
    exact(vm, &args, "struct", "_bits_float", 2)?;
    let n = to_int(vm, &args.args[0])?;
    let code = code_of(vm, &args.args[1])?;
    let Ok(bits) = u64::try_from(n) else {
        return Err(vm.value_error("bit pattern out of range"));
    };
    Ok(Value::Float(match code {
        'd' => f64::from_bits(bits),
        'f' => f64::from(f32::from_bits(bits as u32)),
        _ => half_value(bits as u16),
    }))
}

/// IEEE half-precision bits of `x`, rounded half to even; None when a finite
/// `x` rounds beyond the largest half (65504). NaNs become the quiet NaN
/// 0x7e00 with x's sign, as CPython packs them.
fn half_bits(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Some(sign);
    }
    if a >= 65520.0 {
        return None;
    }
    // a = mantissa * 2**exponent exactly, mantissa with 53 significant bits
    // (fewer for subnormal doubles, which all round to zero here).
    let raw = a.to_bits();
    let biased = (raw >> 52) as i32;
    let (mantissa, exponent) = if biased == 0 {
        (raw & ((1 << 52) - 1), -1074)
    } else {
        ((raw & ((1 << 52) - 1)) | (1 << 52), biased - 1075)
    };
    // Weight of the half's last bit: 10 bits below the leading one for
    // normal halves, 2**-24 for subnormal ones.
    let top = exponent + 63 - mantissa.leading_zeros() as i32;
    let lsb = (top - 10).max(-24);
    let shift = lsb - exponent;
    let q = if shift <= 0 {
        mantissa << (-shift)
    } else if shift >= 64 {
        0
    } else {
        let q = mantissa >> shift;
        let rest = mantissa & ((1u64 << shift) - 1);
        let half = 1u64 << (shift - 1);
        if rest > half || (rest == half && q & 1 == 1) {
            q + 1
        } else {
            q
        }
    };
    if q == 0 {
        return Some(sign);
    }
    // q * 2**lsb, q < 2**11 (2**11 only after a carry, still exact).
    let (q, lsb) = if q >= 1 << 11 {
        (q >> 1, lsb + 1)
    } else {
        (q, lsb)
    };
    if q < 1 << 10 {
        return Some(sign | q as u16);
    }
    let field = lsb + 10 + 15;
    if field >= 31 {
        return None;
    }
    Some(sign | ((field as u16) << 10) | (q as u16 & 0x3ff))
}

/// The value of IEEE half-precision bits (every half is exact as an f64).
fn half_value(h: u16) -> f64 {
    let negative = h & 0x8000 != 0;
    let field = i32::from((h >> 10) & 0x1f);
    let fraction = f64::from(h & 0x3ff);
    let magnitude = match field {
        0 => fraction * 2f64.powi(-24),
        31 if fraction == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (1024.0 + fraction) * 2f64.powi(field - 25),
    };
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn half_rounding_matches_cpython() {
        // Pairs from CPython's struct.pack('<e', x).
        let cases: &[(f64, u16)] = &[
            (1.0, 0x3c00),
            (-2.0, 0xc000),
            (65504.0, 0x7bff),
            (65519.0, 0x7bff),
            (5.960464477539063e-08, 0x0001),
            (2.9802322387695312e-08, 0x0000),
            (2.980232238769532e-08, 0x0001),
            (8.940696716308594e-08, 0x0002),
            (2049.0, 0x6800),
            (2051.0, 0x6802),
            (6e-8, 0x0001),
            (1e-8, 0x0000),
            (0.1, 0x2e66),
            (1.0009765625 + 0.00048828125, 0x3c02),
            (6.103515625e-05, 0x0400),
        ];
        for (x, want) in cases {
            assert_eq!(half_bits(*x), Some(*want), "half_bits({:?})", x);
        }
        assert_eq!(half_bits(65520.0), None);
        assert_eq!(half_bits(f64::NAN), Some(0x7e00));
        assert_eq!(half_value(0x7bff), 65504.0);
        assert_eq!(half_value(0x0001), 5.960464477539063e-08);
        assert_eq!(half_value(0xfc00), f64::NEG_INFINITY);
    }
}
