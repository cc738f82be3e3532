//! The VM's last error as the host reads it (`kr_error_*`), and `kr_raise`
//! for native functions.

use std::ffi::{c_char, CString};

use krait_engine::object::type_name_of;
use krait_engine::{PyErr, Value, Vm};

use crate::status::*;
use crate::vm::{api, c_str, kr_vm, ApiResult, Fail};

/// Type name, message and traceback text, NUL-terminated for C.
#[derive(Default)]
pub struct LastError {
    type_name: Option<CString>,
    message: Option<CString>,
    traceback: Option<CString>,
}

fn c_string(s: String) -> CString {
    CString::new(s.replace('\0', "\\x00")).unwrap_or_default()
}

impl LastError {
    pub fn from_exception(vm: &mut Vm, err: &PyErr) -> LastError {
        let exc = err.value();
        let message = vm.str(&exc).unwrap_or_default();
        let traceback = vm.format_exception(err);
        LastError {
            type_name: Some(c_string(type_name_of(&exc))),
            message: Some(c_string(message)),
            traceback: Some(c_string(traceback)),
        }
    }
}

const EMPTY: &[u8] = b"\0";

fn field(vm: *mut kr_vm, pick: impl Fn(&LastError) -> &Option<CString>) -> *const c_char {
    if vm.is_null() {
        return EMPTY.as_ptr() as *const c_char;
    }
    // SAFETY: a non-null kr_vm* is live until kr_vm_free. Reading the last
    // error needs no turn in the VM: it is plain data owned by the kr_vm.
    let kvm = unsafe { &*vm };
    match kvm.last_error.try_borrow() {
        Ok(e) => match pick(&e) {
            // The CString lives in the kr_vm until the next error or clear.
            Some(s) => s.as_ptr(),
            None => EMPTY.as_ptr() as *const c_char,
        },
        Err(_) => EMPTY.as_ptr() as *const c_char,
    }
}

/// # Safety
/// `vm` must be NULL or a live VM.
#[no_mangle]
pub unsafe extern "C" fn kr_error_type(vm: *mut kr_vm) -> *const c_char {
    field(vm, |e| &e.type_name)
}

/// # Safety
/// `vm` must be NULL or a live VM.
#[no_mangle]
pub unsafe extern "C" fn kr_error_message(vm: *mut kr_vm) -> *const c_char {
    field(vm, |e| &e.message)
}

/// # Safety
/// `vm` must be NULL or a live VM.
#[no_mangle]
pub unsafe extern "C" fn kr_error_traceback(vm: *mut kr_vm) -> *const c_char {
    field(vm, |e| &e.traceback)
}

/// # Safety
/// `vm` must be NULL or a live VM.
#[no_mangle]
pub unsafe extern "C" fn kr_error_clear(vm: *mut kr_vm) {
    let _ = api(vm, |kvm, _| {
        kvm.last_error.replace(LastError::default());
        kvm.pending.replace(None);
        Ok(())
    });
}

/// Finds an exception class by name: a builtin one, or a class in `__main__`.
fn exception_class(vm: &mut Vm, name: &str) -> Option<Value> {
    let found = vm
        .builtins
        .get_str(name)
        .or_else(|| vm.main.dict.get_str(name))?;
    matches!(found, Value::Class(_)).then_some(found)
}

/// An instance of the exception class `name` (a builtin or a class in
/// `__main__`) with `message`; SystemError when there is no such class.
pub(crate) fn make_exception(engine: &mut Vm, name: &str, message: &str) -> ApiResult<PyErr> {
    let base = engine.types.exception("BaseException");
    Ok(match exception_class(engine, name) {
        Some(Value::Class(c)) if !c.is_subclass(&base) => engine.new_error(
            "SystemError",
            &format!("kr_raise: '{}' is not an exception class", name),
        ),
        Some(cls) => {
            let args = if message.is_empty() {
                vec![]
            } else {
                vec![Value::str(message)]
            };
            match engine.call(&cls, args)? {
                Value::Instance(i) if engine.err_matches(&PyErr(i.clone()), "BaseException") => {
                    PyErr(i)
                }
                _ => engine.type_error("exceptions must derive from BaseException"),
            }
        }
        None => engine.new_error(
            "SystemError",
            &format!("kr_raise: no exception class named '{}'", name),
        ),
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; the strings NULL or NUL-terminated.
#[no_mangle]
pub unsafe extern "C" fn kr_raise(
    vm: *mut kr_vm,
    type_name: *const c_char,
    message: *const c_char,
) -> kr_status {
    let status = api(vm, |_, engine| {
        let name = c_str(type_name)?;
        let message = if message.is_null() {
            ""
        } else {
            c_str(message)?
        };
        let err = make_exception(engine, name, message)?;
        // Recorded like any failure, so it is pending when the native function returns.
        Err(Fail::Exception(err))
    });
    if status == KR_ERROR_EXCEPTION || status == KR_OK {
        KR_ERROR_EXCEPTION
    } else {
        status
    }
}
