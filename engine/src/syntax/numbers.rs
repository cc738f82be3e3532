//! Number literal decoding: ints (with big-int fallback), floats, imaginary.

use crate::ast::Constant;
use num_bigint::BigInt;

/// Decodes a number token already validated by the pre-pass.
pub(crate) fn parse_number(text: &str) -> Result<Constant, String> {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let radix = match lower.get(..2) {
        Some("0x") => 16,
        Some("0o") => 8,
        Some("0b") => 2,
        _ => 10,
    };
    if radix != 10 {
        return int_constant(&lower[2..], radix);
    }
    if let Some(imag) = lower.strip_suffix('j') {
        return float_value(imag).map(Constant::Imaginary);
    }
    if lower.contains(['.', 'e']) {
        return float_value(&lower).map(Constant::Float);
    }
    int_constant(&lower, 10)
}

fn int_constant(digits: &str, radix: u32) -> Result<Constant, String> {
    if let Ok(v) = i64::from_str_radix(digits, radix) {
        return Ok(Constant::Int(v));
    }
    BigInt::parse_bytes(digits.as_bytes(), radix)
        .map(|b| Constant::BigInt(b.to_string()))
        .ok_or_else(|| "invalid decimal literal".to_string())
}

fn float_value(text: &str) -> Result<f64, String> {
    text.parse::<f64>()
        .map_err(|_| "invalid decimal literal".to_string())
}
