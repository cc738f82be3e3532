//! Float → text without padding: CPython's `repr(float)` (shortest round-trip digits) and the
//! `e E f F g G n %` / no-type presentations of `format(float, spec)` and `%`-formatting
//! (mirrors `PyOS_double_to_string` / `format_float_short`; digits come from Rust's exact formatter).

/// Splits Rust's `{:e}` output (`-1.25e-7`) into (negative, digits, decimal exponent of the first digit).
fn split_sci(s: &str) -> (bool, String, i32) {
    let (neg, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    (neg, digits, exp.parse().unwrap_or(0))
}

/// Shortest round-trip digits of a finite `x`. When two strings of that length both round-trip,
/// Rust's shortest mode may take either, but CPython's dtoa takes the one nearer the exact value
/// (half-even on a tie: `999999999999999.25` is `...999.2`), which is `x` correctly rounded to
/// that many digits whenever that rounding round-trips.
fn shortest_digits(x: f64) -> (bool, String, i32) {
    let shortest = split_sci(&format!("{:e}", x));
    let nearest = format!("{:.*e}", shortest.1.len() - 1, x);
    if nearest.parse::<f64>() == Ok(x) {
        return split_sci(&nearest);
    }
    shortest
}

/// `x` correctly rounded (half-even on the exact binary value) to `prec + 1` significant digits.
fn sci_digits(x: f64, prec: usize) -> (bool, String, i32) {
    split_sci(&format!("{:.*e}", prec, x))
}

/// `e+05` / `E-123`: sign always present, at least two digits.
fn exponent_suffix(exp: i32, upper: bool) -> String {
    let sign = if exp < 0 { '-' } else { '+' };
    format!(
        "{}{}{:02}",
        if upper { 'E' } else { 'e' },
        sign,
        exp.unsigned_abs()
    )
}

/// `d[.ddd]e±XX` from significant digits; `force_point` keeps the point even with one digit.
fn render_exp(digits: &str, exp: i32, upper: bool, force_point: bool) -> String {
    let mut out = String::with_capacity(digits.len() + 6);
    out.push_str(&digits[..1]);
    if digits.len() > 1 || force_point {
        out.push('.');
        out.push_str(&digits[1..]);
    }
    out.push_str(&exponent_suffix(exp, upper));
    out
}

/// Positional notation of `0.d1d2.. × 10^(exp+1)`; returns (integer part, fraction digits).
fn render_fixed_parts(digits: &str, exp: i32) -> (String, String) {
    if exp < 0 {
        let mut frac = "0".repeat((-exp - 1) as usize);
        frac.push_str(digits);
        ("0".to_string(), frac)
    } else {
        let int_len = exp as usize + 1;
        if digits.len() <= int_len {
            let mut int = digits.to_string();
            int.push_str(&"0".repeat(int_len - digits.len()));
            (int, String::new())
        } else {
            (digits[..int_len].to_string(), digits[int_len..].to_string())
        }
    }
}

fn join_fixed(int: String, frac: &str, empty_frac: &str) -> String {
    let mut out = int;
    if frac.is_empty() {
        out.push_str(empty_frac);
    } else {
        out.push('.');
        out.push_str(frac);
    }
    out
}

fn non_finite(x: f64, upper: bool) -> (bool, String) {
    let body = if x.is_nan() { "nan" } else { "inf" };
    // CPython never shows the sign of a NaN.
    let neg = x.is_infinite() && x < 0.0;
    (
        neg,
        if upper {
            body.to_ascii_uppercase()
        } else {
            body.to_string()
        },
    )
}

/// CPython's `repr(x)` / `str(x)`.
pub fn float_repr(x: f64) -> String {
    let (neg, body) = repr_parts(x, false);
    if neg {
        format!("-{}", body)
    } else {
        body
    }
}

/// `repr` digits ('r' mode): exponent form when the exponent is < -4 or >= 16.
fn repr_parts(x: f64, alternate: bool) -> (bool, String) {
    if !x.is_finite() {
        return non_finite(x, false);
    }
    let (neg, digits, exp) = shortest_digits(x);
    let body = if !(-4..16).contains(&exp) {
        render_exp(&digits, exp, false, alternate)
    } else {
        let (int, frac) = render_fixed_parts(&digits, exp);
        join_fixed(int, &frac, ".0")
    };
    (neg, body)
}

/// Formats `x` like `format(x, '.{precision}{kind}')` without sign handling or padding:
/// returns (is_negative, body). `kind` is one of `e E f F g G n %`, or `'\0'` / `' '` for
/// "no presentation type" (repr when `precision` is None, else `g` keeping a `.0`).
/// NaN is never negative (CPython drops its sign); `-0.0` is negative.
pub fn format_float_parts(
    x: f64,
    kind: char,
    precision: Option<usize>,
    alternate: bool,
) -> (bool, String) {
    let upper = matches!(kind, 'E' | 'F' | 'G');
    match kind {
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => {}
        _ => {
            // No presentation type.
            return match precision {
                None => repr_parts(x, alternate),
                Some(p) => general(x, p, alternate, true, false),
            };
        }
    }
    let p = precision.unwrap_or(6);
    match kind {
        'e' | 'E' => {
            if !x.is_finite() {
                return non_finite(x, upper);
            }
            let (neg, digits, exp) = sci_digits(x, p);
            (neg, render_exp(&digits, exp, upper, alternate))
        }
        'f' | 'F' => fixed(x, p, alternate, upper),
        '%' => {
            let (neg, mut body) = fixed(x * 100.0, p, alternate, false);
            body.push('%');
            (neg, body)
        }
        _ => general(x, p, alternate, false, upper),
    }
}

fn fixed(x: f64, p: usize, alternate: bool, upper: bool) -> (bool, String) {
    if !x.is_finite() {
        return non_finite(x, upper);
    }
    let (neg, mut body) = match fixed_exact(x, p) {
        Some(body) => (x.is_sign_negative(), body),
        None => {
            let s = format!("{:.*}", p, x);
            match s.strip_prefix('-') {
                Some(rest) => (true, rest.to_string()),
                None => (false, s),
            }
        }
    };
    if alternate && p == 0 {
        body.push('.');
    }
    (neg, body)
}

/// The digits of `|x|` (finite) to `p` fraction digits, correctly rounded
/// (half-even on the exact binary value, as CPython's dtoa and Rust's exact
/// formatter round), when integer arithmetic in 128 bits can do it: `|x|` is
/// `m * 2^e` with `m < 2^53`, so `|x| * 10^p` is `m * 10^p` shifted by `e`,
/// exact for `p <= 17` and moderate `e`. None (use the general formatter)
/// for large precisions or magnitudes.
fn fixed_exact(x: f64, p: usize) -> Option<String> {
    if p > 17 {
        return None;
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    // m * 10^p < 2^53 * 2^57 = 2^110.
    let n = m as u128 * 10u128.pow(p as u32);
    let q = if e >= 0 {
        if n.leading_zeros() <= e as u32 {
            return None;
        }
        n << e
    } else {
        let s = (-e) as u32;
        if s >= 128 {
            // |x| * 10^p < 2^110 / 2^128: rounds to zero.
            0
        } else {
            let q = n >> s;
            let r = n & ((1u128 << s) - 1);
            let half = 1u128 << (s - 1);
            if r > half || (r == half && q & 1 == 1) {
                q + 1
            } else {
                q
            }
        }
    };
    // At most 39 digits, with zeros in front so there is one before the point.
    let mut buf = [b'0'; 40];
    let mut at = buf.len();
    let mut v = q;
    while v > 0 {
        at -= 1;
        buf[at] = b'0' + (v % 10) as u8;
        v /= 10;
    }
    let start = at.min(buf.len() - p - 1);
    let digits = &buf[start..];
    let (int, fraction) = digits.split_at(digits.len() - p);
    let mut out = String::with_capacity(digits.len() + 1);
    // ASCII digits only.
    out.push_str(std::str::from_utf8(int).ok()?);
    if p > 0 {
        out.push('.');
        out.push_str(std::str::from_utf8(fraction).ok()?);
    }
    Some(out)
}

/// The `g` presentation; `add_dot_0` is the no-type variant (threshold `precision - 1`,
/// integral results keep `.0`).
fn general(x: f64, p: usize, alternate: bool, add_dot_0: bool, upper: bool) -> (bool, String) {
    if !x.is_finite() {
        return non_finite(x, upper);
    }
    let p = p.max(1);
    let (neg, mut digits, exp) = sci_digits(x, p - 1);
    if !alternate {
        let keep = digits.trim_end_matches('0').len().max(1);
        digits.truncate(keep);
    }
    let limit = if add_dot_0 { p as i32 - 1 } else { p as i32 };
    let body = if exp < -4 || exp >= limit {
        render_exp(&digits, exp, upper, alternate)
    } else {
        let (int, frac) = render_fixed_parts(&digits, exp);
        let empty = if add_dot_0 {
            ".0"
        } else if alternate {
            "."
        } else {
            ""
        };
        join_fixed(int, &frac, empty)
    };
    (neg, body)
}

/// Like `format(x, '.{precision}{kind}')` / `'%.{precision}{kind}' % x` with a leading `-`
/// for negative values (including `-0.0`); `#` is `alternate`. Default precision 6 for
/// `e f g %`; `kind` `'\0'` means no presentation type.
pub fn format_float(x: f64, kind: char, precision: Option<usize>, alternate: bool) -> String {
    let (neg, body) = format_float_parts(x, kind, precision, alternate);
    if neg {
        format!("-{}", body)
    } else {
        body
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_cases() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (0.1, "0.1"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1234567890123456.0, "1234567890123456.0"),
            (123456789012345.0, "123456789012345.0"),
            (12345678901234567.0, "1.2345678901234568e+16"),
            (1.2345678901234567e19, "1.2345678901234567e+19"),
            (1e-5, "1e-05"),
            (1e-4, "0.0001"),
            (1.5e-7, "1.5e-07"),
            (0.00012345, "0.00012345"),
            (1e100, "1e+100"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (-1.5, "-1.5"),
            (123456789.123, "123456789.123"),
            (1e22, "1e+22"),
            (9999999999999998.0, "9999999999999998.0"),
            (100.0, "100.0"),
            (-1e-300, "-1e-300"),
            (999_999_999_999_999.0 + 0.25, "999999999999999.2"),
            (999_999_999_999_999.0 + 0.75, "999999999999999.8"),
            (-999_999_999_999_999.0 - 0.25, "-999999999999999.2"),
            (999_999_999_999_998.0 + 0.75, "999999999999998.8"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(*x), *want, "repr({:?})", x);
        }
    }

    fn f(x: f64, kind: char, p: Option<usize>, alt: bool) -> String {
        format_float(x, kind, p, alt)
    }

    #[test]
    fn fixed_and_exp() {
        assert_eq!(f(0.5, 'f', Some(0), false), "0");
        assert_eq!(f(1.5, 'f', Some(0), false), "2");
        assert_eq!(f(2.5, 'f', Some(0), false), "2");
        assert_eq!(f(0.125, 'f', Some(2), false), "0.12");
        assert_eq!(f(0.375, 'f', Some(2), false), "0.38");
        assert_eq!(f(2.675, 'f', Some(2), false), "2.67");
        assert_eq!(f(123456789.123, 'f', None, false), "123456789.123000");
        assert_eq!(f(1e16, 'f', Some(2), false), "10000000000000000.00");
        assert_eq!(f(-0.0, 'f', Some(2), false), "-0.00");
        assert_eq!(f(2.0, 'f', Some(0), true), "2.");
        assert_eq!(f(1e-5, 'f', None, false), "0.000010");
        assert_eq!(f(f64::INFINITY, 'F', None, false), "INF");
        assert_eq!(f(f64::NEG_INFINITY, 'f', None, false), "-inf");
        assert_eq!(f(f64::NAN, 'F', None, false), "NAN");
        assert_eq!(f(0.5, 'e', Some(0), false), "5e-01");
        assert_eq!(f(2.5, 'e', Some(0), false), "2e+00");
        assert_eq!(f(1.5, 'E', None, false), "1.500000E+00");
        assert_eq!(f(2.0, 'e', Some(0), true), "2.e+00");
        assert_eq!(f(0.1, 'e', Some(20), false), "1.00000000000000005551e-01");
        assert_eq!(f(5e-324, 'e', Some(2), false), "4.94e-324");
        assert_eq!(f(1.7976931348623157e308, 'e', Some(2), false), "1.80e+308");
        assert_eq!(f(1e100, 'e', None, false), "1.000000e+100");
        assert_eq!(f(-0.0, 'e', Some(1), false), "-0.0e+00");
        assert_eq!(f(f64::NAN, 'E', None, false), "NAN");
    }

    #[test]
    fn fixed_exact_matches_the_general_formatter() {
        let mut xs = vec![
            0.0,
            -0.0,
            0.5,
            1.5,
            2.5,
            0.125,
            0.375,
            2.675,
            1e-5,
            5e-324,
            1e16,
            1e17,
            9.995,
            0.045,
            1.0000000000000002,
            123456789.123,
            4503599627370497.5,
            1e22,
            3.0e-310,
            2f64.powi(60),
            2f64.powi(74),
            99.995,
            0.0049999999999999,
            7.0e-18,
        ];
        let mut seed: u64 = 12345;
        for _ in 0..4000 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let x = f64::from_bits(seed >> 2);
            if x.is_finite() {
                xs.push(x);
            }
            xs.push((seed >> 40) as f64 / 1000.0);
            xs.push((seed >> 44) as f64 / 128.0);
        }
        for x in xs {
            for p in 0..=17 {
                if let Some(got) = fixed_exact(x, p) {
                    let want = format!("{:.*}", p, x.abs());
                    assert_eq!(got, want, "{:?} to {} places", x, p);
                }
            }
        }
        assert_eq!(fixed_exact(1e300, 2), None);
        assert_eq!(fixed_exact(1.0, 18), None);
    }

    #[test]
    fn general_and_percent() {
        assert_eq!(f(1e-5, 'g', None, false), "1e-05");
        assert_eq!(f(1e-4, 'g', None, false), "0.0001");
        assert_eq!(f(1.0, 'g', None, true), "1.00000");
        assert_eq!(f(123.0, 'g', Some(0), false), "1e+02");
        assert_eq!(f(123456789.123, 'g', None, false), "1.23457e+08");
        assert_eq!(f(123456.0, 'g', None, false), "123456");
        assert_eq!(f(1234567.0, 'g', None, false), "1.23457e+06");
        assert_eq!(f(100.0, 'g', Some(3), true), "100.");
        assert_eq!(f(1e10, 'g', Some(0), true), "1.e+10");
        assert_eq!(f(0.0, 'g', None, false), "0");
        assert_eq!(f(-0.0, 'g', None, false), "-0");
        assert_eq!(f(1e-20, 'G', None, false), "1E-20");
        assert_eq!(f(0.000123456, 'g', Some(2), false), "0.00012");
        assert_eq!(f(9.9999, 'g', Some(3), false), "10");
        assert_eq!(f(999999.5, 'g', None, false), "1e+06");
        assert_eq!(f(0.5, '%', Some(0), false), "50%");
        assert_eq!(f(0.125, '%', Some(1), false), "12.5%");
        assert_eq!(f(1.0, '%', None, false), "100.000000%");
        assert_eq!(f(f64::INFINITY, '%', None, false), "inf%");
        assert_eq!(f(0.5, '%', Some(0), true), "50.%");
    }

    #[test]
    fn no_type() {
        assert_eq!(f(1.0, '\0', None, false), "1.0");
        assert_eq!(f(1.0, '\0', None, true), "1.0");
        assert_eq!(f(1e20, '\0', None, true), "1.e+20");
        assert_eq!(f(1.0, '\0', Some(0), false), "1e+00");
        assert_eq!(f(1.0, '\0', Some(0), true), "1.e+00");
        assert_eq!(f(1e16, '\0', Some(20), false), "10000000000000000.0");
        assert_eq!(f(123.0, '\0', Some(2), false), "1.2e+02");
        assert_eq!(f(100.0, '\0', Some(3), false), "1e+02");
        assert_eq!(f(1.0, '\0', Some(3), true), "1.00");
        assert_eq!(f(12.5, '\0', Some(3), false), "12.5");
        assert_eq!(f(0.1, '\0', Some(3), false), "0.1");
        assert_eq!(f(3.14259, '\0', Some(3), false), "3.14");
        assert_eq!(f(f64::NAN, '\0', Some(3), false), "nan");
    }
}
