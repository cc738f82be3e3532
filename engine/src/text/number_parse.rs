//! Text → number and number → radix text: `int(str, base)`, `float(str)` and
//! `hex()/oct()/bin()`, mirroring CPython 3.11's `PyLong_FromString` / `PyFloat_FromString`
//! (whitespace, signs, underscores between digits, prefixes, any-script decimal digits).

use num_bigint::{BigInt, Sign};
use num_traits::Zero;

use super::str_ops::{decimal_value, py_isspace, repr_str};

/// Whitespace `int()`/`float()` strip: ASCII ` \t\n\v\f\r` and Unicode spaces (but not
/// U+001C..U+001F, which CPython only treats as spaces outside ASCII parsing).
fn is_number_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r')
    } else {
        py_isspace(c)
    }
}

fn digit_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        c.to_digit(36)
    } else {
        decimal_value(c)
    }
}

/// Splits an optional sign off `s`: (negative, rest).
fn take_sign(s: &str) -> (bool, &str) {
    if let Some(rest) = s.strip_prefix('-') {
        (true, rest)
    } else {
        (false, s.strip_prefix('+').unwrap_or(s))
    }
}

/// `int(s, base)`: `base` is 0 (auto-detect from a `0x`/`0o`/`0b` prefix; then leading
/// zeros are only allowed in zero itself) or 2..=36. The caller raises ValueError with
/// [`invalid_int_literal_message`] (and checks the base range / digit limit itself).
#[allow(clippy::result_unit_err)] // the caller builds the message itself
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, ()> {
    if base == 1 || base > 36 {
        return Err(());
    }
    let (negative, body) = take_sign(s.trim_matches(is_number_space));
    let mut base = base;
    let mut prefixed = false;
    let mut digits_str = body;
    let bytes = body.as_bytes();
    if bytes.len() >= 2 && bytes[0] == b'0' {
        let prefix_base = match bytes[1].to_ascii_lowercase() {
            b'x' => 16,
            b'o' => 8,
            b'b' => 2,
            _ => 0,
        };
        if prefix_base != 0 && (base == 0 || base == prefix_base) {
            base = prefix_base;
            prefixed = true;
            digits_str = &body[2..];
        }
    }
    let auto_decimal = base == 0;
    if auto_decimal {
        base = 10;
    }
    let mut digits: Vec<u8> = Vec::with_capacity(digits_str.len());
    let mut last_underscore = false;
    for (i, c) in digits_str.chars().enumerate() {
        if c == '_' {
            // One underscore between digits, or right after a prefix.
            if last_underscore || (i == 0 && !prefixed) {
                return Err(());
            }
            last_underscore = true;
            continue;
        }
        let d = digit_value(c).filter(|&d| d < base).ok_or(())?;
        digits.push(d as u8);
        last_underscore = false;
    }
    if digits.is_empty() || last_underscore {
        return Err(());
    }
    if auto_decimal && !prefixed && digits[0] == 0 && digits.iter().any(|&d| d != 0) {
        return Err(());
    }
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    BigInt::from_radix_be(sign, &digits, base).ok_or(())
}

/// "invalid literal for int() with base 10: 'abc'" (the repr is cut at 200 characters,
/// like CPython's `%.200R`).
pub fn invalid_int_literal_message(s: &str, base: u32) -> String {
    let repr = repr_str(s);
    let shown: String = repr.chars().take(200).collect();
    format!("invalid literal for int() with base {}: {}", base, shown)
}

/// "could not convert string to float: 'abc'".
pub fn invalid_float_message(s: &str) -> String {
    format!("could not convert string to float: {}", repr_str(s))
}

