//! `kr_vm`: one engine VM plus what the C side needs around it (handles, the
//! last error, the owning thread), and the `api` wrapper every exported
//! function goes through: NULL and thread checks, panics caught, script
//! exceptions recorded as the VM's last error.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::ffi::{c_char, c_void, CStr, CString};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, AtomicIsize, AtomicU16, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use krait_engine::vm::host::Grants;
use krait_engine::vm::limits::Halt;
use krait_engine::vm::Output;
use krait_engine::{Config, PyErr, Value, Vm};

use crate::errors::LastError;
use crate::handles::HandleTable;
use crate::status::*;

pub const API_VERSION: u32 = 100;

pub type OutputFn = Option<extern "C" fn(*mut c_void, i32, *const c_char, usize)>;
pub type InputFn = Option<extern "C" fn(*mut c_void, *mut c_char, usize) -> usize>;

pub const KR_GRANT_FILESYSTEM: u32 = 1;
pub const KR_GRANT_ENVIRONMENT: u32 = 2;
pub const KR_GRANT_NATIVE_EXTENSIONS: u32 = 4;

/// `kr_config.jit`: the interpreter only (the one tier this build has).
pub const KR_JIT_OFF: u32 = 0;

#[repr(C)]
pub struct kr_config {
    pub size: usize,
    pub api_version: u32,
    pub recursion_limit: u32,
    pub module_paths: *const *const c_char,
    pub module_path_count: usize,
    pub output: OutputFn,
    pub userdata: *mut c_void,
    pub max_instructions: u64,
    pub time_limit_ms: u64,
    pub memory_limit: u64,
    pub grants: u32,
    pub input: InputFn,
    pub jit: u32,
    pub jit_threshold: u32,
}

/// Why an API call failed: a plain status, or a script exception.
pub enum Fail {
    Status(kr_status),
    Exception(PyErr),
}

impl From<PyErr> for Fail {
    fn from(e: PyErr) -> Fail {
        Fail::Exception(e)
    }
}

pub type ApiResult<T = ()> = Result<T, Fail>;

#[allow(non_camel_case_types)]
pub struct kr_vm {
    /// The VM the next call uses: the base VM, or while a native function
    /// runs, the `&mut Vm` the engine lent that function.
    active: Cell<*mut Vm>,
    /// The VM kr_vm_new made, or null for the view `borrowed` makes of a VM
    /// owned elsewhere (the `krait` runner's), usable only while lent.
    base: *mut Vm,
    pub(crate) handles: RefCell<HandleTable>,
    pub(crate) last_error: RefCell<LastError>,
    /// The exception a native function raised (kr_raise) or a nested call
    /// failed with, taken when the native function returns.
    pub(crate) pending: RefCell<Option<PyErr>>,
    /// Type names handed out by kr_type_name, kept until the VM is freed.
    pub(crate) type_names: RefCell<HashMap<String, CString>>,
    /// Token of the thread inside the VM (0: none) and how deep it is.
    owner: AtomicU64,
    depth: Cell<u32>,
    pub(crate) userdata: *mut c_void,
    /// The engine's interrupt flag, shared so kr_interrupt works from any thread.
    interrupt: Arc<AtomicBool>,
    /// Bytes allocated while this VM ran (see alloc.rs); shared with the engine's probe.
    memory: Arc<AtomicIsize>,
    /// Host classes by tag (see host_class.rs).
    pub(crate) host_classes: RefCell<HashMap<usize, crate::host_class::HostClass>>,
    /// Future completions queued from other threads (see future.rs).
    pub(crate) completions: crate::future::Completions,
}

static NEXT_VM_ID: AtomicU16 = AtomicU16::new(1);

thread_local! {
    static THREAD_TOKEN: u8 = const { 0 };
}

/// A nonzero number unique to the calling thread while it lives.
fn thread_token() -> u64 {
    THREAD_TOKEN.with(|t| t as *const u8 as u64)
}

