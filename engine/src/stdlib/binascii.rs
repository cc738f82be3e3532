//! `binascii`: hex, base64, uuencode, quoted-printable and CRC conversions with CPython's argument
//! handling and messages. py/binascii.py defines the `Error` and
//! `Incomplete` classes; the conversions find `Error` in the module's dict.

use std::rc::{Rc, Weak};

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use super::util::{run_source, to_int};
use crate::builtins::types::native_closure;
use crate::error::{PyErr, PyResult};
use crate::object::instance::unwrap_builtin;
use crate::object::{type_name_of, Args, BytesObj, DictObj, ModuleObj};
use crate::value::Value;
use crate::vm::Vm;

type Conv = fn(&mut Vm, Args, &Weak<DictObj>) -> PyResult;

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let d = crate::gc::new(DictObj::new());
    d.set_str("__name__", Value::str("binascii"));
    d.set_str(
        "__doc__",
        Value::str("Conversion between binary data and ASCII"),
    );
    let funcs: &[(&str, Conv)] = &[
        ("hexlify", hexlify),
        ("b2a_hex", b2a_hex),
        ("unhexlify", unhexlify),
        ("a2b_hex", a2b_hex),
        ("b2a_base64", b2a_base64),
        ("a2b_base64", a2b_base64),
        ("crc32", crc32),
        ("crc_hqx", crc_hqx),
        ("b2a_uu", b2a_uu),
        ("a2b_uu", a2b_uu),
        ("b2a_qp", b2a_qp),
        ("a2b_qp", a2b_qp),
    ];
    // A weak link: the module's dict holds the functions, not the reverse.
    let weak = Rc::downgrade(&d);
    for (name, f) in funcs {
        let (f, weak) = (*f, weak.clone());
        d.set_str(
            name,
            native_closure(
                name,
                Rc::new(move |vm: &mut Vm, args: Args| f(vm, args, &weak)),
            ),
        );
    }
    let m = Value::Module(crate::gc::new(ModuleObj::new("binascii", d.clone())));
    vm.modules.set_str("binascii", m.clone());
    if let Err(e) = run_source(vm, "binascii", include_str!("py/binascii.py"), &d) {
        vm.modules.remove_str("binascii");
        return Err(e);
    }
    Ok(m)
}

/// `binascii.Error(msg)`, or a ValueError if the module has gone.
fn error(vm: &mut Vm, module: &Weak<DictObj>, msg: &str) -> PyErr {
    let class = module.upgrade().and_then(|d| d.get_str("Error"));
    match class {
        Some(class) => match vm.call(&class, vec![Value::str(msg)]) {
            Ok(inst) => vm.exc_from_value(inst).unwrap_or_else(|e| e),
            Err(e) => e,
        },
        None => vm.value_error(msg),
    }
}

fn bytes(data: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(BytesObj::new(data)))
}

/// Binds arguments as Argument Clinic does for `name(pos..., *, kwonly...)`
/// where the first `posonly` positional parameters are positional-only and
/// the first `required` are required; CPython's messages for each misuse.
fn clinic(
    vm: &mut Vm,
    args: Args,
    fname: &str,
    pos: &[&str],
    posonly: usize,
    required: usize,
    kwonly: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    let nargs = args.args.len();
    let nkw = args.kwargs.len();
    let maxpos = pos.len();
    let maxargs = maxpos + kwonly.len();
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if nargs + nkw > maxargs {
        return Err(vm.type_error(format!(
            "{}() takes {} {} {}argument{} ({} given)",
            fname,
            if required < maxpos {
                "at most"
            } else {
                "exactly"
            },
            maxargs,
            if nargs == 0 { "keyword " } else { "" },
            plural(maxargs),
            nargs + nkw
        )));
    }
    if nargs > maxpos {
        return Err(vm.type_error(format!(
            "{}() takes {} {} positional argument{} ({} given)",
            fname,
            if required < maxpos {
                "at most"
            } else {
                "exactly"
            },
            maxpos,
            plural(maxpos),
            nargs
        )));
    }
    let minposonly = posonly.min(required);
    if nargs < minposonly {
        return Err(vm.type_error(format!(
            "{}() takes {} {} positional argument{} ({} given)",
            fname,
            if minposonly < maxpos {
                "at least"
            } else {
                "exactly"
            },
            minposonly,
            plural(minposonly),
            nargs
        )));
    }
    let mut out: Vec<Option<Value>> = args.args.iter().cloned().map(Some).collect();
    out.resize(maxargs, None);
    let names: Vec<&str> = pos.iter().chain(kwonly.iter()).copied().collect();
    for (k, v) in &args.kwargs {
        let at = names
            .iter()
            .position(|n| *n == k.as_str())
            .filter(|&i| i >= posonly);
        match at {
            Some(i) if i < nargs => {
                return Err(vm.type_error(format!(
                    "argument for {}() given by name ('{}') and position ({})",
                    fname,
                    k.as_str(),
                    i + 1
                )))
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    k.as_str(),
                    fname
                )))
            }
        }
    }
    if let Some(i) = (nargs..required).find(|&i| out[i].is_none()) {
        return Err(vm.type_error(format!(
            "{}() missing required argument '{}' (pos {})",
            fname,
            names[i],
            i + 1
        )));
    }
    Ok(out)
}

