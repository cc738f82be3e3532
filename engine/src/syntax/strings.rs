//! String, bytes and f-string literals: prefixes, escape decoding, adjacent
//! literal concatenation and f-string replacement fields (Python 3.11 rules).

use pest::iterators::Pair;

use super::build_expr::{mk, Builder, Res};
use super::parser::Rule;
use crate::ast::*;

struct Token<'t> {
    body: &'t str,
    /// Source offset of the body (after prefix and opening quote).
    body_off: usize,
    raw: bool,
    bytes: bool,
    fstr: bool,
    loc: Loc,
}

/// Pieces of a (possibly joined) string literal.
struct Parts {
    values: Vec<Expr>,
    pending: String,
    pending_loc: Loc,
}

impl Parts {
    fn text(&mut self, s: &str, loc: Loc) {
        if self.pending.is_empty() {
            self.pending_loc = loc;
        }
        self.pending.push_str(s);
    }

    fn flush(&mut self) {
        if !self.pending.is_empty() {
            let s = std::mem::take(&mut self.pending);
            self.values
                .push(mk(ExprKind::Constant(Constant::Str(s)), self.pending_loc));
        }
    }

    fn value(&mut self, e: Expr) {
        self.flush();
        self.values.push(e);
    }
}

pub(crate) fn build_strings(b: &Builder, p: Pair<Rule>) -> Res<Expr> {
    let loc = b.loc(&p);
    let mut tokens = Vec::new();
    for t in p.into_inner() {
        let text = t.as_str();
        let tloc = b.loc(&t);
        let off = b.offset(t.as_span().start());
        let plen = text.find(['\'', '"']).unwrap_or(0);
        let prefix = text[..plen].to_ascii_lowercase();
        let q = text.as_bytes().get(plen).copied().unwrap_or(b'\'');
        let triple = text.len() >= plen + 6
            && text.as_bytes()[plen + 1] == q
            && text.as_bytes()[plen + 2] == q;
        let qlen = if triple { 3 } else { 1 };
        let body = text
            .get(plen + qlen..text.len().saturating_sub(qlen))
            .unwrap_or("");
        tokens.push(Token {
            body,
            body_off: off + plen + qlen,
            raw: prefix.contains('r'),
            bytes: prefix.contains('b'),
            fstr: prefix.contains('f'),
            loc: tloc,
        });
    }
    let is_bytes = tokens.first().is_some_and(|t| t.bytes);
    if let Some(t) = tokens.iter().find(|t| t.bytes != is_bytes) {
        return Err(b.error_loc("cannot mix bytes and nonbytes literals", t.loc));
    }
    if is_bytes {
        let mut out = Vec::new();
        for t in &tokens {
            if !t.body.is_ascii() {
                return Err(b.error_loc("bytes can only contain ASCII literal characters", t.loc));
            }
            if t.raw {
                out.extend_from_slice(t.body.as_bytes());
            } else {
                decode_bytes(t.body, &mut out).map_err(|m| b.error_loc(&m, t.loc))?;
            }
        }
        return Ok(mk(ExprKind::Constant(Constant::Bytes(out)), loc));
    }
    let any_f = tokens.iter().any(|t| t.fstr);
    let mut parts = Parts {
        values: Vec::new(),
        pending: String::new(),
        pending_loc: loc,
    };
    for t in &tokens {
        if t.fstr {
            fstring(b, t, 0, false, 0, &mut parts)?;
        } else if t.raw {
            parts.text(t.body, loc);
        } else {
            let s = decode_str(t.body).map_err(|m| b.error_loc(&m, t.loc))?;
            parts.text(&s, loc);
        }
    }
    if !any_f {
        return Ok(mk(ExprKind::Constant(Constant::Str(parts.pending)), loc));
    }
    parts.flush();
    Ok(mk(ExprKind::JoinedStr(parts.values), loc))
}

