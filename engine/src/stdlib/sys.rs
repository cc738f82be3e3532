//! The `sys` module: argv, path, modules, exit, recursion limit, version
//! information and the stdout/stderr file objects.

use crate::builtins::types::native;
use crate::error::PyResult;
use crate::object::{Args, DictObj, ModuleObj};
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
    d.set_str(
        "version_info",
        Value::tuple(vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(7),
            Value::str("final"),
            Value::Int(0),
        ]),
    );
    d.set_str("hexversion", Value::Int(0x030b07f0));
    d.set_str("platform", Value::str(std::env::consts::OS));
    d.set_str(
        "byteorder",
        Value::str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    d.set_str("maxsize", Value::Int(i64::MAX));
    d.set_str("implementation", Value::str("krait"));
    d.set_str("executable", Value::str(""));
    for (name, f) in [
        ("exit", exit as crate::object::NativeFn),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("intern", intern),
        ("getrefcount", getrefcount),
        ("exc_info", exc_info),
    ] {
        d.set_str(name, native(name, f));
    }
    let stdout = stream(vm, "stdout", 1)?;
    let stderr = stream(vm, "stderr", 2)?;
    d.set_str("stdout", stdout.clone());
    d.set_str("stderr", stderr.clone());
    d.set_str("__stdout__", stdout);
    d.set_str("__stderr__", stderr);
    Ok(Value::Module(crate::gc::new(ModuleObj {
        name: "sys".into(),
        dict: d,
        gc: crate::gc::GcHeader::new(),
    })))
}

/// A minimal text stream object with write() and flush().
fn stream(vm: &mut Vm, name: &str, fd: i64) -> PyResult<Value> {
    let ns = crate::gc::new(DictObj::new());
    ns.set_str("write", native("write", stream_write));
    ns.set_str("flush", native("flush", stream_flush));
    ns.set_str("__module__", Value::str("_io"));
    let cls = vm.new_class("TextIOWrapper", vec![], ns, vec![])?;
    let obj = vm.call_class(&cls, Args::default())?;
    if let Value::Instance(i) = &obj {
        i.dict.set_str("name", Value::str(&format!("<{}>", name)));
        i.dict.set_str("_fd", Value::Int(fd));
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
        Value::Instance(i) => i.dict.get_str("_fd"),
        _ => None,
    };
    if matches!(fd, Some(Value::Int(2))) {
        vm.write_err(s.as_str());
    } else {
        vm.write_out(s.as_str());
    }
    Ok(Value::Int(s.char_len() as i64))
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
    Ok(Value::tuple(vec![t, e, Value::None]))
}