/// The bytes of a memoryview (py/_memoryview.py's class), if `v` is one.
fn memoryview_bytes(vm: &mut Vm, v: &Value) -> PyResult<Option<Vec<u8>>> {
    if !matches!(v, Value::Instance(_)) || type_name_of(v) != "memoryview" {
        return Ok(None);
    }
    let tobytes = vm.getattr_str(v, "tobytes")?;
    match vm.call(&tobytes, vec![])? {
        Value::Bytes(b) => Ok(Some(b.data.borrow().clone())),
        _ => Ok(None),
    }
}

/// A bytes-like argument (bytes, bytearray, memoryview).
fn buffer(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match unwrap_builtin(v) {
        Value::Bytes(b) | Value::ByteArray(b) => return Ok(b.data.borrow().clone()),
        _ => {}
    }
    match memoryview_bytes(vm, v)? {
        Some(b) => Ok(b),
        None => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name_of(v)
        ))),
    }
}

/// The a2b_* functions also take ASCII-only str.
fn ascii_buffer(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match unwrap_builtin(v) {
        Value::Bytes(b) | Value::ByteArray(b) => return Ok(b.data.borrow().clone()),
        Value::Str(s) => {
            if !s.as_str().is_ascii() {
                return Err(vm.value_error("string argument should contain only ASCII characters"));
            }
            return Ok(s.as_str().as_bytes().to_vec());
        }
        _ => {}
    }
    match memoryview_bytes(vm, v)? {
        Some(b) => Ok(b),
        None => Err(vm.type_error(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            type_name_of(v)
        ))),
    }
}

/// An int argument held in a C int.
fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    if let Value::Float(_) = v {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let i = to_int(vm, v)?;
    i.to_i32()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"))
}

/// An int argument reduced modulo 2**bits, as CPython's unsigned converters do.
fn masked(vm: &mut Vm, v: &Value, bits: u32) -> PyResult<u32> {
    if let Value::Float(_) = v {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let i = to_int(vm, v)?;
    let m: BigInt = i & ((BigInt::from(1u64) << bits) - 1);
    Ok(m.to_u32().unwrap_or(0))
}

/// The separator byte of hexlify(sep=...).
fn sep_byte(vm: &mut Vm, sep: &Value) -> PyResult<u8> {
    let n = vm.len(sep)?;
    if n != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    match unwrap_builtin(sep) {
        // A str of one char below 256 gives that byte, as CPython's Latin-1 kind does.
        Value::Str(s) => match s.as_str().chars().next().map(|c| c as u32) {
            Some(c) if c < 256 => Ok(c as u8),
            _ => Err(vm.value_error("sep must be ASCII.")),
        },
        Value::Bytes(b) => Ok(b.data.borrow()[0]),
        _ => Err(vm.type_error("sep must be str or bytes.")),
    }
}

/// Lowercase hex of `data`, a `sep` byte every `per` bytes counted from the
/// right (from the left when negative).
fn hex(data: &[u8], sep: Option<u8>, per: i32) -> Vec<u8> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let group = per.unsigned_abs() as usize;
    let sep = match sep {
        Some(s) if group != 0 && group < data.len() => Some(s),
        _ => None,
    };
    let mut out = Vec::with_capacity(data.len() * 3);
    for (i, b) in data.iter().enumerate() {
        if let Some(s) = sep {
            let from_start = if per > 0 { data.len() - i } else { i };
            let boundary = i != 0 && from_start.is_multiple_of(group);
            if boundary {
                out.push(s);
            }
        }
        out.push(DIGITS[(b >> 4) as usize]);
        out.push(DIGITS[(b & 15) as usize]);
    }
    out
}