impl kr_vm {
    /// Runs `body` as the current thread's turn in the VM.
    fn enter<T>(&self, body: impl FnOnce(&mut Vm) -> T) -> Result<T, kr_status> {
        let me = thread_token();
        let owner = self.owner.load(Ordering::Acquire);
        if owner != me
            && self
                .owner
                .compare_exchange(0, me, Ordering::AcqRel, Ordering::Acquire)
                .is_err()
        {
            return Err(KR_ERROR_WRONG_THREAD);
        }
        let active = self.active.get();
        if active.is_null() {
            // A borrowed view called outside an extension's init or native function.
            if self.depth.get() == 0 {
                self.owner.store(0, Ordering::Release);
            }
            return Err(KR_ERROR_STATE);
        }
        self.depth.set(self.depth.get() + 1);
        // SAFETY: `active` points at the live VM (the boxed base VM, or the
        // reborrow the engine passed to the running native function, which
        // does not use it until we return); only this thread is inside.
        let vm = unsafe { &mut *active };
        // New objects join this VM's heap, whichever thread runs it.
        let _heap = vm.heap.enter();
        let out = body(vm);
        self.depth.set(self.depth.get() - 1);
        if self.depth.get() == 0 {
            self.owner.store(0, Ordering::Release);
        }
        Ok(out)
    }

    /// Makes `vm` the VM for nested API calls until the returned value is dropped.
    /// When the engine calls in with no API call active (the runner's VM, a
    /// finaliser during kr_vm_free), this thread also takes the VM's turn, so
    /// nested calls are not mistaken for a new outermost run.
    pub(crate) fn lend(&self, vm: &mut Vm) -> LentVm<'_> {
        let outermost = self.depth.get() == 0;
        if outermost {
            let me = thread_token();
            // Another thread may be holding the turn for an instant (it found
            // the view unlent and is backing out).
            while self
                .owner
                .compare_exchange(0, me, Ordering::AcqRel, Ordering::Acquire)
                .is_err()
            {
                std::thread::yield_now();
            }
            self.depth.set(1);
        }
        let previous = self.active.replace(vm as *mut Vm);
        LentVm {
            owner: self,
            previous,
            outermost,
        }
    }

    /// A view of `engine`, owned elsewhere, for native extensions loaded into
    /// it: its API calls work while the engine lends it (see `lend`).
    pub(crate) fn borrowed(engine: &Vm) -> kr_vm {
        kr_vm::wrap(
            std::ptr::null_mut(),
            engine,
            Arc::default(),
            std::ptr::null_mut(),
        )
    }

    fn wrap(base: *mut Vm, engine: &Vm, memory: Arc<AtomicIsize>, userdata: *mut c_void) -> kr_vm {
        let id = NEXT_VM_ID.fetch_add(1, Ordering::Relaxed).max(1);
        kr_vm {
            active: Cell::new(base),
            base,
            handles: RefCell::new(HandleTable::new(id)),
            last_error: RefCell::new(LastError::default()),
            pending: RefCell::new(None),
            type_names: RefCell::new(HashMap::new()),
            owner: AtomicU64::new(0),
            depth: Cell::new(0),
            userdata,
            interrupt: engine.limits.interrupt.clone(),
            memory,
            host_classes: RefCell::new(HashMap::new()),
            completions: Default::default(),
        }
    }

    pub(crate) fn value(&self, handle: u64) -> ApiResult<Value> {
        self.handles
            .borrow()
            .get(handle)
            .cloned()
            .ok_or(Fail::Status(KR_ERROR_BAD_HANDLE))
    }

    pub(crate) fn values(&self, n: usize, handles: *const u64) -> ApiResult<Vec<Value>> {
        if n == 0 {
            return Ok(Vec::new());
        }
        if handles.is_null() {
            return Err(Fail::Status(KR_ERROR_BAD_ARGUMENT));
        }
        // SAFETY: the caller promises `handles` points at `n` handles.
        let hs = unsafe { std::slice::from_raw_parts(handles, n) };
        hs.iter().map(|&h| self.value(h)).collect()
    }

    pub(crate) fn next_class_tag(&self) -> usize {
        self.host_classes.borrow().len() + 1
    }

    pub(crate) fn new_handle(&self, v: Value) -> u64 {
        self.handles.borrow_mut().insert(v)
    }
}

pub(crate) struct LentVm<'a> {
    owner: &'a kr_vm,
    previous: *mut Vm,
    outermost: bool,
}

impl Drop for LentVm<'_> {
    fn drop(&mut self) {
        self.owner.active.set(self.previous);
        if self.outermost {
            self.owner.depth.set(0);
            self.owner.owner.store(0, Ordering::Release);
        }
    }
}

