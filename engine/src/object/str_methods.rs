//! The script-visible methods of `str` (split, find, format, `%`, encode, ...)
//! and the `str(...)` constructor. Indices are code-point indices, as in
//! Python; searches run on UTF-8 bytes and convert offsets back to chars.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{FromPrimitive, Signed, ToPrimitive};

use crate::error::{PyErr, PyResult};
use crate::object::function::{slow_call, PosFn};
use crate::object::{type_name_of, Args, BytesObj, DictObj, NativeFn, StrObj};
use crate::value::Value;
use crate::vm::Vm;

/// Names in `METHODS` that are static methods (no `self`).
pub const STATIC_METHODS: &[&str] = &["maketrans"];

pub const METHODS: &[(&str, NativeFn)] = &[
    ("split", str_split),
    ("rsplit", str_rsplit),
    ("join", str_join),
    ("strip", str_strip),
    ("lstrip", str_lstrip),
    ("rstrip", str_rstrip),
    ("replace", str_replace),
    ("find", str_find),
    ("rfind", str_rfind),
    ("index", str_index),
    ("rindex", str_rindex),
    ("count", str_count),
    ("startswith", str_startswith),
    ("endswith", str_endswith),
    ("upper", str_upper),
    ("lower", str_lower),
    ("title", str_title),
    ("capitalize", str_capitalize),
    ("swapcase", str_swapcase),
    ("casefold", str_casefold),
    ("isdigit", str_isdigit),
    ("isalpha", str_isalpha),
    ("isalnum", str_isalnum),
    ("isspace", str_isspace),
    ("isupper", str_isupper),
    ("islower", str_islower),
    ("istitle", str_istitle),
    ("isidentifier", str_isidentifier),
    ("isnumeric", str_isnumeric),
    ("isdecimal", str_isdecimal),
    ("isprintable", str_isprintable),
    ("isascii", str_isascii),
    ("zfill", str_zfill),
    ("center", str_center),
    ("ljust", str_ljust),
    ("rjust", str_rjust),
    ("partition", str_partition),
    ("rpartition", str_rpartition),
    ("splitlines", str_splitlines),
    ("format", str_format),
    ("format_map", str_format_map),
    ("encode", str_encode),
    ("expandtabs", str_expandtabs),
    ("removeprefix", str_removeprefix),
    ("removesuffix", str_removesuffix),
    ("maketrans", str_maketrans),
    ("translate", str_translate),
    ("__mod__", str_mod),
    ("__format__", str_format_dunder),
];

/// Fast positional entries (see `NativeImpl::Fast`): the common shapes of
/// a call on exact strs, read off the value stack; every other call goes to
/// the full entry, so results and errors are unchanged.
pub const FAST: &[(&str, PosFn)] = &[
    ("join", join_fast),
    ("split", split_fast),
    ("strip", strip_fast),
    ("lstrip", lstrip_fast),
    ("rstrip", rstrip_fast),
    ("replace", replace_fast),
    ("find", find_fast),
    ("count", count_fast),
    ("startswith", startswith_fast),
    ("endswith", endswith_fast),
    ("upper", upper_fast),
    ("lower", lower_fast),
    ("title", title_fast),
    ("capitalize", capitalize_fast),
    ("isdigit", isdigit_fast),
    ("isalpha", isalpha_fast),
    ("isalnum", isalnum_fast),
    ("isspace", isspace_fast),
    ("isupper", isupper_fast),
    ("islower", islower_fast),
];

fn join_fast(vm: &mut Vm, a: &[Value]) -> PyResult {
    let joined = match a {
        [Value::Str(sep), Value::List(l)] => join_exact_strs(sep, &l.items.borrow()),
        [Value::Str(sep), Value::Tuple(t)] => join_exact_strs(sep, &t.items),
        _ => None,
    };
    match joined {
        Some(v) => Ok(v),
        None => slow_call(vm, str_join, a),
    }
}

fn split_fast(vm: &mut Vm, a: &[Value]) -> PyResult {
    // The pieces go straight into the list (no Vec<&str> in between); an
    // ASCII text's pieces are ASCII, which StrObj::copied_ascii trusts.
    let piece = |ascii: bool, p: &str| {
        Value::Str(Rc::new(if ascii {
            StrObj::copied_ascii(p)
        } else {
            StrObj::copied(p)
        }))
    };
    let items: Vec<Value> = match a {
        [Value::Str(s)] if s.is_ascii() => {
            let text = s.as_str();
            let b = text.as_bytes();
            let space = |c: u8| matches!(c, b'\t'..=b'\r' | 0x1c..=0x1f | b' ');
            let mut out = Vec::new();
            let mut i = 0;
            loop {
                while i < b.len() && space(b[i]) {
                    i += 1;
                }
                if i == b.len() {
                    break;
                }
                let start = i;
                while i < b.len() && !space(b[i]) {
                    i += 1;
                }
                out.push(piece(true, &text[start..i]));
            }
            out
        }
        [Value::Str(s)] => split_whitespace(s.as_str(), -1)
            .into_iter()
            .map(Value::str)
            .collect(),
        [Value::Str(s), Value::Str(sep)] if !sep.as_str().is_empty() => {
            let (text, ascii) = (s.as_str(), s.is_ascii());
            match sep.as_str().as_bytes() {
                // One byte: a memchr scan instead of a substring search.
                &[c] if c.is_ascii() => {
                    // Counting the separators first (a vectorised byte
                    // count) sizes the list once instead of regrowing it.
                    let n = text.bytes().filter(|&b| b == c).count();
                    let mut out = Vec::with_capacity(n + 1);
                    out.extend(text.split(c as char).map(|p| piece(ascii, p)));
                    out
                }
                _ => text.split(sep.as_str()).map(|p| piece(ascii, p)).collect(),
            }
        }
        _ => return slow_call(vm, str_split, a),
    };
    Ok(Value::list(items))
}

/// `strip`/`lstrip`/`rstrip` with no argument or a str of chars.
fn strip_shape(s: &Rc<StrObj>, chars: Option<&StrObj>, side: Side) -> Value {
    let text = s.as_str();
    let out = match chars {
        None => match side {
            Side::Left => text.trim_start_matches(is_space),
            Side::Right => text.trim_end_matches(is_space),
            Side::Both => text.trim_matches(is_space),
        },
        Some(chars) => {
            let set = chars.as_str();
            let f = |c: char| set.contains(c);
            match side {
                Side::Left => text.trim_start_matches(f),
                Side::Right => text.trim_end_matches(f),
                Side::Both => text.trim_matches(f),
            }
        }
    };
    if out.len() == text.len() {
        return Value::Str(s.clone());
    }
    Value::str(out)
}

macro_rules! strip_fast {
    ($fast:ident, $full:ident, $side:expr) => {
        fn $fast(vm: &mut Vm, a: &[Value]) -> PyResult {
            match a {
                [Value::Str(s)] => Ok(strip_shape(s, None, $side)),
                [Value::Str(s), Value::Str(chars)] => Ok(strip_shape(s, Some(chars), $side)),
                _ => slow_call(vm, $full, a),
            }
        }
    };
}
strip_fast!(strip_fast, str_strip, Side::Both);
strip_fast!(lstrip_fast, str_lstrip, Side::Left);
strip_fast!(rstrip_fast, str_rstrip, Side::Right);

fn replace_fast(vm: &mut Vm, a: &[Value]) -> PyResult {
    let [Value::Str(s), Value::Str(old), Value::Str(new)] = a else {
        return slow_call(vm, str_replace, a);
    };
    let text = s.as_str();
    if let &[c] = old.as_str().as_bytes() {
        // One ASCII byte: a memchr scan (char pattern) instead of a
        // substring search, for the test and for the replacement.
        if c.is_ascii() {
            let c = c as char;
            if !text.contains(c) {
                return Ok(Value::Str(s.clone()));
            }
            return Ok(replaced(text.replace(c, new.as_str()), s, new));
        }
    }
    if !old.as_str().is_empty() && !text.contains(old.as_str()) {
        // Nothing to replace: CPython also returns the str itself.
        return Ok(Value::Str(s.clone()));
    }
    Ok(replaced(text.replace(old.as_str(), new.as_str()), s, new))
}

/// The result of a replace: ASCII text with ASCII replacements stays ASCII,
/// so it is not scanned again.
fn replaced(out: String, s: &StrObj, new: &StrObj) -> Value {
    Value::Str(Rc::new(if s.is_ascii() && new.is_ascii() {
        StrObj::from_ascii_string(out)
    } else {
        StrObj::new(out)
    }))
}

fn find_fast(vm: &mut Vm, a: &[Value]) -> PyResult {
    let [Value::Str(s), Value::Str(sub)] = a else {
        return slow_call(vm, str_find, a);
    };
    let text = s.as_str();
    Ok(Value::Int(match text.find(sub.as_str()) {
        Some(b) if s.is_ascii() => b as i64,
        Some(b) => text[..b].chars().count() as i64,
        None => -1,
    }))
}

fn count_fast(vm: &mut Vm, a: &[Value]) -> PyResult {
    match a {
        [Value::Str(s), Value::Str(sub)] if !sub.as_str().is_empty() => {
            let n = match sub.as_str().as_bytes() {
                // One ASCII byte never occurs inside a multi-byte char, so
                // counting bytes (a vectorised loop) counts the chars.
                &[c] if c.is_ascii() => s.as_str().bytes().filter(|&b| b == c).count(),
                _ => s.as_str().matches(sub.as_str()).count(),
            };
            Ok(Value::Int(n as i64))
        }
        _ => slow_call(vm, str_count, a),
    }
}

/// `startswith`/`endswith` with one str and an optional int start.
fn affix_shape(a: &[Value], suffix: bool) -> Option<bool> {
    let (s, p, start) = match a {
        [Value::Str(s), Value::Str(p)] => (s, p, 0),
        [Value::Str(s), Value::Str(p), Value::Int(i)] => (s, p, *i),
        _ => return None,
    };
    let len = s.char_len();
    let (start, _) = adjust(Some(start), None, len);
    if start > len {
        return Some(false);
    }
    let hay = &s.as_str()[byte_at(s, start)..];
    Some(if suffix {
        hay.ends_with(p.as_str())
    } else {
        hay.starts_with(p.as_str())
    })
}

fn startswith_fast(vm: &mut Vm, a: &[Value]) -> PyResult {
    match affix_shape(a, false) {
        Some(b) => Ok(Value::Bool(b)),
        None => slow_call(vm, str_startswith, a),
    }
}

fn endswith_fast(vm: &mut Vm, a: &[Value]) -> PyResult {
    match affix_shape(a, true) {
        Some(b) => Ok(Value::Bool(b)),
        None => slow_call(vm, str_endswith, a),
    }
}

fn upper_fast(vm: &mut Vm, a: &[Value]) -> PyResult {
    match a {
        [Value::Str(s)] => {
            Ok(ascii_case(s, true).unwrap_or_else(|| Value::string(s.as_str().to_uppercase())))
        }
        _ => slow_call(vm, str_upper, a),
    }
}

fn lower_fast(vm: &mut Vm, a: &[Value]) -> PyResult {
    match a {
        [Value::Str(s)] => {
            Ok(ascii_case(s, false).unwrap_or_else(|| Value::string(s.as_str().to_lowercase())))
        }
        _ => slow_call(vm, str_lower, a),
    }
}

// ----- argument helpers (shared with bytes_methods) -----

/// How a positional-only method words its arity errors.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Arity {
    /// `find() takes at least 1 argument (0 given)`.
    Old,
    /// `replace expected at least 2 arguments, got 1`.
    Clinic,
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Checks a positional-only call (self excluded) and returns the arguments after self.
pub(crate) fn positional<'a>(
    vm: &mut Vm,
    args: &'a Args,
    owner: &str,
    name: &str,
    min: usize,
    max: usize,
    arity: Arity,
) -> PyResult<&'a [Value]> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("{}.{}() takes no keyword arguments", owner, name)));
    }
    let given = args.args.len().saturating_sub(1);
    if max == 0 && given > 0 {
        return Err(vm.type_error(format!(
            "{}.{}() takes no arguments ({} given)",
            owner, name, given
        )));
    }
    if min == 1 && max == 1 && given != 1 {
        return Err(vm.type_error(format!(
            "{}.{}() takes exactly one argument ({} given)",
            owner, name, given
        )));
    }
    if given < min || given > max {
        let (word, n) = if given < min {
            ("least", min)
        } else {
            ("most", max)
        };
        let msg = match arity {
            Arity::Old => format!(
                "{}() takes at {} {} argument{} ({} given)",
                name,
                word,
                n,
                plural(n),
                given
            ),
            Arity::Clinic => format!(
                "{} expected at {} {} argument{}, got {}",
                name,
                word,
                n,
                plural(n),
                given
            ),
        };
        return Err(vm.type_error(msg));
    }
    Ok(args.args.get(1..).unwrap_or(&[]))
}

/// Binds positional-or-keyword parameters `names` (self excluded).
pub(crate) fn keywords(
    vm: &mut Vm,
    mut args: Args,
    name: &str,
    names: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    let given = args.args.len().saturating_sub(1);
    if given > names.len() {
        let n = names.len();
        return Err(vm.type_error(format!(
            "{}() takes at most {} argument{} ({} given)",
            name,
            n,
            plural(n),
            given
        )));
    }
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, v) in args.args.iter().skip(1).enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in args.kwargs.drain(..) {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) => {
                if out[i].is_some() {
                    return Err(vm.type_error(format!(
                        "argument for {}() given by name ('{}') and position ({})",
                        name,
                        k.as_str(),
                        i + 1
                    )));
                }
                out[i] = Some(v);
            }
            None => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    k.as_str(),
                    name
                )));
            }
        }
    }
    Ok(out)
}

fn self_str(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Rc<StrObj>> {
    match args.args.first() {
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{}' for 'str' objects doesn't apply to a '{}' object",
            name,
            type_name_of(other)
        ))),
        None => Err(vm.type_error(format!("unbound method str.{}() needs an argument", name))),
    }
}

/// A `str` argument, or `must be str, not int`.
fn arg_str(vm: &mut Vm, v: &Value) -> PyResult<Rc<StrObj>> {
    match &crate::object::instance::unwrap_builtin(v) {
        Value::Str(s) => Ok(s.clone()),
        other => Err(vm.type_error(format!("must be str, not {}", type_name_of(other)))),
    }
}

/// An optional slice bound (`None` means omitted).
pub(crate) fn slice_bound(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i)),
        Some(Value::Bool(b)) => Ok(Some(*b as i64)),
        Some(Value::BigInt(b)) => Ok(Some(if b.is_negative() { i64::MIN } else { i64::MAX })),
        Some(v @ Value::Instance(_)) => match vm.call_dunder(v, "__index__", vec![]) {
            Ok(Some(Value::Int(i))) => Ok(Some(i)),
            Ok(_) => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
            Err(e) => Err(e),
        },
        Some(_) => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// CPython's ADJUST_INDICES: clamps `start`/`end` into `0..=len` (end may stay below start).
pub(crate) fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let mut e = end.unwrap_or(len);
    if e > len {
        e = len;
    } else if e < 0 {
        e = (e + len).max(0);
    }
    let mut s = start.unwrap_or(0);
    if s < 0 {
        s = (s + len).max(0);
    }
    (s as usize, e as usize)
}

/// An integer argument for widths and counts.
fn arg_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::BigInt(b) => {
            if b.is_negative() {
                Ok(i64::MIN)
            } else {
                Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
            }
        }
        _ => vm.to_index(v),
    }
}

// ----- char/byte offsets -----

/// Byte offset of code point `idx` (or the end when past it).
fn byte_at(s: &StrObj, idx: usize) -> usize {
    s.byte_offset(idx)
}

// ----- Unicode classification -----

fn in_table(table: &[(u32, u32)], c: char) -> bool {
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

/// Python's `str.isspace` for one code point.
pub(crate) fn is_space(c: char) -> bool {
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

pub(crate) fn is_decimal(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_table(DECIMAL, c))
}

pub(crate) fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_table(DIGIT, c))
}

pub(crate) fn is_numeric(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && in_table(NUMERIC, c))
}

pub(crate) fn is_alpha(c: char) -> bool {
    c.is_ascii_alphabetic() || (!c.is_ascii() && in_table(ALPHA, c))
}

pub(crate) fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    !in_table(NOT_PRINTABLE, c)
}

fn is_titlecase(c: char) -> bool {
    matches!(c as u32,
        0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf | 0x1fbc | 0x1fcc | 0x1ffc)
}

fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

