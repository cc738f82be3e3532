//! Host futures and the host-pumped event loop: `kr_future_new`,
//! `kr_future_resolve`, `kr_future_reject`, `kr_run_pending`.
//!
//! A host future is an ordinary `asyncio.Future` on the VM's event loop, so
//! a script awaits it like any other. Completing it only queues the waiting
//! tasks' wake-ups; they run on the next `kr_run_pending`, which runs every
//! ready callback and due timer without sleeping and tells the host when the
//! next timer is due.
//!
//! Other threads cannot touch the VM: `kr_future_complete_threadsafe` queues
//! a completion (plain text, no handles) in a mutex-guarded list that the next
//! `kr_run_pending` applies on the VM's thread, and calls the host's wake-up
//! callback so its loop knows to pump.

use std::ffi::{c_char, c_void};
use std::sync::Mutex;

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

/// A completion sent from another thread: the future's handle, the
/// exception type to reject with (None: resolve) and the text.
type Completion = (u64, Option<String>, String);

pub type kr_wake_fn = Option<unsafe extern "C" fn(*mut c_void)>;

#[derive(Default)]
pub struct Completions {
    inner: Mutex<CompletionQueue>,
}

#[derive(Default)]
struct CompletionQueue {
    queue: Vec<Completion>,
    wake: Option<(unsafe extern "C" fn(*mut c_void), usize)>,
}

impl Completions {
    fn take(&self) -> Vec<Completion> {
        match self.inner.lock() {
            Ok(mut q) => std::mem::take(&mut q.queue),
            Err(poisoned) => std::mem::take(&mut poisoned.into_inner().queue),
        }
    }
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
    api(vm, |kvm, engine| {
        // Completions from other threads first; a stale handle or a finished
        // future is skipped, as kr_future_resolve would refuse it.
        for (handle, kind, text) in kvm.completions.take() {
            let Ok(fut) = kvm.value(handle) else { continue };
            let r = match kind {
                None => settle(engine, fut, true, Value::str(&text)),
                Some(name) => {
                    let err = make_exception(engine, &name, &text)?;
                    settle(engine, fut, false, Value::Instance(err.0.clone()))
                }
            };
            match r {
                Ok(()) | Err(Fail::Status(_)) => {}
                Err(e) => return Err(e),
            }
        }
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

/// # Safety
/// `vm` must be a live VM that is not freed during the call (any thread);
/// the strings NUL-terminated (`type_name` may be NULL).
#[no_mangle]
pub unsafe extern "C" fn kr_future_complete_threadsafe(
    vm: *mut kr_vm,
    fut: u64,
    type_name: *const c_char,
    text: *const c_char,
) -> kr_status {
    if vm.is_null() {
        return KR_ERROR_BAD_ARGUMENT;
    }
    let Ok(text) = c_str(text) else {
        return KR_ERROR_BAD_ARGUMENT;
    };
    let kind = if type_name.is_null() {
        None
    } else {
        match c_str(type_name) {
            Ok(t) => Some(t.to_string()),
            Err(_) => return KR_ERROR_BAD_ARGUMENT,
        }
    };
    // SAFETY: a live VM; `completions` is a Mutex, safe to use from any
    // thread while another thread runs the VM (nothing else is touched).
    let completions = unsafe { &(*vm).completions };
    let wake = {
        let mut q = match completions.inner.lock() {
            Ok(q) => q,
            Err(poisoned) => poisoned.into_inner(),
        };
        q.queue.push((fut, kind, text.to_string()));
        q.wake
    };
    if let Some((f, userdata)) = wake {
        // SAFETY: the host registered this callback for exactly this use.
        unsafe { f(userdata as *mut c_void) };
    }
    KR_OK
}

/// # Safety
/// `vm` must be NULL or a live VM; `wake` NULL or callable from any thread.
#[no_mangle]
pub unsafe extern "C" fn kr_set_wake_callback(
    vm: *mut kr_vm,
    wake: kr_wake_fn,
    userdata: *mut c_void,
) -> kr_status {
    api(vm, |kvm, _| {
        let mut q = match kvm.completions.inner.lock() {
            Ok(q) => q,
            Err(poisoned) => poisoned.into_inner(),
        };
        q.wake = wake.map(|f| (f, userdata as usize));
        Ok(())
    })
}

/// Before the VM is freed: lets asyncio (if the script used it) break the
/// reference cycles of unfinished tasks so that freeing the VM frees them.
pub(crate) fn teardown(engine: &mut Vm) {
    let Some(module) = engine.modules.get_str("asyncio") else {
        return;
    };
    if let Ok(f) = engine.getattr_str(&module, "_host_teardown") {
        let _ = engine.call(&f, vec![]);
    }
}
