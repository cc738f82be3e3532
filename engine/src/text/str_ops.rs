//! Python-exact `str` algorithms on `&str`: split/rsplit/splitlines, case mappings (title,
//! capitalize, swapcase, casefold with final sigma), padding, predicates, `repr`/`ascii` of
//! str and `repr` of bytes, and char ⇄ byte index helpers (mirrors `Objects/unicodeobject.c`).

use super::unicode_tables::{
    ALPHA, DECIMAL_ZEROS, DIGIT_NOT_DECIMAL, NON_PRINTABLE, NUMERIC_NOT_DIGIT,
};

fn in_ranges(table: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

// ---------------------------------------------------------------- character predicates

/// Python's `str.isspace` for one character (includes U+001C..U+001F, excludes U+200B).
pub fn py_isspace(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\x1c'..='\x1f'
            | ' '
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// Line boundaries of `str.splitlines` (`\r\n` is handled by the splitter).
pub fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// The value of a decimal digit (category Nd, any script), as `int()` accepts them.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    let n = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= n);
    let zero = *DECIMAL_ZEROS.get(i.checked_sub(1)?)?;
    (n - zero < 10).then_some(n - zero)
}

pub fn char_is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}

pub fn char_is_digit(c: char) -> bool {
    char_is_decimal(c) || in_ranges(DIGIT_NOT_DECIMAL, c)
}

pub fn char_is_numeric(c: char) -> bool {
    char_is_digit(c) || in_ranges(NUMERIC_NOT_DIGIT, c)
}

/// Categories Lu, Ll, Lt, Lm, Lo.
pub fn char_is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_ranges(ALPHA, c)
}

pub fn char_is_alnum(c: char) -> bool {
    char_is_alpha(c) || char_is_numeric(c)
}

pub fn char_is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    !in_ranges(NON_PRINTABLE, c)
}

/// Category Lt (titlecase letters such as `ǅ`).
pub fn char_is_titlecase(c: char) -> bool {
    matches!(c as u32,
        0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF
            | 0x1FBC | 0x1FCC | 0x1FFC)
}

pub fn char_is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || char_is_titlecase(c)
}

/// Approximation of Unicode's Case_Ignorable (apostrophes, dots, modifiers, combining marks).
fn char_is_case_ignorable(c: char) -> bool {
    matches!(c as u32,
        0x27 | 0x2E | 0x3A | 0x5E | 0x60 | 0xA8 | 0xAD | 0xAF | 0xB4 | 0xB7 | 0xB8
            | 0x2B0..=0x36F | 0x483..=0x489 | 0x591..=0x5BD | 0x200B..=0x200F | 0x2018 | 0x2019
            | 0x2024 | 0x2027 | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F)
}

// ---------------------------------------------------------------- whole-string predicates

fn all_nonempty(s: &str, f: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

pub fn is_space(s: &str) -> bool {
    all_nonempty(s, py_isspace)
}
pub fn is_digit(s: &str) -> bool {
    all_nonempty(s, char_is_digit)
}
pub fn is_decimal(s: &str) -> bool {
    all_nonempty(s, char_is_decimal)
}
pub fn is_numeric(s: &str) -> bool {
    all_nonempty(s, char_is_numeric)
}
pub fn is_alpha(s: &str) -> bool {
    all_nonempty(s, char_is_alpha)
}
pub fn is_alnum(s: &str) -> bool {
    all_nonempty(s, char_is_alnum)
}
/// True for the empty string, like Python.
pub fn is_printable(s: &str) -> bool {
    s.chars().all(char_is_printable)
}
pub fn is_ascii(s: &str) -> bool {
    s.is_ascii()
}

/// At least one cased character and no lowercase/titlecase ones (`'1A'.isupper()`).
pub fn is_upper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() || char_is_titlecase(c) {
            return false;
        }
        cased |= c.is_uppercase();
    }
    cased
}

pub fn is_lower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || char_is_titlecase(c) {
            return false;
        }
        cased |= c.is_lowercase();
    }
    cased
}

/// Uppercase/titlecase only after uncased characters, lowercase only after cased ones.
pub fn is_title(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || char_is_titlecase(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

fn is_xid_start(c: char) -> bool {
    c == '_'
        || char_is_alpha(c)
        || (!c.is_ascii() && c.is_alphabetic() && c.is_numeric())
        || matches!(
            c as u32,
            0x1885 | 0x1886 | 0x2118 | 0x212E | 0x309B | 0x309C
        )
}

fn is_xid_continue(c: char) -> bool {
    is_xid_start(c)
        || char_is_decimal(c)
        || (!c.is_ascii() && c.is_alphabetic())
        || matches!(c as u32, 0xB7 | 0x300..=0x36F | 0x203F | 0x2040 | 0x2054 | 0xFE33 | 0xFE34
            | 0xFE4D..=0xFE4F | 0xFF3F)
}

/// `str.isidentifier` (exact for ASCII; XID approximated from general properties otherwise).
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if is_xid_start(c) => chars.all(is_xid_continue),
        _ => false,
    }
}

// ---------------------------------------------------------------- splitting