/// Appends a run of digits (single underscores between them allowed) to `out` as ASCII;
/// returns the number of digits, or Err on a misplaced underscore / no digits is Ok(0).
fn take_digit_part(chars: &[char], pos: &mut usize, out: &mut String) -> Result<usize, ()> {
    let mut count = 0;
    while *pos < chars.len() {
        let c = chars[*pos];
        if c == '_' {
            let next_is_digit = chars
                .get(*pos + 1)
                .is_some_and(|&n| decimal_value(n).is_some());
            if count == 0 || !next_is_digit {
                return Err(());
            }
        } else if let Some(d) = decimal_value(c) {
            out.push(char::from(b'0' + d as u8));
            count += 1;
        } else {
            break;
        }
        *pos += 1;
    }
    Ok(count)
}

/// A quiet NaN with a payload no earlier call returned. Floats are stored inline, so
/// identity is bit equality; distinct payloads keep `float('nan') is float('nan')`
/// False (two objects in CPython) while `x is x` and `x in [x]` stay True.
pub fn fresh_nan() -> f64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    let payload = NEXT.fetch_add(1, Ordering::Relaxed) & 0x0007_FFFF_FFFF_FFFF;
    f64::from_bits(0x7FF8_0000_0000_0000 | payload.max(1))
}

/// `float(s)`: decimal literals with optional exponent and underscores between digits,
/// `inf`/`infinity`/`nan` in any case with a sign; no hex. Correctly rounded.
#[allow(clippy::result_unit_err)]
pub fn parse_float(s: &str) -> Result<f64, ()> {
    let (negative, body) = take_sign(s.trim_matches(is_number_space));
    if plain_ascii_float(body.as_bytes()) {
        // The usual input, checked against Python's grammar above, needs
        // none of the copies below.
        if let Ok(m) = body.parse::<f64>() {
            return Ok(if negative { -m } else { m });
        }
    }
    let lowered = body.to_ascii_lowercase();
    let magnitude = match lowered.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => fresh_nan(),
        _ => {
            let chars: Vec<char> = body.chars().collect();
            let mut pos = 0;
            let mut ascii = String::with_capacity(chars.len());
            let int_digits = take_digit_part(&chars, &mut pos, &mut ascii)?;
            let mut frac_digits = 0;
            if pos < chars.len() && chars[pos] == '.' {
                ascii.push('.');
                pos += 1;
                frac_digits = take_digit_part(&chars, &mut pos, &mut ascii)?;
            }
            if int_digits + frac_digits == 0 {
                return Err(());
            }
            if pos < chars.len() && matches!(chars[pos], 'e' | 'E') {
                ascii.push('e');
                pos += 1;
                if pos < chars.len() && matches!(chars[pos], '+' | '-') {
                    ascii.push(chars[pos]);
                    pos += 1;
                }
                if take_digit_part(&chars, &mut pos, &mut ascii)? == 0 {
                    return Err(());
                }
            }
            if pos != chars.len() {
                return Err(());
            }
            ascii.parse::<f64>().map_err(|_| ())?
        }
    };
    Ok(if negative { -magnitude } else { magnitude })
}

/// `digits [. digits] [e [+-] digits]` or `. digits [e ...]` in ASCII, no
/// underscores: text Python and Rust's f64 parser read alike.
fn plain_ascii_float(b: &[u8]) -> bool {
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start
    };
    let mut i = 0;
    let mut n = digits(&mut i);
    if i < b.len() && b[i] == b'.' {
        i += 1;
        n += digits(&mut i);
    }
    if n == 0 {
        return false;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

/// `hex()`/`oct()`/`bin()`-style text: sign, then `prefix`, then lowercase digits
/// (`int_to_str_radix(-31, 16, "0x")` → `-0x1f`).
pub fn int_to_str_radix(value: &BigInt, radix: u32, prefix: &str) -> String {
    let digits = if value.is_zero() {
        "0".to_string()
    } else {
        value.magnitude().to_str_radix(radix)
    };
    let sign = if value.sign() == Sign::Minus { "-" } else { "" };
    format!("{}{}{}", sign, prefix, digits)
}

#[cfg(test)]
#[path = "number_parse_tests.rs"]
mod tests;
