//! Native functions (`kr_function_new`, `kr_register_function`) and host
//! modules (`kr_module_new`).

use std::ffi::{c_char, c_void};
use std::rc::Rc;

use krait_engine::compile::Mode;
use krait_engine::object::function::NativeImpl;
use krait_engine::object::{Args, BuiltinObj, DictObj, FunctionObj, ModuleObj};
use krait_engine::{PyErr, PyResult, Value, Vm};

use crate::status::*;
use crate::vm::{api, c_str, kr_vm, put, ApiResult, Fail};

pub type NativeFn =
    Option<unsafe extern "C" fn(*mut kr_vm, *mut c_void, usize, *const u64, *mut u64) -> kr_status>;

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c == '_' || c.is_alphabetic())
        && chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// A signature like `clamp(x, lo=0.0, *, strict=False)` compiled into a
/// script function whose parameter binding the native function borrows.
fn signature_function(
    engine: &mut Vm,
    signature: &str,
) -> ApiResult<(String, Option<Rc<FunctionObj>>)> {
    let Some(open) = signature.find('(') else {
        let name = signature.trim();
        if !is_identifier(name) {
            return Err(Fail::Status(KR_ERROR_BAD_ARGUMENT));
        }
        return Ok((name.to_string(), None));
    };
    let name = signature[..open].trim().to_string();
    if !is_identifier(&name) {
        return Err(Fail::Status(KR_ERROR_BAD_ARGUMENT));
    }
    let source = format!("def {}:\n    pass\n", signature.trim());
    let code = engine
        .compile(&source, "<signature>", Mode::Exec)
        .map_err(|e| engine.syntax_error_to_exc(&e))?;
    let namespace = krait_engine::gc::new(DictObj::new());
    namespace.set_str("__builtins__", Value::Dict(engine.builtins.clone()));
    engine.run_code(code, namespace.clone(), None)?;
    let found = namespace.get_str(&name);
    // The function's globals are this namespace: empty it to break the cycle.
    namespace.clear();
    match found {
        Some(Value::Function(f)) => Ok((name, Some(f))),
        _ => Err(Fail::Status(KR_ERROR_BAD_ARGUMENT)),
    }
}

fn system_error(vm: &mut Vm, msg: String) -> PyErr {
    vm.new_error("SystemError", &msg)
}

/// Calls the host function with the bound arguments as borrowed handles.
fn call_native(
    kvm_addr: usize,
    func: unsafe extern "C" fn(*mut kr_vm, *mut c_void, usize, *const u64, *mut u64) -> kr_status,
    userdata: usize,
    name: &str,
    signature: &Option<Rc<FunctionObj>>,
    vm: &mut Vm,
    args: Args,
) -> PyResult {
    // SAFETY: function values live inside the VM's heap, which kr_vm_free
    // drops before the kr_vm itself, so the kr_vm outlives every call.
    let kvm = unsafe { &*(kvm_addr as *const kr_vm) };
    let params: Vec<Value> = match signature {
        Some(f) => vm.bind_parameters(f, args)?,
        None if !args.kwargs.is_empty() => {
            return Err(vm.type_error(format!("{}() takes no keyword arguments", name)))
        }
        None => args.args.into_vec(),
    };
    let handles: Vec<u64> = params.into_iter().map(|v| kvm.new_handle(v)).collect();
    let mut result = 0u64;
    kvm.pending.replace(None);
    let status = {
        let _lent = kvm.lend(vm);
        // SAFETY: the host registered `func` with this signature; the handles
        // and `result` outlive the call.
        unsafe {
            func(
                kvm_addr as *mut kr_vm,
                userdata as *mut c_void,
                handles.len(),
                handles.as_ptr(),
                &mut result,
            )
        }
    };
    let borrowed: Vec<Option<Value>> = handles
        .iter()
        .map(|&h| kvm.handles.borrow_mut().remove(h))
        .collect();
    drop(borrowed);
    match status {
        KR_OK if result == 0 => Ok(Value::None),
        KR_OK => {
            let v = kvm.handles.borrow_mut().remove(result);
            v.ok_or_else(|| system_error(vm, format!("{}() returned an invalid handle", name)))
        }
        KR_ERROR_EXCEPTION => {
            let pending = kvm.pending.replace(None);
            Err(pending.unwrap_or_else(|| {
                system_error(
                    vm,
                    format!("{}() reported an exception without raising one", name),
                )
            }))
        }
        // A limit or kr_interrupt hit a nested call: keep unwinding as that stop.
        KR_ERROR_LIMIT | KR_ERROR_INTERRUPTED if vm.limits.halted().is_some() => {
            let halt = vm.limits.halted().map(|h| h.message()).unwrap_or_default();
            Err(vm.new_error("BaseException", halt))
        }
        other => Err(system_error(
            vm,
            format!("{}() failed with status {}", name, other),
        )),
    }
}

pub(crate) fn function_value(
    kvm: &kr_vm,
    engine: &mut Vm,
    signature: *const c_char,
    func: NativeFn,
    userdata: *mut c_void,
) -> ApiResult<(String, Value)> {
    let func = func.ok_or(Fail::Status(KR_ERROR_BAD_ARGUMENT))?;
    let (name, sig) = signature_function(engine, c_str(signature)?)?;
    let kvm_addr = kvm as *const kr_vm as usize;
    let userdata = userdata as usize;
    let fname = name.clone();
    let closure = move |vm: &mut Vm, args: Args| -> PyResult {
        call_native(kvm_addr, func, userdata, &fname, &sig, vm, args)
    };
    let builtin = BuiltinObj {
        name: name.as_str().into(),
        func: NativeImpl::Closure(Rc::new(closure)),
        owner: None,
        raw_self: false,
    };
    Ok((name, Value::Builtin(Rc::new(builtin))))
}

/// # Safety
/// `vm` must be NULL or a live VM; `signature` NUL-terminated; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_function_new(
    vm: *mut kr_vm,
    signature: *const c_char,
    func: NativeFn,
    userdata: *mut c_void,
    out: *mut u64,
) -> kr_status {
    api(vm, |kvm, engine| {
        if out.is_null() {
            return Err(Fail::Status(KR_ERROR_BAD_ARGUMENT));
        }
        let (_, f) = function_value(kvm, engine, signature, func, userdata)?;
        put(kvm, out, f)
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; `signature` NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn kr_register_function(
    vm: *mut kr_vm,
    signature: *const c_char,
    func: NativeFn,
    userdata: *mut c_void,
) -> kr_status {
    api(vm, |kvm, engine| {
        let (name, f) = function_value(kvm, engine, signature, func, userdata)?;
        engine.builtins.set_str(&name, f);
        Ok(())
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; `name` NUL-terminated; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_module_new(
    vm: *mut kr_vm,
    name: *const c_char,
    out: *mut u64,
) -> kr_status {
    api(vm, |kvm, engine| {
        let name = c_str(name)?;
        if name.is_empty() || !name.split('.').all(is_identifier) {
            return Err(Fail::Status(KR_ERROR_BAD_ARGUMENT));
        }
        let dict = krait_engine::gc::new(DictObj::new());
        dict.set_str("__name__", Value::str(name));
        dict.set_str("__doc__", Value::None);
        let module = Value::Module(krait_engine::gc::new(ModuleObj::new(name, dict)));
        engine.modules.set_str(name, module.clone());
        put(kvm, out, module)
    })
}