/// The titlecase mapping of one code point.
fn to_title(c: char, out: &mut String) {
    match c as u32 {
        0x1c4..=0x1c6 => out.push('\u{1c5}'),
        0x1c7..=0x1c9 => out.push('\u{1c8}'),
        0x1ca..=0x1cc => out.push('\u{1cb}'),
        0x1f1..=0x1f3 => out.push('\u{1f2}'),
        0xdf => out.push_str("Ss"),
        0xfb00 => out.push_str("Ff"),
        0xfb01 => out.push_str("Fi"),
        0xfb02 => out.push_str("Fl"),
        0xfb03 => out.push_str("Ffi"),
        0xfb04 => out.push_str("Ffl"),
        0xfb05 | 0xfb06 => out.push_str("St"),
        _ if is_titlecase(c) => out.push(c),
        _ => out.extend(c.to_uppercase()),
    }
}

fn push_lower(c: char, out: &mut String) {
    out.extend(c.to_lowercase());
}

// ----- simple predicates and case methods -----

fn noargs(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Rc<StrObj>> {
    if let ([Value::Str(s)], true) = (&args.args[..], args.kwargs.is_empty()) {
        return Ok(s.clone());
    }
    let s = self_str(vm, args, name)?;
    positional(vm, args, "str", name, 0, 0, Arity::Old)?;
    Ok(s)
}

macro_rules! predicate {
    ($fname:ident, $name:literal, $body:expr) => {
        fn $fname(vm: &mut Vm, args: Args) -> PyResult {
            let s = noargs(vm, &args, $name)?;
            let f: fn(&str) -> bool = $body;
            Ok(Value::Bool(f(s.as_str())))
        }
    };
    ($fname:ident, $fast:ident, $name:literal, $body:expr) => {
        predicate!($fname, $name, $body);

        fn $fast(vm: &mut Vm, a: &[Value]) -> PyResult {
            if let [Value::Str(s)] = a {
                let f: fn(&str) -> bool = $body;
                return Ok(Value::Bool(f(s.as_str())));
            }
            slow_call(vm, $fname, a)
        }
    };
}

predicate!(str_isdigit, isdigit_fast, "isdigit", |s| !s.is_empty()
    && s.chars().all(is_digit));
predicate!(str_isdecimal, "isdecimal", |s| !s.is_empty()
    && s.chars().all(is_decimal));
predicate!(str_isnumeric, "isnumeric", |s| !s.is_empty()
    && s.chars().all(is_numeric));
predicate!(str_isalpha, isalpha_fast, "isalpha", |s| !s.is_empty()
    && s.chars().all(is_alpha));
predicate!(str_isalnum, isalnum_fast, "isalnum", |s| !s.is_empty()
    && s.chars().all(|c| is_alpha(c)
        || is_decimal(c)
        || is_digit(c)
        || is_numeric(c)));
predicate!(str_isspace, isspace_fast, "isspace", |s| !s.is_empty()
    && s.chars().all(is_space));
predicate!(str_isprintable, "isprintable", |s| s
    .chars()
    .all(is_printable));
predicate!(str_isascii, "isascii", |s| s.is_ascii());
predicate!(str_isupper, isupper_fast, "isupper", |s| {
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return false;
        }
        cased |= c.is_uppercase();
    }
    cased
});
predicate!(str_islower, islower_fast, "islower", |s| {
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return false;
        }
        cased |= c.is_lowercase();
    }
    cased
});
predicate!(str_istitle, "istitle", |s| {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
});
predicate!(str_isidentifier, "isidentifier", |s| {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || is_alpha(c) || (!c.is_ascii() && c.is_alphabetic()) => {}
        _ => return false,
    }
    chars.all(|c| {
        c == '_'
            || c.is_alphanumeric()
            || is_digit(c)
            || (!c.is_ascii() && !is_space(c) && is_id_continue_mark(c))
    })
});

/// Combining marks and connector punctuation that may continue an identifier.
fn is_id_continue_mark(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36f | 0x483..=0x487 | 0x591..=0x5bd | 0x610..=0x61a | 0x64b..=0x65f
        | 0x900..=0x903 | 0x93a..=0x94f | 0x1ab0..=0x1aff | 0x1dc0..=0x1dff | 0x20d0..=0x20f0
        | 0x203f | 0x2040 | 0x2054 | 0xfe00..=0xfe0f | 0xfe20..=0xfe2f | 0xfe33 | 0xfe34 | 0xfe4d..=0xfe4f | 0xff3f)
}

macro_rules! mapping {
    ($fname:ident, $name:literal, $body:expr) => {
        fn $fname(vm: &mut Vm, args: Args) -> PyResult {
            let s = noargs(vm, &args, $name)?;
            let f: fn(&str) -> String = $body;
            Ok(Value::string(f(s.as_str())))
        }
    };
    ($fname:ident, $fast:ident, $name:literal, $body:expr) => {
        mapping!($fname, $name, $body);

        fn $fast(vm: &mut Vm, a: &[Value]) -> PyResult {
            if let [Value::Str(s)] = a {
                let f: fn(&str) -> String = $body;
                return Ok(Value::string(f(s.as_str())));
            }
            slow_call(vm, $fname, a)
        }
    };
}

/// `upper()`/`lower()` of ASCII text: a byte map, with short results stored
/// inline in the new str (no intermediate `String`).
fn ascii_case(s: &StrObj, upper: bool) -> Option<Value> {
    if !s.is_ascii() {
        return None;
    }
    let text = s.as_str().as_bytes();
    let mut buf = [0u8; 32];
    let out = buf.get_mut(..text.len())?;
    out.copy_from_slice(text);
    if upper {
        out.make_ascii_uppercase();
    } else {
        out.make_ascii_lowercase();
    }
    // Case-mapped ASCII is ASCII: the new str need not scan it again.
    std::str::from_utf8(out)
        .ok()
        .map(|t| Value::Str(Rc::new(StrObj::copied_ascii(t))))
}

fn str_upper(vm: &mut Vm, args: Args) -> PyResult {
    let s = noargs(vm, &args, "upper")?;
    Ok(ascii_case(&s, true).unwrap_or_else(|| Value::string(s.as_str().to_uppercase())))
}

fn str_lower(vm: &mut Vm, args: Args) -> PyResult {
    let s = noargs(vm, &args, "lower")?;
    Ok(ascii_case(&s, false).unwrap_or_else(|| Value::string(s.as_str().to_lowercase())))
}
mapping!(str_casefold, "casefold", casefold);
mapping!(str_swapcase, "swapcase", |s| {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_uppercase() {
            push_lower(c, &mut out);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
});
mapping!(str_title, "title", title);

/// `title()` of short ASCII text: a byte map into a stack buffer, the result
/// stored inline (the same words as `title`: a letter after a letter is
/// lowered, any other letter raised).
fn ascii_title(s: &StrObj) -> Option<Value> {
    if !s.is_ascii() {
        return None;
    }
    let text = s.as_str().as_bytes();
    let mut buf = [0u8; 32];
    let out = buf.get_mut(..text.len())?;
    let mut prev_cased = false;
    for (o, &b) in out.iter_mut().zip(text) {
        *o = if prev_cased {
            b.to_ascii_lowercase()
        } else {
            b.to_ascii_uppercase()
        };
        prev_cased = b.is_ascii_alphabetic();
    }
    std::str::from_utf8(out).ok().map(Value::str)
}

fn title_fast(vm: &mut Vm, a: &[Value]) -> PyResult {
    if let [Value::Str(s)] = a {
        return Ok(ascii_title(s).unwrap_or_else(|| Value::string(title(s.as_str()))));
    }
    slow_call(vm, str_title, a)
}
mapping!(str_capitalize, capitalize_fast, "capitalize", |s| {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    if let Some(c) = chars.next() {
        to_title(c, &mut out);
        out.push_str(&chars.as_str().to_lowercase());
    }
    out
});

/// `str.title()`: titlecase after uncased characters, lowercase after cased ones.
pub(crate) fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for c in s.chars() {
        if prev_cased {
            push_lower(c, &mut out);
        } else {
            to_title(c, &mut out);
        }
        prev_cased = is_cased(c);
    }
    out
}

/// `str.casefold()`: lowercase plus the common full case foldings.
pub(crate) fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ς' => out.push('σ'),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ﬀ' => out.push_str("ff"),
            'ﬃ' => out.push_str("ffi"),
            'ﬄ' => out.push_str("ffl"),
            'ﬅ' | 'ﬆ' => out.push_str("st"),
            'ŉ' => out.push_str("ʼn"),
            'ſ' => out.push('s'),
            'µ' => out.push('μ'),
            _ => push_lower(c, &mut out),
        }
    }
    out
}

// ----- split / join / strip -----

/// Python's `str.split()` with no separator.
pub(crate) fn split_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut splits = 0i64;
    loop {
        rest = rest.trim_start_matches(is_space);
        if rest.is_empty() {
            break;
        }
        if maxsplit >= 0 && splits >= maxsplit {
            out.push(rest);
            break;
        }
        match rest.find(is_space) {
            Some(i) => {
                out.push(&rest[..i]);
                rest = &rest[i..];
                splits += 1;
            }
            None => {
                out.push(rest);
                break;
            }
        }
    }
    out
}

/// Python's `str.rsplit()` with no separator (result in order).
pub(crate) fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    let mut splits = 0i64;
    loop {
        rest = rest.trim_end_matches(is_space);
        if rest.is_empty() {
            break;
        }
        if maxsplit >= 0 && splits >= maxsplit {
            out.push(rest);
            break;
        }
        match rest.rfind(is_space) {
            Some(i) => {
                let w = rest[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1);
                out.push(&rest[i + w..]);
                rest = &rest[..i + w];
                splits += 1;
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

fn split_common(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult {
    let s = self_str(vm, &args, name)?;
    let a = keywords(vm, args, name, &["sep", "maxsplit"])?;
    let maxsplit = match &a[1] {
        Some(v) => arg_int(vm, v)?,
        None => -1,
    };
    let text = s.as_str();
    let parts: Vec<&str> = match &a[0] {
        None | Some(Value::None) => {
            if reverse {
                rsplit_whitespace(text, maxsplit)
            } else {
                split_whitespace(text, maxsplit)
            }
        }
        Some(Value::Str(sep)) => {
            let sep = sep.as_str();
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            match (reverse, maxsplit < 0) {
                (false, true) => text.split(sep).collect(),
                (false, false) => text
                    .splitn(maxsplit.saturating_add(1) as usize, sep)
                    .collect(),
                (true, true) => text.split(sep).collect(),
                (true, false) => {
                    let mut v: Vec<&str> = text
                        .rsplitn(maxsplit.saturating_add(1) as usize, sep)
                        .collect();
                    v.reverse();
                    v
                }
            }
        }
        Some(other) => {
            return Err(vm.type_error(format!("must be str or None, not {}", type_name_of(other))))
        }
    };
    Ok(Value::list(parts.into_iter().map(Value::str).collect()))
}

fn str_split(vm: &mut Vm, args: Args) -> PyResult {
    split_common(vm, args, "split", false)
}

fn str_rsplit(vm: &mut Vm, args: Args) -> PyResult {
    split_common(vm, args, "rsplit", true)
}

/// Python's line boundaries for `str.splitlines`.
fn is_line_break(c: char) -> bool {
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

pub(crate) fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if is_line_break(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(_, '\n')) = iter.peek() {
                    iter.next();
                    end += 1;
                }
            }
            out.push(if keepends {
                &s[start..end]
            } else {
                &s[start..i]
            });
            start = end;
        }
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

fn str_splitlines(vm: &mut Vm, args: Args) -> PyResult {
    let s = self_str(vm, &args, "splitlines")?;
    let a = keywords(vm, args, "splitlines", &["keepends"])?;
    let keepends = match &a[0] {
        Some(v) => {
            if let Value::Float(_) = v {
                return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
            }
            vm.truthy(v)?
        }
        None => false,
    };
    Ok(Value::list(
        splitlines(s.as_str(), keepends)
            .into_iter()
            .map(Value::str)
            .collect(),
    ))
}

fn str_join(vm: &mut Vm, args: Args) -> PyResult {
    let s = self_str(vm, &args, "join")?;
    let a = positional(vm, &args, "str", "join", 1, 1, Arity::Clinic)?;
    let iterable = &a[0];
    // Exact strs in a list or tuple: joined straight from it, sized once
    // (nothing here can run script code, so the borrow is safe to hold).
    let joined = match iterable {
        Value::List(l) => join_exact_strs(&s, &l.items.borrow()),
        Value::Tuple(t) => join_exact_strs(&s, &t.items),
        _ => None,
    };
    if let Some(v) = joined {
        return Ok(v);
    }
    let items = match iterable {
        Value::List(_) | Value::Tuple(_) => vm.iterate(iterable)?,
        _ => {
            let it = match vm.get_iter(iterable) {
                Ok(it) => it,
                Err(e) => {
                    if vm.err_matches(&e, "TypeError") {
                        return Err(vm.type_error("can only join an iterable"));
                    }
                    return Err(e);
                }
            };
            let mut out = Vec::new();
            while let Some(x) = vm.next(&it)? {
                out.push(x);
            }
            out
        }
    };
    let sep = s.as_str();
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        match &crate::object::instance::unwrap_builtin(item) {
            Value::Str(x) => {
                if i > 0 {
                    out.push_str(sep);
                }
                out.push_str(x.as_str());
            }
            other => {
                return Err(vm.type_error(format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    type_name_of(other)
                )))
            }
        }
    }
    Ok(Value::string(out))
}

/// `sep.join(items)` when every item is an exact str; None otherwise. The
/// length and ASCII-ness of the result come from the items' StrObjs, so the
/// text is copied once and never rescanned; a single item is returned
/// itself, as CPython does for an exact str.
fn join_exact_strs(sep: &StrObj, items: &[Value]) -> Option<Value> {
    let mut total = 0usize;
    let mut ascii = sep.is_ascii();
    for item in items {
        let Value::Str(x) = item else {
            return None;
        };
        total += x.as_str().len();
        ascii &= x.is_ascii();
    }
    if let [only] = items {
        return Some(only.clone());
    }
    let sep = sep.as_str();
    total += sep.len() * items.len().saturating_sub(1);
    let parts = items.iter().map(|v| match v {
        Value::Str(x) => x.as_str(),
        _ => "",
    });
    Some(Value::Str(Rc::new(StrObj::join(sep, parts, total, ascii))))
}

#[derive(Clone, Copy)]
enum Side {
    Left,
    Right,
    Both,
}

fn strip_common(vm: &mut Vm, args: Args, name: &str, side: Side) -> PyResult {
    let s = self_str(vm, &args, name)?;
    let a = positional(vm, &args, "str", name, 0, 1, Arity::Clinic)?;
    let text = s.as_str();
    let out = match a.first() {
        None | Some(Value::None) => match side {
            Side::Left => text.trim_start_matches(is_space),
            Side::Right => text.trim_end_matches(is_space),
            Side::Both => text.trim_matches(is_space),
        },
        Some(Value::Str(chars)) => {
            let set: Vec<char> = chars.as_str().chars().collect();
            let f = |c: char| set.contains(&c);
            match side {
                Side::Left => text.trim_start_matches(f),
                Side::Right => text.trim_end_matches(f),
                Side::Both => text.trim_matches(f),
            }
        }
        Some(_) => return Err(vm.type_error(format!("{} arg must be None or str", name))),
    };
    if out.len() == text.len() {
        return Ok(Value::Str(s));
    }
    Ok(Value::str(out))
}

fn str_strip(vm: &mut Vm, args: Args) -> PyResult {
    strip_common(vm, args, "strip", Side::Both)
}

fn str_lstrip(vm: &mut Vm, args: Args) -> PyResult {
    strip_common(vm, args, "lstrip", Side::Left)
}

fn str_rstrip(vm: &mut Vm, args: Args) -> PyResult {
    strip_common(vm, args, "rstrip", Side::Right)
}

fn str_replace(vm: &mut Vm, args: Args) -> PyResult {
    let s = self_str(vm, &args, "replace")?;
    let a = positional(vm, &args, "str", "replace", 2, 3, Arity::Clinic)?;
    let old = match &a[0] {
        Value::Str(x) => x.clone(),
        other => {
            return Err(vm.type_error(format!(
                "replace() argument 1 must be str, not {}",
                type_name_of(other)
            )))
        }
    };
    let new = match &a[1] {
        Value::Str(x) => x.clone(),
        other => {
            return Err(vm.type_error(format!(
                "replace() argument 2 must be str, not {}",
                type_name_of(other)
            )))
        }
    };
    let count = match a.get(2) {
        Some(v) => arg_int(vm, v)?,
        None => -1,
    };
    let text = s.as_str();
    let out = if count < 0 {
        text.replace(old.as_str(), new.as_str())
    } else {
        text.replacen(old.as_str(), new.as_str(), count as usize)
    };
    Ok(Value::string(out))
}

// ----- searching -----

#[derive(Clone, Copy, PartialEq)]
enum Dir {
    Forward,
    Reverse,
}

/// Shared by find/rfind/index/rindex: the char index of the match, if any.
fn find_common(vm: &mut Vm, args: &Args, name: &str, dir: Dir) -> PyResult<Option<usize>> {
    let s = self_str(vm, args, name)?;
    let a = positional(vm, args, "str", name, 1, 3, Arity::Old)?;
    let sub = arg_str(vm, &a[0])?;
    let start = slice_bound(vm, a.get(1))?;
    let end = slice_bound(vm, a.get(2))?;
    let len = s.char_len();
    let (start, end) = adjust(start, end, len);
    if start > len || end < start || end - start < sub.char_len() {
        return Ok(None);
    }
    let b0 = byte_at(&s, start);
    let b1 = byte_at(&s, end);
    let hay = &s.as_str()[b0..b1];
    let found = match dir {
        Dir::Forward => hay.find(sub.as_str()),
        Dir::Reverse => hay.rfind(sub.as_str()),
    };
    Ok(found.map(|b| {
        start
            + if s.is_ascii() {
                b
            } else {
                hay[..b].chars().count()
            }
    }))
}

fn str_find(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Int(
        find_common(vm, &args, "find", Dir::Forward)?
            .map(|i| i as i64)
            .unwrap_or(-1),
    ))
}