/// Parses f-string text from `start`; in a format spec (`spec_depth > 0`)
/// stops at the closing `}` and returns its index.
fn fstring(
    b: &Builder,
    t: &Token,
    start: usize,
    in_spec: bool,
    spec_depth: u32,
    parts: &mut Parts,
) -> Res<usize> {
    let s = t.body;
    let bytes = s.as_bytes();
    let mut lit = String::new();
    let mut i = start;
    let flush_lit = |lit: &mut String, parts: &mut Parts| -> Res<()> {
        if !lit.is_empty() {
            let text = if t.raw {
                std::mem::take(lit)
            } else {
                decode_str(lit).map_err(|m| b.error_loc(&m, t.loc))?
            };
            lit.clear();
            parts.text(&text, t.loc);
        }
        Ok(())
    };
    while i < bytes.len() {
        let c = bytes[i];
        match c {
            b'\\' if !t.raw => {
                let next = s[i + 1..].chars().next();
                if next == Some('N') && bytes.get(i + 2) == Some(&b'{') {
                    let close = s[i..].find('}').map_or(s.len(), |p| i + p + 1);
                    lit.push_str(&s[i..close]);
                    i = close;
                } else {
                    let len = 1 + next.map_or(0, |ch| ch.len_utf8());
                    lit.push_str(&s[i..i + len]);
                    i += len;
                }
            }
            b'{' => {
                if !in_spec && bytes.get(i + 1) == Some(&b'{') {
                    lit.push('{');
                    i += 2;
                    continue;
                }
                if spec_depth >= 2 {
                    return Err(b.error_loc("f-string: expressions nested too deeply", t.loc));
                }
                flush_lit(&mut lit, parts)?;
                i = field(b, t, i + 1, spec_depth, parts)?;
            }
            b'}' => {
                if in_spec {
                    flush_lit(&mut lit, parts)?;
                    return Ok(i);
                }
                if bytes.get(i + 1) == Some(&b'}') {
                    lit.push('}');
                    i += 2;
                    continue;
                }
                return Err(b.error_loc("f-string: single '}' is not allowed", t.loc));
            }
            _ => {
                let ch = s[i..].chars().next().unwrap_or(' ');
                lit.push(ch);
                i += ch.len_utf8();
            }
        }
    }
    if in_spec {
        return Err(b.error_loc("f-string: expecting '}'", t.loc));
    }
    flush_lit(&mut lit, parts)?;
    Ok(i)
}

/// One `{expr[=][!c][:spec]}` field starting after the `{`; returns the
/// index after its closing `}`.
fn field(b: &Builder, t: &Token, start: usize, spec_depth: u32, parts: &mut Parts) -> Res<usize> {
    let s = t.body;
    let bytes = s.as_bytes();
    let n = bytes.len();
    let expecting = || b.error_loc("f-string: expecting '}'", t.loc);
    let mut i = start;
    let mut stack: Vec<u8> = Vec::new();
    let mut quote: Option<(u8, bool)> = None;
    let mut stop = 0u8;
    while i < n {
        let c = bytes[i];
        if let Some((q, triple)) = quote {
            if c == q {
                if !triple {
                    quote = None;
                } else if i + 2 < n && bytes[i + 1] == q && bytes[i + 2] == q {
                    quote = None;
                    i += 2;
                }
            }
            i += 1;
            continue;
        }
        match c {
            b'\\' => {
                return Err(
                    b.error_loc("f-string expression part cannot include a backslash", t.loc)
                )
            }
            b'#' => return Err(b.error_loc("f-string expression part cannot include '#'", t.loc)),
            b'\'' | b'"' => {
                let triple = i + 2 < n && bytes[i + 1] == c && bytes[i + 2] == c;
                quote = Some((c, triple));
                i += if triple { 3 } else { 1 };
                continue;
            }
            b'(' | b'[' | b'{' => stack.push(c),
            b')' | b']' | b'}' => {
                if stack.is_empty() && c == b'}' {
                    stop = c;
                    break;
                }
                match stack.pop() {
                    Some(open) if open == c - 1 || open == c - 2 => {}
                    Some(open) => {
                        let msg = format!("f-string: closing parenthesis '{}' does not match opening parenthesis '{}'", c as char, open as char);
                        return Err(b.error_loc(&msg, t.loc));
                    }
                    None => {
                        return Err(
                            b.error_loc(&format!("f-string: unmatched '{}'", c as char), t.loc)
                        )
                    }
                }
            }
            b'=' | b'!' | b'<' | b'>' if bytes.get(i + 1) == Some(&b'=') => {
                i += 2;
                continue;
            }
            b'!' | b':' | b'=' if stack.is_empty() => {
                stop = c;
                break;
            }
            _ => {}
        }
        i += 1;
    }
    if quote.is_some() {
        return Err(b.error_loc("f-string: unterminated string", t.loc));
    }
    if let Some(&open) = stack.last() {
        return Err(b.error_loc(&format!("f-string: unmatched '{}'", open as char), t.loc));
    }
    if stop == 0 {
        return Err(expecting());
    }
    let expr_end = i;
    let expr_text = &s[start..expr_end];
    if expr_text.trim().is_empty() {
        let msg = if stop == b'!' {
            "f-string: expression required before '!'"
        } else {
            "f-string: empty expression not allowed"
        };
        return Err(b.error_loc(msg, t.loc));
    }
    let value = super::parse_field(b, t.body_off + start, t.body_off + expr_end)?;
    let mut doc = None;
    if stop == b'=' {
        i += 1;
        while i < n && matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r' | 0x0c) {
            i += 1;
        }
        doc = Some(&s[start..i]);
    }
    let mut conversion = None;
    if i < n && bytes[i] == b'!' {
        let c = bytes.get(i + 1).copied();
        let after = bytes.get(i + 2).copied();
        match c {
            Some(b's' | b'r' | b'a') if matches!(after, Some(b':' | b'}')) => {
                conversion = c.map(char::from)
            }
            _ => {
                return Err(b.error_loc(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    t.loc,
                ))
            }
        }
        i += 2;
    }
    let mut format_spec = None;
    if i < n && bytes[i] == b':' {
        let mut spec = Parts {
            values: Vec::new(),
            pending: String::new(),
            pending_loc: t.loc,
        };
        i = fstring(b, t, i + 1, true, spec_depth + 1, &mut spec)?;
        spec.flush();
        format_spec = Some(Box::new(mk(ExprKind::JoinedStr(spec.values), t.loc)));
    }
    if i >= n || bytes[i] != b'}' {
        return Err(expecting());
    }
    if let Some(d) = doc {
        parts.text(d, t.loc);
        if conversion.is_none() && format_spec.is_none() {
            conversion = Some('r');
        }
    }
    parts.value(mk(
        ExprKind::FormattedValue {
            value: Box::new(value),
            conversion,
            format_spec,
        },
        t.loc,
    ));
    Ok(i + 1)
}

