//! printf-style `str % args` core: parsing the format into pieces and rendering one converted
//! argument per spec, mirroring CPython 3.11's `PyUnicode_Format` (flags `-+ #0`, `*`, `%(key)`).
//! The interpreter picks arguments, applies str()/repr()/ascii()/int() and calls the renderers.

use num_bigint::{BigInt, Sign};
use num_traits::Zero;

use super::float_repr::format_float_parts;

/// A width or precision: a literal number or `*` (taken from the arguments).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WidthOrStar {
    Num(usize),
    Star,
}

/// The `-`, `+`, `' '`, `#` and `0` flags.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PercentFlags {
    pub minus: bool,
    pub plus: bool,
    pub space: bool,
    pub alternate: bool,
    pub zero: bool,
}

/// One `%[(key)][flags][width][.precision][hlL]conversion` directive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentSpec {
    /// `%(name)s`.
    pub key: Option<String>,
    pub flags: PercentFlags,
    pub width: Option<WidthOrStar>,
    /// `%.s` parses as precision 0, like CPython.
    pub precision: Option<WidthOrStar>,
    /// The conversion character, not validated by [`percent_pieces`] (CPython only rejects
    /// it after fetching the argument); see [`is_supported_conversion`].
    pub conversion: char,
    /// Character index of the conversion character in the format (for error messages).
    pub index: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PercentPiece {
    /// Literal text, with `%%` already turned into `%`.
    Literal(String),
    Spec(PercentSpec),
}

/// Conversions `str % args` accepts.
pub fn is_supported_conversion(c: char) -> bool {
    "sradiuoxXeEfFgGc".contains(c)
}

/// "unsupported format character 'y' (0x79) at index 3".
pub fn unsupported_conversion_message(spec: &PercentSpec) -> String {
    let c = spec.conversion;
    let shown = if (' '..='~').contains(&c) { c } else { '?' };
    format!(
        "unsupported format character '{}' ({:#x}) at index {}",
        shown, c as u32, spec.index
    )
}

/// Iterator over the pieces of a `%` format; yields `Err("incomplete format")` /
/// `Err("incomplete format key")` where CPython raises ValueError, then stops.
pub struct PercentPieces<'a> {
    chars: std::iter::Peekable<std::str::CharIndices<'a>>,
    fmt: &'a str,
    char_pos: usize,
    done: bool,
}

/// Lazily parses `fmt`, so that an interpreter can interleave argument consumption and
/// report errors in CPython's order.
pub fn percent_pieces(fmt: &str) -> PercentPieces<'_> {
    PercentPieces {
        chars: fmt.char_indices().peekable(),
        fmt,
        char_pos: 0,
        done: false,
    }
}

impl PercentPieces<'_> {
    fn next_char(&mut self) -> Option<char> {
        let (_, c) = self.chars.next()?;
        self.char_pos += 1;
        Some(c)
    }

    fn read_number(&mut self, first: char, what: &str) -> Result<(usize, Option<char>), String> {
        let mut value = first.to_digit(10).unwrap_or(0) as usize;
        loop {
            let c = self.next_char();
            match c {
                Some(d) if d.is_ascii_digit() => {
                    value = value
                        .checked_mul(10)
                        .and_then(|v| v.checked_add(d as usize - '0' as usize))
                        .filter(|v| *v <= isize::MAX as usize)
                        .ok_or_else(|| format!("{} too big", what))?;
                }
                other => return Ok((value, other)),
            }
        }
    }

    fn parse_spec(&mut self) -> Result<PercentPiece, String> {
        const INCOMPLETE: &str = "incomplete format";
        let mut c = self.next_char().ok_or(INCOMPLETE)?;
        if c == '%' {
            return Ok(PercentPiece::Literal("%".to_string()));
        }
        let mut key = None;
        if c == '(' {
            let mut depth = 1;
            let mut name = String::new();
            loop {
                let k = self.next_char().ok_or("incomplete format key")?;
                match k {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                name.push(k);
            }
            key = Some(name);
            c = self.next_char().ok_or(INCOMPLETE)?;
        }
        let mut flags = PercentFlags::default();
        loop {
            match c {
                '-' => flags.minus = true,
                '+' => flags.plus = true,
                ' ' => flags.space = true,
                '#' => flags.alternate = true,
                '0' => flags.zero = true,
                _ => break,
            }
            c = self.next_char().ok_or(INCOMPLETE)?;
        }
        let mut width = None;
        if c == '*' {
            width = Some(WidthOrStar::Star);
            c = self.next_char().ok_or(INCOMPLETE)?;
        } else if c.is_ascii_digit() {
            let (w, next) = self.read_number(c, "width")?;
            width = Some(WidthOrStar::Num(w));
            c = next.ok_or(INCOMPLETE)?;
        }
        let mut precision = None;
        if c == '.' {
            precision = Some(WidthOrStar::Num(0));
            c = self.next_char().ok_or(INCOMPLETE)?;
            if c == '*' {
                precision = Some(WidthOrStar::Star);
                c = self.next_char().ok_or(INCOMPLETE)?;
            } else if c.is_ascii_digit() {
                let (p, next) = self.read_number(c, "precision")?;
                precision = Some(WidthOrStar::Num(p));
                c = next.ok_or(INCOMPLETE)?;
            }
        }
        if matches!(c, 'h' | 'l' | 'L') {
            c = self.next_char().ok_or(INCOMPLETE)?;
        }
        Ok(PercentPiece::Spec(PercentSpec {
            key,
            flags,
            width,
            precision,
            conversion: c,
            index: self.char_pos - 1,
        }))
    }
}

