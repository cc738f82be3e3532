//! Builtin functions that are not about iteration: print, len, repr, abs,
//! round, divmod, pow, hash, id, chr/ord, hex/oct/bin, isinstance, getattr &
//! co., vars, dir, globals/locals, input.

use std::rc::Rc;

use crate::error::{PyErr, PyResult};
use crate::object::function::{slow_call, PosFn};
use crate::object::{type_name_of, Args, NativeFn};
use crate::value::Value;
use crate::vm::Vm;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", print),
    ("len", len),
    ("repr", repr),
    ("ascii", ascii),
    ("abs", abs),
    ("round", round),
    ("divmod", divmod),
    ("pow", pow),
    ("hash", hash),
    ("id", id),
    ("chr", chr),
    ("ord", ord),
    ("hex", hex),
    ("oct", oct),
    ("bin", bin),
    ("format", format),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("callable", callable),
    ("getattr", getattr),
    ("setattr", setattr),
    ("hasattr", hasattr),
    ("delattr", delattr),
    ("vars", vars),
    ("dir", dir),
    ("globals", globals),
    ("locals", locals),
    ("input", input),
    ("open", crate::stdlib::os::open_builtin),
];

#[inline]
fn check_count(vm: &mut Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.args.len();
    if args.kwargs.is_empty() && n >= min && n <= max {
        return Ok(());
    }
    Err(count_error(vm, name, args, min, max))
}

#[cold]
fn count_error(vm: &mut Vm, name: &str, args: &Args, min: usize, max: usize) -> PyErr {
    if let Some((k, _)) = args.kwargs.first() {
        // round() and pow() take their keywords out before checking the rest.
        return vm.type_error(match name {
            "round" | "pow" => format!(
                "'{}' is an invalid keyword argument for {}()",
                k.as_str(),
                name
            ),
            _ => format!("{}() takes no keyword arguments", name),
        });
    }
    let n = args.args.len();
    {
        let msg = if min == 1 && max == 1 {
            format!("{}() takes exactly one argument ({} given)", name, n)
        } else if min == max {
            format!(
                "{} expected {} argument{}, got {}",
                name,
                min,
                if min == 1 { "" } else { "s" },
                n
            )
        } else if n < min {
            format!(
                "{} expected at least {} argument{}, got {}",
                name,
                min,
                if min == 1 { "" } else { "s" },
                n
            )
        } else {
            format!(
                "{} expected at most {} argument{}, got {}",
                name,
                max,
                if max == 1 { "" } else { "s" },
                n
            )
        };
        vm.type_error(msg)
    }
}

fn print(vm: &mut Vm, mut args: Args) -> PyResult {
    let sep = args.take_kw("sep");
    let end = args.take_kw("end");
    let file = args.take_kw("file");
    let flush = args.take_kw("flush");
    if let Some((k, _)) = args.kwargs.first() {
        return Err(vm.type_error(format!(
            "'{}' is an invalid keyword argument for print()",
            k.as_str()
        )));
    }
    let sep = match sep {
        None | Some(Value::None) => " ".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "sep must be None or a string, not {}",
                type_name_of(&other)
            )))
        }
    };
    let end = match end {
        None | Some(Value::None) => "\n".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "end must be None or a string, not {}",
                type_name_of(&other)
            )))
        }
    };
    let file = match file {
        None | Some(Value::None) => match redirected_stdout(vm) {
            // `sys.stdout = None`: print does nothing, as in CPython.
            Some(Value::None) => return Ok(Value::None),
            f => f,
        },
        other => other,
    };
    match file {
        None | Some(Value::None) => {
            let out = print_line(vm, &args.args, &sep, &end)?;
            vm.write_out(&out)
        }
        Some(f) => {
            // A write() written in Python gets one call per piece, as in CPython;
            // a native stream (sys.stderr) gets the whole line, so host output
            // callbacks see it in one piece.
            let write = vm.getattr_str(&f, "write")?;
            let native = match &write {
                Value::BoundMethod(m) => matches!(m.func, Value::Builtin(_)),
                Value::Builtin(_) => true,
                _ => false,
            };
            if native {
                let out = print_line(vm, &args.args, &sep, &end)?;
                vm.call(&write, vec![Value::string(out)])?;
            } else {
                for (i, a) in args.args.iter().enumerate() {
                    if i > 0 {
                        vm.call(&write, vec![Value::str(&sep)])?;
                    }
                    let piece = vm.str(a)?;
                    vm.call(&write, vec![Value::string(piece)])?;
                }
                vm.call(&write, vec![Value::str(&end)])?;
            }
            if !native
                && flush
                    .as_ref()
                    .is_some_and(|f| matches!(f, Value::Bool(true)))
            {
                let flush = vm.getattr_str(&f, "flush")?;
                vm.call(&flush, vec![])?;
            }
        }
    }
    if flush.is_some_and(|f| matches!(f, Value::Bool(true))) {
        vm.flush_out();
    }
    Ok(Value::None)
}