/// The wrapper of every exported function that takes a VM.
pub(crate) fn api(vm: *mut kr_vm, body: impl FnOnce(&kr_vm, &mut Vm) -> ApiResult) -> kr_status {
    if vm.is_null() {
        return KR_ERROR_BAD_ARGUMENT;
    }
    // SAFETY: a non-null kr_vm* comes from kr_vm_new and is live until kr_vm_free.
    let kvm = unsafe { &*vm };
    let run = catch_unwind(AssertUnwindSafe(|| {
        kvm.enter(|engine| {
            let _charging = crate::alloc::Charging::to(&kvm.memory);
            let outermost = kvm.depth.get() == 1;
            if outermost {
                engine.limits.start_run();
            }
            let result = body(kvm, engine);
            // Finalisers and weakref callbacks queued by this call (a released
            // handle, a cleared container) run before control returns to C.
            if outermost && krait_engine::gc::pending::any() {
                engine.run_pending();
            }
            let halted = engine.limits.halted();
            if outermost && halted.is_some() {
                // The run is over; the VM is usable again.
                engine.limits.start_run();
            }
            match result {
                Ok(()) => KR_OK,
                Err(Fail::Status(s)) => s,
                Err(Fail::Exception(err)) => {
                    kvm.last_error
                        .replace(LastError::from_exception(engine, &err));
                    match halted {
                        Some(Halt::Interrupted) => KR_ERROR_INTERRUPTED,
                        Some(_) => KR_ERROR_LIMIT,
                        None => {
                            kvm.pending.replace(Some(err));
                            KR_ERROR_EXCEPTION
                        }
                    }
                }
            }
        })
    }));
    match run {
        Ok(Ok(status)) => status,
        Ok(Err(status)) => status,
        Err(_) => KR_ERROR_INTERNAL,
    }
}

/// Writes `v` through the out-pointer as a new handle.
pub(crate) fn put(kvm: &kr_vm, out: *mut u64, v: Value) -> ApiResult {
    if out.is_null() {
        return Err(Fail::Status(KR_ERROR_BAD_ARGUMENT));
    }
    let h = kvm.new_handle(v);
    // SAFETY: checked non-null; the caller provides a writable kr_value.
    unsafe { *out = h };
    Ok(())
}

/// A NUL-terminated C string argument as UTF-8.
pub(crate) fn c_str<'a>(p: *const c_char) -> ApiResult<&'a str> {
    if p.is_null() {
        return Err(Fail::Status(KR_ERROR_BAD_ARGUMENT));
    }
    // SAFETY: the caller passes a NUL-terminated string.
    unsafe { CStr::from_ptr(p) }
        .to_str()
        .map_err(|_| Fail::Status(KR_ERROR_BAD_ARGUMENT))
}

/// `len` bytes of UTF-8 text at `p`.
pub(crate) fn c_text<'a>(p: *const c_char, len: usize) -> ApiResult<&'a str> {
    if p.is_null() {
        return if len == 0 {
            Ok("")
        } else {
            Err(Fail::Status(KR_ERROR_BAD_ARGUMENT))
        };
    }
    // SAFETY: the caller passes `len` readable bytes.
    let bytes = unsafe { std::slice::from_raw_parts(p as *const u8, len) };
    std::str::from_utf8(bytes).map_err(|_| Fail::Status(KR_ERROR_BAD_ARGUMENT))
}

/// # Safety
/// `config` must be NULL or point at a writable kr_config.
#[no_mangle]
pub unsafe extern "C" fn kr_config_init(config: *mut kr_config) {
    if config.is_null() {
        return;
    }
    // SAFETY: checked non-null; the caller owns the struct.
    unsafe {
        config.write(kr_config {
            size: std::mem::size_of::<kr_config>(),
            api_version: API_VERSION,
            recursion_limit: 1000,
            module_paths: std::ptr::null(),
            module_path_count: 0,
            output: None,
            userdata: std::ptr::null_mut(),
            max_instructions: 0,
            time_limit_ms: 0,
            memory_limit: 0,
            grants: 0,
            input: None,
            jit: KR_JIT_OFF,
            jit_threshold: 0,
        })
    };
}