fn str_rfind(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Int(
        find_common(vm, &args, "rfind", Dir::Reverse)?
            .map(|i| i as i64)
            .unwrap_or(-1),
    ))
}

fn str_index(vm: &mut Vm, args: Args) -> PyResult {
    match find_common(vm, &args, "index", Dir::Forward)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn str_rindex(vm: &mut Vm, args: Args) -> PyResult {
    match find_common(vm, &args, "rindex", Dir::Reverse)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn str_count(vm: &mut Vm, args: Args) -> PyResult {
    let s = self_str(vm, &args, "count")?;
    let a = positional(vm, &args, "str", "count", 1, 3, Arity::Old)?;
    let sub = arg_str(vm, &a[0])?;
    let start = slice_bound(vm, a.get(1))?;
    let end = slice_bound(vm, a.get(2))?;
    let len = s.char_len();
    let (start, end) = adjust(start, end, len);
    if start > len || end < start {
        return Ok(Value::Int(0));
    }
    let hay = &s.as_str()[byte_at(&s, start)..byte_at(&s, end)];
    let n = if sub.as_str().is_empty() {
        end - start + 1
    } else {
        hay.matches(sub.as_str()).count()
    };
    Ok(Value::Int(n as i64))
}

fn affix_common(vm: &mut Vm, args: Args, name: &str, suffix: bool) -> PyResult {
    let s = self_str(vm, &args, name)?;
    let a = positional(vm, &args, "str", name, 1, 3, Arity::Old)?;
    let start = slice_bound(vm, a.get(1))?;
    let end = slice_bound(vm, a.get(2))?;
    let len = s.char_len();
    let (start, end) = adjust(start, end, len);
    let candidates: Vec<Rc<StrObj>> = match &a[0] {
        Value::Str(p) => vec![p.clone()],
        Value::Tuple(t) => {
            let mut v = Vec::new();
            for item in t.items.iter() {
                match item {
                    Value::Str(p) => v.push(p.clone()),
                    other => {
                        return Err(vm.type_error(format!(
                            "tuple for {} must only contain str, not {}",
                            name,
                            type_name_of(other)
                        )))
                    }
                }
            }
            v
        }
        other => {
            return Err(vm.type_error(format!(
                "{} first arg must be str or a tuple of str, not {}",
                name,
                type_name_of(other)
            )))
        }
    };
    if start > len {
        return Ok(Value::Bool(false));
    }
    let hay = if end >= start {
        &s.as_str()[byte_at(&s, start)..byte_at(&s, end)]
    } else {
        ""
    };
    for p in candidates {
        if end < start {
            continue;
        }
        let ok = if suffix {
            hay.ends_with(p.as_str())
        } else {
            hay.starts_with(p.as_str())
        };
        if ok {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn str_startswith(vm: &mut Vm, args: Args) -> PyResult {
    affix_common(vm, args, "startswith", false)
}

fn str_endswith(vm: &mut Vm, args: Args) -> PyResult {
    affix_common(vm, args, "endswith", true)
}

fn partition_common(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult {
    let s = self_str(vm, &args, name)?;
    let a = positional(vm, &args, "str", name, 1, 1, Arity::Clinic)?;
    let sep = arg_str(vm, &a[0])?;
    if sep.as_str().is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let text = s.as_str();
    let found = if reverse {
        text.rfind(sep.as_str())
    } else {
        text.find(sep.as_str())
    };
    let empty = || Value::str("");
    Ok(match found {
        Some(i) => Value::tuple(vec![
            Value::str(&text[..i]),
            Value::Str(sep.clone()),
            Value::str(&text[i + sep.as_str().len()..]),
        ]),
        None if reverse => Value::tuple(vec![empty(), empty(), Value::Str(s.clone())]),
        None => Value::tuple(vec![Value::Str(s.clone()), empty(), empty()]),
    })
}

fn str_partition(vm: &mut Vm, args: Args) -> PyResult {
    partition_common(vm, args, "partition", false)
}

fn str_rpartition(vm: &mut Vm, args: Args) -> PyResult {
    partition_common(vm, args, "rpartition", true)
}

fn str_removeprefix(vm: &mut Vm, args: Args) -> PyResult {
    affix_remove(vm, args, "removeprefix", false)
}

fn str_removesuffix(vm: &mut Vm, args: Args) -> PyResult {
    affix_remove(vm, args, "removesuffix", true)
}

fn affix_remove(vm: &mut Vm, args: Args, name: &str, suffix: bool) -> PyResult {
    let s = self_str(vm, &args, name)?;
    let a = positional(vm, &args, "str", name, 1, 1, Arity::Clinic)?;
    let p = match &a[0] {
        Value::Str(p) => p.clone(),
        other => {
            return Err(vm.type_error(format!(
                "{}() argument must be str, not {}",
                name,
                type_name_of(other)
            )))
        }
    };
    let text = s.as_str();
    let out = if suffix {
        text.strip_suffix(p.as_str())
    } else {
        text.strip_prefix(p.as_str())
    };
    match out {
        Some(rest) if !p.as_str().is_empty() => Ok(Value::str(rest)),
        _ => Ok(Value::Str(s)),
    }
}

// ----- padding -----

fn fill_char(vm: &mut Vm, v: Option<&Value>) -> PyResult<char> {
    match v {
        None => Ok(' '),
        Some(Value::Str(f)) => {
            let mut it = f.as_str().chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(vm.type_error("The fill character must be exactly one character long")),
            }
        }
        Some(other) => Err(vm.type_error(format!(
            "The fill character must be a unicode character, not {}",
            type_name_of(other)
        ))),
    }
}

fn pad_common(vm: &mut Vm, args: Args, name: &str) -> PyResult {
    let s = self_str(vm, &args, name)?;
    let a = positional(vm, &args, "str", name, 1, 2, Arity::Clinic)?;
    let width = arg_int(vm, &a[0])?;
    let fill = fill_char(vm, a.get(1))?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(Value::Str(s));
    }
    let marg = (width - len) as usize;
    let left = match name {
        "ljust" => 0,
        "rjust" => marg,
        _ => marg / 2 + (marg & width as usize & 1),
    };
    let mut out = String::with_capacity(s.as_str().len() + marg);
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s.as_str());
    out.extend(std::iter::repeat_n(fill, marg - left));
    Ok(Value::string(out))
}

fn str_center(vm: &mut Vm, args: Args) -> PyResult {
    pad_common(vm, args, "center")
}

fn str_ljust(vm: &mut Vm, args: Args) -> PyResult {
    pad_common(vm, args, "ljust")
}

fn str_rjust(vm: &mut Vm, args: Args) -> PyResult {
    pad_common(vm, args, "rjust")
}

/// `str.zfill`: pads with zeros after any leading sign.
pub(crate) fn zfill(s: &str, width: usize) -> String {
    let len = s.chars().count();
    if width <= len {
        return s.to_string();
    }
    let mut out = String::with_capacity(width);
    let rest = match s.chars().next() {
        Some(c @ ('+' | '-')) => {
            out.push(c);
            &s[1..]
        }
        _ => s,
    };
    out.extend(std::iter::repeat_n('0', width - len));
    out.push_str(rest);
    out
}

fn str_zfill(vm: &mut Vm, args: Args) -> PyResult {
    let s = self_str(vm, &args, "zfill")?;
    let a = positional(vm, &args, "str", "zfill", 1, 1, Arity::Clinic)?;
    let width = arg_int(vm, &a[0])?;
    if width <= s.char_len() as i64 {
        return Ok(Value::Str(s));
    }
    Ok(Value::string(zfill(s.as_str(), width as usize)))
}

/// `str.expandtabs`: columns reset after `\n` and `\r`.
pub(crate) fn expandtabs(s: &str, tabsize: i64) -> String {
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    out
}

fn str_expandtabs(vm: &mut Vm, args: Args) -> PyResult {
    let s = self_str(vm, &args, "expandtabs")?;
    let a = keywords(vm, args, "expandtabs", &["tabsize"])?;
    let tabsize = match &a[0] {
        Some(v) => arg_int(vm, v)?,
        None => 8,
    };
    Ok(Value::string(expandtabs(s.as_str(), tabsize)))
}

// ----- translate / maketrans -----

fn str_maketrans(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("maketrans() takes no keyword arguments"));
    }
    let n = args.args.len();
    if n == 0 || n > 3 {
        let msg = if n == 0 {
            "maketrans() takes at least 1 argument (0 given)".to_string()
        } else {
            format!("maketrans() takes at most 3 arguments ({} given)", n)
        };
        return Err(vm.type_error(msg));
    }
    let d = crate::gc::new(DictObj::new());
    if n == 1 {
        let Value::Dict(src) = &args.args[0] else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        for (k, v) in src.items() {
            let key = match &k {
                Value::Str(s) => {
                    let mut it = s.as_str().chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => Value::Int(c as i64),
                        _ => {
                            return Err(vm
                                .value_error("string keys in translate table must be of length 1"))
                        }
                    }
                }
                Value::Int(_) | Value::Bool(_) => k.clone(),
                _ => {
                    return Err(vm.type_error("keys in translate table must be strings or integers"))
                }
            };
            d.set(vm, key, v)?;
        }
        return Ok(Value::Dict(d));
    }
    let x = match &args.args[0] {
        Value::Str(s) => s.clone(),
        other => {
            return Err(vm.type_error(format!(
                "maketrans() argument 1 must be str, not {}",
                type_name_of(other)
            )))
        }
    };
    let y = match &args.args[1] {
        Value::Str(s) => s.clone(),
        other => {
            return Err(vm.type_error(format!(
                "maketrans() argument 2 must be str, not {}",
                type_name_of(other)
            )))
        }
    };
    if x.char_len() != y.char_len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in x.as_str().chars().zip(y.as_str().chars()) {
        d.set(vm, Value::Int(a as i64), Value::Int(b as i64))?;
    }
    if n == 3 {
        let z = match &args.args[2] {
            Value::Str(s) => s.clone(),
            other => {
                return Err(vm.type_error(format!(
                    "maketrans() argument 3 must be str, not {}",
                    type_name_of(other)
                )))
            }
        };
        for c in z.as_str().chars() {
            d.set(vm, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::Dict(d))
}

fn str_translate(vm: &mut Vm, args: Args) -> PyResult {
    let s = self_str(vm, &args, "translate")?;
    let a = positional(vm, &args, "str", "translate", 1, 1, Arity::Clinic)?;
    let table = &a[0];
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        let r = match table {
            Value::Dict(d) => match d.get(vm, &Value::Int(c as i64))? {
                Some(v) => v,
                None => {
                    out.push(c);
                    continue;
                }
            },
            _ => match vm.getitem(table, &Value::Int(c as i64)) {
                Ok(v) => v,
                Err(e) if vm.err_matches(&e, "LookupError") => {
                    out.push(c);
                    continue;
                }
                Err(e) => return Err(e),
            },
        };
        match r {
            Value::None => {}
            Value::Str(t) => out.push_str(t.as_str()),
            Value::Int(i) => match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(ch) => out.push(ch),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            },
            _ => return Err(vm.type_error("character mapping must return integer, None or str")),
        }
    }
    Ok(Value::string(out))
}

pub(crate) use super::codecs::{decode_bytes, encode_str};

/// Reads an `encoding=`/`errors=` style argument.
pub(crate) fn str_param(
    vm: &mut Vm,
    func: &str,
    param: &str,
    v: &Option<Value>,
    default: &str,
) -> PyResult<String> {
    match v {
        None => Ok(default.to_string()),
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(other) => Err(vm.type_error(format!(
            "{}() argument '{}' must be str, not {}",
            func,
            param,
            type_name_of(other)
        ))),
    }
}

fn str_encode(vm: &mut Vm, args: Args) -> PyResult {
    let s = self_str(vm, &args, "encode")?;
    let a = keywords(vm, args, "encode", &["encoding", "errors"])?;
    let encoding = str_param(vm, "encode", "encoding", &a[0], "utf-8")?;
    let errors = str_param(vm, "encode", "errors", &a[1], "strict")?;
    let data = encode_str(vm, s.as_str(), &encoding, &errors)?;
    Ok(Value::Bytes(Rc::new(BytesObj::new(data))))
}

/// `str(...)` as `__new__`: args[0] is the class.
pub fn new(vm: &mut Vm, mut args: Args) -> PyResult {
    // `str(x)`, the common form: no keyword scan, no copy of the arguments.
    if args.kwargs.is_empty() && args.args.len() == 2 {
        return match &args.args[1] {
            Value::Str(_) => Ok(args.args.swap_remove(1)),
            Value::Int(i) => Ok(Value::str(crate::object::int::format_i64(*i, &mut [0; 20]))),
            other => Ok(Value::string(vm.str(other)?)),
        };
    }
    let object = args.take_kw("object");
    let encoding = args.take_kw("encoding");
    let errors = args.take_kw("errors");
    if let Some((k, _)) = args.kwargs.first() {
        let msg = format!("'{}' is an invalid keyword argument for str()", k.as_str());
        return Err(vm.type_error(msg));
    }
    let mut pos: Vec<Value> = args.args.iter().skip(1).cloned().collect();
    if pos.len() > 3 {
        return Err(vm.type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            pos.len()
        )));
    }
    let mut slots: [Option<Value>; 3] = [None, None, None];
    for (i, v) in pos.drain(..).enumerate() {
        slots[i] = Some(v);
    }
    for (i, (name, v)) in [
        ("object", object),
        ("encoding", encoding),
        ("errors", errors),
    ]
    .into_iter()
    .enumerate()
    {
        if let Some(v) = v {
            if slots[i].is_some() {
                return Err(vm.type_error(format!(
                    "argument for str() given by name ('{}') and position ({})",
                    name,
                    i + 1
                )));
            }
            slots[i] = Some(v);
        }
    }
    let [object, encoding, errors] = slots;
    let Some(object) = object else {
        return Ok(Value::str(""));
    };
    if encoding.is_none() && errors.is_none() {
        return match object {
            Value::Str(_) => Ok(object),
            _ => Ok(Value::string(vm.str(&object)?)),
        };
    }
    let encoding = str_param(vm, "str", "encoding", &encoding, "utf-8")?;
    let errors = str_param(vm, "str", "errors", &errors, "strict")?;
    match &object {
        Value::Bytes(b) | Value::ByteArray(b) => {
            let data = b.data.borrow().clone();
            Ok(Value::string(decode_bytes(vm, &data, &encoding, &errors)?))
        }
        Value::Str(_) => Err(vm.type_error("decoding str is not supported")),
        other => Err(vm.type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            type_name_of(other)
        ))),
    }
}

// ----- str.format -----

/// Where `str.format` looks its fields up.
struct FormatSource<'a> {
    positional: &'a [Value],
    keywords: &'a [(Rc<StrObj>, Value)],
    /// `format_map`'s mapping (positional fields are then an error).
    mapping: Option<&'a Value>,
}

#[derive(Clone, Copy, PartialEq)]
enum Numbering {
    Unknown,
    Auto(usize),
    Manual,
}

fn str_format(vm: &mut Vm, args: Args) -> PyResult {
    let s = self_str(vm, &args, "format")?;
    let src = FormatSource {
        positional: &args.args[1..],
        keywords: &args.kwargs,
        mapping: None,
    };
    let mut numbering = Numbering::Unknown;
    Ok(Value::string(vformat(
        vm,
        s.as_str(),
        &src,
        &mut numbering,
        2,
    )?))
}