fn print_line(vm: &mut Vm, items: &[Value], sep: &str, end: &str) -> PyResult<String> {
    let mut out = String::new();
    for (i, a) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(&vm.str(a)?);
    }
    out.push_str(end);
    Ok(out)
}

/// `sys.stdout` when a script replaced it (contextlib.redirect_stdout), else None.
fn redirected_stdout(vm: &mut Vm) -> Option<Value> {
    let Some(Value::Module(sys)) = vm.modules.get_str("sys") else {
        return None;
    };
    let cur = sys.dict.get_str("stdout")?;
    match sys.dict.get_str("__stdout__") {
        Some(orig) if orig.is(&cur) => None,
        _ => Some(cur),
    }
}

/// Fast positional entries (see `NativeImpl::Fast`).
pub const FAST: &[(&str, PosFn)] = &[
    ("len", len_fast),
    ("repr", repr_fast),
    ("chr", chr_fast),
    ("ord", ord_fast),
    ("isinstance", isinstance_fast),
];

fn len_fast(vm: &mut Vm, a: &[Value]) -> PyResult {
    match a {
        [Value::Str(s)] => Ok(Value::Int(s.char_len() as i64)),
        [Value::List(l)] => Ok(Value::Int(l.len() as i64)),
        [x] => Ok(Value::Int(vm.len(x)? as i64)),
        _ => slow_call(vm, len, a),
    }
}

fn repr_fast(vm: &mut Vm, a: &[Value]) -> PyResult {
    match a {
        [x] => Ok(Value::string(vm.repr(x)?)),
        _ => slow_call(vm, repr, a),
    }
}

fn chr_fast(vm: &mut Vm, a: &[Value]) -> PyResult {
    match a {
        [Value::Int(i)] if (0..0x80).contains(i) => Ok(vm.char_str(*i as u8 as char)),
        _ => slow_call(vm, chr, a),
    }
}

fn ord_fast(vm: &mut Vm, a: &[Value]) -> PyResult {
    if let [Value::Str(s)] = a {
        let mut chars = s.as_str().chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            return Ok(Value::Int(c as i64));
        }
    }
    slow_call(vm, ord, a)
}

fn isinstance_fast(vm: &mut Vm, a: &[Value]) -> PyResult {
    match a {
        [x, cls] => Ok(Value::Bool(class_check(vm, x, true, cls, "isinstance")?)),
        _ => slow_call(vm, isinstance, a),
    }
}

fn len(vm: &mut Vm, args: Args) -> PyResult {
    check_count(vm, "len", &args, 1, 1)?;
    Ok(Value::Int(vm.len(&args.args[0])? as i64))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult {
    check_count(vm, "repr", &args, 1, 1)?;
    Ok(Value::string(vm.repr(&args.args[0])?))
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult {
    check_count(vm, "ascii", &args, 1, 1)?;
    Ok(Value::string(vm.ascii(&args.args[0])?))
}

fn abs(vm: &mut Vm, args: Args) -> PyResult {
    check_count(vm, "abs", &args, 1, 1)?;
    let v = &args.args[0];
    match v {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(-num_bigint::BigInt::from(*i)),
        }),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::BigInt(b) => Ok(Value::from_bigint(num_traits::Signed::abs(&**b))),
        Value::Float(x) => Ok(Value::Float(x.abs())),
        _ => match vm.call_dunder(v, "__abs__", vec![])? {
            Some(r) => Ok(r),
            None => {
                Err(vm.type_error(format!("bad operand type for abs(): '{}'", type_name_of(v))))
            }
        },
    }
}

