//! The script-visible methods of `bytes` and `bytearray` (one implementation
//! serves both; results keep the receiver's type) and their constructors.

use std::rc::Rc;

use crate::error::PyResult;
use crate::object::str_methods::{
    adjust, decode_bytes, encode_str, keywords, positional, slice_bound, str_param, Arity,
};
use crate::object::{type_name_of, Args, BytesObj, NativeFn};
use crate::value::Value;
use crate::vm::Vm;

/// Names in the tables below that are static methods (no `self`).
pub const STATIC_METHODS: &[&str] = &["fromhex", "maketrans"];

macro_rules! common_methods {
    ($($extra:tt)*) => {
        &[
            ("decode", b_decode),
            ("hex", b_hex),
            ("split", b_split),
            ("rsplit", b_rsplit),
            ("join", b_join),
            ("replace", b_replace),
            ("startswith", b_startswith),
            ("endswith", b_endswith),
            ("find", b_find),
            ("rfind", b_rfind),
            ("index", b_index),
            ("rindex", b_rindex),
            ("count", b_count),
            ("strip", b_strip),
            ("lstrip", b_lstrip),
            ("rstrip", b_rstrip),
            ("upper", b_upper),
            ("lower", b_lower),
            ("swapcase", b_swapcase),
            ("capitalize", b_capitalize),
            ("title", b_title),
            ("isdigit", b_isdigit),
            ("isalpha", b_isalpha),
            ("isalnum", b_isalnum),
            ("isspace", b_isspace),
            ("isupper", b_isupper),
            ("islower", b_islower),
            ("istitle", b_istitle),
            ("isascii", b_isascii),
            ("partition", b_partition),
            ("rpartition", b_rpartition),
            ("splitlines", b_splitlines),
            ("center", b_center),
            ("ljust", b_ljust),
            ("rjust", b_rjust),
            ("zfill", b_zfill),
            ("removeprefix", b_removeprefix),
            ("removesuffix", b_removesuffix),
            ("expandtabs", b_expandtabs),
            ("maketrans", b_maketrans),
            ("translate", b_translate),
            ("__mod__", b_mod),
            $($extra)*
        ]
    };
}

pub const BYTES_METHODS: &[(&str, NativeFn)] = common_methods!(("fromhex", bytes_fromhex),);

pub const BYTEARRAY_METHODS: &[(&str, NativeFn)] = common_methods!(
    ("fromhex", bytearray_fromhex),
    ("append", ba_append),
    ("extend", ba_extend),
    ("pop", ba_pop),
    ("insert", ba_insert),
    ("remove", ba_remove),
    ("clear", ba_clear),
    ("reverse", ba_reverse),
    ("copy", ba_copy),
);

// ----- helpers -----

/// The receiver: its data object and whether it is a bytearray.
fn recv(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Rc<BytesObj>, bool)> {
    match args.args.first() {
        Some(Value::Bytes(b)) => Ok((b.clone(), false)),
        Some(Value::ByteArray(b)) => Ok((b.clone(), true)),
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{}' for 'bytes' objects doesn't apply to a '{}' object",
            name,
            type_name_of(other)
        ))),
        None => Err(vm.type_error(format!("unbound method bytes.{}() needs an argument", name))),
    }
}

fn owner(ba: bool) -> &'static str {
    if ba {
        "bytearray"
    } else {
        "bytes"
    }
}

fn make(ba: bool, data: Vec<u8>) -> Value {
    if ba {
        Value::ByteArray(Rc::new(BytesObj::new(data)))
    } else {
        Value::Bytes(Rc::new(BytesObj::new(data)))
    }
}

/// The contents of a bytes-like value.
fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Bytes(b) | Value::ByteArray(b) => Some(b.data.borrow().clone()),
        _ => None,
    }
}

/// A bytes-like argument or `a bytes-like object is required, not 'str'`.
fn need_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match bytes_like(v) {
        Some(b) => Ok(b),
        None => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name_of(v)
        ))),
    }
}

/// A byte value (0..=255) from an int-like value.
fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let i = vm.to_index(v)?;
    if !(0..256).contains(&i) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(i as u8)
}

pub(crate) fn find_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    if n.len() > h.len() {
        return None;
    }
    if n.len() == 1 {
        return h.iter().position(|&b| b == n[0]);
    }
    h.windows(n.len()).position(|w| w == n)
}

pub(crate) fn rfind_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(h.len());
    }
    if n.len() > h.len() {
        return None;
    }
    h.windows(n.len()).rposition(|w| w == n)
}

fn count_sub(h: &[u8], n: &[u8]) -> usize {
    if n.is_empty() {
        return h.len() + 1;
    }
    let mut count = 0;
    let mut i = 0;
    while let Some(p) = find_sub(&h[i..], n) {
        count += 1;
        i += p + n.len();
    }
    count
}

