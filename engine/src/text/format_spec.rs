//! The format-spec mini-language of `format()` / `str.format` / f-strings: parsing and the
//! `str`, `int` and `float` renderers, mirroring CPython 3.11's `Python/formatter_unicode.c`
//! (same error messages, zero padding that is grouped, `z`, `#`, `=` alignment).

use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

use super::float_repr::format_float_parts;

/// A parsed `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FormatSpec {
    /// Fill character, only when given explicitly together with an alignment.
    pub fill: Option<char>,
    /// `<`, `>`, `^` or `=`.
    pub align: Option<char>,
    /// `+`, `-` or `' '` when given.
    pub sign: Option<char>,
    /// `z`: coerce negative zero to positive zero (floats only).
    pub no_neg_zero: bool,
    /// `#`.
    pub alternate: bool,
    /// The `0` flag before the width (only recognised when no explicit fill was given).
    pub zero: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// Presentation type; None when omitted.
    pub kind: Option<char>,
}

/// A formatting failure: the Python exception class and its message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    /// `ValueError(message)`.
    Value(String),
    /// `OverflowError(message)`.
    Overflow(String),
}

impl FormatError {
    pub fn message(&self) -> &str {
        match self {
            FormatError::Value(m) | FormatError::Overflow(m) => m,
        }
    }
}

impl std::fmt::Display for FormatError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message())
    }
}

fn value_err<T>(msg: impl Into<String>) -> Result<T, FormatError> {
    Err(FormatError::Value(msg.into()))
}

/// How CPython quotes a presentation type in messages: `'d'`, or `'\xe9'` outside 33..=127.
pub fn type_char_for_message(c: char) -> String {
    let n = c as u32;
    if n > 32 && n < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", n)
    }
}

/// "Unknown format code 'd' for object of type 'str'".
pub fn unknown_format_code(kind: char, type_name: &str) -> FormatError {
    FormatError::Value(format!(
        "Unknown format code '{}' for object of type '{}'",
        type_char_for_message(kind),
        type_name
    ))
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '^' | '=')
}

/// Reads decimal digits at `*pos`; None when there are none.
fn read_number<C: Copy + Into<char>>(
    chars: &[C],
    pos: &mut usize,
) -> Result<Option<usize>, FormatError> {
    let start = *pos;
    let mut value: usize = 0;
    while *pos < chars.len() {
        let c: char = chars[*pos].into();
        let Some(d) = c.to_digit(10).filter(|_| c.is_ascii_digit()) else {
            break;
        };
        value = match value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
        {
            Some(v) if v <= isize::MAX as usize => v,
            _ => return value_err("Too many decimal digits in format string"),
        };
        *pos += 1;
    }
    Ok(if *pos == start { None } else { Some(value) })
}

impl FormatSpec {
    /// Parses a format spec; `type_name` only appears in the "Invalid format specifier"
    /// message. Checks that depend on the object's default type (grouping vs type) are made
    /// by the `format_*` functions.
    pub fn parse(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
        if spec.is_ascii() {
            // The usual spec: its bytes are its chars.
            return FormatSpec::parse_chars(spec.as_bytes(), spec, type_name);
        }
        // Specs are short: the chars stay on the stack.
        let chars: smallvec::SmallVec<[char; 16]> = spec.chars().collect();
        FormatSpec::parse_chars(&chars, spec, type_name)
    }

