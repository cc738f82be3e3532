//! The `sys` module: argv, path, modules, exit, recursion limit, version
//! information and the stdout/stderr file objects.

use std::rc::Rc;

use super::structseq::struct_seq;
use crate::builtins::types::{native, native_closure};
use crate::error::PyResult;
use crate::object::instance::Native;
use crate::object::{Args, DictObj, InstanceObj, ModuleObj};
use crate::value::Value;
use crate::vm::Vm;

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let d = crate::gc::new(DictObj::new());
    d.set_str("__name__", Value::str("sys"));
    let argv = vm.config.argv.iter().map(|a| Value::str(a)).collect();
    d.set_str("argv", Value::list(argv));
    let path = vm
        .config
        .module_paths
        .iter()
        .map(|p| Value::str(p))
        .collect();
    d.set_str("path", Value::list(path));
    d.set_str("modules", Value::Dict(vm.modules.clone()));
    d.set_str("version", Value::str("3.11.7 (Krait 0.1.0)"));
    let version_info = struct_seq(
        vm,
        "sys",
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(7),
            Value::str("final"),
            Value::Int(0),
        ],
    )?;
    d.set_str("version_info", version_info.clone());
    d.set_str("hexversion", Value::Int(0x030b07f0));
    d.set_str("api_version", Value::Int(1013));
    let platform = match std::env::consts::OS {
        "macos" => "darwin",
        "windows" => "win32",
        os => os,
    };
    d.set_str("platform", Value::str(platform));
    d.set_str(
        "byteorder",
        Value::str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    d.set_str("maxsize", Value::Int(i64::MAX));
    d.set_str("maxunicode", Value::Int(0x10ffff));
    d.set_str("float_repr_style", Value::str("short"));
    d.set_str("dont_write_bytecode", Value::Bool(true));
    d.set_str("warnoptions", Value::list(vec![]));
    let names: Vec<Value> = BUILTIN_MODULES.iter().map(|n| Value::str(n)).collect();
    d.set_str("builtin_module_names", Value::tuple(names));
    let implementation = namespace(
        vm,
        &[
            ("name", Value::str("krait")),
            ("cache_tag", Value::None),
            ("version", version_info),
            ("hexversion", Value::Int(0x030b07f0)),
        ],
    )?;
    d.set_str("implementation", implementation);
    let float_info = struct_seq(
        vm,
        "sys",
        "float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
        vec![
            Value::Float(f64::MAX),
            Value::Int(f64::MAX_EXP as i64),
            Value::Int(f64::MAX_10_EXP as i64),
            Value::Float(f64::MIN_POSITIVE),
            Value::Int(f64::MIN_EXP as i64),
            Value::Int(f64::MIN_10_EXP as i64),
            Value::Int(f64::DIGITS as i64),
            Value::Int(f64::MANTISSA_DIGITS as i64),
            Value::Float(f64::EPSILON),
            Value::Int(f64::RADIX as i64),
            Value::Int(1),
        ],
    )?;
    d.set_str("float_info", float_info);
    let int_info = struct_seq(
        vm,
        "sys",
        "int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
        vec![
            Value::Int(30),
            Value::Int(4),
            Value::Int(4300),
            Value::Int(640),
        ],
    )?;
    d.set_str("int_info", int_info);
    let hash_info = struct_seq(
        vm,
        "sys",
        "hash_info",
        &[
            "width",
            "modulus",
            "inf",
            "nan",
            "imag",
            "algorithm",
            "hash_bits",
            "seed_bits",
            "cutoff",
        ],
        vec![
            Value::Int(64),
            Value::Int((1 << 61) - 1),
            Value::Int(314159),
            Value::Int(0),
            Value::Int(1000003),
            Value::str("siphash13"),
            Value::Int(64),
            Value::Int(128),
            Value::Int(0),
        ],
    )?;
    d.set_str("hash_info", hash_info);
    // As CPython run with -S (Krait has no site module) and no other options.
    let flag_names = [
        "debug",
        "inspect",
        "interactive",
        "optimize",
        "dont_write_bytecode",
        "no_user_site",
        "no_site",
        "ignore_environment",
        "verbose",
        "bytes_warning",
        "quiet",
        "hash_randomization",
        "isolated",
        "dev_mode",
        "utf8_mode",
        "warn_default_encoding",
        "safe_path",
        "int_max_str_digits",
    ];
    let flag_values = flag_names
        .iter()
        .map(|n| match *n {
            "dont_write_bytecode" | "no_site" | "hash_randomization" => Value::Int(1),
            "dev_mode" | "safe_path" => Value::Bool(false),
            "int_max_str_digits" => Value::Int(-1),
            _ => Value::Int(0),
        })
        .collect();
    let flags = struct_seq(vm, "sys", "flags", &flag_names, flag_values)?;
    d.set_str("flags", flags);
    d.set_str("executable", Value::str(""));
    for (name, f) in [
        ("exit", exit as crate::object::NativeFn),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("intern", intern),
        ("getrefcount", getrefcount),
        ("exc_info", exc_info),
        ("getsizeof", getsizeof),
        ("_getframe", getframe),
        ("getdefaultencoding", utf8),
        ("getfilesystemencoding", utf8),
    ] {
        d.set_str(name, native(name, f));
    }
    let stdout = stream(vm, "stdout", 1)?;
    let stderr = stream(vm, "stderr", 2)?;
    d.set_str("stdout", stdout.clone());
    d.set_str("stderr", stderr.clone());
    d.set_str("__stdout__", stdout);
    d.set_str("__stderr__", stderr);
    let stdin = stream(vm, "stdin", 0)?;
    d.set_str("stdin", stdin.clone());
    d.set_str("__stdin__", stdin);
    Ok(Value::Module(crate::gc::new(ModuleObj::new("sys", d))))
}

