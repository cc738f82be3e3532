//! Running code and reaching into the script: exec/eval, globals, import,
//! attributes and calls.

use std::ffi::c_char;
use std::rc::Rc;

use krait_engine::compile::Mode;
use krait_engine::object::{Args, StrObj};
use krait_engine::{Value, Vm};

use crate::status::*;
use crate::vm::{api, c_str, c_text, kr_vm, put, ApiResult, Fail};

fn compile(engine: &mut Vm, source: &str, filename: &str, mode: Mode) -> ApiResult<Value> {
    let code = engine
        .compile(source, filename, mode)
        .map_err(|e| engine.syntax_error_to_exc(&e))?;
    let globals = engine.main.dict.clone();
    Ok(engine.run_code(code, globals, None)?)
}

/// # Safety
/// `vm` must be NULL or a live VM; `source` must hold `len` bytes; `filename` NULL or NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn kr_exec(
    vm: *mut kr_vm,
    source: *const c_char,
    len: usize,
    filename: *const c_char,
) -> kr_status {
    api(vm, |_, engine| {
        let source = c_text(source, len)?;
        let filename = if filename.is_null() {
            "<string>"
        } else {
            c_str(filename)?
        };
        let result = compile(engine, source, filename, Mode::Exec);
        engine.flush_out();
        result.map(drop)
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; `path` NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn kr_exec_file(vm: *mut kr_vm, path: *const c_char) -> kr_status {
    api(vm, |_, engine| {
        let path = c_str(path)?;
        // The host names the file, so no grant is needed (as for module paths).
        let bytes = std::fs::read(path)
            .map_err(|e| krait_engine::stdlib::os::os_error(engine, &e, Some(path)))?;
        let source = String::from_utf8(bytes).map_err(|_| {
            engine.new_error("SyntaxError", &format!("Non-UTF-8 code in file {}", path))
        })?;
        let result = engine.exec_main(&source, path);
        engine.flush_out();
        result?;
        Ok(())
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; `expr` must hold `len` bytes; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_eval(
    vm: *mut kr_vm,
    expr: *const c_char,
    len: usize,
    out: *mut u64,
) -> kr_status {
    api(vm, |kvm, engine| {
        let expr = c_text(expr, len)?;
        let v = compile(
            engine,
            expr.trim_start_matches([' ', '\t']),
            "<string>",
            Mode::Eval,
        )?;
        engine.flush_out();
        put(kvm, out, v)
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; `name` NUL-terminated; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_get_global(
    vm: *mut kr_vm,
    name: *const c_char,
    out: *mut u64,
) -> kr_status {
    api(vm, |kvm, engine| {
        let name = c_str(name)?;
        match engine.main.dict.get_str(name) {
            Some(v) => put(kvm, out, v),
            None => Err(Fail::Exception(
                engine.new_error("NameError", &format!("name '{}' is not defined", name)),
            )),
        }
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; `name` NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn kr_set_global(
    vm: *mut kr_vm,
    name: *const c_char,
    value: u64,
) -> kr_status {
    api(vm, |kvm, engine| {
        let name = c_str(name)?;
        let v = kvm.value(value)?;
        engine.main.dict.set_str(name, v);
        Ok(())
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; `name` NUL-terminated; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_import(
    vm: *mut kr_vm,
    name: *const c_char,
    out: *mut u64,
) -> kr_status {
    api(vm, |kvm, engine| {
        let name = c_str(name)?;
        engine.import_module(name)?;
        // `import a.b` binds `a`; the host asked for `a.b` itself.
        let module = match engine.modules.get_str(name) {
            Some(m) => m,
            None => engine.import_module(name)?,
        };
        put(kvm, out, module)
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; `name` NUL-terminated; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_getattr(
    vm: *mut kr_vm,
    obj: u64,
    name: *const c_char,
    out: *mut u64,
) -> kr_status {
    api(vm, |kvm, engine| {
        let obj = kvm.value(obj)?;
        let name = c_str(name)?;
        let v = engine.getattr_str(&obj, name)?;
        put(kvm, out, v)
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; `name` NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn kr_setattr(
    vm: *mut kr_vm,
    obj: u64,
    name: *const c_char,
    value: u64,
) -> kr_status {
    api(vm, |kvm, engine| {
        let obj = kvm.value(obj)?;
        let name = engine.intern(c_str(name)?);
        let v = kvm.value(value)?;
        engine.setattr(&obj, &name, v)?;
        Ok(())
    })
}

fn call(
    kvm: &kr_vm,
    engine: &mut Vm,
    callable: &Value,
    args: Vec<Value>,
    kwargs: Vec<(Rc<StrObj>, Value)>,
    out: *mut u64,
) -> ApiResult {
    if out.is_null() {
        return Err(Fail::Status(KR_ERROR_BAD_ARGUMENT));
    }
    let result = engine.call_args(
        callable,
        Args {
            args: args.into_iter().collect(),
            kwargs,
        },
    );
    engine.flush_out();
    put(kvm, out, result?)
}

/// # Safety
/// `vm` must be NULL or a live VM; `argv` must hold `argc` handles; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_call(
    vm: *mut kr_vm,
    callable: u64,
    argc: usize,
    argv: *const u64,
    out: *mut u64,
) -> kr_status {
    api(vm, |kvm, engine| {
        let f = kvm.value(callable)?;
        let args = kvm.values(argc, argv)?;
        call(kvm, engine, &f, args, Vec::new(), out)
    })
}

/// # Safety
/// As kr_call; `kwnames` and `kwargv` must hold `kwargc` entries.
#[no_mangle]
pub unsafe extern "C" fn kr_call_kw(
    vm: *mut kr_vm,
    callable: u64,
    argc: usize,
    argv: *const u64,
    kwargc: usize,
    kwnames: *const *const c_char,
    kwargv: *const u64,
    out: *mut u64,
) -> kr_status {
    api(vm, |kvm, engine| {
        let f = kvm.value(callable)?;
        let args = kvm.values(argc, argv)?;
        let kwvalues = kvm.values(kwargc, kwargv)?;
        let mut kwargs = Vec::with_capacity(kwargc);
        if kwargc > 0 {
            if kwnames.is_null() {
                return Err(Fail::Status(KR_ERROR_BAD_ARGUMENT));
            }
            // SAFETY: the caller passes `kwargc` name pointers.
            let names = unsafe { std::slice::from_raw_parts(kwnames, kwargc) };
            for (&n, v) in names.iter().zip(kwvalues) {
                kwargs.push((engine.intern(c_str(n)?), v));
            }
        }
        call(kvm, engine, &f, args, kwargs, out)
    })
}

/// # Safety
/// As kr_call; `name` NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn kr_call_method(
    vm: *mut kr_vm,
    obj: u64,
    name: *const c_char,
    argc: usize,
    argv: *const u64,
    out: *mut u64,
) -> kr_status {
    api(vm, |kvm, engine| {
        let obj = kvm.value(obj)?;
        let method = engine.getattr_str(&obj, c_str(name)?)?;
        let args = kvm.values(argc, argv)?;
        call(kvm, engine, &method, args, Vec::new(), out)
    })
}