fn str_format_dunder(vm: &mut Vm, args: Args) -> PyResult {
    let s = self_str(vm, &args, "__format__")?;
    let a = positional(vm, &args, "str", "__format__", 1, 1, Arity::Clinic)?;
    let spec = match &a[0] {
        Value::Str(spec) => spec.clone(),
        other => {
            return Err(vm.type_error(format!(
                "__format__() argument must be str, not {}",
                type_name_of(other)
            )))
        }
    };
    Ok(Value::string(vm.format(&Value::Str(s), spec.as_str())?))
}

fn str_format_map(vm: &mut Vm, args: Args) -> PyResult {
    let s = self_str(vm, &args, "format_map")?;
    let a = positional(vm, &args, "str", "format_map", 1, 1, Arity::Clinic)?;
    let src = FormatSource {
        positional: &[],
        keywords: &[],
        mapping: Some(&a[0]),
    };
    let mut numbering = Numbering::Unknown;
    Ok(Value::string(vformat(
        vm,
        s.as_str(),
        &src,
        &mut numbering,
        2,
    )?))
}

/// Public entry for `format`-style rendering with positional and keyword values.
pub fn format_string(
    vm: &mut Vm,
    fmt: &str,
    positional: &[Value],
    keywords: &[(Rc<StrObj>, Value)],
) -> PyResult<String> {
    let src = FormatSource {
        positional,
        keywords,
        mapping: None,
    };
    let mut numbering = Numbering::Unknown;
    vformat(vm, fmt, &src, &mut numbering, 2)
}

fn vformat(
    vm: &mut Vm,
    fmt: &str,
    src: &FormatSource,
    numbering: &mut Numbering,
    depth: u32,
) -> PyResult<String> {
    if depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded"));
    }
    let b = fmt.as_bytes();
    let mut out = String::with_capacity(fmt.len());
    let mut i = 0;
    let mut lit = 0;
    while i < b.len() {
        match b[i] {
            b'}' => {
                if i + 1 < b.len() && b[i + 1] == b'}' {
                    out.push_str(&fmt[lit..=i]);
                    i += 2;
                    lit = i;
                } else {
                    return Err(vm.value_error("Single '}' encountered in format string"));
                }
            }
            b'{' => {
                if i + 1 < b.len() && b[i + 1] == b'{' {
                    out.push_str(&fmt[lit..=i]);
                    i += 2;
                    lit = i;
                    continue;
                }
                if i + 1 >= b.len() {
                    return Err(vm.value_error("Single '{' encountered in format string"));
                }
                out.push_str(&fmt[lit..i]);
                // Find the matching '}' (nested braces belong to the spec).
                // In the field name, a bracketed key hides braces.
                let mut j = i + 1;
                let mut count = 1;
                let mut in_name = true;
                while j < b.len() {
                    match b[j] {
                        b'[' if in_name => {
                            while j < b.len() && b[j] != b']' {
                                j += 1;
                            }
                            if j >= b.len() {
                                break;
                            }
                        }
                        b':' | b'!' => in_name = false,
                        b'{' => count += 1,
                        b'}' => {
                            count -= 1;
                            if count == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    j += 1;
                }
                if j >= b.len() {
                    return Err(vm.value_error("expected '}' before end of string"));
                }
                let field = &fmt[i + 1..j];
                let rendered = render_field(vm, field, src, numbering, depth)?;
                out.push_str(&rendered);
                i = j + 1;
                lit = i;
            }
            _ => i += 1,
        }
    }
    out.push_str(&fmt[lit..]);
    Ok(out)
}

fn render_field(
    vm: &mut Vm,
    field: &str,
    src: &FormatSource,
    numbering: &mut Numbering,
    depth: u32,
) -> PyResult<String> {
    let b = field.as_bytes();
    // The field name runs to ':' or '!' (bracketed keys may contain either).
    let mut k = 0;
    while k < b.len() {
        match b[k] {
            b'[' => {
                while k < b.len() && b[k] != b']' {
                    k += 1;
                }
                if k < b.len() {
                    k += 1;
                }
                continue;
            }
            b'{' => return Err(vm.value_error("unexpected '{' in field name")),
            b':' | b'!' => break,
            _ => k += 1,
        }
    }
    let name = &field[..k.min(field.len())];
    let mut conversion = None;
    let mut spec = "";
    if k < b.len() {
        if b[k] == b'!' {
            if k + 1 >= b.len() {
                return Err(vm.value_error("end of string while looking for conversion specifier"));
            }
            let c = field[k + 1..].chars().next().unwrap_or('\0');
            conversion = Some(c);
            let after = k + 1 + c.len_utf8();
            if after < b.len() {
                if b[after] != b':' {
                    return Err(vm.value_error("expected ':' after conversion specifier"));
                }
                spec = &field[after + 1..];
            }
        } else {
            spec = &field[k + 1..];
        }
    }
    let obj = resolve_field(vm, name, src, numbering)?;
    let obj = match conversion {
        None => obj,
        Some('r') => Value::string(vm.repr(&obj)?),
        Some('s') => Value::string(vm.str(&obj)?),
        Some('a') => Value::string(vm.ascii(&obj)?),
        Some(c) => return Err(vm.value_error(format!("Unknown conversion specifier {}", c))),
    };
    let spec = if spec.contains('{') {
        vformat(vm, spec, src, numbering, depth - 1)?
    } else {
        spec.to_string()
    };
    vm.format(&obj, &spec)
}

fn resolve_field(
    vm: &mut Vm,
    name: &str,
    src: &FormatSource,
    numbering: &mut Numbering,
) -> PyResult {
    let b = name.as_bytes();
    let first_end = b
        .iter()
        .position(|&c| c == b'.' || c == b'[')
        .unwrap_or(b.len());
    let first = &name[..first_end];
    let mut obj = if first.is_empty() {
        let idx =
            match *numbering {
                Numbering::Manual => return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                )),
                Numbering::Unknown => 0,
                Numbering::Auto(n) => n,
            };
        *numbering = Numbering::Auto(idx + 1);
        positional_field(vm, idx, src)?
    } else if first.bytes().all(|c| c.is_ascii_digit()) {
        if let Numbering::Auto(_) = numbering {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        *numbering = Numbering::Manual;
        let idx: usize = match first.parse() {
            Ok(i) => i,
            Err(_) => return Err(vm.value_error("Too many decimal digits in format string")),
        };
        positional_field(vm, idx, src)?
    } else {
        keyword_field(vm, first, src)?
    };
    let mut i = first_end;
    while i < b.len() {
        match b[i] {
            b'.' => {
                let end = b[i + 1..]
                    .iter()
                    .position(|&c| c == b'.' || c == b'[')
                    .map(|p| p + i + 1)
                    .unwrap_or(b.len());
                let attr = &name[i + 1..end];
                if attr.is_empty() {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                obj = vm.getattr_str(&obj, attr)?;
                i = end;
            }
            b'[' => {
                let Some(close) = b[i + 1..]
                    .iter()
                    .position(|&c| c == b']')
                    .map(|p| p + i + 1)
                else {
                    return Err(vm.value_error("Missing ']' in format string"));
                };
                let key = &name[i + 1..close];
                if key.is_empty() {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                let key = match key.parse::<i64>() {
                    Ok(n) if key.bytes().all(|c| c.is_ascii_digit()) => Value::Int(n),
                    _ => Value::str(key),
                };
                obj = vm.getitem(&obj, &key)?;
                i = close + 1;
                if i < b.len() && b[i] != b'.' && b[i] != b'[' {
                    return Err(
                        vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                    );
                }
            }
            _ => {
                return Err(
                    vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                )
            }
        }
    }
    Ok(obj)
}

fn positional_field(vm: &mut Vm, idx: usize, src: &FormatSource) -> PyResult {
    if src.mapping.is_some() {
        return Err(vm.value_error("Format string contains positional fields"));
    }
    match src.positional.get(idx) {
        Some(v) => Ok(v.clone()),
        None => Err(vm.index_error(format!(
            "Replacement index {} out of range for positional args tuple",
            idx
        ))),
    }
}

fn keyword_field(vm: &mut Vm, name: &str, src: &FormatSource) -> PyResult {
    if let Some(m) = src.mapping {
        return vm.getitem(m, &Value::str(name));
    }
    match src.keywords.iter().find(|(k, _)| k.as_str() == name) {
        Some((_, v)) => Ok(v.clone()),
        None => Err(vm.key_error(Value::str(name))),
    }
}

// ----- printf-style formatting -----

fn str_mod(vm: &mut Vm, args: Args) -> PyResult {
    let s = self_str(vm, &args, "__mod__")?;
    let a = positional(vm, &args, "str", "__mod__", 1, 1, Arity::Clinic)?;
    Ok(Value::string(percent_format(vm, s.as_str(), &a[0])?))
}

/// Parsed flags of one `%` conversion.
#[derive(Default, Clone, Copy)]
struct PctFlags {
    left: bool,
    plus: bool,
    space: bool,
    alt: bool,
    zero: bool,
}

/// CPython's PyMapping_Check for `%`: types with item access other than tuple and str.
fn is_mapping_arg(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::Dict(_)
        | Value::List(_)
        | Value::Bytes(_)
        | Value::ByteArray(_)
        | Value::Range(_) => true,
        Value::Instance(_) => vm.type_of(v).lookup("__getitem__").is_some(),
        _ => false,
    }
}

/// The argument cursor of one `%` operation (mirrors CPython's argidx/arglen).
struct PctArgs<'a> {
    /// The tuple's items (borrowed: no copy per operation).
    items: &'a [Value],
    /// The single (or looked-up) value.
    single: Option<Value>,
    /// Number of tuple items, or -1 for a single value.
    len: i64,
    idx: i64,
}

impl PctArgs<'_> {
    fn single(v: Value) -> PctArgs<'static> {
        PctArgs {
            items: &[],
            single: Some(v),
            len: -1,
            idx: -2,
        }
    }

    fn next(&mut self, vm: &mut Vm) -> PyResult {
        if self.idx < self.len {
            self.idx += 1;
            if self.len < 0 {
                return Ok(self.single.clone().unwrap_or(Value::None));
            }
            return Ok(self.items[(self.idx - 1) as usize].clone());
        }
        Err(vm.type_error("not enough arguments for format string"))
    }
}

/// `fmt % args` for str.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    // A tuple subclass instance (a namedtuple, say) supplies the items it
    // wraps, as CPython's tuple check accepts subclasses.
    let unwrapped;
    let args = match args {
        Value::Instance(_) => {
            unwrapped = crate::object::instance::unwrap_builtin(args);
            if matches!(unwrapped, Value::Tuple(_)) {
                &unwrapped
            } else {
                args
            }
        }
        _ => args,
    };
    let mut cursor = match args {
        Value::Tuple(t) => PctArgs {
            items: &t.items[..],
            single: None,
            len: t.len() as i64,
            idx: 0,
        },
        v => PctArgs::single(v.clone()),
    };
    let mapping = match args {
        Value::Tuple(_) | Value::Str(_) => None,
        v if is_mapping_arg(vm, v) => Some(v.clone()),
        _ => None,
    };
    let mut out = String::with_capacity(fmt.len() + 8);
    // Every byte the parser stops at ('%', '(', ')', flags, digits) is
    // ASCII, so each cut below falls on a char boundary.
    let b = fmt.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let next = memchr_percent(&b[i..]).map_or(b.len(), |p| i + p);
        out.push_str(&fmt[i..next]);
        if next == b.len() {
            break;
        }
        i = next + 1;
        if i >= b.len() {
            return Err(vm.value_error("incomplete format"));
        }
        if b[i] == b'%' {
            out.push('%');
            i += 1;
            continue;
        }
        // Mapping key.
        if b[i] == b'(' {
            let Some(map) = &mapping else {
                return Err(vm.type_error("format requires a mapping"));
            };
            let mut depth = 1;
            let start = i + 1;
            i += 1;
            while i < b.len() && depth > 0 {
                if b[i] == b'(' {
                    depth += 1;
                } else if b[i] == b')' {
                    depth -= 1;
                }
                i += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            let key = &fmt[start..i - 1];
            let map = map.clone();
            let value = vm.getitem(&map, &Value::str(key))?;
            cursor = PctArgs::single(value);
        }
        // Flags.
        let mut flags = PctFlags::default();
        while i < b.len() {
            match b[i] {
                b'-' => flags.left = true,
                b'+' => flags.plus = true,
                b' ' => flags.space = true,
                b'#' => flags.alt = true,
                b'0' => flags.zero = true,
                _ => break,
            }
            i += 1;
        }
        // Width.
        let mut width: Option<usize> = None;
        if i < b.len() && b[i] == b'*' {
            i += 1;
            let v = cursor.next(vm)?;
            let w = match v {
                Value::Int(w) => w,
                Value::Bool(b) => b as i64,
                _ => return Err(vm.type_error("* wants int")),
            };
            if w < 0 {
                flags.left = true;
            }
            width = Some(w.unsigned_abs() as usize);
        } else {
            while i < b.len() && b[i].is_ascii_digit() {
                let d = (b[i] - b'0') as usize;
                width = Some(width.unwrap_or(0).saturating_mul(10).saturating_add(d));
                i += 1;
            }
        }
        // Precision.
        let mut prec: Option<usize> = None;
        if i < b.len() && b[i] == b'.' {
            i += 1;
            if i < b.len() && b[i] == b'*' {
                i += 1;
                let v = cursor.next(vm)?;
                let p = match v {
                    Value::Int(p) => p,
                    Value::Bool(b) => b as i64,
                    _ => return Err(vm.type_error("* wants int")),
                };
                prec = Some(p.max(0) as usize);
            } else {
                let mut p = 0usize;
                while i < b.len() && b[i].is_ascii_digit() {
                    p = p.saturating_mul(10).saturating_add((b[i] - b'0') as usize);
                    i += 1;
                }
                prec = Some(p);
            }
        }
        // Length modifiers are accepted and ignored.
        while i < b.len() && matches!(b[i], b'h' | b'l' | b'L') {
            i += 1;
        }
        let Some(conv) = fmt[i..].chars().next() else {
            return Err(vm.value_error("incomplete format"));
        };
        let conv_at = i;
        i += conv.len_utf8();
        let value = cursor.next(vm)?;
        // Machine ints and plain strs: written straight into the result.
        match (&value, conv) {
            (Value::Int(n), 'd' | 'i' | 'u' | 'o' | 'x' | 'X') => {
                push_pct_i64(&mut out, *n, conv, flags, width, prec);
                continue;
            }
            (Value::Str(s), 's') if width.is_none() && prec.is_none() => {
                out.push_str(s.as_str());
                continue;
            }
            _ => {}
        }
        // The message of an unknown conversion counts chars, not bytes.
        let conv_index = fmt[..conv_at].chars().count();
        let piece = format_one(vm, conv, &value, flags, width, prec, conv_index)?;
        out.push_str(&piece);
    }
    if cursor.idx < cursor.len && mapping.is_none() {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

/// Position of the next `%` in `b`.
fn memchr_percent(b: &[u8]) -> Option<usize> {
    b.iter().position(|&c| c == b'%')
}

/// `%d`/`%x`/... of a machine int, appended to `out` (what `format_one`
/// builds for it, without a BigInt or temporary strings).
fn push_pct_i64(
    out: &mut String,
    n: i64,
    conv: char,
    flags: PctFlags,
    width: Option<usize>,
    prec: Option<usize>,
) {
    let mut buf = [0u8; 64];
    let digits = crate::text::format_spec::radix_digits(&mut buf, n.unsigned_abs(), conv);
    let prec_zeros = prec.map_or(0, |p| p.saturating_sub(digits.len()));
    let sign = if n < 0 {
        "-"
    } else if flags.plus {
        "+"
    } else if flags.space {
        " "
    } else {
        ""
    };
    let alt = match (flags.alt, conv) {
        (true, 'o') => "0o",
        (true, 'x') => "0x",
        (true, 'X') => "0X",
        _ => "",
    };
    let len = sign.len() + alt.len() + prec_zeros + digits.len();
    let fill = width.map_or(0, |w| w.saturating_sub(len));
    let repeat = |out: &mut String, c: char, k: usize| out.extend(std::iter::repeat_n(c, k));
    if !flags.left && !flags.zero {
        repeat(out, ' ', fill);
    }
    out.push_str(sign);
    out.push_str(alt);
    if !flags.left && flags.zero {
        repeat(out, '0', fill);
    }
    repeat(out, '0', prec_zeros);
    out.push_str(digits);
    if flags.left {
        repeat(out, ' ', fill);
    }
}

/// Pads `body` to `width` (spaces; `-` pads on the right).
fn pad_text(body: String, width: Option<usize>, left: bool) -> String {
    let len = body.chars().count();
    match width {
        Some(w) if w > len => {
            let pad = " ".repeat(w - len);
            if left {
                body + &pad
            } else {
                pad + &body
            }
        }
        _ => body,
    }
}

/// Pads a number: `sign_prefix` is kept before any zero padding.
fn pad_number(
    sign_prefix: &str,
    digits: &str,
    width: Option<usize>,
    flags: PctFlags,
    zero_ok: bool,
) -> String {
    let len = sign_prefix.chars().count() + digits.chars().count();
    match width {
        Some(w) if w > len => {
            if flags.left {
                format!("{}{}{}", sign_prefix, digits, " ".repeat(w - len))
            } else if flags.zero && zero_ok {
                format!("{}{}{}", sign_prefix, "0".repeat(w - len), digits)
            } else {
                format!("{}{}{}", " ".repeat(w - len), sign_prefix, digits)
            }
        }
        _ => format!("{}{}", sign_prefix, digits),
    }
}

/// The integer value for `%d`/`%x`/... (floats truncate for `%d` only).
fn percent_int(vm: &mut Vm, conv: char, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from(*i)),
        Value::Bool(b) => Ok(BigInt::from(*b as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        Value::Float(x) if matches!(conv, 'd' | 'i' | 'u') => {
            if x.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if x.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            Ok(BigInt::from_f64(x.trunc()).unwrap_or_default())
        }
        Value::Instance(_) => {
            let dunders: &[&str] = if matches!(conv, 'd' | 'i' | 'u') {
                &["__index__", "__int__"]
            } else {
                &["__index__"]
            };
            for d in dunders {
                if let Some(r) = vm.call_dunder(v, d, vec![])? {
                    if let Some(b) = crate::object::int::to_bigint(&r) {
                        return Ok(b);
                    }
                }
            }
            Err(percent_int_error(vm, conv, v))
        }
        _ => Err(percent_int_error(vm, conv, v)),
    }
}

fn percent_int_error(vm: &mut Vm, conv: char, v: &Value) -> PyErr {
    if matches!(conv, 'd' | 'i' | 'u') {
        vm.type_error(format!(
            "%{} format: a real number is required, not {}",
            conv,
            type_name_of(v)
        ))
    } else {
        vm.type_error(format!(
            "%{} format: an integer is required, not {}",
            conv,
            type_name_of(v)
        ))
    }
}

fn percent_float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(x) => Ok(*x),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => match b.to_f64() {
            Some(x) if x.is_finite() => Ok(x),
            _ => Err(vm.overflow_error("int too large to convert to float")),
        },
        Value::Instance(_) => {
            if let Some(Value::Float(x)) = vm.call_dunder(v, "__float__", vec![])? {
                return Ok(x);
            }
            if let Some(r) = vm.call_dunder(v, "__index__", vec![])? {
                if let Some(b) = crate::object::int::to_bigint(&r) {
                    return Ok(b.to_f64().unwrap_or(f64::INFINITY));
                }
            }
            Err(vm.type_error(format!("must be real number, not {}", type_name_of(v))))
        }
        _ => Err(vm.type_error(format!("must be real number, not {}", type_name_of(v)))),
    }
}