/// `sys.<name>` when a script replaced it with its own object (print then
/// calls its `write`); None while it is still Krait's own stream.
pub fn replaced_stream(vm: &mut Vm, name: &str) -> Option<Value> {
    let Some(Value::Module(sys)) = vm.modules.get_str("sys") else {
        return None;
    };
    match sys.dict.get_str(name) {
        Some(v) if is_native_stream(&v) => None,
        other => other,
    }
}

/// Whether `v` is one of Krait's own sys.stdout/stderr/stdin objects.
pub fn is_native_stream(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if i.get_attr_str("_fd").is_some())
}

/// A minimal text stream object with write() and flush().
fn stream(vm: &mut Vm, name: &str, fd: i64) -> PyResult<Value> {
    let ns = crate::gc::new(DictObj::new());
    ns.set_str("write", native("write", stream_write));
    ns.set_str("flush", native("flush", stream_flush));
    ns.set_str("writelines", native("writelines", stream_writelines));
    ns.set_str("readline", native("readline", stream_readline));
    ns.set_str("read", native("read", stream_read));
    ns.set_str("isatty", native("isatty", |_, _| Ok(Value::Bool(false))));
    ns.set_str("fileno", native("fileno", stream_fileno));
    ns.set_str(
        "readable",
        native("readable", |_, a| Ok(Value::Bool(fd_of(&a) == 0))),
    );
    ns.set_str(
        "writable",
        native("writable", |_, a| Ok(Value::Bool(fd_of(&a) != 0))),
    );
    ns.set_str("encoding", Value::str("utf-8"));
    ns.set_str(
        "errors",
        Value::str(if fd == 2 {
            "backslashreplace"
        } else {
            "strict"
        }),
    );
    ns.set_str("mode", Value::str(if fd == 0 { "r" } else { "w" }));
    ns.set_str("closed", Value::Bool(false));
    ns.set_str("__module__", Value::str("_io"));
    let cls = vm.new_class("TextIOWrapper", vec![], ns, vec![])?;
    let obj = vm.call_class(&cls, Args::default())?;
    if let Value::Instance(i) = &obj {
        i.set_attr_str("name", Value::str(&format!("<{}>", name)));
        i.set_attr_str("_fd", Value::Int(fd));
    }
    Ok(obj)
}

fn stream_write(vm: &mut Vm, args: Args) -> PyResult {
    let (Some(this), Some(text)) = (args.args.first(), args.args.get(1)) else {
        return Err(vm.type_error("write() takes exactly one argument"));
    };
    let Value::Str(s) = text else {
        return Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            crate::object::type_name_of(text)
        )));
    };
    let fd = match this {
        Value::Instance(i) => i.get_attr_str("_fd"),
        _ => None,
    };
    if matches!(fd, Some(Value::Int(2))) {
        vm.write_err(s.as_str());
    } else {
        vm.write_out(s.as_str());
    }
    Ok(Value::Int(s.char_len() as i64))
}

fn fd_of(args: &Args) -> i64 {
    match args.args.first() {
        Some(Value::Instance(i)) => match i.get_attr_str("_fd") {
            Some(Value::Int(fd)) => fd,
            _ => 1,
        },
        _ => 1,
    }
}

fn stream_fileno(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Int(fd_of(&args)))
}