fn replace_bytes(h: &[u8], old: &[u8], new: &[u8], count: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(h.len());
    let mut left = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    if old.is_empty() {
        for (k, &b) in h.iter().enumerate() {
            if left > 0 {
                out.extend_from_slice(new);
                left -= 1;
            }
            out.push(b);
            if k + 1 == h.len() && left > 0 {
                out.extend_from_slice(new);
            }
        }
        if h.is_empty() && left > 0 {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut i = 0;
    while left > 0 {
        match find_sub(&h[i..], old) {
            Some(p) => {
                out.extend_from_slice(&h[i..i + p]);
                out.extend_from_slice(new);
                i += p + old.len();
                left -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&h[i..]);
    out
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn split_ws(h: &[u8], maxsplit: i64) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut splits = 0;
    loop {
        while i < h.len() && is_ws(h[i]) {
            i += 1;
        }
        if i >= h.len() {
            break;
        }
        if maxsplit >= 0 && splits >= maxsplit {
            out.push(&h[i..]);
            break;
        }
        let start = i;
        while i < h.len() && !is_ws(h[i]) {
            i += 1;
        }
        out.push(&h[start..i]);
        splits += 1;
    }
    out
}

fn rsplit_ws(h: &[u8], maxsplit: i64) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut end = h.len();
    let mut splits = 0;
    loop {
        while end > 0 && is_ws(h[end - 1]) {
            end -= 1;
        }
        if end == 0 {
            break;
        }
        if maxsplit >= 0 && splits >= maxsplit {
            out.push(&h[..end]);
            break;
        }
        let stop = end;
        while end > 0 && !is_ws(h[end - 1]) {
            end -= 1;
        }
        out.push(&h[end..stop]);
        splits += 1;
    }
    out.reverse();
    out
}

fn split_sep<'a>(h: &'a [u8], sep: &[u8], maxsplit: i64) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut splits = 0;
    while maxsplit < 0 || splits < maxsplit {
        match find_sub(&h[i..], sep) {
            Some(p) => {
                out.push(&h[i..i + p]);
                i += p + sep.len();
                splits += 1;
            }
            None => break,
        }
    }
    out.push(&h[i..]);
    out
}

fn rsplit_sep<'a>(h: &'a [u8], sep: &[u8], maxsplit: i64) -> Vec<&'a [u8]> {
    let mut out = Vec::new();
    let mut end = h.len();
    let mut splits = 0;
    while maxsplit < 0 || splits < maxsplit {
        match rfind_sub(&h[..end], sep) {
            Some(p) => {
                out.push(&h[p + sep.len()..end]);
                end = p;
                splits += 1;
            }
            None => break,
        }
    }
    out.push(&h[..end]);
    out.reverse();
    out
}

fn noargs(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Vec<u8>, bool)> {
    let (b, ba) = recv(vm, args, name)?;
    positional(vm, args, owner(ba), name, 0, 0, Arity::Old)?;
    let data = b.data.borrow().clone();
    Ok((data, ba))
}

// ----- decode / hex -----

fn b_decode(vm: &mut Vm, args: Args) -> PyResult {
    let (b, _) = recv(vm, &args, "decode")?;
    let a = keywords(vm, args, "decode", &["encoding", "errors"])?;
    let encoding = str_param(vm, "decode", "encoding", &a[0], "utf-8")?;
    let errors = str_param(vm, "decode", "errors", &a[1], "strict")?;
    let data = b.data.borrow().clone();
    Ok(Value::string(decode_bytes(vm, &data, &encoding, &errors)?))
}

fn b_hex(vm: &mut Vm, args: Args) -> PyResult {
    let (b, _) = recv(vm, &args, "hex")?;
    let a = keywords(vm, args, "hex", &["sep", "bytes_per_sep"])?;
    let data = b.data.borrow().clone();
    let sep = match &a[0] {
        None => None,
        Some(v) => {
            // Any sized object gets as far as the length check, as in CPython.
            if vm.len(v)? != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            let c = match crate::object::instance::unwrap_builtin(v) {
                Value::Str(s) => s.as_str().chars().next().map_or(0, |c| c as u32),
                Value::Bytes(b) => b.data.borrow()[0] as u32,
                _ => return Err(vm.type_error("sep must be str or bytes.")),
            };
            match char::from_u32(c) {
                Some(c) if c.is_ascii() => Some(c.to_string()),
                _ => return Err(vm.value_error("sep must be ASCII.")),
            }
        }
    };
    let per = match &a[1] {
        Some(v) => {
            let i = crate::stdlib::util::to_int(vm, v)?;
            num_traits::ToPrimitive::to_i32(&i)
                .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"))?
                as i64
        }
        None => 1,
    };
    let digits: Vec<String> = data.iter().map(|b| format!("{:02x}", b)).collect();
    let Some(sep) = sep else {
        return Ok(Value::string(digits.concat()));
    };
    if per == 0 || digits.is_empty() {
        return Ok(Value::string(digits.concat()));
    }
    let n = per.unsigned_abs() as usize;
    // Positive counts group from the right, negative from the left.
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        let mut end = digits.len();
        while end > 0 {
            let start = end.saturating_sub(n);
            groups.push(digits[start..end].concat());
            end = start;
        }
        groups.reverse();
    } else {
        for chunk in digits.chunks(n) {
            groups.push(chunk.concat());
        }
    }
    Ok(Value::string(groups.join(&sep)))
}

