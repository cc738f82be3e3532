//! Host futures and the host-pumped event loop: `kr_future_new`,
//! `kr_future_resolve`, `kr_future_reject`, `kr_run_pending`.
//!
//! A host future is an ordinary `asyncio.Future` on the VM's event loop, so
//! a script awaits it like any other. Completing it only queues the waiting
//! tasks' wake-ups; they run on the next `kr_run_pending`, which runs every
//! ready callback and due timer without sleeping and tells the host when the
//! next timer is due.

use std::ffi::c_char;

use krait_engine::{Value, Vm};

use crate::errors::make_exception;
use crate::status::*;
use crate::vm::{api, c_str, kr_vm, put, ApiResult, Fail};

/// What `kr_run_pending` reports (see krait.h).
#[repr(C)]
pub struct kr_pending {
    pub tasks: usize,
    pub next_timer: f64,
}

fn asyncio_helper(engine: &mut Vm, name: &str) -> ApiResult<Value> {
    let module = engine.import_module("asyncio")?;
    Ok(engine.getattr_str(&module, name)?)
}

fn settle(engine: &mut Vm, fut: Value, ok: bool, value: Value) -> ApiResult {
    let f = asyncio_helper(engine, "_host_settle")?;
    match engine.call(&f, vec![fut, Value::Bool(ok), value])? {
        Value::Bool(true) => Ok(()),
        _ => Err(Fail::Status(KR_ERROR_STATE)),
    }
}

/// # Safety
/// `vm` must be NULL or a live VM; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_future_new(vm: *mut kr_vm, out: *mut u64) -> kr_status {
    api(vm, |kvm, engine| {
        let f = asyncio_helper(engine, "_host_future")?;
        let fut = engine.call(&f, vec![])?;
        put(kvm, out, fut)
    })
}

/// # Safety
/// `vm` must be NULL or a live VM.
#[no_mangle]
pub unsafe extern "C" fn kr_future_resolve(vm: *mut kr_vm, fut: u64, value: u64) -> kr_status {
    api(vm, |kvm, engine| {
        let f = kvm.value(fut)?;
        let v = kvm.value(value)?;
        settle(engine, f, true, v)
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; the strings NUL-terminated (`message` may be NULL).
#[no_mangle]
pub unsafe extern "C" fn kr_future_reject(
    vm: *mut kr_vm,
    fut: u64,
    type_name: *const c_char,
    message: *const c_char,
) -> kr_status {
    api(vm, |kvm, engine| {
        let f = kvm.value(fut)?;
        let name = c_str(type_name)?;
        let message = if message.is_null() {
            ""
        } else {
            c_str(message)?
        };
        let err = make_exception(engine, name, message)?;
        settle(engine, f, false, Value::Instance(err.0.clone()))
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; `status` NULL or writable.
#[no_mangle]
pub unsafe extern "C" fn kr_run_pending(vm: *mut kr_vm, status: *mut kr_pending) -> kr_status {
    api(vm, |_, engine| {
        let f = asyncio_helper(engine, "_host_run_pending")?;
        let r = engine.call(&f, vec![]);
        engine.flush_out();
        let (tasks, next_timer) = match r? {
            Value::Tuple(t) if t.items.len() == 2 => match (&t.items[0], &t.items[1]) {
                (Value::Int(n), Value::Float(d)) => (*n as usize, *d),
                _ => return Err(Fail::Status(KR_ERROR_INTERNAL)),
            },
            _ => return Err(Fail::Status(KR_ERROR_INTERNAL)),
        };
        if !status.is_null() {
            // SAFETY: checked non-null; the caller provides a writable kr_pending.
            unsafe {
                *status = kr_pending { tasks, next_timer };
            }
        }
        Ok(())
    })
}