fn stream_writelines(vm: &mut Vm, args: Args) -> PyResult {
    let (Some(this), Some(lines)) = (args.args.first(), args.args.get(1)) else {
        return Err(vm.type_error("writelines() takes exactly one argument"));
    };
    let this = this.clone();
    for line in vm.iterate(lines)? {
        stream_write(vm, Args::new([this.clone(), line]))?;
    }
    Ok(Value::None)
}

/// io.UnsupportedOperation("not readable") (an OSError and a ValueError).
fn not_readable(vm: &mut Vm) -> crate::error::PyErr {
    let bases = vec![
        vm.types.exception("OSError"),
        vm.types.exception("ValueError"),
    ];
    let ns = crate::gc::new(DictObj::new());
    ns.set_str("__module__", Value::str("io"));
    let made = vm
        .new_class("UnsupportedOperation", bases, ns, vec![])
        .and_then(|cls| vm.call_class(&cls, Args::new([Value::str("not readable")])));
    match made {
        Ok(Value::Instance(i)) => crate::error::PyErr(i),
        Ok(_) => vm.new_error("OSError", "not readable"),
        Err(e) => e,
    }
}

/// One line of the process's standard input ("" at end of file).
fn stream_readline(vm: &mut Vm, args: Args) -> PyResult {
    if fd_of(&args) != 0 {
        return Err(not_readable(vm));
    }
    Ok(Value::string(vm.read_input_line()?))
}

fn stream_read(vm: &mut Vm, args: Args) -> PyResult {
    if fd_of(&args) != 0 {
        return Err(not_readable(vm));
    }
    Ok(Value::string(vm.read_input_all()?))
}

fn stream_flush(vm: &mut Vm, _args: Args) -> PyResult {
    vm.flush_out();
    Ok(Value::None)
}

fn exit(vm: &mut Vm, args: Args) -> PyResult {
    let code: Vec<Value> = args.args.first().cloned().into_iter().collect();
    Err(vm.new_error_args("SystemExit", code))
}

fn getrecursionlimit(vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult {
    let n = match args.args.first() {
        Some(v) => vm.to_index(v)?,
        None => {
            return Err(vm.type_error("setrecursionlimit() takes exactly one argument (0 given)"))
        }
    };
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}

fn intern(vm: &mut Vm, args: Args) -> PyResult {
    match args.args.first() {
        Some(Value::Str(s)) => Ok(Value::Str(vm.intern(s.as_str()))),
        _ => Err(vm.type_error("intern() argument must be str")),
    }
}

/// Reference count as CPython reports it (the argument itself adds one).
fn getrefcount(_vm: &mut Vm, args: Args) -> PyResult {
    let v = args.args.first().cloned().unwrap_or(Value::None);
    // Inline values have no count; CPython's immortal-looking figure for them.
    let n = v.ref_count().unwrap_or(1_000_000);
    Ok(Value::Int(n as i64 - 1))
}

fn exc_info(vm: &mut Vm, _args: Args) -> PyResult {
    let e = vm.exc_info.clone();
    if e.is_none() {
        return Ok(Value::tuple(vec![Value::None, Value::None, Value::None]));
    }
    let t = Value::Class(vm.type_of(&e));
    let tb = vm.traceback_value(&e);
    Ok(Value::tuple(vec![t, e, tb]))
}

/// An object with the given attributes (CPython uses types.SimpleNamespace).
fn namespace(vm: &mut Vm, attrs: &[(&str, Value)]) -> PyResult {
    let ns = crate::gc::new(DictObj::new());
    ns.set_str("__module__", Value::str("types"));
    let keys: Vec<String> = attrs.iter().map(|(k, _)| k.to_string()).collect();
    ns.set_str(
        "__repr__",
        native_closure(
            "__repr__",
            Rc::new(move |vm: &mut Vm, args: Args| {
                let Some(Value::Instance(i)) = args.args.first() else {
                    return Ok(Value::str("namespace()"));
                };
                let mut parts = Vec::new();
                for k in &keys {
                    let v = i.get_attr_str(k).unwrap_or(Value::None);
                    parts.push(format!("{}={}", k, vm.repr(&v)?));
                }
                Ok(Value::string(format!("namespace({})", parts.join(", "))))
            }),
        ),
    );
    let cls = vm.new_class("SimpleNamespace", vec![], ns, vec![])?;
    let inst = InstanceObj::new(cls, Native::None);
    for (k, v) in attrs {
        inst.set_attr_str(k, v.clone());
    }
    Ok(Value::Instance(crate::gc::new(inst)))
}

/// `sys._getframe(depth=0)`: a snapshot of a running frame (f_code, f_globals,
/// f_locals, f_lineno, f_back, f_lasti); frames are not live objects in Krait.
fn getframe(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("_getframe() takes no keyword arguments"));
    }
    if args.args.len() > 1 {
        return Err(vm.type_error(format!(
            "_getframe expected at most 1 argument, got {}",
            args.args.len()
        )));
    }
    let depth = match args.args.first() {
        Some(v) => vm.to_index(v)?,
        None => 0,
    };
    let n = vm.frames.len() as i64;
    if depth < 0 || depth >= n {
        if depth < 0 {
            return frame_snapshot(vm, (n - 1) as usize);
        }
        return Err(vm.value_error("call stack is not deep enough"));
    }
    frame_snapshot(vm, (n - 1 - depth) as usize)
}