fn fromhex_common(vm: &mut Vm, args: &Args, ba: bool) -> PyResult {
    if args.args.len() != 1 || !args.kwargs.is_empty() {
        return Err(vm.type_error(format!(
            "fromhex() takes exactly one argument ({} given)",
            args.args.len()
        )));
    }
    let s = match &args.args[0] {
        Value::Str(s) => s.clone(),
        other => {
            return Err(vm.type_error(format!(
                "fromhex() argument must be str, not {}",
                type_name_of(other)
            )))
        }
    };
    let chars: Vec<char> = s.as_str().chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 2;
            }
            (None, _) => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i
                )))
            }
            (Some(_), None) => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )))
            }
        }
    }
    Ok(make(ba, out))
}

fn bytes_fromhex(vm: &mut Vm, args: Args) -> PyResult {
    fromhex_common(vm, &args, false)
}

fn bytearray_fromhex(vm: &mut Vm, args: Args) -> PyResult {
    fromhex_common(vm, &args, true)
}

// ----- split / join / strip / replace -----

fn split_common(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult {
    let (b, ba) = recv(vm, &args, name)?;
    let a = keywords(vm, args, name, &["sep", "maxsplit"])?;
    let maxsplit = match &a[1] {
        Some(v) => vm.to_index(v)?,
        None => -1,
    };
    let data = b.data.borrow().clone();
    let parts: Vec<&[u8]> = match &a[0] {
        None | Some(Value::None) => {
            if reverse {
                rsplit_ws(&data, maxsplit)
            } else {
                split_ws(&data, maxsplit)
            }
        }
        Some(v) => {
            let sep = need_bytes(vm, v)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            if reverse {
                rsplit_sep(&data, &sep, maxsplit)
            } else {
                split_sep(&data, &sep, maxsplit)
            }
        }
    };
    Ok(Value::list(
        parts.into_iter().map(|p| make(ba, p.to_vec())).collect(),
    ))
}

fn b_split(vm: &mut Vm, args: Args) -> PyResult {
    split_common(vm, args, "split", false)
}

fn b_rsplit(vm: &mut Vm, args: Args) -> PyResult {
    split_common(vm, args, "rsplit", true)
}

fn b_splitlines(vm: &mut Vm, args: Args) -> PyResult {
    let (b, ba) = recv(vm, &args, "splitlines")?;
    let a = keywords(vm, args, "splitlines", &["keepends"])?;
    let keepends = match &a[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let data = b.data.borrow().clone();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        if c == b'\n' || c == b'\r' {
            let mut end = i + 1;
            if c == b'\r' && data.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            out.push(make(
                ba,
                data[start..if keepends { end } else { i }].to_vec(),
            ));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < data.len() {
        out.push(make(ba, data[start..].to_vec()));
    }
    Ok(Value::list(out))
}

fn b_join(vm: &mut Vm, args: Args) -> PyResult {
    let (b, ba) = recv(vm, &args, "join")?;
    let a = positional(vm, &args, owner(ba), "join", 1, 1, Arity::Clinic)?;
    let items = match vm.iterate(&a[0]) {
        Ok(items) => items,
        Err(e) => {
            if vm.err_matches(&e, "TypeError") {
                return Err(vm.type_error("can only join an iterable"));
            }
            return Err(e);
        }
    };
    let sep = b.data.borrow().clone();
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(part) = bytes_like(item) else {
            return Err(vm.type_error(format!(
                "sequence item {}: expected a bytes-like object, {} found",
                i,
                type_name_of(item)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&part);
    }
    Ok(make(ba, out))
}

#[derive(Clone, Copy)]
enum Side {
    Left,
    Right,
    Both,
}

fn strip_common(vm: &mut Vm, args: Args, name: &str, side: Side) -> PyResult {
    let (b, ba) = recv(vm, &args, name)?;
    let a = positional(vm, &args, owner(ba), name, 0, 1, Arity::Clinic)?;
    let set: Option<Vec<u8>> = match a.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(need_bytes(vm, v)?),
    };
    let strip = |c: u8| match &set {
        Some(s) => s.contains(&c),
        None => is_ws(c),
    };
    let data = b.data.borrow().clone();
    let mut start = 0;
    let mut end = data.len();
    if matches!(side, Side::Left | Side::Both) {
        while start < end && strip(data[start]) {
            start += 1;
        }
    }
    if matches!(side, Side::Right | Side::Both) {
        while end > start && strip(data[end - 1]) {
            end -= 1;
        }
    }
    // Immutable bytes with nothing stripped come back as the same object, as in CPython.
    if !ba && start == 0 && end == data.len() {
        if let Some(Value::Bytes(_)) = args.args.first() {
            return Ok(args.args[0].clone());
        }
    }
    Ok(make(ba, data[start..end].to_vec()))
}

fn b_strip(vm: &mut Vm, args: Args) -> PyResult {
    strip_common(vm, args, "strip", Side::Both)
}

fn b_lstrip(vm: &mut Vm, args: Args) -> PyResult {
    strip_common(vm, args, "lstrip", Side::Left)
}

fn b_rstrip(vm: &mut Vm, args: Args) -> PyResult {
    strip_common(vm, args, "rstrip", Side::Right)
}

fn b_replace(vm: &mut Vm, args: Args) -> PyResult {
    let (b, ba) = recv(vm, &args, "replace")?;
    let a = positional(vm, &args, owner(ba), "replace", 2, 3, Arity::Clinic)?;
    let old = need_bytes(vm, &a[0])?;
    let new = need_bytes(vm, &a[1])?;
    let count = match a.get(2) {
        Some(v) => vm.to_index(v)?,
        None => -1,
    };
    let data = b.data.borrow().clone();
    Ok(make(ba, replace_bytes(&data, &old, &new, count)))
}

// ----- searching -----

/// A search needle: bytes-like or a single byte value.
fn needle(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(vec![byte_value(vm, v)?]),
        _ => match bytes_like(v) {
            Some(b) => Ok(b),
            None => Err(vm.type_error(format!(
                "argument should be integer or bytes-like object, not '{}'",
                type_name_of(v)
            ))),
        },
    }
}

/// find/rfind/index/rindex: the byte index of the match.
fn find_common(vm: &mut Vm, args: &Args, name: &str, reverse: bool) -> PyResult<Option<usize>> {
    let (b, ba) = recv(vm, args, name)?;
    let a = positional(vm, args, owner(ba), name, 1, 3, Arity::Old)?;
    let sub = needle(vm, &a[0])?;
    let start = slice_bound(vm, a.get(1))?;
    let end = slice_bound(vm, a.get(2))?;
    let data = b.data.borrow().clone();
    let (start, end) = adjust(start, end, data.len());
    if start > data.len() || end < start || end - start < sub.len() {
        return Ok(None);
    }
    let hay = &data[start..end];
    let found = if reverse {
        rfind_sub(hay, &sub)
    } else {
        find_sub(hay, &sub)
    };
    Ok(found.map(|p| p + start))
}

fn b_find(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Int(
        find_common(vm, &args, "find", false)?
            .map(|i| i as i64)
            .unwrap_or(-1),
    ))
}

fn b_rfind(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Int(
        find_common(vm, &args, "rfind", true)?
            .map(|i| i as i64)
            .unwrap_or(-1),
    ))
}

fn b_index(vm: &mut Vm, args: Args) -> PyResult {
    match find_common(vm, &args, "index", false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn b_rindex(vm: &mut Vm, args: Args) -> PyResult {
    match find_common(vm, &args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("subsection not found")),
    }
}

fn b_count(vm: &mut Vm, args: Args) -> PyResult {
    let (b, ba) = recv(vm, &args, "count")?;
    let a = positional(vm, &args, owner(ba), "count", 1, 3, Arity::Old)?;
    let sub = needle(vm, &a[0])?;
    let start = slice_bound(vm, a.get(1))?;
    let end = slice_bound(vm, a.get(2))?;
    let data = b.data.borrow().clone();
    let (start, end) = adjust(start, end, data.len());
    if start > data.len() || end < start {
        return Ok(Value::Int(0));
    }
    Ok(Value::Int(count_sub(&data[start..end], &sub) as i64))
}

fn affix_common(vm: &mut Vm, args: Args, name: &str, suffix: bool) -> PyResult {
    let (b, ba) = recv(vm, &args, name)?;
    let a = positional(vm, &args, owner(ba), name, 1, 3, Arity::Old)?;
    let start = slice_bound(vm, a.get(1))?;
    let end = slice_bound(vm, a.get(2))?;
    let candidates: Vec<Vec<u8>> = match &a[0] {
        Value::Tuple(t) => {
            let mut v = Vec::new();
            for item in t.items.iter() {
                match bytes_like(item) {
                    Some(p) => v.push(p),
                    None => {
                        return Err(vm.type_error(format!(
                            "a bytes-like object is required, not '{}'",
                            type_name_of(item)
                        )))
                    }
                }
            }
            v
        }
        other => match bytes_like(other) {
            Some(p) => vec![p],
            None => {
                return Err(vm.type_error(format!(
                    "{} first arg must be bytes or a tuple of bytes, not {}",
                    name,
                    type_name_of(other)
                )))
            }
        },
    };
    let data = b.data.borrow().clone();
    let (start, end) = adjust(start, end, data.len());
    if start > data.len() || end < start {
        return Ok(Value::Bool(false));
    }
    let hay = &data[start..end];
    let ok = candidates.iter().any(|p| {
        if suffix {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    });
    Ok(Value::Bool(ok))
}

fn b_startswith(vm: &mut Vm, args: Args) -> PyResult {
    affix_common(vm, args, "startswith", false)
}

fn b_endswith(vm: &mut Vm, args: Args) -> PyResult {
    affix_common(vm, args, "endswith", true)
}

fn partition_common(vm: &mut Vm, args: Args, name: &str, reverse: bool) -> PyResult {
    let (b, ba) = recv(vm, &args, name)?;
    let a = positional(vm, &args, owner(ba), name, 1, 1, Arity::Clinic)?;
    let sep = need_bytes(vm, &a[0])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let data = b.data.borrow().clone();
    let found = if reverse {
        rfind_sub(&data, &sep)
    } else {
        find_sub(&data, &sep)
    };
    Ok(match found {
        Some(i) => Value::tuple(vec![
            make(ba, data[..i].to_vec()),
            make(ba, sep.clone()),
            make(ba, data[i + sep.len()..].to_vec()),
        ]),
        None if reverse => Value::tuple(vec![make(ba, vec![]), make(ba, vec![]), make(ba, data)]),
        None => Value::tuple(vec![make(ba, data), make(ba, vec![]), make(ba, vec![])]),
    })
}

fn b_partition(vm: &mut Vm, args: Args) -> PyResult {
    partition_common(vm, args, "partition", false)
}

fn b_rpartition(vm: &mut Vm, args: Args) -> PyResult {
    partition_common(vm, args, "rpartition", true)
}

fn remove_affix(vm: &mut Vm, args: Args, name: &str, suffix: bool) -> PyResult {
    let (b, ba) = recv(vm, &args, name)?;
    let a = positional(vm, &args, owner(ba), name, 1, 1, Arity::Clinic)?;
    let p = need_bytes(vm, &a[0])?;
    let data = b.data.borrow().clone();
    let out = if suffix {
        data.strip_suffix(&p[..]).map(|r| r.to_vec())
    } else {
        data.strip_prefix(&p[..]).map(|r| r.to_vec())
    };
    Ok(make(ba, out.unwrap_or(data)))
}

fn b_removeprefix(vm: &mut Vm, args: Args) -> PyResult {
    remove_affix(vm, args, "removeprefix", false)
}

fn b_removesuffix(vm: &mut Vm, args: Args) -> PyResult {
    remove_affix(vm, args, "removesuffix", true)
}

// ----- case and classification -----

macro_rules! b_predicate {
    ($fname:ident, $name:literal, $body:expr) => {
        fn $fname(vm: &mut Vm, args: Args) -> PyResult {
            let (d, _) = noargs(vm, &args, $name)?;
            let f: fn(&[u8]) -> bool = $body;
            Ok(Value::Bool(f(&d)))
        }
    };
}

b_predicate!(b_isdigit, "isdigit", |d| !d.is_empty()
    && d.iter().all(|b| b.is_ascii_digit()));
b_predicate!(b_isalpha, "isalpha", |d| !d.is_empty()
    && d.iter().all(|b| b.is_ascii_alphabetic()));
b_predicate!(b_isalnum, "isalnum", |d| !d.is_empty()
    && d.iter().all(|b| b.is_ascii_alphanumeric()));
b_predicate!(b_isspace, "isspace", |d| !d.is_empty()
    && d.iter().all(|&b| is_ws(b)));
b_predicate!(b_isascii, "isascii", |d| d.is_ascii());
b_predicate!(b_isupper, "isupper", |d| d
    .iter()
    .any(|b| b.is_ascii_uppercase())
    && !d.iter().any(|b| b.is_ascii_lowercase()));
b_predicate!(b_islower, "islower", |d| d
    .iter()
    .any(|b| b.is_ascii_lowercase())
    && !d.iter().any(|b| b.is_ascii_uppercase()));

b_predicate!(b_istitle, "istitle", is_title);

/// Uppercase only after an uncased byte, lowercase only after a cased one.
fn is_title(d: &[u8]) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for &b in d {
        if b.is_ascii_uppercase() {
            if prev_cased {
                return false;
            }
            (cased, prev_cased) = (true, true);
        } else if b.is_ascii_lowercase() {
            if !prev_cased {
                return false;
            }
            (cased, prev_cased) = (true, true);
        } else {
            prev_cased = false;
        }
    }
    cased
}

macro_rules! b_mapping {
    ($fname:ident, $name:literal, $body:expr) => {
        fn $fname(vm: &mut Vm, args: Args) -> PyResult {
            let (d, ba) = noargs(vm, &args, $name)?;
            let f: fn(Vec<u8>) -> Vec<u8> = $body;
            Ok(make(ba, f(d)))
        }
    };
}

b_mapping!(b_upper, "upper", |d| d.to_ascii_uppercase());
b_mapping!(b_lower, "lower", |d| d.to_ascii_lowercase());
b_mapping!(b_swapcase, "swapcase", |d| d
    .into_iter()
    .map(|b| if b.is_ascii_uppercase() {
        b.to_ascii_lowercase()
    } else {
        b.to_ascii_uppercase()
    })
    .collect());
b_mapping!(b_capitalize, "capitalize", |d| d
    .into_iter()
    .enumerate()
    .map(|(i, b)| if i == 0 {
        b.to_ascii_uppercase()
    } else {
        b.to_ascii_lowercase()
    })
    .collect());
b_mapping!(b_title, "title", |d| {
    let mut prev = false;
    d.into_iter()
        .map(|b| {
            let out = if prev {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            prev = b.is_ascii_alphabetic();
            out
        })
        .collect()
});

// ----- padding -----

fn pad_common(vm: &mut Vm, args: Args, name: &str) -> PyResult {
    let (b, ba) = recv(vm, &args, name)?;
    let a = positional(vm, &args, owner(ba), name, 1, 2, Arity::Clinic)?;
    let width = vm.to_index(&a[0])?;
    let fill = match a.get(1) {
        None => b' ',
        Some(v) => match bytes_like(v) {
            Some(f) if f.len() == 1 => f[0],
            _ => {
                return Err(vm.type_error(format!(
                    "{}() argument 2 must be a byte string of length 1, not {}",
                    name,
                    type_name_of(v)
                )))
            }
        },
    };
    let data = b.data.borrow().clone();
    let len = data.len() as i64;
    if width <= len {
        return Ok(make(ba, data));
    }
    let marg = (width - len) as usize;
    let left = match name {
        "ljust" => 0,
        "rjust" => marg,
        _ => marg / 2 + (marg & width as usize & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&data);
    out.resize(width as usize, fill);
    Ok(make(ba, out))
}

fn b_center(vm: &mut Vm, args: Args) -> PyResult {
    pad_common(vm, args, "center")
}

fn b_ljust(vm: &mut Vm, args: Args) -> PyResult {
    pad_common(vm, args, "ljust")
}

fn b_rjust(vm: &mut Vm, args: Args) -> PyResult {
    pad_common(vm, args, "rjust")
}

fn b_zfill(vm: &mut Vm, args: Args) -> PyResult {
    let (b, ba) = recv(vm, &args, "zfill")?;
    let a = positional(vm, &args, owner(ba), "zfill", 1, 1, Arity::Clinic)?;
    let width = vm.to_index(&a[0])?;
    let data = b.data.borrow().clone();
    if width <= data.len() as i64 {
        return Ok(make(ba, data));
    }
    let pad = width as usize - data.len();
    let mut out = Vec::with_capacity(width as usize);
    let rest = match data.first() {
        Some(&c @ (b'+' | b'-')) => {
            out.push(c);
            &data[1..]
        }
        _ => &data[..],
    };
    out.extend(std::iter::repeat_n(b'0', pad));
    out.extend_from_slice(rest);
    Ok(make(ba, out))
}

fn b_expandtabs(vm: &mut Vm, args: Args) -> PyResult {
    let (b, ba) = recv(vm, &args, "expandtabs")?;
    let a = keywords(vm, args, "expandtabs", &["tabsize"])?;
    let tabsize = match &a[0] {
        Some(v) => vm.to_index(v)?,
        None => 8,
    };
    let data = b.data.borrow().clone();
    let mut out = Vec::with_capacity(data.len());
    let mut col = 0i64;
    for c in data {
        match c {
            b'\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(make(ba, out))
}

fn b_maketrans(vm: &mut Vm, args: Args) -> PyResult {
    if args.args.len() != 2 {
        return Err(vm.type_error(format!(
            "maketrans expected 2 arguments, got {}",
            args.args.len()
        )));
    }
    let from = need_bytes(vm, &args.args[0])?;
    let to = need_bytes(vm, &args.args[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in from.iter().zip(to.iter()) {
        table[*f as usize] = *t;
    }
    Ok(make(false, table))
}

fn b_translate(vm: &mut Vm, mut args: Args) -> PyResult {
    let (b, ba) = recv(vm, &args, "translate")?;
    let delete = args.take_kw("delete");
    let a = positional(vm, &args, owner(ba), "translate", 1, 2, Arity::Clinic)?;
    let table = match &a[0] {
        Value::None => None,
        v => {
            let t = need_bytes(vm, v)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match delete.or_else(|| a.get(1).cloned()) {
        Some(v) => need_bytes(vm, &v)?,
        None => Vec::new(),
    };
    let data = b.data.borrow().clone();
    let out = data
        .into_iter()
        .filter(|c| !delete.contains(c))
        .map(|c| table.as_ref().map(|t| t[c as usize]).unwrap_or(c))
        .collect();
    Ok(make(ba, out))
}

/// `bytes % args`: formats through the str implementation on a latin-1 view,
/// with `%s`/`%b` taking bytes-like values.
fn b_mod(vm: &mut Vm, args: Args) -> PyResult {
    let (b, ba) = recv(vm, &args, "__mod__")?;
    let a = positional(vm, &args, owner(ba), "__mod__", 1, 1, Arity::Clinic)?;
    let fmt: String = b.data.borrow().iter().map(|&c| c as char).collect();
    // Bytes-like arguments become latin-1 text so `%s`/`%b` insert their raw bytes.
    let to_text = |v: &Value| -> Value {
        match bytes_like(v) {
            Some(d) => Value::string(d.iter().map(|&c| c as char).collect()),
            None => v.clone(),
        }
    };
    // %r and %a keep bytes as they are, so the repr shows b'...'.
    let convs = conversion_chars(&fmt);
    let textual = |i: usize| !matches!(convs.get(i), Some('r' | 'a'));
    let converted = match &a[0] {
        Value::Tuple(t) => Value::tuple(
            t.items
                .iter()
                .enumerate()
                .map(|(i, v)| if textual(i) { to_text(v) } else { v.clone() })
                .collect(),
        ),
        v if textual(0) => to_text(v),
        v => v.clone(),
    };
    let fmt = fmt.replace("%b", "%s");
    let s = crate::object::str_methods::percent_format(vm, &fmt, &converted)?;
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if cp < 256 {
            out.push(cp as u8);
        } else {
            out.extend_from_slice(c.to_string().as_bytes());
        }
    }
    Ok(make(ba, out))
}

/// The conversion letter each positional argument of a `%` format feeds
/// (`*` for a star width/precision); empty for mapping formats.
fn conversion_chars(fmt: &str) -> Vec<char> {
    let mut out = Vec::new();
    let mut chars = fmt.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            continue;
        }
        match chars.peek() {
            Some('%') => {
                chars.next();
                continue;
            }
            Some('(') => return Vec::new(),
            _ => {}
        }
        while let Some(&f) = chars.peek() {
            match f {
                '-' | '+' | ' ' | '#' | '0'..='9' | '.' | 'h' | 'l' | 'L' => {
                    chars.next();
                }
                '*' => {
                    out.push('*');
                    chars.next();
                }
                _ => break,
            }
        }
        if let Some(conv) = chars.next() {
            out.push(conv);
        }
    }
    out
}

// ----- bytearray mutation -----

fn recv_ba(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Rc<BytesObj>> {
    match args.args.first() {
        Some(Value::ByteArray(b)) => Ok(b.clone()),
        Some(other) => Err(vm.type_error(format!(
            "descriptor '{}' for 'bytearray' objects doesn't apply to a '{}' object",
            name,
            type_name_of(other)
        ))),
        None => Err(vm.type_error(format!(
            "unbound method bytearray.{}() needs an argument",
            name
        ))),
    }
}

fn ba_append(vm: &mut Vm, args: Args) -> PyResult {
    let b = recv_ba(vm, &args, "append")?;
    let a = positional(vm, &args, "bytearray", "append", 1, 1, Arity::Clinic)?;
    let v = byte_value(vm, &a[0])?;
    b.data.borrow_mut().push(v);
    Ok(Value::None)
}

/// The bytes an iterable of ints (or a bytes-like value) stands for.
fn collect_bytes(vm: &mut Vm, v: &Value, range_msg: &str) -> PyResult<Vec<u8>> {
    if let Some(d) = bytes_like(v) {
        return Ok(d);
    }
    let items = vm.iterate(v)?;
    let mut out = Vec::with_capacity(items.len());
    for item in &items {
        let i = vm.to_index(item)?;
        if !(0..256).contains(&i) {
            return Err(vm.value_error(range_msg));
        }
        out.push(i as u8);
    }
    Ok(out)
}

fn ba_extend(vm: &mut Vm, args: Args) -> PyResult {
    let b = recv_ba(vm, &args, "extend")?;
    let a = positional(vm, &args, "bytearray", "extend", 1, 1, Arity::Clinic)?;
    if let Value::Str(_) = &a[0] {
        return Err(vm.type_error("expected iterable of integers; got: 'str'"));
    }
    let more = match collect_bytes(vm, &a[0], "byte must be in range(0, 256)") {
        Ok(m) => m,
        Err(e) => {
            if vm.err_matches(&e, "TypeError") && vm.get_iter(&a[0]).is_err() {
                let msg = format!("can't extend bytearray with {}", type_name_of(&a[0]));
                return Err(vm.type_error(msg));
            }
            return Err(e);
        }
    };
    b.data.borrow_mut().extend_from_slice(&more);
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, args: Args) -> PyResult {
    let b = recv_ba(vm, &args, "pop")?;
    let a = positional(vm, &args, "bytearray", "pop", 0, 1, Arity::Clinic)?;
    let len = b.data.borrow().len() as i64;
    if len == 0 {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let mut i = match a.first() {
        Some(v) => vm.to_index(v)?,
        None => -1,
    };
    if i < 0 {
        i += len;
    }
    if i < 0 || i >= len {
        return Err(vm.index_error("pop index out of range"));
    }
    let v = b.data.borrow_mut().remove(i as usize);
    Ok(Value::Int(v as i64))
}

fn ba_insert(vm: &mut Vm, args: Args) -> PyResult {
    let b = recv_ba(vm, &args, "insert")?;
    let a = positional(vm, &args, "bytearray", "insert", 2, 2, Arity::Clinic)?;
    let mut i = vm.to_index(&a[0])?;
    let v = byte_value(vm, &a[1])?;
    let len = b.data.borrow().len() as i64;
    if i < 0 {
        i = (i + len).max(0);
    }
    let i = i.min(len) as usize;
    b.data.borrow_mut().insert(i, v);
    Ok(Value::None)
}

fn ba_remove(vm: &mut Vm, args: Args) -> PyResult {
    let b = recv_ba(vm, &args, "remove")?;
    let a = positional(vm, &args, "bytearray", "remove", 1, 1, Arity::Clinic)?;
    let v = byte_value(vm, &a[0])?;
    let pos = b.data.borrow().iter().position(|&x| x == v);
    match pos {
        Some(p) => {
            b.data.borrow_mut().remove(p);
            Ok(Value::None)
        }
        None => Err(vm.value_error("value not found in bytearray")),
    }
}

fn ba_clear(vm: &mut Vm, args: Args) -> PyResult {
    let b = recv_ba(vm, &args, "clear")?;
    positional(vm, &args, "bytearray", "clear", 0, 0, Arity::Old)?;
    b.data.borrow_mut().clear();
    Ok(Value::None)
}

fn ba_reverse(vm: &mut Vm, args: Args) -> PyResult {
    let b = recv_ba(vm, &args, "reverse")?;
    positional(vm, &args, "bytearray", "reverse", 0, 0, Arity::Old)?;
    b.data.borrow_mut().reverse();
    Ok(Value::None)
}

fn ba_copy(vm: &mut Vm, args: Args) -> PyResult {
    let b = recv_ba(vm, &args, "copy")?;
    positional(vm, &args, "bytearray", "copy", 0, 0, Arity::Old)?;
    let data = b.data.borrow().clone();
    Ok(make(true, data))
}

// ----- constructors -----

fn construct(vm: &mut Vm, mut args: Args, ba: bool) -> PyResult<Vec<u8>> {
    let name = owner(ba);
    let source = args.take_kw("source");
    let encoding = args.take_kw("encoding");
    let errors = args.take_kw("errors");
    if let Some((k, _)) = args.kwargs.first() {
        let msg = format!(
            "'{}' is an invalid keyword argument for {}()",
            k.as_str(),
            name
        );
        return Err(vm.type_error(msg));
    }
    let pos: Vec<Value> = args.args.iter().skip(1).cloned().collect();
    if pos.len() > 3 {
        return Err(vm.type_error(format!(
            "{}() takes at most 3 arguments ({} given)",
            name,
            pos.len()
        )));
    }
    let mut slots: [Option<Value>; 3] = [None, None, None];
    for (i, v) in pos.into_iter().enumerate() {
        slots[i] = Some(v);
    }
    for (i, v) in [source, encoding, errors].into_iter().enumerate() {
        if v.is_some() {
            slots[i] = v;
        }
    }
    let [source, encoding, errors] = slots;
    let Some(source) = source else {
        if encoding.is_some() || errors.is_some() {
            let msg = if encoding.is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            };
            return Err(vm.type_error(msg));
        }
        return Ok(Vec::new());
    };
    if let Value::Str(s) = &source {
        if encoding.is_none() {
            return Err(vm.type_error("string argument without an encoding"));
        }
        let enc = str_param(vm, name, "encoding", &encoding, "utf-8")?;
        let err = str_param(vm, name, "errors", &errors, "strict")?;
        return encode_str(vm, s.as_str(), &enc, &err);
    }
    if encoding.is_some() {
        return Err(vm.type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(vm.type_error("errors without a string argument"));
    }
    match &source {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let n = vm.to_index(&source)?;
            if n < 0 {
                return Err(vm.value_error("negative count"));
            }
            Ok(vec![0; n as usize])
        }
        Value::Bytes(b) | Value::ByteArray(b) => Ok(b.data.borrow().clone()),
        Value::Instance(_) => {
            if let Some(r) = vm.call_dunder(&source, "__bytes__", vec![])? {
                return match bytes_like(&r) {
                    Some(d) => Ok(d),
                    None => Err(vm.type_error(format!(
                        "__bytes__ returned non-bytes (type {})",
                        type_name_of(&r)
                    ))),
                };
            }
            if let Some(r) = vm.call_dunder(&source, "__index__", vec![])? {
                let n = vm.to_index(&r)?;
                if n < 0 {
                    return Err(vm.value_error("negative count"));
                }
                return Ok(vec![0; n as usize]);
            }
            from_iterable(vm, &source, name)
        }
        _ => from_iterable(vm, &source, name),
    }
}

fn from_iterable(vm: &mut Vm, source: &Value, name: &str) -> PyResult<Vec<u8>> {
    let it = match vm.get_iter(source) {
        Ok(it) => it,
        Err(e) => {
            if vm.err_matches(&e, "TypeError") {
                let msg = format!(
                    "cannot convert '{}' object to {}",
                    type_name_of(source),
                    name
                );
                return Err(vm.type_error(msg));
            }
            return Err(e);
        }
    };
    let mut out = Vec::new();
    while let Some(item) = vm.next(&it)? {
        let i = vm.to_index(&item)?;
        if !(0..256).contains(&i) {
            return Err(vm.value_error("bytes must be in range(0, 256)"));
        }
        out.push(i as u8);
    }
    Ok(out)
}

/// `bytes(...)` as `__new__`: args[0] is the class.
pub fn new_bytes(vm: &mut Vm, args: Args) -> PyResult {
    Ok(make(false, construct(vm, args, false)?))
}

/// `bytearray(...)` as `__new__`: args[0] is the class.
pub fn new_bytearray(vm: &mut Vm, args: Args) -> PyResult {
    Ok(make(true, construct(vm, args, true)?))
}

#[cfg(test)]
#[path = "bytes_methods_tests.rs"]
mod tests;