/// # Safety
/// `config` must point at a kr_config filled by kr_config_init; `out` at a kr_vm*.
#[no_mangle]
pub unsafe extern "C" fn kr_vm_new(config: *const kr_config, out: *mut *mut kr_vm) -> kr_status {
    if config.is_null() || out.is_null() {
        return KR_ERROR_BAD_ARGUMENT;
    }
    // SAFETY: checked non-null; `size` is read first so an older, smaller struct is not over-read.
    let size = unsafe { (*config).size };
    if size < std::mem::size_of::<kr_config>() {
        return KR_ERROR_BAD_ARGUMENT;
    }
    // SAFETY: checked non-null and large enough.
    let cfg = unsafe { &*config };
    if cfg.api_version / 10000 != API_VERSION / 10000 {
        return KR_ERROR_VERSION;
    }
    // No JIT tier is built yet: asking for one is an error, not a silent no-op.
    if cfg.jit != KR_JIT_OFF {
        return KR_ERROR_BAD_ARGUMENT;
    }
    let memory = Arc::new(AtomicIsize::new(0));
    let made = catch_unwind(AssertUnwindSafe(|| -> Result<Box<kr_vm>, kr_status> {
        let _charging = crate::alloc::Charging::to(&memory);
        let mut paths = Vec::new();
        if cfg.module_path_count > 0 {
            if cfg.module_paths.is_null() {
                return Err(KR_ERROR_BAD_ARGUMENT);
            }
            // SAFETY: the host promises `module_path_count` string pointers.
            let ps = unsafe { std::slice::from_raw_parts(cfg.module_paths, cfg.module_path_count) };
            for &p in ps {
                paths.push(c_str(p).map_err(|_| KR_ERROR_BAD_ARGUMENT)?.to_string());
            }
        }
        if cfg.grants & !(KR_GRANT_FILESYSTEM | KR_GRANT_ENVIRONMENT | KR_GRANT_NATIVE_EXTENSIONS)
            != 0
        {
            return Err(KR_ERROR_BAD_ARGUMENT);
        }
        let mut engine = Vm::new(Config {
            recursion_limit: cfg.recursion_limit.max(1) as usize,
            argv: vec![String::new()],
            module_paths: paths,
            grants: Grants {
                filesystem: cfg.grants & KR_GRANT_FILESYSTEM != 0,
                environment: cfg.grants & KR_GRANT_ENVIRONMENT != 0,
                native_extensions: cfg.grants & KR_GRANT_NATIVE_EXTENSIONS != 0,
            },
        });
        if let Some(f) = cfg.input {
            engine.host.input = Some(input_hook(f, cfg.userdata as usize));
        }
        if cfg.output.is_none() {
            engine.output = Output::Callback(Box::new(crate::stdio::write_stdout));
            engine.err_output = Some(Box::new(crate::stdio::write_stderr));
            engine.host.flush = Some(Box::new(crate::stdio::flush_stdout));
        }
        if let Some(f) = cfg.output {
            let userdata = cfg.userdata as usize;
            engine.output = Output::Callback(Box::new(move |s: &str| {
                f(
                    userdata as *mut c_void,
                    1,
                    s.as_ptr() as *const c_char,
                    s.len(),
                )
            }));
            engine.err_output = Some(Box::new(move |s: &str| {
                f(
                    userdata as *mut c_void,
                    2,
                    s.as_ptr() as *const c_char,
                    s.len(),
                )
            }));
        }
        set_limits(&mut engine, cfg.max_instructions, cfg.time_limit_ms);
        set_memory_limit(&mut engine, cfg.memory_limit);
        let probe = memory.clone();
        engine.limits.memory_probe = Some(Box::new(move || {
            probe.load(Ordering::Relaxed).max(0) as usize
        }));
        let base = Box::into_raw(Box::new(engine));
        // SAFETY: `base` was just made from a Box and is not shared yet.
        let kvm = Box::new(kr_vm::wrap(
            base,
            unsafe { &*base },
            memory.clone(),
            cfg.userdata,
        ));
        // SAFETY: as above; the kr_vm box lives until kr_vm_free, after the engine's last use.
        let engine = unsafe { &mut *base };
        engine.host.native_loader = Some(crate::extension::loader(&kvm));
        Ok(kvm)
    }));
    match made {
        Ok(Ok(vm)) => {
            // SAFETY: checked non-null above.
            unsafe { *out = Box::into_raw(vm) };
            KR_OK
        }
        Ok(Err(status)) => status,
        Err(_) => KR_ERROR_INTERNAL,
    }
}

/// # Safety
/// `vm` must be NULL or a VM from kr_vm_new not yet freed, and not in use.
#[no_mangle]
pub unsafe extern "C" fn kr_vm_free(vm: *mut kr_vm) {
    if vm.is_null() {
        return;
    }
    let _ = catch_unwind(AssertUnwindSafe(|| {
        // SAFETY: a live VM; a borrowed view is owned by the VM it views, not the host.
        if unsafe { (*vm).base.is_null() } {
            return;
        }
        // SAFETY: the pointer came from Box::into_raw in kr_vm_new.
        let kvm = unsafe { Box::from_raw(vm) };
        let memory = kvm.memory.clone();
        let _charging = crate::alloc::Charging::to(&memory);
        if kvm.depth.get() > 0 {
            // Freed from inside its own native function: leak rather than
            // pull the VM out from under the running script.
            std::mem::forget(kvm);
            return;
        }
        kvm.handles.borrow_mut().clear();
        kvm.pending.replace(None);
        // SAFETY: `base` came from Box::into_raw and nothing else refers to it now.
        let mut engine = unsafe { Box::from_raw(kvm.base) };
        crate::future::teardown(&mut engine);
        engine.finish();
        drop(engine);
    }));
}