impl Iterator for PercentPieces<'_> {
    type Item = Result<PercentPiece, String>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let &(start, c) = self.chars.peek()?;
        if c != '%' {
            let mut end = self.fmt.len();
            while let Some(&(i, c)) = self.chars.peek() {
                if c == '%' {
                    end = i;
                    break;
                }
                self.next_char();
            }
            return Some(Ok(PercentPiece::Literal(self.fmt[start..end].to_string())));
        }
        self.next_char();
        let piece = self.parse_spec();
        if piece.is_err() {
            self.done = true;
        }
        Some(piece)
    }
}

/// Parses a whole format, merging adjacent literals and rejecting unsupported conversion
/// characters up front (a stricter order than CPython, which checks arguments first).
pub fn parse_percent_format(fmt: &str) -> Result<Vec<PercentPiece>, String> {
    let mut out: Vec<PercentPiece> = Vec::new();
    for piece in percent_pieces(fmt) {
        match piece? {
            PercentPiece::Literal(s) => {
                if let Some(PercentPiece::Literal(prev)) = out.last_mut() {
                    prev.push_str(&s);
                } else {
                    out.push(PercentPiece::Literal(s));
                }
            }
            PercentPiece::Spec(spec) => {
                if !is_supported_conversion(spec.conversion) {
                    return Err(unsupported_conversion_message(&spec));
                }
                out.push(PercentPiece::Spec(spec));
            }
        }
    }
    Ok(out)
}

/// A `*` width taken from an int argument: negative means left-justify (sets `minus`).
pub fn resolve_star_width(n: i64, flags: &mut PercentFlags) -> usize {
    if n < 0 {
        flags.minus = true;
    }
    n.unsigned_abs() as usize
}

/// A `*` precision taken from an int argument: negative counts as 0.
pub fn resolve_star_precision(n: i64) -> usize {
    n.max(0) as usize
}

fn sign_of(negative: bool, flags: &PercentFlags) -> &'static str {
    if negative {
        "-"
    } else if flags.plus {
        "+"
    } else if flags.space {
        " "
    } else {
        ""
    }
}

/// Right-justifies (or left with `-`) `head + body` in `width`; `zero` pads with `0`
/// between head and body.
fn justify(
    head: &str,
    body: &str,
    flags: &PercentFlags,
    width: Option<usize>,
    zero: bool,
) -> String {
    let len = head.chars().count() + body.chars().count();
    let pad = width.unwrap_or(0).saturating_sub(len);
    let mut out = String::with_capacity(len + pad);
    if flags.minus {
        out.push_str(head);
        out.push_str(body);
        out.extend(std::iter::repeat_n(' ', pad));
    } else if zero {
        out.push_str(head);
        out.extend(std::iter::repeat_n('0', pad));
        out.push_str(body);
    } else {
        out.extend(std::iter::repeat_n(' ', pad));
        out.push_str(head);
        out.push_str(body);
    }
    out
}