fn round(vm: &mut Vm, mut args: Args) -> PyResult {
    let nd = args.take_kw("ndigits");
    if let Some(nd) = nd {
        args.args.push(nd);
    }
    check_count(vm, "round", &args, 1, 2)?;
    let v = args.args[0].clone();
    let ndigits = args.args.get(1).cloned().filter(|n| !n.is_none());
    match (&v, ndigits) {
        (Value::Float(x), None) => {
            if !x.is_finite() {
                let msg = if x.is_nan() {
                    "cannot convert float NaN to integer"
                } else {
                    "cannot convert float infinity to integer"
                };
                return Err(if x.is_nan() {
                    vm.value_error(msg)
                } else {
                    vm.overflow_error(msg)
                });
            }
            // Exact conversion: round(1e300) has 301 digits.
            crate::object::int_methods::float_to_int(vm, x.round_ties_even())
        }
        (Value::Float(x), Some(n)) => {
            let n = vm.to_index(&n)?;
            Ok(Value::Float(round_float(*x, n)))
        }
        (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), None) => Ok(match v {
            Value::Bool(b) => Value::Int(b as i64),
            other => other,
        }),
        (Value::Int(i), Some(n)) => {
            let n = vm.to_index(&n)?;
            if n >= 0 {
                return Ok(Value::Int(*i));
            }
            let p = 10i128.checked_pow((-n) as u32).unwrap_or(i128::MAX);
            let x = *i as i128;
            let q = x.div_euclid(p);
            let r = x.rem_euclid(p);
            let q = if 2 * r > p || (2 * r == p && q % 2 != 0) {
                q + 1
            } else {
                q
            };
            Ok(Value::from_bigint(num_bigint::BigInt::from(q * p)))
        }
        _ => {
            let extra: Vec<Value> = args.args[1..].to_vec();
            match vm.call_dunder(&v, "__round__", extra)? {
                Some(r) => Ok(r),
                None => Err(vm.type_error(format!(
                    "type {} doesn't define __round__ method",
                    type_name_of(&v)
                ))),
            }
        }
    }
}

/// round(x, n) with correct half-even rounding on the decimal value.
fn round_float(x: f64, n: i64) -> f64 {
    if !x.is_finite() || n > 320 {
        return x;
    }
    if n < -320 {
        return 0.0 * x;
    }
    // Round the exact decimal expansion of the binary value, half to even.
    let exact = exact_decimal(x);
    let (neg, int_part, frac_part) = exact;
    let mut digits: Vec<u8> = int_part
        .bytes()
        .chain(frac_part.bytes())
        .map(|b| b - b'0')
        .collect();
    let point = int_part.len() as i64;
    let keep = point + n;
    if keep < 0 {
        return if neg { -0.0 } else { 0.0 };
    }
    let keep = keep as usize;
    if keep >= digits.len() {
        return x;
    }
    let rest = &digits[keep..];
    let first = rest[0];
    let tail_nonzero = rest[1..].iter().any(|&d| d != 0);
    let last_odd = keep > 0 && digits[keep - 1] % 2 == 1;
    let round_up = first > 5 || (first == 5 && (tail_nonzero || last_odd));
    digits.truncate(keep);
    let mut carry = round_up;
    let mut i = digits.len();
    while carry && i > 0 {
        i -= 1;
        if digits[i] == 9 {
            digits[i] = 0;
        } else {
            digits[i] += 1;
            carry = false;
        }
    }
    let mut text = String::new();
    if neg {
        text.push('-');
    }
    if carry {
        text.push('1');
    }
    let ip = point as usize;
    for (j, d) in digits.iter().enumerate() {
        if j == ip {
            text.push('.');
        }
        text.push((b'0' + d) as char);
    }
    if digits.len() <= ip {
        for _ in digits.len()..ip {
            text.push('0');
        }
    }
    if text.is_empty() || text == "-" {
        text.push('0');
    }
    text.parse().unwrap_or(x)
}