    /// `parse` over the spec's chars (bytes when it is ASCII).
    fn parse_chars<C: Copy + Into<char>>(
        src: &[C],
        spec: &str,
        type_name: &str,
    ) -> Result<FormatSpec, FormatError> {
        let ch = |i: usize| -> char { src[i].into() };
        let n = src.len();
        let mut out = FormatSpec::default();
        let mut pos = 0;
        if n >= 2 && is_align(ch(1)) {
            out.fill = Some(ch(0));
            out.align = Some(ch(1));
            pos = 2;
        } else if n >= 1 && is_align(ch(0)) {
            out.align = Some(ch(0));
            pos = 1;
        }
        if pos < n && matches!(ch(pos), '+' | '-' | ' ') {
            out.sign = Some(ch(pos));
            pos += 1;
        }
        if pos < n && ch(pos) == 'z' {
            out.no_neg_zero = true;
            pos += 1;
        }
        if pos < n && ch(pos) == '#' {
            out.alternate = true;
            pos += 1;
        }
        if out.fill.is_none() && pos < n && ch(pos) == '0' {
            out.zero = true;
            pos += 1;
        }
        out.width = read_number(src, &mut pos)?;
        if pos < n && ch(pos) == ',' {
            out.grouping = Some(',');
            pos += 1;
        }
        if pos < n && ch(pos) == '_' {
            if out.grouping.is_some() {
                return value_err("Cannot specify both ',' and '_'.");
            }
            out.grouping = Some('_');
            pos += 1;
        }
        if pos < n && ch(pos) == ',' && out.grouping == Some('_') {
            return value_err("Cannot specify both ',' and '_'.");
        }
        if pos < n && ch(pos) == '.' {
            pos += 1;
            out.precision = read_number(src, &mut pos)?;
            if out.precision.is_none() {
                return value_err("Format specifier missing precision");
            }
        }
        if n - pos > 1 {
            return value_err(format!(
                "Invalid format specifier '{}' for object of type '{}'",
                spec, type_name
            ));
        }
        if pos < n {
            out.kind = Some(ch(pos));
        }
        Ok(out)
    }

    /// The fill character in effect (`0` flag → `'0'`).
    pub fn effective_fill(&self) -> char {
        self.fill.unwrap_or(if self.zero { '0' } else { ' ' })
    }

    /// The alignment in effect for an object whose default alignment is `default_align`.
    pub fn effective_align(&self, default_align: char) -> char {
        match self.align {
            Some(a) => a,
            None if self.zero && default_align == '>' => '=',
            None => default_align,
        }
    }

    /// CPython's grouping/type compatibility check, made with the type in effect.
    /// Returns the group size (3, or 4 for `_` with b/o/x/X).
    fn check_grouping(&self, kind: char) -> Result<usize, FormatError> {
        let Some(sep) = self.grouping else {
            return Ok(3);
        };
        match kind {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(3),
            'b' | 'o' | 'x' | 'X' if sep == '_' => Ok(4),
            _ => value_err(format!(
                "Cannot specify '{}' with '{}'.",
                sep,
                type_char_for_message(kind)
            )),
        }
    }
}

/// Groups ASCII `digits` from the right with `sep` every `size` digits, left-padding with
/// zeros (grouped too) until the result is at least `min_width` characters long; a separator
/// is never left in front (CPython's `_PyUnicode_InsertThousandsGrouping`).
fn group_digits(digits: &str, sep: Option<char>, size: usize, min_width: usize) -> String {
    if sep.is_none() {
        // Zero padding only (`04d`): no separators to interleave.
        let zeros = min_width.saturating_sub(digits.chars().count());
        let mut out = String::with_capacity(zeros + digits.len());
        out.extend(std::iter::repeat_n('0', zeros));
        out.push_str(digits);
        return out;
    }
    let mut rev: Vec<char> = Vec::with_capacity(digits.len() + digits.len() / size + min_width);
    let mut src = digits.chars().rev();
    let mut in_group = 0;
    let mut remaining = digits.len();
    loop {
        if remaining == 0 && rev.len() >= min_width {
            break;
        }
        if let (Some(s), true) = (sep, in_group == size) {
            rev.push(s);
            in_group = 0;
        }
        // After a separator a digit always follows (a real one or a padding zero).
        match src.next() {
            Some(d) => {
                rev.push(d);
                remaining -= 1;
            }
            None => rev.push('0'),
        }
        in_group += 1;
    }
    rev.into_iter().rev().collect()
}