/// # Safety
/// `vm` must be NULL or a live VM.
#[no_mangle]
pub unsafe extern "C" fn kr_vm_userdata(vm: *mut kr_vm) -> *mut c_void {
    if vm.is_null() {
        return std::ptr::null_mut();
    }
    // SAFETY: a live VM from kr_vm_new.
    unsafe { (*vm).userdata }
}

/// # Safety
/// `vm` must be NULL or a live VM.
#[no_mangle]
pub unsafe extern "C" fn kr_handle_count(vm: *mut kr_vm) -> usize {
    if vm.is_null() {
        return 0;
    }
    // SAFETY: a live VM from kr_vm_new; the count is plain data.
    let kvm = unsafe { &*vm };
    kvm.handles.try_borrow().map(|h| h.live()).unwrap_or(0)
}

/// `input()` reads lines from the host's callback, which fills a buffer as read(2) does.
fn input_hook(
    f: extern "C" fn(*mut c_void, *mut c_char, usize) -> usize,
    userdata: usize,
) -> krait_engine::vm::host::InputFn {
    let mut pending: Vec<u8> = Vec::new();
    Box::new(move || loop {
        if let Some(i) = pending.iter().position(|&b| b == b'\n') {
            let line: Vec<u8> = pending.drain(..=i).collect();
            return Some(String::from_utf8_lossy(&line).into_owned());
        }
        let mut buf = [0u8; 4096];
        let n = f(
            userdata as *mut c_void,
            buf.as_mut_ptr() as *mut c_char,
            buf.len(),
        );
        if n == 0 {
            // End of input for this read; a later input() asks the host again.
            if pending.is_empty() {
                return None;
            }
            let rest = std::mem::take(&mut pending);
            return Some(String::from_utf8_lossy(&rest).into_owned());
        }
        pending.extend_from_slice(&buf[..n.min(buf.len())]);
    })
}

fn set_limits(engine: &mut Vm, max_instructions: u64, time_limit_ms: u64) {
    engine.limits.max_instructions = (max_instructions > 0).then_some(max_instructions);
    engine.limits.time_limit = (time_limit_ms > 0).then(|| Duration::from_millis(time_limit_ms));
}

/// # Safety
/// `vm` must be NULL or a live VM.
#[no_mangle]
pub unsafe extern "C" fn kr_set_limits(
    vm: *mut kr_vm,
    max_instructions: u64,
    time_limit_ms: u64,
) -> kr_status {
    api(vm, |_, engine| {
        set_limits(engine, max_instructions, time_limit_ms);
        Ok(())
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; may be called from any thread.
#[no_mangle]
pub unsafe extern "C" fn kr_interrupt(vm: *mut kr_vm) -> kr_status {
    if vm.is_null() {
        return KR_ERROR_BAD_ARGUMENT;
    }
    // SAFETY: a live VM; `interrupt` is an immutable Arc to an atomic, safe to
    // read from any thread while another thread runs the VM.
    let flag = unsafe { &(*vm).interrupt };
    flag.store(true, Ordering::Release);
    KR_OK
}

fn set_memory_limit(engine: &mut Vm, bytes: u64) {
    engine.limits.max_memory = (bytes > 0).then_some(bytes as usize);
}

/// # Safety
/// `vm` must be NULL or a live VM.
#[no_mangle]
pub unsafe extern "C" fn kr_set_memory_limit(vm: *mut kr_vm, bytes: u64) -> kr_status {
    api(vm, |_, engine| {
        set_memory_limit(engine, bytes);
        Ok(())
    })
}

/// # Safety
/// `vm` must be NULL or a live VM.
#[no_mangle]
pub unsafe extern "C" fn kr_memory_used(vm: *mut kr_vm) -> usize {
    if vm.is_null() {
        return 0;
    }
    // SAFETY: a live VM; the counter is an atomic.
    unsafe { (*vm).memory.load(Ordering::Relaxed).max(0) as usize }
}