/// The exact decimal expansion of a finite float: (negative, int digits, fraction digits).
fn exact_decimal(x: f64) -> (bool, String, String) {
    let neg = x.is_sign_negative();
    let x = x.abs();
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 {
        (bits & ((1 << 52) - 1)) << 1
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let e = if exp == 0 { -1075 + 1 } else { exp - 1075 };
    let m = num_bigint::BigInt::from(mant);
    if e >= 0 {
        return (neg, (m << e as usize).to_string(), String::new());
    }
    let shift = (-e) as usize;
    // value = m / 2^shift = m * 5^shift / 10^shift
    let scaled = m * num_traits::pow(num_bigint::BigInt::from(5), shift);
    let s = scaled.to_string();
    let s = if s.len() <= shift {
        format!("{}{}", "0".repeat(shift - s.len() + 1), s)
    } else {
        s
    };
    let (ip, fp) = s.split_at(s.len() - shift);
    (neg, ip.to_string(), fp.to_string())
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult {
    check_count(vm, "divmod", &args, 2, 2)?;
    let (a, b) = (&args.args[0], &args.args[1]);
    let numeric = |v: &Value| {
        matches!(
            v,
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
        )
    };
    if numeric(a) && numeric(b) {
        let q = vm.binary_op(a, b, crate::ast::BinOp::FloorDiv as u32)?;
        let r = vm.binary_op(a, b, crate::ast::BinOp::Mod as u32)?;
        return Ok(Value::pair(q, r));
    }
    if let Some(r) = vm.call_dunder(a, "__divmod__", vec![b.clone()])? {
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    if let Some(r) = vm.call_dunder(b, "__rdivmod__", vec![a.clone()])? {
        if !matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
    }
    Err(vm.type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        type_name_of(a),
        type_name_of(b)
    )))
}

fn pow(vm: &mut Vm, mut args: Args) -> PyResult {
    // pow(base, exp, mod=None): any of them may be given by name.
    for (pos, name) in ["base", "exp", "mod"].into_iter().enumerate() {
        if let Some(v) = args.take_kw(name) {
            if args.args.len() > pos {
                return Err(vm.type_error(format!(
                    "argument for pow() given by name ('{}') and position ({})",
                    name,
                    pos + 1
                )));
            }
            if args.args.len() < pos {
                let missing = ["base", "exp"][args.args.len()];
                return Err(vm.type_error(format!(
                    "pow() missing required argument '{}' (pos {})",
                    missing,
                    args.args.len() + 1
                )));
            }
            args.args.push(v);
        }
    }
    check_count(vm, "pow", &args, 2, 3)?;
    if args.args.len() == 3 && !args.args[2].is_none() {
        return crate::object::int::int_pow_mod(vm, &args.args[0], &args.args[1], &args.args[2]);
    }
    vm.binary_op(&args.args[0], &args.args[1], crate::ast::BinOp::Pow as u32)
}

fn hash(vm: &mut Vm, args: Args) -> PyResult {
    check_count(vm, "hash", &args, 1, 1)?;
    Ok(Value::Int(vm.hash(&args.args[0])?))
}

fn id(vm: &mut Vm, args: Args) -> PyResult {
    check_count(vm, "id", &args, 1, 1)?;
    let v = &args.args[0];
    Ok(Value::Int(match v.heap_ptr() {
        Some(p) => p as i64,
        None => match v {
            Value::Int(i) => 0x1000_0000 + (*i & 0xffff_ffff) * 32,
            Value::Bool(b) => 0x100 + *b as i64,
            Value::None => 0x10,
            _ => 0x20,
        },
    }))
}

fn chr(vm: &mut Vm, args: Args) -> PyResult {
    check_count(vm, "chr", &args, 1, 1)?;
    let i = vm.to_index(&args.args[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(vm.char_str(c)),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: Args) -> PyResult {
    check_count(vm, "ord", &args, 1, 1)?;
    match &args.args[0] {
        Value::Str(s) => {
            let n = s.char_len();
            if n != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    n
                )));
            }
            Ok(Value::Int(
                s.as_str().chars().next().map(|c| c as i64).unwrap_or(0),
            ))
        }
        Value::Bytes(b) | Value::ByteArray(b) => {
            let d = b.data.borrow();
            if d.len() != 1 {
                let n = d.len();
                drop(d);
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    n
                )));
            }
            Ok(Value::Int(d[0] as i64))
        }
        other => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            type_name_of(other)
        ))),
    }
}