/// `s.split(None, maxsplit)` (`None` = no limit).
pub fn split_whitespace(s: &str, maxsplit: Option<usize>) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(py_isspace);
    while !rest.is_empty() {
        if maxsplit.is_some_and(|m| out.len() >= m) {
            out.push(rest);
            break;
        }
        match rest.find(py_isspace) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = rest[i..].trim_start_matches(py_isspace);
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out
}

/// `s.rsplit(None, maxsplit)`.
pub fn rsplit_whitespace(s: &str, maxsplit: Option<usize>) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(py_isspace);
    while !rest.is_empty() {
        if maxsplit.is_some_and(|m| out.len() >= m) {
            out.push(rest);
            break;
        }
        match rest.rfind(py_isspace) {
            Some(i) => {
                let after = i + rest[i..].chars().next().map_or(1, char::len_utf8);
                out.push(&rest[after..]);
                rest = rest[..i].trim_end_matches(py_isspace);
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out.reverse();
    out
}

/// `s.split(sep, maxsplit)`; `sep` must be non-empty (the caller raises "empty separator").
pub fn split_sep<'a>(s: &'a str, sep: &str, maxsplit: Option<usize>) -> Vec<&'a str> {
    match maxsplit {
        Some(m) => s.splitn(m.saturating_add(1), sep).collect(),
        None => s.split(sep).collect(),
    }
}

/// `s.rsplit(sep, maxsplit)`; `sep` must be non-empty.
pub fn rsplit_sep<'a>(s: &'a str, sep: &str, maxsplit: Option<usize>) -> Vec<&'a str> {
    let mut out: Vec<&str> = match maxsplit {
        Some(m) => s.rsplitn(m.saturating_add(1), sep).collect(),
        None => s.rsplit(sep).collect(),
    };
    out.reverse();
    out
}

/// `s.splitlines(keepends)`.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '\r' && bytes.get(end) == Some(&b'\n') {
            iter.next();
            end += 1;
        }
        out.push(&s[start..if keepends { end } else { i }]);
        start = end;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

// ---------------------------------------------------------------- case mappings

/// Full titlecase mapping of one character.
fn push_title(c: char, out: &mut String) {
    let n = c as u32;
    let single = match n {
        0x1C4..=0x1C6 => Some(0x1C5),
        0x1C7..=0x1C9 => Some(0x1C8),
        0x1CA..=0x1CC => Some(0x1CB),
        0x1F1..=0x1F3 => Some(0x1F2),
        0x1F80..=0x1F87 | 0x1F90..=0x1F97 | 0x1FA0..=0x1FA7 => Some(n + 8),
        0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF => Some(n),
        0x1FB3 | 0x1FBC => Some(0x1FBC),
        0x1FC3 | 0x1FCC => Some(0x1FCC),
        0x1FF3 | 0x1FFC => Some(0x1FFC),
        _ => None,
    };
    if let Some(t) = single.and_then(char::from_u32) {
        out.push(t);
        return;
    }
    if c == 'ß' || c == '\u{587}' || (0xFB00..=0xFB17).contains(&n) {
        // Ligatures: first letter upper, the rest lower (`ß` → `Ss`, `ﬁ` → `Fi`).
        let mut upper = c.to_uppercase();
        out.extend(upper.next());
        for u in upper {
            out.extend(u.to_lowercase());
        }
        return;
    }
    out.extend(c.to_uppercase());
}

/// Lowercase of `chars[i]`, with the Final_Sigma rule for `Σ`.
fn push_lower(chars: &[char], i: usize, out: &mut String) {
    let c = chars[i];
    if c != 'Σ' {
        out.extend(c.to_lowercase());
        return;
    }
    let before = chars[..i]
        .iter()
        .rev()
        .find(|c| !char_is_case_ignorable(**c));
    let mut final_sigma = before.is_some_and(|c| char_is_cased(*c));
    if final_sigma {
        let after = chars[i + 1..].iter().find(|c| !char_is_case_ignorable(**c));
        final_sigma = !after.is_some_and(|c| char_is_cased(*c));
    }
    out.push(if final_sigma { 'ς' } else { 'σ' });
}

/// `str.lower` (full mappings, final sigma).
pub fn lower(s: &str) -> String {
    s.to_lowercase()
}

/// `str.upper` (full mappings: `ß` → `SS`).
pub fn upper(s: &str) -> String {
    s.to_uppercase()
}

/// `str.title`: titlecase after uncased characters, lowercase after cased ones.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if previous_is_cased {
            push_lower(&chars, i, &mut out);
        } else {
            push_title(c, &mut out);
        }
        previous_is_cased = char_is_cased(c);
    }
    out
}

/// `str.capitalize` (3.8+): first character titlecased, the rest lowercased.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        if i == 0 {
            push_title(chars[0], &mut out);
        } else {
            push_lower(&chars, i, &mut out);
        }
    }
    out
}