/// Lays out `sign_prefix + digits (grouped) + remainder` in the spec's width with its fill
/// and alignment; with `=` alignment and a `'0'` fill the zero padding is part of the number
/// and gets grouped.
fn layout(
    sign_prefix: &str,
    digits: &str,
    remainder: &str,
    spec: &FormatSpec,
    default_align: char,
    group_size: usize,
) -> String {
    let fill = spec.effective_fill();
    let align = spec.effective_align(default_align);
    let width = spec.width.unwrap_or(0);
    let fixed_len = sign_prefix.chars().count() + remainder.chars().count();
    let min_width = if fill == '0' && align == '=' && !digits.is_empty() {
        width.saturating_sub(fixed_len)
    } else {
        0
    };
    // Zero padding without separators (`04d`) is written in place; with
    // separators the digits are regrouped first.
    let grouped;
    let (zeros, number) = if spec.grouping.is_some() {
        grouped = group_digits(digits, spec.grouping, group_size, min_width);
        (0, grouped.as_str())
    } else {
        (min_width.saturating_sub(digits.chars().count()), digits)
    };
    let len = fixed_len + zeros + number.chars().count();
    let padding = width.saturating_sub(len);
    let mut out = String::with_capacity(len + padding * fill.len_utf8());
    let pad = |out: &mut String, c: char, n: usize| out.extend(std::iter::repeat_n(c, n));
    let body = |out: &mut String| {
        pad(out, '0', zeros);
        out.push_str(number);
        out.push_str(remainder);
    };
    match align {
        '<' => {
            out.push_str(sign_prefix);
            body(&mut out);
            pad(&mut out, fill, padding);
        }
        '^' => {
            let left = padding / 2;
            pad(&mut out, fill, left);
            out.push_str(sign_prefix);
            body(&mut out);
            pad(&mut out, fill, padding - left);
        }
        '=' => {
            out.push_str(sign_prefix);
            pad(&mut out, fill, padding);
            body(&mut out);
        }
        _ => {
            pad(&mut out, fill, padding);
            out.push_str(sign_prefix);
            body(&mut out);
        }
    }
    out
}

/// Pads `sign_and_prefix + body` to the spec's width with its fill and alignment (no
/// grouping); `=` puts the padding between the two parts.
pub fn pad(body: &str, sign_and_prefix: &str, spec: &FormatSpec, default_align: char) -> String {
    layout(sign_and_prefix, "", body, spec, default_align, 3)
}

/// `format(s, spec)` for a `str` (or subclass named `type_name`).
pub fn format_str(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let kind = spec.kind.unwrap_or('s');
    spec.check_grouping(kind)?;
    if kind != 's' {
        return Err(unknown_format_code(kind, type_name));
    }
    match spec.sign {
        Some(' ') => return value_err("Space not allowed in string format specifier"),
        Some(_) => return value_err("Sign not allowed in string format specifier"),
        None => {}
    }
    if spec.no_neg_zero {
        return value_err("Negative zero coercion (z) not allowed in string format specifier");
    }
    if spec.alternate {
        return value_err("Alternate form (#) not allowed in string format specifier");
    }
    if spec.align == Some('=') {
        return value_err("'=' alignment not allowed in string format specifier");
    }
    let body = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((i, _)) => &s[..i],
            None => s,
        },
        None => s,
    };
    if spec.width.is_none() {
        return Ok(body.to_string());
    }
    Ok(pad(body, "", spec, '<'))
}

fn sign_str(negative: bool, spec: &FormatSpec) -> &'static str {
    if negative {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

/// `format(value, spec)` for an `int` (or subclass / `bool` named `type_name`).
pub fn format_int(
    value: &BigInt,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    let kind = spec.kind.unwrap_or('d');
    let group_size = spec.check_grouping(kind)?;
    let radix = match kind {
        'b' => 2,
        'o' => 8,
        'x' | 'X' => 16,
        'd' | 'n' | 'c' => 10,
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = value.to_f64().filter(|x| x.is_finite()).ok_or_else(|| {
                FormatError::Overflow("int too large to convert to float".to_string())
            })?;
            return format_float_spec(x, spec, "float");
        }
        _ => return Err(unknown_format_code(kind, type_name)),
    };
    if spec.precision.is_some() {
        return value_err("Precision not allowed in integer format specifier");
    }
    if spec.no_neg_zero {
        return value_err("Negative zero coercion (z) not allowed in integer format specifier");
    }
    if kind == 'c' {
        if spec.sign.is_some() {
            return value_err("Sign not allowed with integer format specifier 'c'");
        }
        if spec.alternate {
            return value_err("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        if value.to_i64().is_none() {
            return Err(FormatError::Overflow(
                "Python int too large to convert to C long".to_string(),
            ));
        }
        let ch = value
            .to_u32()
            .filter(|&n| n < 0x110000)
            .ok_or_else(|| FormatError::Overflow("%c arg not in range(0x110000)".to_string()))?;
        // Surrogates cannot live in a Rust string; U+FFFD stands in for them.
        let ch = char::from_u32(ch).unwrap_or('\u{FFFD}');
        return Ok(pad(&ch.to_string(), "", spec, '>'));
    }
    let negative = value.sign() == Sign::Minus;
    let mut sign_prefix = sign_str(negative, spec).to_string();
    if spec.alternate {
        sign_prefix.push_str(match kind {
            'b' => "0b",
            'o' => "0o",
            'x' => "0x",
            'X' => "0X",
            _ => "",
        });
    }
    let mut digits = if value.is_zero() {
        "0".to_string()
    } else {
        value.magnitude().to_str_radix(radix)
    };
    if kind == 'X' {
        digits.make_ascii_uppercase();
    }
    Ok(layout(&sign_prefix, &digits, "", spec, '>', group_size))
}

/// The digits of `m` for a conversion letter (`x`/`X` hex, `o` octal, `b`
/// binary, anything else decimal), written from the right into `buf` (64
/// bytes hold the longest, binary): the plain integer paths of `format()`
/// and `%` use it to skip a BigInt and a temporary String.
pub fn radix_digits(buf: &mut [u8; 64], mut m: u64, kind: char) -> &str {
    let (radix, digit_set): (u64, &[u8; 16]) = match kind {
        'x' => (16, b"0123456789abcdef"),
        'X' => (16, b"0123456789ABCDEF"),
        'o' => (8, b"0123456789abcdef"),
        'b' => (2, b"0123456789abcdef"),
        _ => (10, b"0123456789abcdef"),
    };
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = digit_set[(m % radix) as usize];
        m /= radix;
        if m == 0 {
            break;
        }
    }
    std::str::from_utf8(&buf[at..]).unwrap_or_default()
}