fn hexlify_as(vm: &mut Vm, args: Args, fname: &str) -> PyResult {
    let a = clinic(
        vm,
        args,
        fname,
        &["data", "sep", "bytes_per_sep"],
        0,
        1,
        &[],
    )?;
    let data = buffer(vm, a[0].as_ref().unwrap())?;
    let sep = match &a[1] {
        Some(s) => Some(sep_byte(vm, s)?),
        None => None,
    };
    let per = match &a[2] {
        Some(v) => c_int(vm, v)?,
        None => 1,
    };
    Ok(bytes(hex(&data, sep, per)))
}

fn hexlify(vm: &mut Vm, args: Args, _m: &Weak<DictObj>) -> PyResult {
    hexlify_as(vm, args, "hexlify")
}

fn b2a_hex(vm: &mut Vm, args: Args, _m: &Weak<DictObj>) -> PyResult {
    hexlify_as(vm, args, "b2a_hex")
}

fn unhex_as(vm: &mut Vm, args: Args, m: &Weak<DictObj>, fname: &str) -> PyResult {
    super::util::exact(vm, &args, "binascii", fname, 1)?;
    let data = ascii_buffer(vm, &args.args[0])?;
    if data.len() % 2 != 0 {
        return Err(error(vm, m, "Odd-length string"));
    }
    let digit = |c: u8| (c as char).to_digit(16);
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        match (digit(pair[0]), digit(pair[1])) {
            (Some(hi), Some(lo)) => out.push((hi * 16 + lo) as u8),
            _ => return Err(error(vm, m, "Non-hexadecimal digit found")),
        }
    }
    Ok(bytes(out))
}

fn unhexlify(vm: &mut Vm, args: Args, m: &Weak<DictObj>) -> PyResult {
    unhex_as(vm, args, m, "unhexlify")
}

fn a2b_hex(vm: &mut Vm, args: Args, m: &Weak<DictObj>) -> PyResult {
    unhex_as(vm, args, m, "a2b_hex")
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b2a_base64(vm: &mut Vm, args: Args, _m: &Weak<DictObj>) -> PyResult {
    let a = clinic(vm, args, "b2a_base64", &["data"], 1, 1, &["newline"])?;
    let data = buffer(vm, a[0].as_ref().unwrap())?;
    let newline = match &a[1] {
        Some(v) => c_int(vm, v)? != 0,
        None => true,
    };
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let n = chunk.iter().fold(0u32, |acc, &b| acc << 8 | b as u32) << (8 * (3 - chunk.len()));
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(B64[(n >> (18 - 6 * k) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    Ok(bytes(out))
}

fn b64_value(c: u8) -> Option<u32> {
    B64.iter().position(|&x| x == c).map(|p| p as u32)
}

/// Decodes base64 as CPython does: non-alphabet bytes are skipped (or
/// rejected in strict mode) and a quad completed by padding ends the data.
fn a2b_base64(vm: &mut Vm, args: Args, m: &Weak<DictObj>) -> PyResult {
    let a = clinic(vm, args, "a2b_base64", &["data"], 1, 1, &["strict_mode"])?;
    let data = ascii_buffer(vm, a[0].as_ref().unwrap())?;
    let strict = match &a[1] {
        Some(v) => c_int(vm, v)? != 0,
        None => false,
    };
    if strict && data.first() == Some(&b'=') {
        return Err(error(vm, m, "Leading padding not allowed"));
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 2);
    let (mut quad, mut left, mut pads) = (0usize, 0u32, 0usize);
    let mut padding_started = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err(error(vm, m, "Excess data after padding"));
                    }
                    return Ok(bytes(out));
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err(error(vm, m, "Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(error(vm, m, "Discontinuous padding not allowed"));
        }
        pads = 0;
        match quad {
            0 => {
                left = v;
                quad = 1;
            }
            1 => {
                out.push((left << 2 | v >> 4) as u8);
                left = v & 15;
                quad = 2;
            }
            2 => {
                out.push((left << 4 | v >> 2) as u8);
                left = v & 3;
                quad = 3;
            }
            _ => {
                out.push((left << 6 | v) as u8);
                quad = 0;
            }
        }
    }
    match quad {
        0 => Ok(bytes(out)),
        1 => {
            let msg = format!(
                "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
                out.len() / 3 * 4 + 1
            );
            Err(error(vm, m, &msg))
        }
        _ => Err(error(vm, m, "Incorrect padding")),
    }
}

fn crc32_table() -> &'static [u32; 256] {
    static TABLE: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = [0u32; 256];
        for (n, slot) in t.iter_mut().enumerate() {
            let mut c = n as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
            *slot = c;
        }
        t
    })
}