/// `str.swapcase`.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            push_lower(&chars, i, &mut out);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.casefold`: full case folding, derived as lower(upper(c)) (`ß` → `ss`, `ς` → `σ`).
pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        if c == 'ẞ' {
            out.push_str("ss");
            continue;
        }
        let mut up = c.to_uppercase();
        let first = up.next().unwrap_or(c);
        let rest: String = up.collect();
        if rest.is_empty() && (0x13A0..=0x13F5).contains(&(first as u32)) {
            out.push(first); // Cherokee folds to its uppercase letters.
        } else if rest.is_empty() && first == c {
            out.extend(c.to_lowercase());
        } else {
            out.extend(first.to_lowercase());
            out.push_str(&rest.to_lowercase());
        }
    }
    out
}

// ---------------------------------------------------------------- padding

fn fill_str(c: char, n: usize) -> String {
    std::iter::repeat_n(c, n).collect()
}

/// `s.ljust(width, fill)`.
pub fn ljust(s: &str, width: usize, fill: char) -> String {
    let len = s.chars().count();
    format!("{}{}", s, fill_str(fill, width.saturating_sub(len)))
}

/// `s.rjust(width, fill)`.
pub fn rjust(s: &str, width: usize, fill: char) -> String {
    let len = s.chars().count();
    format!("{}{}", fill_str(fill, width.saturating_sub(len)), s)
}

/// `s.center(width, fill)`: CPython puts the odd space on the left when `width` is odd.
pub fn center(s: &str, width: usize, fill: char) -> String {
    let len = s.chars().count();
    if width <= len {
        return s.to_string();
    }
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    format!(
        "{}{}{}",
        fill_str(fill, left),
        s,
        fill_str(fill, marg - left)
    )
}

/// `s.zfill(width)`: zeros after a leading `+`/`-`.
pub fn zfill(s: &str, width: usize) -> String {
    let len = s.chars().count();
    if width <= len {
        return s.to_string();
    }
    let zeros = "0".repeat(width - len);
    match s.strip_prefix(['+', '-']) {
        Some(rest) => format!("{}{}{}", &s[..1], zeros, rest),
        None => format!("{}{}", zeros, s),
    }
}

/// `s.expandtabs(tabsize)`; the column restarts after `\n` and `\r`.
pub fn expandtabs(s: &str, tabsize: i64) -> String {
    let mut out = String::with_capacity(s.len());
    let mut col: usize = 0;
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let t = tabsize as usize;
                let n = t - col % t;
                out.push_str(&" ".repeat(n));
                col += n;
            }
        } else {
            out.push(c);
            col += 1;
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    out
}

// ---------------------------------------------------------------- repr

fn push_escape(out: &mut String, n: u32) {
    use std::fmt::Write;
    let _ = if n <= 0xFF {
        write!(out, "\\x{:02x}", n)
    } else if n <= 0xFFFF {
        write!(out, "\\u{:04x}", n)
    } else {
        write!(out, "\\U{:08x}", n)
    };
}

fn repr_impl(s: &str, ascii_only: bool) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            c if !c.is_ascii() && !ascii_only && char_is_printable(c) => out.push(c),
            c => push_escape(&mut out, c as u32),
        }
    }
    out.push(quote);
    out
}

/// CPython's `repr(str)`.
pub fn repr_str(s: &str) -> String {
    repr_impl(s, false)
}

/// CPython's `ascii(str)`: like repr with every non-ASCII character escaped.
pub fn ascii_repr(s: &str) -> String {
    repr_impl(s, true)
}

/// CPython's `repr(bytes)`: `b'...'`.
pub fn repr_bytes(b: &[u8]) -> String {
    repr_bytes_with(b, false)
}

/// The `b'...'` inside `repr(bytearray)`, which escapes `'` even between double quotes.
pub fn repr_bytearray_body(b: &[u8]) -> String {
    repr_bytes_with(b, true)
}

fn repr_bytes_with(b: &[u8], escape_single: bool) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ if byte as char == quote || (escape_single && byte == b'\'') => {
                out.push('\\');
                out.push(byte as char);
            }
            b' '..=b'~' => out.push(byte as char),
            _ => push_escape(&mut out, byte as u32),
        }
    }
    out.push(quote);
    out
}

// ---------------------------------------------------------------- indices

/// Number of code points.
pub fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// Byte offset of code point `char_idx` (`s.len()` when past the end).
pub fn char_to_byte(s: &str, char_idx: usize) -> usize {
    if char_idx >= s.len() {
        return if s.is_ascii() {
            s.len()
        } else {
            s.char_indices().nth(char_idx).map_or(s.len(), |(i, _)| i)
        };
    }
    if s.as_bytes()[..char_idx].is_ascii() {
        return char_idx;
    }
    s.char_indices().nth(char_idx).map_or(s.len(), |(i, _)| i)
}

/// Code-point index of byte offset `byte_idx` (which must be a char boundary).
pub fn byte_to_char(s: &str, byte_idx: usize) -> usize {
    let head = &s.as_bytes()[..byte_idx.min(s.len())];
    if head.is_ascii() {
        head.len()
    } else {
        head.iter().filter(|&&b| (b as i8) >= -0x40).count()
    }
}

#[cfg(test)]
#[path = "str_ops_tests.rs"]
mod tests;