/// `format(value, spec)` for a machine integer: the plain `d`/`x`/`X`/`o`/`b`
/// kinds without a BigInt, everything else through `format_int`.
pub fn format_i64(value: i64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let kind = spec.kind.unwrap_or('d');
    if !matches!(kind, 'd' | 'n' | 'x' | 'X' | 'o' | 'b')
        || spec.precision.is_some()
        || spec.no_neg_zero
    {
        return format_int(&BigInt::from(value), spec, type_name);
    }
    let group_size = spec.check_grouping(kind)?;
    let negative = value < 0;
    let sign = sign_str(negative, spec);
    let prefix = match (spec.alternate, kind) {
        (true, 'b') => "0b",
        (true, 'o') => "0o",
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        _ => "",
    };
    let mut sign_prefix = [0u8; 3];
    sign_prefix[..sign.len()].copy_from_slice(sign.as_bytes());
    sign_prefix[sign.len()..sign.len() + prefix.len()].copy_from_slice(prefix.as_bytes());
    let sign_prefix = std::str::from_utf8(&sign_prefix[..sign.len() + prefix.len()])
        .expect("ASCII sign and prefix");
    let mut buf = [0u8; 64];
    let digits = radix_digits(&mut buf, value.unsigned_abs(), kind);
    if spec.width.is_none() && spec.grouping.is_none() {
        // Nothing to pad or group: sign, prefix and digits as they are.
        let mut out = String::with_capacity(sign_prefix.len() + digits.len());
        out.push_str(sign_prefix);
        out.push_str(digits);
        return Ok(out);
    }
    Ok(layout(sign_prefix, digits, "", spec, '>', group_size))
}

/// `format(x, spec)` for a `float` (or subclass named `type_name`).
pub fn format_float_spec(
    x: f64,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    let kind = spec.kind.unwrap_or('\0');
    let group_size = spec.check_grouping(kind)?;
    if !matches!(kind, '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
        return Err(unknown_format_code(kind, type_name));
    }
    let (mut negative, body) = format_float_parts(x, kind, spec.precision, spec.alternate);
    if negative && spec.no_neg_zero {
        let mantissa = body.split(['e', 'E']).next().unwrap_or("");
        let has_digit = mantissa.bytes().any(|b| b.is_ascii_digit());
        if has_digit && !mantissa.bytes().any(|b| (b'1'..=b'9').contains(&b)) {
            negative = false;
        }
    }
    if spec.width.is_none() && spec.grouping.is_none() {
        // Nothing to pad or group: the body keeps its buffer.
        let sign = sign_str(negative, spec);
        if sign.is_empty() {
            return Ok(body);
        }
        let mut out = String::with_capacity(sign.len() + body.len());
        out.push_str(sign);
        out.push_str(&body);
        return Ok(out);
    }
    let split = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    let (digits, remainder) = body.split_at(split);
    Ok(layout(
        sign_str(negative, spec),
        digits,
        remainder,
        spec,
        '>',
        group_size,
    ))
}

#[cfg(test)]
#[path = "format_spec_tests.rs"]
mod tests;