fn unicode_error(start: usize, end: usize, what: &str) -> String {
    format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}",
        start, end, what
    )
}

/// Reads up to `max` hex digits after `s[i]`; returns (value, digits read).
fn hex_digits(s: &[u8], i: usize, max: usize) -> (u32, usize) {
    let mut v = 0u32;
    let mut k = 0;
    while k < max {
        match s.get(i + k).and_then(|&c| (c as char).to_digit(16)) {
            Some(d) => v = v * 16 + d,
            None => break,
        }
        k += 1;
    }
    (v, k)
}

/// Decodes the escapes of a non-raw str literal body.
pub(crate) fn decode_str(s: &str) -> Result<String, String> {
    if !s.contains('\\') {
        return Ok(s.to_string());
    }
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < bytes.len() {
        let Some(rel) = s[i..].find('\\') else {
            out.push_str(&s[i..]);
            break;
        };
        out.push_str(&s[i..i + rel]);
        i += rel;
        let Some(c) = s[i + 1..].chars().next() else {
            return Err(unicode_error(i, i, "\\ at end of string"));
        };
        let mut next = i + 1 + c.len_utf8();
        match c {
            '\n' => {}
            '\\' | '\'' | '"' => out.push(c),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = 0u32;
                let mut k = i + 1;
                while k < bytes.len() && k < i + 4 && (b'0'..=b'7').contains(&bytes[k]) {
                    v = v * 8 + (bytes[k] - b'0') as u32;
                    k += 1;
                }
                next = k;
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let (want, what) = match c {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let (v, got) = hex_digits(bytes, i + 2, want);
                if got < want {
                    return Err(unicode_error(i, i + 1 + got, what));
                }
                next = i + 2 + want;
                if v > 0x10FFFF {
                    return Err(unicode_error(i, next - 1, "illegal Unicode character"));
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'N' => {
                let close = if bytes.get(i + 2) == Some(&b'{') {
                    s[i..].find('}').map(|p| i + p)
                } else {
                    None
                };
                let Some(close) = close else {
                    return Err(unicode_error(i, i + 1, "malformed \\N character escape"));
                };
                match lookup_name(&s[i + 3..close]) {
                    Some(ch) => out.push(ch),
                    None => return Err(unicode_error(i, close, "unknown Unicode character name")),
                }
                next = close + 1;
            }
            _ => {
                out.push('\\');
                out.push(c);
            }
        }
        i = next;
    }
    Ok(out)
}

/// Decodes the escapes of a non-raw bytes literal body (already ASCII).
fn decode_bytes(s: &str, out: &mut Vec<u8>) -> Result<(), String> {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c != b'\\' || i + 1 >= bytes.len() {
            out.push(c);
            i += 1;
            continue;
        }
        let e = bytes[i + 1];
        i += 2;
        match e {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut k = 0;
                while k < 2 && i < bytes.len() && (b'0'..=b'7').contains(&bytes[i]) {
                    v = v * 8 + (bytes[i] - b'0') as u32;
                    i += 1;
                    k += 1;
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let (v, got) = hex_digits(bytes, i, 2);
                if got < 2 {
                    return Err(format!(
                        "(value error) invalid \\x escape at position {}",
                        i - 2
                    ));
                }
                out.push(v as u8);
                i += 2;
            }
            _ => {
                out.push(b'\\');
                out.push(e);
            }
        }
    }
    Ok(())
}

/// A small table of Unicode character names for `\N{...}`.
fn lookup_name(name: &str) -> Option<char> {
    const NAMES: &[(&str, char)] = &[
        ("SPACE", ' '),
        ("NULL", '\0'),
        ("LINE FEED", '\n'),
        ("CARRIAGE RETURN", '\r'),
        ("CHARACTER TABULATION", '\t'),
        ("NO-BREAK SPACE", '\u{a0}'),
        ("BULLET", '\u{2022}'),
        ("EM DASH", '\u{2014}'),
        ("EN DASH", '\u{2013}'),
        ("HORIZONTAL ELLIPSIS", '\u{2026}'),
        ("LEFT SINGLE QUOTATION MARK", '\u{2018}'),
        ("RIGHT SINGLE QUOTATION MARK", '\u{2019}'),
        ("LEFT DOUBLE QUOTATION MARK", '\u{201c}'),
        ("RIGHT DOUBLE QUOTATION MARK", '\u{201d}'),
        ("DEGREE SIGN", '\u{b0}'),
        ("COPYRIGHT SIGN", '\u{a9}'),
        ("REGISTERED SIGN", '\u{ae}'),
        ("SECTION SIGN", '\u{a7}'),
        ("PILCROW SIGN", '\u{b6}'),
        ("MICRO SIGN", '\u{b5}'),
        ("PLUS-MINUS SIGN", '\u{b1}'),
        ("MULTIPLICATION SIGN", '\u{d7}'),
        ("DIVISION SIGN", '\u{f7}'),
        ("EURO SIGN", '\u{20ac}'),
        ("POUND SIGN", '\u{a3}'),
        ("YEN SIGN", '\u{a5}'),
        ("CENT SIGN", '\u{a2}'),
        ("INFINITY", '\u{221e}'),
        ("RIGHTWARDS ARROW", '\u{2192}'),
        ("LEFTWARDS ARROW", '\u{2190}'),
        ("CHECK MARK", '\u{2713}'),
        ("SNOWMAN", '\u{2603}'),
        ("BLACK STAR", '\u{2605}'),
        ("WHITE STAR", '\u{2606}'),
        ("BLACK HEART SUIT", '\u{2665}'),
        ("GREEK SMALL LETTER ALPHA", '\u{3b1}'),
        ("GREEK SMALL LETTER BETA", '\u{3b2}'),
        ("GREEK SMALL LETTER GAMMA", '\u{3b3}'),
        ("GREEK SMALL LETTER DELTA", '\u{3b4}'),
        ("GREEK SMALL LETTER PI", '\u{3c0}'),
        ("GREEK SMALL LETTER LAMDA", '\u{3bb}'),
        ("GREEK SMALL LETTER MU", '\u{3bc}'),
        ("GREEK SMALL LETTER SIGMA", '\u{3c3}'),
        ("GREEK CAPITAL LETTER DELTA", '\u{394}'),
        ("GREEK CAPITAL LETTER OMEGA", '\u{3a9}'),
        ("GREEK CAPITAL LETTER SIGMA", '\u{3a3}'),
        ("LATIN SMALL LETTER E WITH ACUTE", '\u{e9}'),
        ("LATIN SMALL LETTER A WITH GRAVE", '\u{e0}'),
        ("LATIN SMALL LETTER U WITH DIAERESIS", '\u{fc}'),
        ("LATIN SMALL LETTER SHARP S", '\u{df}'),
        ("LATIN CAPITAL LETTER A", 'A'),
        ("LATIN SMALL LETTER A", 'a'),
        ("DIGIT ZERO", '0'),
        ("GRINNING FACE", '\u{1f600}'),
        ("SNAKE", '\u{1f40d}'),
    ];
    let upper = name.to_ascii_uppercase();
    NAMES.iter().find(|(n, _)| *n == upper).map(|&(_, c)| c)
}