#[allow(clippy::too_many_arguments)]
fn format_one(
    vm: &mut Vm,
    conv: char,
    v: &Value,
    flags: PctFlags,
    width: Option<usize>,
    prec: Option<usize>,
    conv_index: usize,
) -> PyResult<String> {
    match conv {
        's' | 'r' | 'a' => {
            let mut s = match conv {
                's' => vm.str(v)?,
                'r' => vm.repr(v)?,
                _ => vm.ascii(v)?,
            };
            if let Some(p) = prec {
                if let Some((b, _)) = s.char_indices().nth(p) {
                    s.truncate(b);
                }
            }
            Ok(pad_text(s, width, flags.left))
        }
        'c' => {
            let ch = match v {
                Value::Str(s) => {
                    let mut it = s.as_str().chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => c,
                        _ => return Err(vm.type_error("%c requires int or char")),
                    }
                }
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_) => {
                    let n = match percent_int(vm, 'x', v) {
                        Ok(n) => n,
                        Err(_) => return Err(vm.type_error("%c requires int or char")),
                    };
                    match n.to_u32().and_then(char::from_u32) {
                        Some(c) => c,
                        None => return Err(vm.overflow_error("%c arg not in range(0x110000)")),
                    }
                }
                _ => return Err(vm.type_error("%c requires int or char")),
            };
            Ok(pad_text(ch.to_string(), width, flags.left))
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let n = percent_int(vm, conv, v)?;
            let radix = match conv {
                'o' => 8,
                'x' | 'X' => 16,
                _ => 10,
            };
            let mut digits = n.abs().to_str_radix(radix);
            if conv == 'X' {
                digits = digits.to_uppercase();
            }
            if let Some(p) = prec {
                if digits.len() < p {
                    digits = "0".repeat(p - digits.len()) + &digits;
                }
            }
            let mut prefix = String::new();
            if n.is_negative() {
                prefix.push('-');
            } else if flags.plus {
                prefix.push('+');
            } else if flags.space {
                prefix.push(' ');
            }
            if flags.alt {
                match conv {
                    'o' => prefix.push_str("0o"),
                    'x' => prefix.push_str("0x"),
                    'X' => prefix.push_str("0X"),
                    _ => {}
                }
            }
            Ok(pad_number(&prefix, &digits, width, flags, true))
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = percent_float(vm, v)?;
            let mut spec = String::new();
            if flags.alt {
                spec.push('#');
            }
            spec.push('.');
            spec.push_str(&prec.unwrap_or(6).to_string());
            spec.push(conv);
            let body = vm.format(&Value::Float(x.abs()), &spec)?;
            let mut prefix = String::new();
            if x.is_sign_negative() && !x.is_nan() {
                prefix.push('-');
            } else if flags.plus {
                prefix.push('+');
            } else if flags.space {
                prefix.push(' ');
            }
            Ok(pad_number(&prefix, &body, width, flags, true))
        }
        _ => {
            let code = conv as u32;
            // CPython shows the character itself only when printable ASCII.
            let shown = if (31..=126).contains(&code) {
                conv
            } else {
                '?'
            };
            Err(vm.value_error(format!(
                "unsupported format character '{}' (0x{:x}) at index {}",
                shown, code, conv_index
            )))
        }
    }
}

// ----- Unicode tables (generated from CPython 3.11's unicodedata) -----