fn radix(vm: &mut Vm, args: &Args, name: &str, radix: u32, prefix: &str) -> PyResult {
    check_count(vm, name, args, 1, 1)?;
    let v = &args.args[0];
    let b = match crate::object::int::to_bigint(v) {
        Some(b) => b,
        None => {
            let i = vm.to_index(v)?;
            num_bigint::BigInt::from(i)
        }
    };
    Ok(Value::string(crate::text::number_parse::int_to_str_radix(
        &b, radix, prefix,
    )))
}

fn hex(vm: &mut Vm, args: Args) -> PyResult {
    radix(vm, &args, "hex", 16, "0x")
}

fn oct(vm: &mut Vm, args: Args) -> PyResult {
    radix(vm, &args, "oct", 8, "0o")
}

fn bin(vm: &mut Vm, args: Args) -> PyResult {
    radix(vm, &args, "bin", 2, "0b")
}

fn format(vm: &mut Vm, args: Args) -> PyResult {
    check_count(vm, "format", &args, 1, 2)?;
    let spec = match args.args.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "format() argument 2 must be str, not {}",
                type_name_of(other)
            )))
        }
        None => String::new(),
    };
    Ok(Value::string(vm.format(&args.args[0], &spec)?))
}

/// `isinstance`/`issubclass` against a class or tuple; a metaclass's
/// `__instancecheck__`/`__subclasscheck__` (written in Python) decides for its classes.
pub(crate) fn class_check(
    vm: &mut Vm,
    subject: &Value,
    instance: bool,
    spec: &Value,
    fname: &str,
) -> PyResult<bool> {
    match spec {
        Value::Class(c) => {
            let subject_type = if instance {
                let t = vm.type_of(subject);
                if Rc::ptr_eq(&t, c) {
                    return Ok(true);
                }
                Some(t)
            } else {
                None
            };
            if let Some(meta) = c.metaclass() {
                let hook = if instance {
                    "__instancecheck__"
                } else {
                    "__subclasscheck__"
                };
                if let Some(f @ Value::Function(_)) = meta.lookup(hook) {
                    let r = vm.call(&f, vec![spec.clone(), subject.clone()])?;
                    return vm.truthy(&r);
                }
            }
            let obj_cls = match (subject_type, subject) {
                (Some(t), _) => t,
                (None, Value::Class(sc)) => sc.clone(),
                (None, _) => return Err(vm.type_error("issubclass() arg 1 must be a class")),
            };
            Ok(obj_cls.is_subclass(c))
        }
        Value::Tuple(t) => {
            for item in t.items.iter() {
                if class_check(vm, subject, instance, item, fname)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => {
            // typing's aliases and unions answer through their own class's hook.
            let hook = if instance {
                "__instancecheck__"
            } else {
                "__subclasscheck__"
            };
            if let Some(f @ Value::Function(_)) = vm.type_of(spec).lookup(hook) {
                let r = vm.call(&f, vec![spec.clone(), subject.clone()])?;
                return vm.truthy(&r);
            }
            Err(vm.type_error(format!(
                "{}() arg 2 must be a type, a tuple of types, or a union",
                fname
            )))
        }
    }
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult {
    check_count(vm, "isinstance", &args, 2, 2)?;
    Ok(Value::Bool(class_check(
        vm,
        &args.args[0],
        true,
        &args.args[1],
        "isinstance",
    )?))
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult {
    check_count(vm, "issubclass", &args, 2, 2)?;
    Ok(Value::Bool(class_check(
        vm,
        &args.args[0],
        false,
        &args.args[1],
        "issubclass",
    )?))
}

fn callable(vm: &mut Vm, args: Args) -> PyResult {
    check_count(vm, "callable", &args, 1, 1)?;
    let v = &args.args[0];
    Ok(Value::Bool(match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Instance(_) => vm.type_of(v).lookup("__call__").is_some(),
        _ => false,
    }))
}

fn attr_name(vm: &mut Vm, v: &Value) -> PyResult<Rc<crate::object::StrObj>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            type_name_of(other)
        ))),
    }
}