fn frame_snapshot(vm: &mut Vm, top: usize) -> PyResult {
    let ns = crate::gc::new(DictObj::new());
    ns.set_str("__module__", Value::str("builtins"));
    let cls = vm.new_class("frame", vec![], ns, vec![])?;
    let mut back = Value::None;
    for i in 0..=top {
        let f = &vm.frames[i];
        let locals = match &f.locals {
            Some(d) => Value::Dict(d.clone()),
            None if f.func.is_none() => Value::Dict(f.globals.clone()),
            None => {
                let d = DictObj::new();
                for (name, v) in f.code.varnames.iter().zip(f.stack.iter()) {
                    if !v.is_null() {
                        d.set_str(name, v.clone());
                    }
                }
                Value::Dict(crate::gc::new(d))
            }
        };
        let line = f.code.line_of(f.pc.saturating_sub(1));
        let obj = InstanceObj::new(cls.clone(), Native::None);
        obj.set_attr_str("f_code", Value::Code(f.code.clone()));
        obj.set_attr_str("f_globals", Value::Dict(f.globals.clone()));
        obj.set_attr_str("f_locals", locals);
        obj.set_attr_str("f_lineno", Value::Int(line as i64));
        obj.set_attr_str("f_lasti", Value::Int(f.pc.saturating_sub(1) as i64));
        obj.set_attr_str("f_builtins", Value::Dict(vm.builtins.clone()));
        obj.set_attr_str("f_back", back);
        back = Value::Instance(crate::gc::new(obj));
    }
    Ok(back)
}

fn utf8(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::str("utf-8"))
}

/// CPython 3.11's sizes (64-bit) for the simple types; an estimate otherwise.
fn getsizeof(vm: &mut Vm, args: Args) -> PyResult {
    let Some(v) = args.args.first().cloned() else {
        return Err(vm.type_error("getsizeof() missing required argument 'object' (pos 1)"));
    };
    let n = match &v {
        Value::None | Value::NotImplemented | Value::Ellipsis => 16,
        Value::Bool(b) => 24 + 4 * (*b as i64),
        Value::Int(i) => 24 + 4 * digits30(i.unsigned_abs() as u128).max(1),
        Value::BigInt(b) => 24 + 4 * (b.bits().div_ceil(30) as i64),
        Value::Float(_) => 24,
        Value::Str(s) => {
            let max = s.as_str().chars().map(|c| c as u32).max().unwrap_or(0);
            let n = s.char_len() as i64;
            match max {
                0..=0x7f => 49 + n,
                0x80..=0xff => 73 + n,
                0x100..=0xffff => 74 + 2 * n,
                _ => 76 + 4 * n,
            }
        }
        Value::Bytes(b) => 33 + b.data.borrow().len() as i64,
        Value::Tuple(t) => 40 + 8 * t.items.len() as i64,
        Value::List(l) => 56 + 8 * l.len() as i64,
        Value::Dict(_) => 64,
        Value::Set(_) | Value::FrozenSet(_) => 216,
        Value::Range(_) => 48,
        Value::Instance(_) => match vm.call_dunder(&v, "__sizeof__", vec![])? {
            Some(r) => vm.to_index(&r)? + 16,
            None => 48,
        },
        _ => 64,
    };
    Ok(Value::Int(n))
}

fn digits30(mut x: u128) -> i64 {
    let mut n = 0;
    while x > 0 {
        x >>= 30;
        n += 1;
    }
    n
}

/// Modules compiled into Krait (what `import` finds without a search path).
const BUILTIN_MODULES: &[&str] = &[
    "bisect",
    "builtins",
    "collections",
    "copy",
    "dis",
    "functools",
    "heapq",
    "itertools",
    "json",
    "math",
    "operator",
    "random",
    "re",
    "string",
    "sys",
    "time",
    "timeit",
];