#[rustfmt::skip]
const DECIMAL: &[(u32, u32)] = &[
    (0x30, 0x39), (0x660, 0x669), (0x6f0, 0x6f9), (0x7c0, 0x7c9), (0x966, 0x96f), (0x9e6, 0x9ef),
    (0xa66, 0xa6f), (0xae6, 0xaef), (0xb66, 0xb6f), (0xbe6, 0xbef), (0xc66, 0xc6f), (0xce6, 0xcef),
    (0xd66, 0xd6f), (0xde6, 0xdef), (0xe50, 0xe59), (0xed0, 0xed9), (0xf20, 0xf29),
    (0x1040, 0x1049), (0x1090, 0x1099), (0x17e0, 0x17e9), (0x1810, 0x1819), (0x1946, 0x194f),
    (0x19d0, 0x19d9), (0x1a80, 0x1a89), (0x1a90, 0x1a99), (0x1b50, 0x1b59), (0x1bb0, 0x1bb9),
    (0x1c40, 0x1c49), (0x1c50, 0x1c59), (0xa620, 0xa629), (0xa8d0, 0xa8d9), (0xa900, 0xa909),
    (0xa9d0, 0xa9d9), (0xa9f0, 0xa9f9), (0xaa50, 0xaa59), (0xabf0, 0xabf9), (0xff10, 0xff19),
    (0x104a0, 0x104a9), (0x10d30, 0x10d39), (0x11066, 0x1106f), (0x110f0, 0x110f9),
    (0x11136, 0x1113f), (0x111d0, 0x111d9), (0x112f0, 0x112f9), (0x11450, 0x11459),
    (0x114d0, 0x114d9), (0x11650, 0x11659), (0x116c0, 0x116c9), (0x11730, 0x11739),
    (0x118e0, 0x118e9), (0x11950, 0x11959), (0x11c50, 0x11c59), (0x11d50, 0x11d59),
    (0x11da0, 0x11da9), (0x16a60, 0x16a69), (0x16ac0, 0x16ac9), (0x16b50, 0x16b59),
    (0x1d7ce, 0x1d7ff), (0x1e140, 0x1e149), (0x1e2f0, 0x1e2f9), (0x1e950, 0x1e959),
    (0x1fbf0, 0x1fbf9),
];
#[rustfmt::skip]
const DIGIT: &[(u32, u32)] = &[
    (0x30, 0x39), (0xb2, 0xb3), (0xb9, 0xb9), (0x660, 0x669), (0x6f0, 0x6f9), (0x7c0, 0x7c9),
    (0x966, 0x96f), (0x9e6, 0x9ef), (0xa66, 0xa6f), (0xae6, 0xaef), (0xb66, 0xb6f), (0xbe6, 0xbef),
    (0xc66, 0xc6f), (0xce6, 0xcef), (0xd66, 0xd6f), (0xde6, 0xdef), (0xe50, 0xe59), (0xed0, 0xed9),
    (0xf20, 0xf29), (0x1040, 0x1049), (0x1090, 0x1099), (0x1369, 0x1371), (0x17e0, 0x17e9),
    (0x1810, 0x1819), (0x1946, 0x194f), (0x19d0, 0x19da), (0x1a80, 0x1a89), (0x1a90, 0x1a99),
    (0x1b50, 0x1b59), (0x1bb0, 0x1bb9), (0x1c40, 0x1c49), (0x1c50, 0x1c59), (0x2070, 0x2070),
    (0x2074, 0x2079), (0x2080, 0x2089), (0x2460, 0x2468), (0x2474, 0x247c), (0x2488, 0x2490),
    (0x24ea, 0x24ea), (0x24f5, 0x24fd), (0x24ff, 0x24ff), (0x2776, 0x277e), (0x2780, 0x2788),
    (0x278a, 0x2792), (0xa620, 0xa629), (0xa8d0, 0xa8d9), (0xa900, 0xa909), (0xa9d0, 0xa9d9),
    (0xa9f0, 0xa9f9), (0xaa50, 0xaa59), (0xabf0, 0xabf9), (0xff10, 0xff19), (0x104a0, 0x104a9),
    (0x10a40, 0x10a43), (0x10d30, 0x10d39), (0x10e60, 0x10e68), (0x11052, 0x1105a),
    (0x11066, 0x1106f), (0x110f0, 0x110f9), (0x11136, 0x1113f), (0x111d0, 0x111d9),
    (0x112f0, 0x112f9), (0x11450, 0x11459), (0x114d0, 0x114d9), (0x11650, 0x11659),
    (0x116c0, 0x116c9), (0x11730, 0x11739), (0x118e0, 0x118e9), (0x11950, 0x11959),
    (0x11c50, 0x11c59), (0x11d50, 0x11d59), (0x11da0, 0x11da9), (0x16a60, 0x16a69),
    (0x16ac0, 0x16ac9), (0x16b50, 0x16b59), (0x1d7ce, 0x1d7ff), (0x1e140, 0x1e149),
    (0x1e2f0, 0x1e2f9), (0x1e950, 0x1e959), (0x1f100, 0x1f10a), (0x1fbf0, 0x1fbf9),
];
#[rustfmt::skip]
const NUMERIC: &[(u32, u32)] = &[
    (0x30, 0x39), (0xb2, 0xb3), (0xb9, 0xb9), (0xbc, 0xbe), (0x660, 0x669), (0x6f0, 0x6f9),
    (0x7c0, 0x7c9), (0x966, 0x96f), (0x9e6, 0x9ef), (0x9f4, 0x9f9), (0xa66, 0xa6f), (0xae6, 0xaef),
    (0xb66, 0xb6f), (0xb72, 0xb77), (0xbe6, 0xbf2), (0xc66, 0xc6f), (0xc78, 0xc7e), (0xce6, 0xcef),
    (0xd58, 0xd5e), (0xd66, 0xd78), (0xde6, 0xdef), (0xe50, 0xe59), (0xed0, 0xed9), (0xf20, 0xf33),
    (0x1040, 0x1049), (0x1090, 0x1099), (0x1369, 0x137c), (0x16ee, 0x16f0), (0x17e0, 0x17e9),
    (0x17f0, 0x17f9), (0x1810, 0x1819), (0x1946, 0x194f), (0x19d0, 0x19da), (0x1a80, 0x1a89),
    (0x1a90, 0x1a99), (0x1b50, 0x1b59), (0x1bb0, 0x1bb9), (0x1c40, 0x1c49), (0x1c50, 0x1c59),
    (0x2070, 0x2070), (0x2074, 0x2079), (0x2080, 0x2089), (0x2150, 0x2182), (0x2185, 0x2189),
    (0x2460, 0x249b), (0x24ea, 0x24ff), (0x2776, 0x2793), (0x2cfd, 0x2cfd), (0x3007, 0x3007),
    (0x3021, 0x3029), (0x3038, 0x303a), (0x3192, 0x3195), (0x3220, 0x3229), (0x3248, 0x324f),
    (0x3251, 0x325f), (0x3280, 0x3289), (0x32b1, 0x32bf), (0x3405, 0x3405), (0x3483, 0x3483),
    (0x382a, 0x382a), (0x3b4d, 0x3b4d), (0x4e00, 0x4e00), (0x4e03, 0x4e03), (0x4e07, 0x4e07),
    (0x4e09, 0x4e09), (0x4e5d, 0x4e5d), (0x4e8c, 0x4e8c), (0x4e94, 0x4e94), (0x4e96, 0x4e96),
    (0x4ebf, 0x4ec0), (0x4edf, 0x4edf), (0x4ee8, 0x4ee8), (0x4f0d, 0x4f0d), (0x4f70, 0x4f70),
    (0x5104, 0x5104), (0x5146, 0x5146), (0x5169, 0x5169), (0x516b, 0x516b), (0x516d, 0x516d),
    (0x5341, 0x5341), (0x5343, 0x5345), (0x534c, 0x534c), (0x53c1, 0x53c4), (0x56db, 0x56db),
    (0x58f1, 0x58f1), (0x58f9, 0x58f9), (0x5e7a, 0x5e7a), (0x5efe, 0x5eff), (0x5f0c, 0x5f0e),
    (0x5f10, 0x5f10), (0x62fe, 0x62fe), (0x634c, 0x634c), (0x67d2, 0x67d2), (0x6f06, 0x6f06),
    (0x7396, 0x7396), (0x767e, 0x767e), (0x8086, 0x8086), (0x842c, 0x842c), (0x8cae, 0x8cae),
    (0x8cb3, 0x8cb3), (0x8d30, 0x8d30), (0x9621, 0x9621), (0x9646, 0x9646), (0x964c, 0x964c),
    (0x9678, 0x9678), (0x96f6, 0x96f6), (0xa620, 0xa629), (0xa6e6, 0xa6ef), (0xa830, 0xa835),
    (0xa8d0, 0xa8d9), (0xa900, 0xa909), (0xa9d0, 0xa9d9), (0xa9f0, 0xa9f9), (0xaa50, 0xaa59),
    (0xabf0, 0xabf9), (0xf96b, 0xf96b), (0xf973, 0xf973), (0xf978, 0xf978), (0xf9b2, 0xf9b2),
    (0xf9d1, 0xf9d1), (0xf9d3, 0xf9d3), (0xf9fd, 0xf9fd), (0xff10, 0xff19), (0x10107, 0x10133),
    (0x10140, 0x10178), (0x1018a, 0x1018b), (0x102e1, 0x102fb), (0x10320, 0x10323),
    (0x10341, 0x10341), (0x1034a, 0x1034a), (0x103d1, 0x103d5), (0x104a0, 0x104a9),
    (0x10858, 0x1085f), (0x10879, 0x1087f), (0x108a7, 0x108af), (0x108fb, 0x108ff),
    (0x10916, 0x1091b), (0x109bc, 0x109bd), (0x109c0, 0x109cf), (0x109d2, 0x109ff),
    (0x10a40, 0x10a48), (0x10a7d, 0x10a7e), (0x10a9d, 0x10a9f), (0x10aeb, 0x10aef),
    (0x10b58, 0x10b5f), (0x10b78, 0x10b7f), (0x10ba9, 0x10baf), (0x10cfa, 0x10cff),
    (0x10d30, 0x10d39), (0x10e60, 0x10e7e), (0x10f1d, 0x10f26), (0x10f51, 0x10f54),
    (0x10fc5, 0x10fcb), (0x11052, 0x1106f), (0x110f0, 0x110f9), (0x11136, 0x1113f),
    (0x111d0, 0x111d9), (0x111e1, 0x111f4), (0x112f0, 0x112f9), (0x11450, 0x11459),
    (0x114d0, 0x114d9), (0x11650, 0x11659), (0x116c0, 0x116c9), (0x11730, 0x1173b),
    (0x118e0, 0x118f2), (0x11950, 0x11959), (0x11c50, 0x11c6c), (0x11d50, 0x11d59),
    (0x11da0, 0x11da9), (0x11fc0, 0x11fd4), (0x12400, 0x1246e), (0x16a60, 0x16a69),
    (0x16ac0, 0x16ac9), (0x16b50, 0x16b59), (0x16b5b, 0x16b61), (0x16e80, 0x16e96),
    (0x1d2e0, 0x1d2f3), (0x1d360, 0x1d378), (0x1d7ce, 0x1d7ff), (0x1e140, 0x1e149),
    (0x1e2f0, 0x1e2f9), (0x1e8c7, 0x1e8cf), (0x1e950, 0x1e959), (0x1ec71, 0x1ecab),
    (0x1ecad, 0x1ecaf), (0x1ecb1, 0x1ecb4), (0x1ed01, 0x1ed2d), (0x1ed2f, 0x1ed3d),
    (0x1f100, 0x1f10c), (0x1fbf0, 0x1fbf9), (0x20001, 0x20001), (0x20064, 0x20064),
    (0x200e2, 0x200e2), (0x20121, 0x20121), (0x2092a, 0x2092a), (0x20983, 0x20983),
    (0x2098c, 0x2098c), (0x2099c, 0x2099c), (0x20aea, 0x20aea), (0x20afd, 0x20afd),
    (0x20b19, 0x20b19), (0x22390, 0x22390), (0x22998, 0x22998), (0x23b1b, 0x23b1b),
    (0x2626d, 0x2626d), (0x2f890, 0x2f890),
];
#[rustfmt::skip]
const ALPHA: &[(u32, u32)] = &[
    (0x41, 0x5a), (0x61, 0x7a), (0xaa, 0xaa), (0xb5, 0xb5), (0xba, 0xba), (0xc0, 0xd6),
    (0xd8, 0xf6), (0xf8, 0x2c1), (0x2c6, 0x2d1), (0x2e0, 0x2e4), (0x2ec, 0x2ec), (0x2ee, 0x2ee),
    (0x370, 0x374), (0x376, 0x377), (0x37a, 0x37d), (0x37f, 0x37f), (0x386, 0x386), (0x388, 0x38a),
    (0x38c, 0x38c), (0x38e, 0x3a1), (0x3a3, 0x3f5), (0x3f7, 0x481), (0x48a, 0x52f), (0x531, 0x556),
    (0x559, 0x559), (0x560, 0x588), (0x5d0, 0x5ea), (0x5ef, 0x5f2), (0x620, 0x64a), (0x66e, 0x66f),
    (0x671, 0x6d3), (0x6d5, 0x6d5), (0x6e5, 0x6e6), (0x6ee, 0x6ef), (0x6fa, 0x6fc), (0x6ff, 0x6ff),
    (0x710, 0x710), (0x712, 0x72f), (0x74d, 0x7a5), (0x7b1, 0x7b1), (0x7ca, 0x7ea), (0x7f4, 0x7f5),
    (0x7fa, 0x7fa), (0x800, 0x815), (0x81a, 0x81a), (0x824, 0x824), (0x828, 0x828), (0x840, 0x858),
    (0x860, 0x86a), (0x870, 0x887), (0x889, 0x88e), (0x8a0, 0x8c9), (0x904, 0x939), (0x93d, 0x93d),
    (0x950, 0x950), (0x958, 0x961), (0x971, 0x980), (0x985, 0x98c), (0x98f, 0x990), (0x993, 0x9a8),
    (0x9aa, 0x9b0), (0x9b2, 0x9b2), (0x9b6, 0x9b9), (0x9bd, 0x9bd), (0x9ce, 0x9ce), (0x9dc, 0x9dd),
    (0x9df, 0x9e1), (0x9f0, 0x9f1), (0x9fc, 0x9fc), (0xa05, 0xa0a), (0xa0f, 0xa10), (0xa13, 0xa28),
    (0xa2a, 0xa30), (0xa32, 0xa33), (0xa35, 0xa36), (0xa38, 0xa39), (0xa59, 0xa5c), (0xa5e, 0xa5e),
    (0xa72, 0xa74), (0xa85, 0xa8d), (0xa8f, 0xa91), (0xa93, 0xaa8), (0xaaa, 0xab0), (0xab2, 0xab3),
    (0xab5, 0xab9), (0xabd, 0xabd), (0xad0, 0xad0), (0xae0, 0xae1), (0xaf9, 0xaf9), (0xb05, 0xb0c),
    (0xb0f, 0xb10), (0xb13, 0xb28), (0xb2a, 0xb30), (0xb32, 0xb33), (0xb35, 0xb39), (0xb3d, 0xb3d),
    (0xb5c, 0xb5d), (0xb5f, 0xb61), (0xb71, 0xb71), (0xb83, 0xb83), (0xb85, 0xb8a), (0xb8e, 0xb90),
    (0xb92, 0xb95), (0xb99, 0xb9a), (0xb9c, 0xb9c), (0xb9e, 0xb9f), (0xba3, 0xba4), (0xba8, 0xbaa),
    (0xbae, 0xbb9), (0xbd0, 0xbd0), (0xc05, 0xc0c), (0xc0e, 0xc10), (0xc12, 0xc28), (0xc2a, 0xc39),
    (0xc3d, 0xc3d), (0xc58, 0xc5a), (0xc5d, 0xc5d), (0xc60, 0xc61), (0xc80, 0xc80), (0xc85, 0xc8c),
    (0xc8e, 0xc90), (0xc92, 0xca8), (0xcaa, 0xcb3), (0xcb5, 0xcb9), (0xcbd, 0xcbd), (0xcdd, 0xcde),
    (0xce0, 0xce1), (0xcf1, 0xcf2), (0xd04, 0xd0c), (0xd0e, 0xd10), (0xd12, 0xd3a), (0xd3d, 0xd3d),
    (0xd4e, 0xd4e), (0xd54, 0xd56), (0xd5f, 0xd61), (0xd7a, 0xd7f), (0xd85, 0xd96), (0xd9a, 0xdb1),
    (0xdb3, 0xdbb), (0xdbd, 0xdbd), (0xdc0, 0xdc6), (0xe01, 0xe30), (0xe32, 0xe33), (0xe40, 0xe46),
    (0xe81, 0xe82), (0xe84, 0xe84), (0xe86, 0xe8a), (0xe8c, 0xea3), (0xea5, 0xea5), (0xea7, 0xeb0),
    (0xeb2, 0xeb3), (0xebd, 0xebd), (0xec0, 0xec4), (0xec6, 0xec6), (0xedc, 0xedf), (0xf00, 0xf00),
    (0xf40, 0xf47), (0xf49, 0xf6c), (0xf88, 0xf8c), (0x1000, 0x102a), (0x103f, 0x103f),
    (0x1050, 0x1055), (0x105a, 0x105d), (0x1061, 0x1061), (0x1065, 0x1066), (0x106e, 0x1070),
    (0x1075, 0x1081), (0x108e, 0x108e), (0x10a0, 0x10c5), (0x10c7, 0x10c7), (0x10cd, 0x10cd),
    (0x10d0, 0x10fa), (0x10fc, 0x1248), (0x124a, 0x124d), (0x1250, 0x1256), (0x1258, 0x1258),
    (0x125a, 0x125d), (0x1260, 0x1288), (0x128a, 0x128d), (0x1290, 0x12b0), (0x12b2, 0x12b5),
    (0x12b8, 0x12be), (0x12c0, 0x12c0), (0x12c2, 0x12c5), (0x12c8, 0x12d6), (0x12d8, 0x1310),
    (0x1312, 0x1315), (0x1318, 0x135a), (0x1380, 0x138f), (0x13a0, 0x13f5), (0x13f8, 0x13fd),
    (0x1401, 0x166c), (0x166f, 0x167f), (0x1681, 0x169a), (0x16a0, 0x16ea), (0x16f1, 0x16f8),
    (0x1700, 0x1711), (0x171f, 0x1731), (0x1740, 0x1751), (0x1760, 0x176c), (0x176e, 0x1770),
    (0x1780, 0x17b3), (0x17d7, 0x17d7), (0x17dc, 0x17dc), (0x1820, 0x1878), (0x1880, 0x1884),
    (0x1887, 0x18a8), (0x18aa, 0x18aa), (0x18b0, 0x18f5), (0x1900, 0x191e), (0x1950, 0x196d),
    (0x1970, 0x1974), (0x1980, 0x19ab), (0x19b0, 0x19c9), (0x1a00, 0x1a16), (0x1a20, 0x1a54),
    (0x1aa7, 0x1aa7), (0x1b05, 0x1b33), (0x1b45, 0x1b4c), (0x1b83, 0x1ba0), (0x1bae, 0x1baf),
    (0x1bba, 0x1be5), (0x1c00, 0x1c23), (0x1c4d, 0x1c4f), (0x1c5a, 0x1c7d), (0x1c80, 0x1c88),
    (0x1c90, 0x1cba), (0x1cbd, 0x1cbf), (0x1ce9, 0x1cec), (0x1cee, 0x1cf3), (0x1cf5, 0x1cf6),
    (0x1cfa, 0x1cfa), (0x1d00, 0x1dbf), (0x1e00, 0x1f15), (0x1f18, 0x1f1d), (0x1f20, 0x1f45),
    (0x1f48, 0x1f4d), (0x1f50, 0x1f57), (0x1f59, 0x1f59), (0x1f5b, 0x1f5b), (0x1f5d, 0x1f5d),
    (0x1f5f, 0x1f7d), (0x1f80, 0x1fb4), (0x1fb6, 0x1fbc), (0x1fbe, 0x1fbe), (0x1fc2, 0x1fc4),
    (0x1fc6, 0x1fcc), (0x1fd0, 0x1fd3), (0x1fd6, 0x1fdb), (0x1fe0, 0x1fec), (0x1ff2, 0x1ff4),
    (0x1ff6, 0x1ffc), (0x2071, 0x2071), (0x207f, 0x207f), (0x2090, 0x209c), (0x2102, 0x2102),
    (0x2107, 0x2107), (0x210a, 0x2113), (0x2115, 0x2115), (0x2119, 0x211d), (0x2124, 0x2124),
    (0x2126, 0x2126), (0x2128, 0x2128), (0x212a, 0x212d), (0x212f, 0x2139), (0x213c, 0x213f),
    (0x2145, 0x2149), (0x214e, 0x214e), (0x2183, 0x2184), (0x2c00, 0x2ce4), (0x2ceb, 0x2cee),
    (0x2cf2, 0x2cf3), (0x2d00, 0x2d25), (0x2d27, 0x2d27), (0x2d2d, 0x2d2d), (0x2d30, 0x2d67),
    (0x2d6f, 0x2d6f), (0x2d80, 0x2d96), (0x2da0, 0x2da6), (0x2da8, 0x2dae), (0x2db0, 0x2db6),
    (0x2db8, 0x2dbe), (0x2dc0, 0x2dc6), (0x2dc8, 0x2dce), (0x2dd0, 0x2dd6), (0x2dd8, 0x2dde),
    (0x2e2f, 0x2e2f), (0x3005, 0x3006), (0x3031, 0x3035), (0x303b, 0x303c), (0x3041, 0x3096),
    (0x309d, 0x309f), (0x30a1, 0x30fa), (0x30fc, 0x30ff), (0x3105, 0x312f), (0x3131, 0x318e),
    (0x31a0, 0x31bf), (0x31f0, 0x31ff), (0x3400, 0x4dbf), (0x4e00, 0xa48c), (0xa4d0, 0xa4fd),
    (0xa500, 0xa60c), (0xa610, 0xa61f), (0xa62a, 0xa62b), (0xa640, 0xa66e), (0xa67f, 0xa69d),
    (0xa6a0, 0xa6e5), (0xa717, 0xa71f), (0xa722, 0xa788), (0xa78b, 0xa7ca), (0xa7d0, 0xa7d1),
    (0xa7d3, 0xa7d3), (0xa7d5, 0xa7d9), (0xa7f2, 0xa801), (0xa803, 0xa805), (0xa807, 0xa80a),
    (0xa80c, 0xa822), (0xa840, 0xa873), (0xa882, 0xa8b3), (0xa8f2, 0xa8f7), (0xa8fb, 0xa8fb),
    (0xa8fd, 0xa8fe), (0xa90a, 0xa925), (0xa930, 0xa946), (0xa960, 0xa97c), (0xa984, 0xa9b2),
    (0xa9cf, 0xa9cf), (0xa9e0, 0xa9e4), (0xa9e6, 0xa9ef), (0xa9fa, 0xa9fe), (0xaa00, 0xaa28),
    (0xaa40, 0xaa42), (0xaa44, 0xaa4b), (0xaa60, 0xaa76), (0xaa7a, 0xaa7a), (0xaa7e, 0xaaaf),
    (0xaab1, 0xaab1), (0xaab5, 0xaab6), (0xaab9, 0xaabd), (0xaac0, 0xaac0), (0xaac2, 0xaac2),
    (0xaadb, 0xaadd), (0xaae0, 0xaaea), (0xaaf2, 0xaaf4), (0xab01, 0xab06), (0xab09, 0xab0e),
    (0xab11, 0xab16), (0xab20, 0xab26), (0xab28, 0xab2e), (0xab30, 0xab5a), (0xab5c, 0xab69),
    (0xab70, 0xabe2), (0xac00, 0xd7a3), (0xd7b0, 0xd7c6), (0xd7cb, 0xd7fb), (0xf900, 0xfa6d),
    (0xfa70, 0xfad9), (0xfb00, 0xfb06), (0xfb13, 0xfb17), (0xfb1d, 0xfb1d), (0xfb1f, 0xfb28),
    (0xfb2a, 0xfb36), (0xfb38, 0xfb3c), (0xfb3e, 0xfb3e), (0xfb40, 0xfb41), (0xfb43, 0xfb44),
    (0xfb46, 0xfbb1), (0xfbd3, 0xfd3d), (0xfd50, 0xfd8f), (0xfd92, 0xfdc7), (0xfdf0, 0xfdfb),
    (0xfe70, 0xfe74), (0xfe76, 0xfefc), (0xff21, 0xff3a), (0xff41, 0xff5a), (0xff66, 0xffbe),
    (0xffc2, 0xffc7), (0xffca, 0xffcf), (0xffd2, 0xffd7), (0xffda, 0xffdc), (0x10000, 0x1000b),
    (0x1000d, 0x10026), (0x10028, 0x1003a), (0x1003c, 0x1003d), (0x1003f, 0x1004d),
    (0x10050, 0x1005d), (0x10080, 0x100fa), (0x10280, 0x1029c), (0x102a0, 0x102d0),
    (0x10300, 0x1031f), (0x1032d, 0x10340), (0x10342, 0x10349), (0x10350, 0x10375),
    (0x10380, 0x1039d), (0x103a0, 0x103c3), (0x103c8, 0x103cf), (0x10400, 0x1049d),
    (0x104b0, 0x104d3), (0x104d8, 0x104fb), (0x10500, 0x10527), (0x10530, 0x10563),
    (0x10570, 0x1057a), (0x1057c, 0x1058a), (0x1058c, 0x10592), (0x10594, 0x10595),
    (0x10597, 0x105a1), (0x105a3, 0x105b1), (0x105b3, 0x105b9), (0x105bb, 0x105bc),
    (0x10600, 0x10736), (0x10740, 0x10755), (0x10760, 0x10767), (0x10780, 0x10785),
    (0x10787, 0x107b0), (0x107b2, 0x107ba), (0x10800, 0x10805), (0x10808, 0x10808),
    (0x1080a, 0x10835), (0x10837, 0x10838), (0x1083c, 0x1083c), (0x1083f, 0x10855),
    (0x10860, 0x10876), (0x10880, 0x1089e), (0x108e0, 0x108f2), (0x108f4, 0x108f5),
    (0x10900, 0x10915), (0x10920, 0x10939), (0x10980, 0x109b7), (0x109be, 0x109bf),
    (0x10a00, 0x10a00), (0x10a10, 0x10a13), (0x10a15, 0x10a17), (0x10a19, 0x10a35),
    (0x10a60, 0x10a7c), (0x10a80, 0x10a9c), (0x10ac0, 0x10ac7), (0x10ac9, 0x10ae4),
    (0x10b00, 0x10b35), (0x10b40, 0x10b55), (0x10b60, 0x10b72), (0x10b80, 0x10b91),
    (0x10c00, 0x10c48), (0x10c80, 0x10cb2), (0x10cc0, 0x10cf2), (0x10d00, 0x10d23),
    (0x10e80, 0x10ea9), (0x10eb0, 0x10eb1), (0x10f00, 0x10f1c), (0x10f27, 0x10f27),
    (0x10f30, 0x10f45), (0x10f70, 0x10f81), (0x10fb0, 0x10fc4), (0x10fe0, 0x10ff6),
    (0x11003, 0x11037), (0x11071, 0x11072), (0x11075, 0x11075), (0x11083, 0x110af),
    (0x110d0, 0x110e8), (0x11103, 0x11126), (0x11144, 0x11144), (0x11147, 0x11147),
    (0x11150, 0x11172), (0x11176, 0x11176), (0x11183, 0x111b2), (0x111c1, 0x111c4),
    (0x111da, 0x111da), (0x111dc, 0x111dc), (0x11200, 0x11211), (0x11213, 0x1122b),
    (0x11280, 0x11286), (0x11288, 0x11288), (0x1128a, 0x1128d), (0x1128f, 0x1129d),
    (0x1129f, 0x112a8), (0x112b0, 0x112de), (0x11305, 0x1130c), (0x1130f, 0x11310),
    (0x11313, 0x11328), (0x1132a, 0x11330), (0x11332, 0x11333), (0x11335, 0x11339),
    (0x1133d, 0x1133d), (0x11350, 0x11350), (0x1135d, 0x11361), (0x11400, 0x11434),
    (0x11447, 0x1144a), (0x1145f, 0x11461), (0x11480, 0x114af), (0x114c4, 0x114c5),
    (0x114c7, 0x114c7), (0x11580, 0x115ae), (0x115d8, 0x115db), (0x11600, 0x1162f),
    (0x11644, 0x11644), (0x11680, 0x116aa), (0x116b8, 0x116b8), (0x11700, 0x1171a),
    (0x11740, 0x11746), (0x11800, 0x1182b), (0x118a0, 0x118df), (0x118ff, 0x11906),
    (0x11909, 0x11909), (0x1190c, 0x11913), (0x11915, 0x11916), (0x11918, 0x1192f),
    (0x1193f, 0x1193f), (0x11941, 0x11941), (0x119a0, 0x119a7), (0x119aa, 0x119d0),
    (0x119e1, 0x119e1), (0x119e3, 0x119e3), (0x11a00, 0x11a00), (0x11a0b, 0x11a32),
    (0x11a3a, 0x11a3a), (0x11a50, 0x11a50), (0x11a5c, 0x11a89), (0x11a9d, 0x11a9d),
    (0x11ab0, 0x11af8), (0x11c00, 0x11c08), (0x11c0a, 0x11c2e), (0x11c40, 0x11c40),
    (0x11c72, 0x11c8f), (0x11d00, 0x11d06), (0x11d08, 0x11d09), (0x11d0b, 0x11d30),
    (0x11d46, 0x11d46), (0x11d60, 0x11d65), (0x11d67, 0x11d68), (0x11d6a, 0x11d89),
    (0x11d98, 0x11d98), (0x11ee0, 0x11ef2), (0x11fb0, 0x11fb0), (0x12000, 0x12399),
    (0x12480, 0x12543), (0x12f90, 0x12ff0), (0x13000, 0x1342e), (0x14400, 0x14646),
    (0x16800, 0x16a38), (0x16a40, 0x16a5e), (0x16a70, 0x16abe), (0x16ad0, 0x16aed),
    (0x16b00, 0x16b2f), (0x16b40, 0x16b43), (0x16b63, 0x16b77), (0x16b7d, 0x16b8f),
    (0x16e40, 0x16e7f), (0x16f00, 0x16f4a), (0x16f50, 0x16f50), (0x16f93, 0x16f9f),
    (0x16fe0, 0x16fe1), (0x16fe3, 0x16fe3), (0x17000, 0x187f7), (0x18800, 0x18cd5),
    (0x18d00, 0x18d08), (0x1aff0, 0x1aff3), (0x1aff5, 0x1affb), (0x1affd, 0x1affe),
    (0x1b000, 0x1b122), (0x1b150, 0x1b152), (0x1b164, 0x1b167), (0x1b170, 0x1b2fb),
    (0x1bc00, 0x1bc6a), (0x1bc70, 0x1bc7c), (0x1bc80, 0x1bc88), (0x1bc90, 0x1bc99),
    (0x1d400, 0x1d454), (0x1d456, 0x1d49c), (0x1d49e, 0x1d49f), (0x1d4a2, 0x1d4a2),
    (0x1d4a5, 0x1d4a6), (0x1d4a9, 0x1d4ac), (0x1d4ae, 0x1d4b9), (0x1d4bb, 0x1d4bb),
    (0x1d4bd, 0x1d4c3), (0x1d4c5, 0x1d505), (0x1d507, 0x1d50a), (0x1d50d, 0x1d514),
    (0x1d516, 0x1d51c), (0x1d51e, 0x1d539), (0x1d53b, 0x1d53e), (0x1d540, 0x1d544),
    (0x1d546, 0x1d546), (0x1d54a, 0x1d550), (0x1d552, 0x1d6a5), (0x1d6a8, 0x1d6c0),
    (0x1d6c2, 0x1d6da), (0x1d6dc, 0x1d6fa), (0x1d6fc, 0x1d714), (0x1d716, 0x1d734),
    (0x1d736, 0x1d74e), (0x1d750, 0x1d76e), (0x1d770, 0x1d788), (0x1d78a, 0x1d7a8),
    (0x1d7aa, 0x1d7c2), (0x1d7c4, 0x1d7cb), (0x1df00, 0x1df1e), (0x1e100, 0x1e12c),
    (0x1e137, 0x1e13d), (0x1e14e, 0x1e14e), (0x1e290, 0x1e2ad), (0x1e2c0, 0x1e2eb),
    (0x1e7e0, 0x1e7e6), (0x1e7e8, 0x1e7eb), (0x1e7ed, 0x1e7ee), (0x1e7f0, 0x1e7fe),
    (0x1e800, 0x1e8c4), (0x1e900, 0x1e943), (0x1e94b, 0x1e94b), (0x1ee00, 0x1ee03),
    (0x1ee05, 0x1ee1f), (0x1ee21, 0x1ee22), (0x1ee24, 0x1ee24), (0x1ee27, 0x1ee27),
    (0x1ee29, 0x1ee32), (0x1ee34, 0x1ee37), (0x1ee39, 0x1ee39), (0x1ee3b, 0x1ee3b),
    (0x1ee42, 0x1ee42), (0x1ee47, 0x1ee47), (0x1ee49, 0x1ee49), (0x1ee4b, 0x1ee4b),
    (0x1ee4d, 0x1ee4f), (0x1ee51, 0x1ee52), (0x1ee54, 0x1ee54), (0x1ee57, 0x1ee57),
    (0x1ee59, 0x1ee59), (0x1ee5b, 0x1ee5b), (0x1ee5d, 0x1ee5d), (0x1ee5f, 0x1ee5f),
    (0x1ee61, 0x1ee62), (0x1ee64, 0x1ee64), (0x1ee67, 0x1ee6a), (0x1ee6c, 0x1ee72),
    (0x1ee74, 0x1ee77), (0x1ee79, 0x1ee7c), (0x1ee7e, 0x1ee7e), (0x1ee80, 0x1ee89),
    (0x1ee8b, 0x1ee9b), (0x1eea1, 0x1eea3), (0x1eea5, 0x1eea9), (0x1eeab, 0x1eebb),
    (0x20000, 0x2a6df), (0x2a700, 0x2b738), (0x2b740, 0x2b81d), (0x2b820, 0x2cea1),
    (0x2ceb0, 0x2ebe0), (0x2f800, 0x2fa1d), (0x30000, 0x3134a),
];
#[rustfmt::skip]
const NOT_PRINTABLE: &[(u32, u32)] = &[
    (0x0, 0x1f), (0x7f, 0xa0), (0xad, 0xad), (0x378, 0x379), (0x380, 0x383), (0x38b, 0x38b),
    (0x38d, 0x38d), (0x3a2, 0x3a2), (0x530, 0x530), (0x557, 0x558), (0x58b, 0x58c), (0x590, 0x590),
    (0x5c8, 0x5cf), (0x5eb, 0x5ee), (0x5f5, 0x605), (0x61c, 0x61c), (0x6dd, 0x6dd), (0x70e, 0x70f),
    (0x74b, 0x74c), (0x7b2, 0x7bf), (0x7fb, 0x7fc), (0x82e, 0x82f), (0x83f, 0x83f), (0x85c, 0x85d),
    (0x85f, 0x85f), (0x86b, 0x86f), (0x88f, 0x897), (0x8e2, 0x8e2), (0x984, 0x984), (0x98d, 0x98e),
    (0x991, 0x992), (0x9a9, 0x9a9), (0x9b1, 0x9b1), (0x9b3, 0x9b5), (0x9ba, 0x9bb), (0x9c5, 0x9c6),
    (0x9c9, 0x9ca), (0x9cf, 0x9d6), (0x9d8, 0x9db), (0x9de, 0x9de), (0x9e4, 0x9e5), (0x9ff, 0xa00),
    (0xa04, 0xa04), (0xa0b, 0xa0e), (0xa11, 0xa12), (0xa29, 0xa29), (0xa31, 0xa31), (0xa34, 0xa34),
    (0xa37, 0xa37), (0xa3a, 0xa3b), (0xa3d, 0xa3d), (0xa43, 0xa46), (0xa49, 0xa4a), (0xa4e, 0xa50),
    (0xa52, 0xa58), (0xa5d, 0xa5d), (0xa5f, 0xa65), (0xa77, 0xa80), (0xa84, 0xa84), (0xa8e, 0xa8e),
    (0xa92, 0xa92), (0xaa9, 0xaa9), (0xab1, 0xab1), (0xab4, 0xab4), (0xaba, 0xabb), (0xac6, 0xac6),
    (0xaca, 0xaca), (0xace, 0xacf), (0xad1, 0xadf), (0xae4, 0xae5), (0xaf2, 0xaf8), (0xb00, 0xb00),
    (0xb04, 0xb04), (0xb0d, 0xb0e), (0xb11, 0xb12), (0xb29, 0xb29), (0xb31, 0xb31), (0xb34, 0xb34),
    (0xb3a, 0xb3b), (0xb45, 0xb46), (0xb49, 0xb4a), (0xb4e, 0xb54), (0xb58, 0xb5b), (0xb5e, 0xb5e),
    (0xb64, 0xb65), (0xb78, 0xb81), (0xb84, 0xb84), (0xb8b, 0xb8d), (0xb91, 0xb91), (0xb96, 0xb98),
    (0xb9b, 0xb9b), (0xb9d, 0xb9d), (0xba0, 0xba2), (0xba5, 0xba7), (0xbab, 0xbad), (0xbba, 0xbbd),
    (0xbc3, 0xbc5), (0xbc9, 0xbc9), (0xbce, 0xbcf), (0xbd1, 0xbd6), (0xbd8, 0xbe5), (0xbfb, 0xbff),
    (0xc0d, 0xc0d), (0xc11, 0xc11), (0xc29, 0xc29), (0xc3a, 0xc3b), (0xc45, 0xc45), (0xc49, 0xc49),
    (0xc4e, 0xc54), (0xc57, 0xc57), (0xc5b, 0xc5c), (0xc5e, 0xc5f), (0xc64, 0xc65), (0xc70, 0xc76),
    (0xc8d, 0xc8d), (0xc91, 0xc91), (0xca9, 0xca9), (0xcb4, 0xcb4), (0xcba, 0xcbb), (0xcc5, 0xcc5),
    (0xcc9, 0xcc9), (0xcce, 0xcd4), (0xcd7, 0xcdc), (0xcdf, 0xcdf), (0xce4, 0xce5), (0xcf0, 0xcf0),
    (0xcf3, 0xcff), (0xd0d, 0xd0d), (0xd11, 0xd11), (0xd45, 0xd45), (0xd49, 0xd49), (0xd50, 0xd53),
    (0xd64, 0xd65), (0xd80, 0xd80), (0xd84, 0xd84), (0xd97, 0xd99), (0xdb2, 0xdb2), (0xdbc, 0xdbc),
    (0xdbe, 0xdbf), (0xdc7, 0xdc9), (0xdcb, 0xdce), (0xdd5, 0xdd5), (0xdd7, 0xdd7), (0xde0, 0xde5),
    (0xdf0, 0xdf1), (0xdf5, 0xe00), (0xe3b, 0xe3e), (0xe5c, 0xe80), (0xe83, 0xe83), (0xe85, 0xe85),
    (0xe8b, 0xe8b), (0xea4, 0xea4), (0xea6, 0xea6), (0xebe, 0xebf), (0xec5, 0xec5), (0xec7, 0xec7),
    (0xece, 0xecf), (0xeda, 0xedb), (0xee0, 0xeff), (0xf48, 0xf48), (0xf6d, 0xf70), (0xf98, 0xf98),
    (0xfbd, 0xfbd), (0xfcd, 0xfcd), (0xfdb, 0xfff), (0x10c6, 0x10c6), (0x10c8, 0x10cc),
    (0x10ce, 0x10cf), (0x1249, 0x1249), (0x124e, 0x124f), (0x1257, 0x1257), (0x1259, 0x1259),
    (0x125e, 0x125f), (0x1289, 0x1289), (0x128e, 0x128f), (0x12b1, 0x12b1), (0x12b6, 0x12b7),
    (0x12bf, 0x12bf), (0x12c1, 0x12c1), (0x12c6, 0x12c7), (0x12d7, 0x12d7), (0x1311, 0x1311),
    (0x1316, 0x1317), (0x135b, 0x135c), (0x137d, 0x137f), (0x139a, 0x139f), (0x13f6, 0x13f7),
    (0x13fe, 0x13ff), (0x1680, 0x1680), (0x169d, 0x169f), (0x16f9, 0x16ff), (0x1716, 0x171e),
    (0x1737, 0x173f), (0x1754, 0x175f), (0x176d, 0x176d), (0x1771, 0x1771), (0x1774, 0x177f),
    (0x17de, 0x17df), (0x17ea, 0x17ef), (0x17fa, 0x17ff), (0x180e, 0x180e), (0x181a, 0x181f),
    (0x1879, 0x187f), (0x18ab, 0x18af), (0x18f6, 0x18ff), (0x191f, 0x191f), (0x192c, 0x192f),
    (0x193c, 0x193f), (0x1941, 0x1943), (0x196e, 0x196f), (0x1975, 0x197f), (0x19ac, 0x19af),
    (0x19ca, 0x19cf), (0x19db, 0x19dd), (0x1a1c, 0x1a1d), (0x1a5f, 0x1a5f), (0x1a7d, 0x1a7e),
    (0x1a8a, 0x1a8f), (0x1a9a, 0x1a9f), (0x1aae, 0x1aaf), (0x1acf, 0x1aff), (0x1b4d, 0x1b4f),
    (0x1b7f, 0x1b7f), (0x1bf4, 0x1bfb), (0x1c38, 0x1c3a), (0x1c4a, 0x1c4c), (0x1c89, 0x1c8f),
    (0x1cbb, 0x1cbc), (0x1cc8, 0x1ccf), (0x1cfb, 0x1cff), (0x1f16, 0x1f17), (0x1f1e, 0x1f1f),
    (0x1f46, 0x1f47), (0x1f4e, 0x1f4f), (0x1f58, 0x1f58), (0x1f5a, 0x1f5a), (0x1f5c, 0x1f5c),
    (0x1f5e, 0x1f5e), (0x1f7e, 0x1f7f), (0x1fb5, 0x1fb5), (0x1fc5, 0x1fc5), (0x1fd4, 0x1fd5),
    (0x1fdc, 0x1fdc), (0x1ff0, 0x1ff1), (0x1ff5, 0x1ff5), (0x1fff, 0x200f), (0x2028, 0x202f),
    (0x205f, 0x206f), (0x2072, 0x2073), (0x208f, 0x208f), (0x209d, 0x209f), (0x20c1, 0x20cf),
    (0x20f1, 0x20ff), (0x218c, 0x218f), (0x2427, 0x243f), (0x244b, 0x245f), (0x2b74, 0x2b75),
    (0x2b96, 0x2b96), (0x2cf4, 0x2cf8), (0x2d26, 0x2d26), (0x2d28, 0x2d2c), (0x2d2e, 0x2d2f),
    (0x2d68, 0x2d6e), (0x2d71, 0x2d7e), (0x2d97, 0x2d9f), (0x2da7, 0x2da7), (0x2daf, 0x2daf),
    (0x2db7, 0x2db7), (0x2dbf, 0x2dbf), (0x2dc7, 0x2dc7), (0x2dcf, 0x2dcf), (0x2dd7, 0x2dd7),
    (0x2ddf, 0x2ddf), (0x2e5e, 0x2e7f), (0x2e9a, 0x2e9a), (0x2ef4, 0x2eff), (0x2fd6, 0x2fef),
    (0x2ffc, 0x3000), (0x3040, 0x3040), (0x3097, 0x3098), (0x3100, 0x3104), (0x3130, 0x3130),
    (0x318f, 0x318f), (0x31e4, 0x31ef), (0x321f, 0x321f), (0xa48d, 0xa48f), (0xa4c7, 0xa4cf),
    (0xa62c, 0xa63f), (0xa6f8, 0xa6ff), (0xa7cb, 0xa7cf), (0xa7d2, 0xa7d2), (0xa7d4, 0xa7d4),
    (0xa7da, 0xa7f1), (0xa82d, 0xa82f), (0xa83a, 0xa83f), (0xa878, 0xa87f), (0xa8c6, 0xa8cd),
    (0xa8da, 0xa8df), (0xa954, 0xa95e), (0xa97d, 0xa97f), (0xa9ce, 0xa9ce), (0xa9da, 0xa9dd),
    (0xa9ff, 0xa9ff), (0xaa37, 0xaa3f), (0xaa4e, 0xaa4f), (0xaa5a, 0xaa5b), (0xaac3, 0xaada),
    (0xaaf7, 0xab00), (0xab07, 0xab08), (0xab0f, 0xab10), (0xab17, 0xab1f), (0xab27, 0xab27),
    (0xab2f, 0xab2f), (0xab6c, 0xab6f), (0xabee, 0xabef), (0xabfa, 0xabff), (0xd7a4, 0xd7af),
    (0xd7c7, 0xd7ca), (0xd7fc, 0xf8ff), (0xfa6e, 0xfa6f), (0xfada, 0xfaff), (0xfb07, 0xfb12),
    (0xfb18, 0xfb1c), (0xfb37, 0xfb37), (0xfb3d, 0xfb3d), (0xfb3f, 0xfb3f), (0xfb42, 0xfb42),
    (0xfb45, 0xfb45), (0xfbc3, 0xfbd2), (0xfd90, 0xfd91), (0xfdc8, 0xfdce), (0xfdd0, 0xfdef),
    (0xfe1a, 0xfe1f), (0xfe53, 0xfe53), (0xfe67, 0xfe67), (0xfe6c, 0xfe6f), (0xfe75, 0xfe75),
    (0xfefd, 0xff00), (0xffbf, 0xffc1), (0xffc8, 0xffc9), (0xffd0, 0xffd1), (0xffd8, 0xffd9),
    (0xffdd, 0xffdf), (0xffe7, 0xffe7), (0xffef, 0xfffb), (0xfffe, 0xffff), (0x1000c, 0x1000c),
    (0x10027, 0x10027), (0x1003b, 0x1003b), (0x1003e, 0x1003e), (0x1004e, 0x1004f),
    (0x1005e, 0x1007f), (0x100fb, 0x100ff), (0x10103, 0x10106), (0x10134, 0x10136),
    (0x1018f, 0x1018f), (0x1019d, 0x1019f), (0x101a1, 0x101cf), (0x101fe, 0x1027f),
    (0x1029d, 0x1029f), (0x102d1, 0x102df), (0x102fc, 0x102ff), (0x10324, 0x1032c),
    (0x1034b, 0x1034f), (0x1037b, 0x1037f), (0x1039e, 0x1039e), (0x103c4, 0x103c7),
    (0x103d6, 0x103ff), (0x1049e, 0x1049f), (0x104aa, 0x104af), (0x104d4, 0x104d7),
    (0x104fc, 0x104ff), (0x10528, 0x1052f), (0x10564, 0x1056e), (0x1057b, 0x1057b),
    (0x1058b, 0x1058b), (0x10593, 0x10593), (0x10596, 0x10596), (0x105a2, 0x105a2),
    (0x105b2, 0x105b2), (0x105ba, 0x105ba), (0x105bd, 0x105ff), (0x10737, 0x1073f),
    (0x10756, 0x1075f), (0x10768, 0x1077f), (0x10786, 0x10786), (0x107b1, 0x107b1),
    (0x107bb, 0x107ff), (0x10806, 0x10807), (0x10809, 0x10809), (0x10836, 0x10836),
    (0x10839, 0x1083b), (0x1083d, 0x1083e), (0x10856, 0x10856), (0x1089f, 0x108a6),
    (0x108b0, 0x108df), (0x108f3, 0x108f3), (0x108f6, 0x108fa), (0x1091c, 0x1091e),
    (0x1093a, 0x1093e), (0x10940, 0x1097f), (0x109b8, 0x109bb), (0x109d0, 0x109d1),
    (0x10a04, 0x10a04), (0x10a07, 0x10a0b), (0x10a14, 0x10a14), (0x10a18, 0x10a18),
    (0x10a36, 0x10a37), (0x10a3b, 0x10a3e), (0x10a49, 0x10a4f), (0x10a59, 0x10a5f),
    (0x10aa0, 0x10abf), (0x10ae7, 0x10aea), (0x10af7, 0x10aff), (0x10b36, 0x10b38),
    (0x10b56, 0x10b57), (0x10b73, 0x10b77), (0x10b92, 0x10b98), (0x10b9d, 0x10ba8),
    (0x10bb0, 0x10bff), (0x10c49, 0x10c7f), (0x10cb3, 0x10cbf), (0x10cf3, 0x10cf9),
    (0x10d28, 0x10d2f), (0x10d3a, 0x10e5f), (0x10e7f, 0x10e7f), (0x10eaa, 0x10eaa),
    (0x10eae, 0x10eaf), (0x10eb2, 0x10eff), (0x10f28, 0x10f2f), (0x10f5a, 0x10f6f),
    (0x10f8a, 0x10faf), (0x10fcc, 0x10fdf), (0x10ff7, 0x10fff), (0x1104e, 0x11051),
    (0x11076, 0x1107e), (0x110bd, 0x110bd), (0x110c3, 0x110cf), (0x110e9, 0x110ef),
    (0x110fa, 0x110ff), (0x11135, 0x11135), (0x11148, 0x1114f), (0x11177, 0x1117f),
    (0x111e0, 0x111e0), (0x111f5, 0x111ff), (0x11212, 0x11212), (0x1123f, 0x1127f),
    (0x11287, 0x11287), (0x11289, 0x11289), (0x1128e, 0x1128e), (0x1129e, 0x1129e),
    (0x112aa, 0x112af), (0x112eb, 0x112ef), (0x112fa, 0x112ff), (0x11304, 0x11304),
    (0x1130d, 0x1130e), (0x11311, 0x11312), (0x11329, 0x11329), (0x11331, 0x11331),
    (0x11334, 0x11334), (0x1133a, 0x1133a), (0x11345, 0x11346), (0x11349, 0x1134a),
    (0x1134e, 0x1134f), (0x11351, 0x11356), (0x11358, 0x1135c), (0x11364, 0x11365),
    (0x1136d, 0x1136f), (0x11375, 0x113ff), (0x1145c, 0x1145c), (0x11462, 0x1147f),
    (0x114c8, 0x114cf), (0x114da, 0x1157f), (0x115b6, 0x115b7), (0x115de, 0x115ff),
    (0x11645, 0x1164f), (0x1165a, 0x1165f), (0x1166d, 0x1167f), (0x116ba, 0x116bf),
    (0x116ca, 0x116ff), (0x1171b, 0x1171c), (0x1172c, 0x1172f), (0x11747, 0x117ff),
    (0x1183c, 0x1189f), (0x118f3, 0x118fe), (0x11907, 0x11908), (0x1190a, 0x1190b),
    (0x11914, 0x11914), (0x11917, 0x11917), (0x11936, 0x11936), (0x11939, 0x1193a),
    (0x11947, 0x1194f), (0x1195a, 0x1199f), (0x119a8, 0x119a9), (0x119d8, 0x119d9),
    (0x119e5, 0x119ff), (0x11a48, 0x11a4f), (0x11aa3, 0x11aaf), (0x11af9, 0x11bff),
    (0x11c09, 0x11c09), (0x11c37, 0x11c37), (0x11c46, 0x11c4f), (0x11c6d, 0x11c6f),
    (0x11c90, 0x11c91), (0x11ca8, 0x11ca8), (0x11cb7, 0x11cff), (0x11d07, 0x11d07),
    (0x11d0a, 0x11d0a), (0x11d37, 0x11d39), (0x11d3b, 0x11d3b), (0x11d3e, 0x11d3e),
    (0x11d48, 0x11d4f), (0x11d5a, 0x11d5f), (0x11d66, 0x11d66), (0x11d69, 0x11d69),
    (0x11d8f, 0x11d8f), (0x11d92, 0x11d92), (0x11d99, 0x11d9f), (0x11daa, 0x11edf),
    (0x11ef9, 0x11faf), (0x11fb1, 0x11fbf), (0x11ff2, 0x11ffe), (0x1239a, 0x123ff),
    (0x1246f, 0x1246f), (0x12475, 0x1247f), (0x12544, 0x12f8f), (0x12ff3, 0x12fff),
    (0x1342f, 0x143ff), (0x14647, 0x167ff), (0x16a39, 0x16a3f), (0x16a5f, 0x16a5f),
    (0x16a6a, 0x16a6d), (0x16abf, 0x16abf), (0x16aca, 0x16acf), (0x16aee, 0x16aef),
    (0x16af6, 0x16aff), (0x16b46, 0x16b4f), (0x16b5a, 0x16b5a), (0x16b62, 0x16b62),
    (0x16b78, 0x16b7c), (0x16b90, 0x16e3f), (0x16e9b, 0x16eff), (0x16f4b, 0x16f4e),
    (0x16f88, 0x16f8e), (0x16fa0, 0x16fdf), (0x16fe5, 0x16fef), (0x16ff2, 0x16fff),
    (0x187f8, 0x187ff), (0x18cd6, 0x18cff), (0x18d09, 0x1afef), (0x1aff4, 0x1aff4),
    (0x1affc, 0x1affc), (0x1afff, 0x1afff), (0x1b123, 0x1b14f), (0x1b153, 0x1b163),
    (0x1b168, 0x1b16f), (0x1b2fc, 0x1bbff), (0x1bc6b, 0x1bc6f), (0x1bc7d, 0x1bc7f),
    (0x1bc89, 0x1bc8f), (0x1bc9a, 0x1bc9b), (0x1bca0, 0x1ceff), (0x1cf2e, 0x1cf2f),
    (0x1cf47, 0x1cf4f), (0x1cfc4, 0x1cfff), (0x1d0f6, 0x1d0ff), (0x1d127, 0x1d128),
    (0x1d173, 0x1d17a), (0x1d1eb, 0x1d1ff), (0x1d246, 0x1d2df), (0x1d2f4, 0x1d2ff),
    (0x1d357, 0x1d35f), (0x1d379, 0x1d3ff), (0x1d455, 0x1d455), (0x1d49d, 0x1d49d),
    (0x1d4a0, 0x1d4a1), (0x1d4a3, 0x1d4a4), (0x1d4a7, 0x1d4a8), (0x1d4ad, 0x1d4ad),
    (0x1d4ba, 0x1d4ba), (0x1d4bc, 0x1d4bc), (0x1d4c4, 0x1d4c4), (0x1d506, 0x1d506),
    (0x1d50b, 0x1d50c), (0x1d515, 0x1d515), (0x1d51d, 0x1d51d), (0x1d53a, 0x1d53a),
    (0x1d53f, 0x1d53f), (0x1d545, 0x1d545), (0x1d547, 0x1d549), (0x1d551, 0x1d551),
    (0x1d6a6, 0x1d6a7), (0x1d7cc, 0x1d7cd), (0x1da8c, 0x1da9a), (0x1daa0, 0x1daa0),
    (0x1dab0, 0x1deff), (0x1df1f, 0x1dfff), (0x1e007, 0x1e007), (0x1e019, 0x1e01a),
    (0x1e022, 0x1e022), (0x1e025, 0x1e025), (0x1e02b, 0x1e0ff), (0x1e12d, 0x1e12f),
    (0x1e13e, 0x1e13f), (0x1e14a, 0x1e14d), (0x1e150, 0x1e28f), (0x1e2af, 0x1e2bf),
    (0x1e2fa, 0x1e2fe), (0x1e300, 0x1e7df), (0x1e7e7, 0x1e7e7), (0x1e7ec, 0x1e7ec),
    (0x1e7ef, 0x1e7ef), (0x1e7ff, 0x1e7ff), (0x1e8c5, 0x1e8c6), (0x1e8d7, 0x1e8ff),
    (0x1e94c, 0x1e94f), (0x1e95a, 0x1e95d), (0x1e960, 0x1ec70), (0x1ecb5, 0x1ed00),
    (0x1ed3e, 0x1edff), (0x1ee04, 0x1ee04), (0x1ee20, 0x1ee20), (0x1ee23, 0x1ee23),
    (0x1ee25, 0x1ee26), (0x1ee28, 0x1ee28), (0x1ee33, 0x1ee33), (0x1ee38, 0x1ee38),
    (0x1ee3a, 0x1ee3a), (0x1ee3c, 0x1ee41), (0x1ee43, 0x1ee46), (0x1ee48, 0x1ee48),
    (0x1ee4a, 0x1ee4a), (0x1ee4c, 0x1ee4c), (0x1ee50, 0x1ee50), (0x1ee53, 0x1ee53),
    (0x1ee55, 0x1ee56), (0x1ee58, 0x1ee58), (0x1ee5a, 0x1ee5a), (0x1ee5c, 0x1ee5c),
    (0x1ee5e, 0x1ee5e), (0x1ee60, 0x1ee60), (0x1ee63, 0x1ee63), (0x1ee65, 0x1ee66),
    (0x1ee6b, 0x1ee6b), (0x1ee73, 0x1ee73), (0x1ee78, 0x1ee78), (0x1ee7d, 0x1ee7d),
    (0x1ee7f, 0x1ee7f), (0x1ee8a, 0x1ee8a), (0x1ee9c, 0x1eea0), (0x1eea4, 0x1eea4),
    (0x1eeaa, 0x1eeaa), (0x1eebc, 0x1eeef), (0x1eef2, 0x1efff), (0x1f02c, 0x1f02f),
    (0x1f094, 0x1f09f), (0x1f0af, 0x1f0b0), (0x1f0c0, 0x1f0c0), (0x1f0d0, 0x1f0d0),
    (0x1f0f6, 0x1f0ff), (0x1f1ae, 0x1f1e5), (0x1f203, 0x1f20f), (0x1f23c, 0x1f23f),
    (0x1f249, 0x1f24f), (0x1f252, 0x1f25f), (0x1f266, 0x1f2ff), (0x1f6d8, 0x1f6dc),
    (0x1f6ed, 0x1f6ef), (0x1f6fd, 0x1f6ff), (0x1f774, 0x1f77f), (0x1f7d9, 0x1f7df),
    (0x1f7ec, 0x1f7ef), (0x1f7f1, 0x1f7ff), (0x1f80c, 0x1f80f), (0x1f848, 0x1f84f),
    (0x1f85a, 0x1f85f), (0x1f888, 0x1f88f), (0x1f8ae, 0x1f8af), (0x1f8b2, 0x1f8ff),
    (0x1fa54, 0x1fa5f), (0x1fa6e, 0x1fa6f), (0x1fa75, 0x1fa77), (0x1fa7d, 0x1fa7f),
    (0x1fa87, 0x1fa8f), (0x1faad, 0x1faaf), (0x1fabb, 0x1fabf), (0x1fac6, 0x1facf),
    (0x1fada, 0x1fadf), (0x1fae8, 0x1faef), (0x1faf7, 0x1faff), (0x1fb93, 0x1fb93),
    (0x1fbcb, 0x1fbef), (0x1fbfa, 0x1ffff), (0x2a6e0, 0x2a6ff), (0x2b739, 0x2b73f),
    (0x2b81e, 0x2b81f), (0x2cea2, 0x2ceaf), (0x2ebe1, 0x2f7ff), (0x2fa1e, 0x2ffff),
    (0x3134b, 0xe00ff), (0xe01f0, 0x10ffff),
];

#[cfg(test)]
#[path = "str_methods_tests.rs"]
mod tests;