/// `%d %i %u %o %x %X` of an integer (the caller has applied `__index__`/`int()`).
/// Precision is the minimum number of digits; `#` adds `0o`/`0x`/`0X`.
pub fn percent_int(
    value: &BigInt,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> String {
    let (radix, prefix) = match spec.conversion {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = if value.is_zero() {
        "0".to_string()
    } else {
        value.magnitude().to_str_radix(radix)
    };
    if spec.conversion == 'X' {
        digits.make_ascii_uppercase();
    }
    if let Some(p) = precision {
        if digits.len() < p {
            digits.insert_str(0, &"0".repeat(p - digits.len()));
        }
    }
    let mut head = sign_of(value.sign() == Sign::Minus, &spec.flags).to_string();
    if spec.flags.alternate {
        head.push_str(prefix);
    }
    justify(&head, &digits, &spec.flags, width, spec.flags.zero)
}

/// `%e %E %f %F %g %G` (default precision 6).
pub fn percent_float(
    x: f64,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> String {
    let (negative, body) = format_float_parts(
        x,
        spec.conversion,
        Some(precision.unwrap_or(6)),
        spec.flags.alternate,
    );
    justify(
        sign_of(negative, &spec.flags),
        &body,
        &spec.flags,
        width,
        spec.flags.zero,
    )
}

/// `%s %r %a` after the caller's str()/repr()/ascii(): precision truncates to that many
/// characters; the `0` flag is ignored.
pub fn percent_str(
    s: &str,
    spec: &PercentSpec,
    width: Option<usize>,
    precision: Option<usize>,
) -> String {
    let body = match precision.and_then(|p| s.char_indices().nth(p)) {
        Some((i, _)) => &s[..i],
        None => s,
    };
    justify("", body, &spec.flags, width, false)
}

/// `%c` of a character (the caller validated the int range / one-char string).
pub fn percent_char(c: char, spec: &PercentSpec, width: Option<usize>) -> String {
    let mut buf = [0u8; 4];
    justify("", c.encode_utf8(&mut buf), &spec.flags, width, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec_of(fmt: &str) -> PercentSpec {
        match parse_percent_format(fmt).unwrap().into_iter().next() {
            Some(PercentPiece::Spec(s)) => s,
            other => panic!("{:?}", other),
        }
    }
    fn num(w: Option<WidthOrStar>) -> Option<usize> {
        match w {
            Some(WidthOrStar::Num(n)) => Some(n),
            _ => None,
        }
    }
    fn pi(fmt: &str, v: i64) -> String {
        let s = spec_of(fmt);
        percent_int(&BigInt::from(v), &s, num(s.width), num(s.precision))
    }
    fn pf(fmt: &str, x: f64) -> String {
        let s = spec_of(fmt);
        percent_float(x, &s, num(s.width), num(s.precision))
    }
    fn ps(fmt: &str, v: &str) -> String {
        let s = spec_of(fmt);
        percent_str(v, &s, num(s.width), num(s.precision))
    }

    #[test]
    fn ints() {
        let cases: &[(&str, i64, &str)] = &[
            ("%08.3d", 5, "00000005"),
            ("%#.3x", 5, "0x005"),
            ("%#x", -255, "-0xff"),
            ("%#X", -255, "-0XFF"),
            ("%#o", 8, "0o10"),
            ("%+05d", 3, "+0003"),
            ("% 5d", 3, "    3"),
            ("%-05d", 3, "3    "),
            ("%.3u", 7, "007"),
            ("%+x", 255, "+ff"),
            ("% #o", 8, " 0o10"),
            ("%010x", -255, "-0000000ff"),
            ("%#010x", -255, "-0x00000ff"),
            ("% -5d", 3, " 3   "),
            ("%+ d", 3, "+3"),
            ("% +d", 3, "+3"),
            ("%+.3d", -5, "-005"),
            ("%#.3o", 8, "0o010"),
            ("%#5.3x", 5, "0x005"),
            ("%#-8.3x", 5, "0x005   "),
            ("%0-8d", 5, "5       "),
            ("%.0d", 0, "0"),
            ("%#.0x", 0, "0x0"),
            ("%ld", 5, "5"),
            ("%i", -12, "-12"),
            ("%5d", -12, "  -12"),
        ];
        for (fmt, v, want) in cases {
            assert_eq!(pi(fmt, *v), *want, "{} % {}", fmt, v);
        }
    }

    #[test]
    fn floats_and_strs() {
        assert_eq!(pf("%05f", f64::INFINITY), "00inf");
        assert_eq!(pf("%-6.1f", -1.5), "-1.5  ");
        assert_eq!(pf("%#.0f", 2.0), "2.");
        assert_eq!(pf("%#.0e", 2.0), "2.e+00");
        assert_eq!(pf("%g", 1e-5), "1e-05");
        assert_eq!(pf("%#g", 1.0), "1.00000");
        assert_eq!(pf("%.0g", 123.0), "1e+02");
        assert_eq!(pf("%E", 1.5), "1.500000E+00");
        assert_eq!(pf("%F", f64::INFINITY), "INF");
        assert_eq!(pf("%G", 1e-20), "1E-20");
        assert_eq!(pf("%e", f64::NAN), "nan");
        assert_eq!(pf("%+f", f64::NAN), "+nan");
        assert_eq!(pf("%010.2f", -0.0), "-000000.00");
        assert_eq!(pf("% f", 1.0), " 1.000000");
        assert_eq!(pf("%.2f", 2.675), "2.67");
        assert_eq!(pf("%f", 1e16), "10000000000000000.000000");
        assert_eq!(ps("%05s", "ab"), "   ab");
        assert_eq!(ps("%.2s", "abc"), "ab");
        assert_eq!(ps("%+s", "a"), "a");
        assert_eq!(ps("%#5s", "a"), "    a");
        assert_eq!(ps("%-4r", "'a'"), "'a' ");
        assert_eq!(ps("%.1s", "éa"), "é");
        let s = spec_of("%5c");
        assert_eq!(percent_char('x', &s, num(s.width)), "    x");
        let s = spec_of("%-5c");
        assert_eq!(percent_char('x', &s, num(s.width)), "x    ");
    }

    #[test]
    fn parsing() {
        let pieces = parse_percent_format("a%%b%(x(y)z)-#05.*lds%*c").unwrap();
        assert_eq!(pieces[0], PercentPiece::Literal("a%b".into()));
        match &pieces[1] {
            PercentPiece::Spec(s) => {
                assert_eq!(s.key.as_deref(), Some("x(y)z"));
                assert!(s.flags.minus && s.flags.alternate && s.flags.zero);
                assert_eq!(s.width, Some(WidthOrStar::Num(5)));
                assert_eq!(s.precision, Some(WidthOrStar::Star));
                assert_eq!(s.conversion, 'd');
                assert_eq!(s.index, 19);
            }
            p => panic!("{:?}", p),
        }
        assert_eq!(pieces[2], PercentPiece::Literal("s".into()));
        match &pieces[3] {
            PercentPiece::Spec(s) => {
                assert_eq!(s.width, Some(WidthOrStar::Star));
                assert_eq!(s.conversion, 'c');
            }
            p => panic!("{:?}", p),
        }
        assert_eq!(spec_of("%.s").precision, Some(WidthOrStar::Num(0)));
        for bad in ["%", "abc%", "%5", "%.", "%-", "%l", "%(a)"] {
            assert_eq!(
                parse_percent_format(bad),
                Err("incomplete format".into()),
                "{}",
                bad
            );
        }
        for bad in ["ab%(x", "%(x"] {
            assert_eq!(
                parse_percent_format(bad),
                Err("incomplete format key".into())
            );
        }
        assert_eq!(
            parse_percent_format("%y"),
            Err("unsupported format character 'y' (0x79) at index 1".into())
        );
        assert_eq!(
            parse_percent_format("%(a)y"),
            Err("unsupported format character 'y' (0x79) at index 4".into())
        );
        assert_eq!(
            parse_percent_format("%5%"),
            Err("unsupported format character '%' (0x25) at index 2".into())
        );
        assert_eq!(
            parse_percent_format("é%\u{1}"),
            Err("unsupported format character '?' (0x1) at index 2".into())
        );
        // The lazy iterator leaves the conversion check to the caller.
        let lazy: Vec<_> = percent_pieces("%y%").collect();
        assert!(matches!(&lazy[0], Ok(PercentPiece::Spec(s)) if s.conversion == 'y'));
        assert_eq!(lazy[1], Err("incomplete format".into()));
        let mut flags = PercentFlags::default();
        assert_eq!(resolve_star_width(-5, &mut flags), 5);
        assert!(flags.minus);
        assert_eq!(resolve_star_precision(-3), 0);
    }
}