fn getattr(vm: &mut Vm, args: Args) -> PyResult {
    check_count(vm, "getattr", &args, 2, 3)?;
    let name = attr_name(vm, &args.args[1])?;
    match vm.getattr(&args.args[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if args.args.len() == 3 && vm.err_matches(&e, "AttributeError") => {
            Ok(args.args[2].clone())
        }
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult {
    check_count(vm, "setattr", &args, 3, 3)?;
    let name = attr_name(vm, &args.args[1])?;
    vm.setattr(&args.args[0], &name, args.args[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult {
    check_count(vm, "hasattr", &args, 2, 2)?;
    let name = attr_name(vm, &args.args[1])?;
    match vm.getattr(&args.args[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if vm.err_matches(&e, "AttributeError") => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult {
    check_count(vm, "delattr", &args, 2, 2)?;
    let name = attr_name(vm, &args.args[1])?;
    vm.delattr(&args.args[0], &name)?;
    Ok(Value::None)
}

fn vars(vm: &mut Vm, args: Args) -> PyResult {
    if args.args.is_empty() {
        return locals(vm, args);
    }
    let v = &args.args[0];
    match vm.getattr_str(v, "__dict__") {
        Ok(d) => Ok(d),
        Err(_) => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

/// The sorted attribute names `dir(v)` reports.
pub fn dir_names(vm: &mut Vm, v: &Value) -> PyResult<Vec<String>> {
    let mut names: Vec<String> = Vec::new();
    let mut add = |keys: Vec<Value>| {
        for k in keys {
            if let Value::Str(s) = k {
                names.push(s.as_str().to_string());
            }
        }
    };
    match v {
        Value::Module(m) => add(m.dict.keys()),
        Value::Class(c) => {
            for cls in c.mro() {
                add(cls.dict.keys());
            }
        }
        _ => {
            if let Value::Instance(i) = v {
                add(i.attr_names());
            }
            let cls = vm.type_of(v);
            for c in cls.mro() {
                add(c.dict.keys());
            }
            add(vec![Value::str("__class__")]);
        }
    }
    names.sort();
    names.dedup();
    Ok(names)
}

fn dir(vm: &mut Vm, args: Args) -> PyResult {
    let names = if args.args.is_empty() {
        let Value::Dict(ns) = locals(vm, Args::default())? else {
            return Ok(Value::list(vec![]));
        };
        let mut n: Vec<String> = ns
            .keys()
            .iter()
            .filter_map(|k| k.as_str().map(|s| s.to_string()))
            .collect();
        n.sort();
        n
    } else {
        let v = args.args[0].clone();
        if let Value::Instance(_) = &v {
            if let Some(m) = vm.type_of(&v).lookup("__dir__") {
                if matches!(m, Value::Function(_)) {
                    let r = vm.call(&m, vec![v.clone()])?;
                    let mut items: Vec<Value> = vm.iterate(&r)?;
                    items.sort_by(|a, b| a.as_str().cmp(&b.as_str()));
                    return Ok(Value::list(items));
                }
            }
        }
        dir_names(vm, &v)?
    };
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

pub(crate) fn globals(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::Dict(match vm.frames.last() {
        Some(f) => f.globals.clone(),
        None => vm.main.dict.clone(),
    }))
}

/// `locals()`: the namespace dict, or a snapshot of a function's slots.
pub(crate) fn locals(vm: &mut Vm, _args: Args) -> PyResult {
    let Some(f) = vm.frames.last() else {
        return Ok(Value::Dict(vm.main.dict.clone()));
    };
    if let Some(l) = &f.locals {
        return Ok(Value::Dict(l.clone()));
    }
    let d = crate::object::DictObj::new();
    for (i, name) in f.code.varnames.iter().enumerate() {
        let v = &f.stack[i];
        if !v.is_null() {
            d.set_str(name, v.clone());
        }
    }
    for (i, name) in f
        .code
        .cellvars
        .iter()
        .chain(f.code.freevars.iter())
        .enumerate()
    {
        if let Some(c) = f.cells.get(i) {
            let v = c.get();
            if !v.is_null() {
                d.set_str(name, v);
            }
        }
    }
    Ok(Value::Dict(crate::gc::new(d)))
}

fn input(vm: &mut Vm, args: Args) -> PyResult {
    if let Some(p) = args.args.first() {
        let s = vm.str(p)?;
        vm.write_out(&s);
    }
    let mut line = vm.read_input_line()?;
    if line.is_empty() {
        return Err(vm.new_error("EOFError", "EOF when reading a line"));
    }
    if line.ends_with('\n') {
        line.pop();
        if line.ends_with('\r') {
            line.pop();
        }
    }
    Ok(Value::string(line))
}