/// zlib's CRC-32, continuing from `crc`.
fn crc32(vm: &mut Vm, args: Args, _m: &Weak<DictObj>) -> PyResult {
    super::util::range(vm, &args, "binascii", "crc32", 1, 2)?;
    let data = buffer(vm, &args.args[0])?;
    let start = match args.args.get(1) {
        Some(v) => masked(vm, v, 32)?,
        None => 0,
    };
    let t = crc32_table();
    let mut c = !start;
    for &b in &data {
        c = t[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    Ok(Value::Int(!c as i64))
}

/// CRC-CCITT (polynomial 0x1021, MSB first), continuing from `crc`.
fn crc_hqx(vm: &mut Vm, args: Args, _m: &Weak<DictObj>) -> PyResult {
    super::util::range(vm, &args, "binascii", "crc_hqx", 2, 2)?;
    let data = buffer(vm, &args.args[0])?;
    let mut c = masked(vm, &args.args[1], 16)? as u16;
    for &b in &data {
        c ^= (b as u16) << 8;
        for _ in 0..8 {
            c = if c & 0x8000 != 0 {
                c << 1 ^ 0x1021
            } else {
                c << 1
            };
        }
    }
    Ok(Value::Int(c as i64))
}

/// The uuencode symbol for a 6-bit value.
fn uu_char(v: u32, backtick: bool) -> u8 {
    if backtick && v == 0 {
        b'`'
    } else {
        b' ' + v as u8
    }
}

/// One uuencoded line: a length symbol, 4 symbols per 3 bytes, '\n'.
fn b2a_uu(vm: &mut Vm, args: Args, m: &Weak<DictObj>) -> PyResult {
    let a = clinic(vm, args, "b2a_uu", &["data"], 1, 1, &["backtick"])?;
    let data = buffer(vm, a[0].as_ref().unwrap())?;
    let backtick = match &a[1] {
        Some(v) => c_int(vm, v)? != 0,
        None => false,
    };
    if data.len() > 45 {
        return Err(error(vm, m, "At most 45 bytes at once"));
    }
    let mut out = vec![uu_char(data.len() as u32, backtick)];
    for chunk in data.chunks(3) {
        let n = chunk.iter().fold(0u32, |acc, &b| acc << 8 | b as u32) << (8 * (3 - chunk.len()));
        for shift in [18, 12, 6, 0] {
            out.push(uu_char(n >> shift & 63, backtick));
        }
    }
    out.push(b'\n');
    Ok(bytes(out))
}

/// Decodes one uuencoded line. A line cut short (spaces eaten at its end)
/// decodes as zero bits; what follows the data may only be padding.
fn a2b_uu(vm: &mut Vm, args: Args, m: &Weak<DictObj>) -> PyResult {
    super::util::exact(vm, &args, "binascii", "a2b_uu", 1)?;
    let data = ascii_buffer(vm, &args.args[0])?;
    // An empty line reads its length from C's terminating NUL: 32 bytes.
    let want = ((data.first().copied().unwrap_or(0) as u32).wrapping_sub(32) & 63) as usize;
    let mut rest = data.iter().skip(1).copied().peekable();
    let mut out = Vec::with_capacity(want);
    let (mut acc, mut bits) = (0u32, 0u32);
    while out.len() < want {
        let v = match rest.next() {
            None | Some(b'\n') | Some(b'\r') => 0,
            Some(c) if !(b' '..=b'`').contains(&c) => {
                return Err(error(vm, m, "Illegal char"));
            }
            Some(c) => (c - b' ') as u32 & 63,
        };
        acc = (acc << 6 | v) & 0xffff;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    if rest.any(|c| !matches!(c, b' ' | b'`' | b'\n' | b'\r')) {
        return Err(error(vm, m, "Trailing garbage"));
    }
    Ok(bytes(out))
}

const QP_LINE: usize = 76;

fn push_qp_escape(out: &mut Vec<u8>, b: u8) {
    const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
    out.extend_from_slice(&[b'=', DIGITS[(b >> 4) as usize], DIGITS[(b & 15) as usize]]);
}

/// Quoted-printable encoding (RFC 1521), with soft line breaks at 76
/// columns and the line ending style of the data's first line.
fn b2a_qp(vm: &mut Vm, args: Args, _m: &Weak<DictObj>) -> PyResult {
    let a = clinic(
        vm,
        args,
        "b2a_qp",
        &["data", "quotetabs", "istext", "header"],
        0,
        1,
        &[],
    )?;
    let data = buffer(vm, a[0].as_ref().unwrap())?;
    let mut flag = |i: usize, default: bool| -> PyResult<bool> {
        match &a[i] {
            Some(v) => Ok(c_int(vm, v)? != 0),
            None => Ok(default),
        }
    };
    let quotetabs = flag(1, false)?;
    let istext = flag(2, true)?;
    let header = flag(3, false)?;
    let crlf = match data.iter().position(|&b| b == b'\n') {
        Some(p) => p > 0 && data[p - 1] == b'\r',
        None => false,
    };
    let soft_break = |out: &mut Vec<u8>| {
        out.push(b'=');
        if crlf {
            out.push(b'\r');
        }
        out.push(b'\n');
    };
    let n = data.len();
    let mut out = Vec::with_capacity(n * 3 / 2 + 8);
    let mut col = 0usize;
    let mut i = 0usize;
    while i < n {
        let c = data[i];
        let last = i + 1 == n;
        let next = data.get(i + 1).copied();
        // A lone '.' starting a line would end an SMTP message.
        let lone_dot = c == b'.' && col == 0 && matches!(next, None | Some(b'\n' | b'\r' | 0));
        let must_quote = c > 126
            || c == b'='
            || (header && c == b'_')
            || lone_dot
            || (!istext && (c == b'\r' || c == b'\n'))
            || ((c == b'\t' || c == b' ') && last)
            || (c < 33 && c != b'\r' && c != b'\n' && (quotetabs || (c != b'\t' && c != b' ')));
        if must_quote {
            if col + 3 >= QP_LINE {
                soft_break(&mut out);
                col = 0;
            }
            push_qp_escape(&mut out, c);
            col += 3;
            i += 1;
        } else if istext && (c == b'\n' || (c == b'\r' && next == Some(b'\n'))) {
            // A line break; whitespace before it must not be lost.
            if let Some(&ws @ (b' ' | b'\t')) = out.last() {
                out.pop();
                push_qp_escape(&mut out, ws);
            }
            if crlf {
                out.push(b'\r');
            }
            out.push(b'\n');
            col = 0;
            i += if c == b'\r' { 2 } else { 1 };
        } else {
            if !last && next != Some(b'\n') && col + 1 >= QP_LINE {
                soft_break(&mut out);
                col = 0;
            }
            col += 1;
            out.push(if header && c == b' ' { b'_' } else { c });
            i += 1;
        }
    }
    Ok(bytes(out))
}

/// Decodes quoted-printable: '=XX' escapes, '=' soft line breaks, and
/// with `header` '_' for space. Malformed escapes are kept as text.
fn a2b_qp(vm: &mut Vm, args: Args, _m: &Weak<DictObj>) -> PyResult {
    let a = clinic(vm, args, "a2b_qp", &["data", "header"], 0, 1, &[])?;
    let data = ascii_buffer(vm, a[0].as_ref().unwrap())?;
    let header = match &a[1] {
        Some(v) => c_int(vm, v)? != 0,
        None => false,
    };
    let hex = |c: u8| (c as char).to_digit(16);
    let n = data.len();
    let mut out = Vec::with_capacity(n);
    let mut i = 0usize;
    while i < n {
        let c = data[i];
        i += 1;
        if c == b'_' && header {
            out.push(b' ');
            continue;
        }
        if c != b'=' {
            out.push(c);
            continue;
        }
        let Some(&e) = data.get(i) else { break };
        if e == b'\n' || e == b'\r' {
            // A soft line break: skip to just past the '\n'.
            while i < n && data[i] != b'\n' {
                i += 1;
            }
            i = (i + 1).min(n);
        } else if e == b'=' {
            out.push(b'=');
            i += 1;
        } else if let (Some(hi), Some(lo)) = (hex(e), data.get(i + 1).and_then(|&d| hex(d))) {
            out.push((hi * 16 + lo) as u8);
            i += 2;
        } else {
            out.push(b'=');
        }
    }
    Ok(bytes(out))
}
