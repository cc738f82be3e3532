//! Native extension modules, loaded the way CPython loads C extensions:
//! `import fastmath` finds `fastmath.so` (or `libfastmath.so`) on the module
//! path (engine/src/vm/import.rs, which also checks the grant), and this file
//! opens it, checks the `kr_module_abi_version` it exports against this
//! library's KR_API_VERSION, and calls its `kr_module_init_fastmath(vm,
//! module)`, which fills the module with the ordinary C API. A library is
//! never unloaded (its functions live on in the VM), as in CPython.

use krait_engine::object::{DictObj, ModuleObj};
use krait_engine::vm::host::NativeLoader;
use krait_engine::{PyErr, PyResult, Value, Vm};

use crate::status::*;
use crate::vm::{kr_vm, API_VERSION};

type InitFn = unsafe extern "C" fn(*mut kr_vm, u64) -> kr_status;

/// The loader a VM made by kr_vm_new uses: extensions get that same kr_vm.
pub(crate) fn loader(kvm: &kr_vm) -> NativeLoader {
    // A host linking libkrait_ffi.a pulls in every kr_* function through
    // this reference, so with -rdynamic its extensions find them all.
    std::hint::black_box(exported_functions());
    let addr = kvm as *const kr_vm as usize;
    std::rc::Rc::new(move |vm: &mut Vm, full: &str, path: &str| {
        // SAFETY: the loader lives in the engine VM, which kr_vm_free drops
        // before the kr_vm, so the kr_vm is live whenever the loader runs.
        let kvm = unsafe { &*(addr as *const kr_vm) };
        load(kvm, vm, full, path)
    })
}

/// A view of a VM owned elsewhere, freed with that VM (after every other field).
struct Borrowed(Box<kr_vm>);

impl Drop for Borrowed {
    fn drop(&mut self) {
        // Handles an extension kept (e.g. a class for later kr_object_new) go first.
        self.0.handles.borrow_mut().clear();
        self.0.pending.replace(None);
    }
}

/// Lets `import` load native extension modules into a VM made without the
/// C API (the `krait` runner's): their init functions and native functions
/// receive a `kr_vm*` that works while the engine is calling them. Whether
/// loading is allowed is still the VM's `native_extensions` grant.
pub fn install_native_loader(engine: &mut Vm) {
    let view = Borrowed(Box::new(kr_vm::borrowed(engine)));
    engine.host.native_loader = Some(std::rc::Rc::new(
        move |vm: &mut Vm, full: &str, path: &str| {
            if vm.host.flush.is_none() {
                share_c_stdout(vm);
            }
            load(&view.0, vm, full, path)
        },
    ));
}

/// From the first extension on, script output goes through C's stdout as
/// the extension's printf does, so the two keep their order.
fn share_c_stdout(vm: &mut Vm) {
    if !matches!(vm.output, krait_engine::vm::Output::Stdout(_)) {
        return;
    }
    vm.flush_out();
    vm.output = krait_engine::vm::Output::Callback(Box::new(crate::stdio::write_stdout));
    if vm.err_output.is_none() {
        vm.err_output = Some(Box::new(crate::stdio::write_stderr));
    }
    vm.host.flush = Some(Box::new(crate::stdio::flush_stdout));
}

/// Every exported `kr_*` function, so a program that links this crate as a
/// Rust library (the `krait` runner) keeps them all for extensions to resolve.
pub fn exported_functions() -> usize {
    crate::exports::all()
        .iter()
        .fold(0, |a, &f| a.wrapping_add(f))
}

fn import_error(vm: &mut Vm, full: &str, path: &str, msg: String) -> PyErr {
    vm.import_error(full, path, &msg)
}

fn load(kvm: &kr_vm, vm: &mut Vm, full: &str, path: &str) -> PyResult {
    let short = full.rsplit('.').next().unwrap_or(full);
    // SAFETY: opening a library runs its initialisers; the host granted native
    // extension loading, trusting the libraries on its module path.
    let lib = match unsafe { libloading::Library::new(path) } {
        Ok(l) => l,
        Err(e) => {
            let msg = format!("cannot load native extension '{}': {}", path, e);
            return Err(import_error(vm, full, path, msg));
        }
    };
    // SAFETY: `kr_module_abi_version` is a `const uint32_t` (KR_MODULE_ABI in krait.h).
    let abi = match unsafe { lib.get::<*const u32>(b"kr_module_abi_version\0") } {
        // SAFETY: the symbol's address points at the extension's uint32_t.
        Ok(sym) => unsafe { **sym },
        Err(_) => {
            let msg = format!(
                "native extension '{}' does not export kr_module_abi_version (add KR_MODULE_ABI from krait.h)",
                path
            );
            return Err(import_error(vm, full, path, msg));
        }
    };
    if abi / 10000 != API_VERSION / 10000 || abi > API_VERSION {
        let msg = format!(
            "native extension '{}' was built for Krait C API {}, but this Krait provides {} (rebuild it against this krait.h)",
            path,
            version_text(abi),
            version_text(API_VERSION)
        );
        return Err(import_error(vm, full, path, msg));
    }
    let symbol = format!("kr_module_init_{}\0", short);
    // SAFETY: the init function has the signature krait.h documents.
    let init: InitFn = match unsafe { lib.get::<InitFn>(symbol.as_bytes()) } {
        Ok(sym) => *sym,
        Err(_) => {
            let msg = format!(
                "native extension '{}' does not define its init function kr_module_init_{}",
                path, short
            );
            return Err(import_error(vm, full, path, msg));
        }
    };
    // Its functions and classes point into the library from now on.
    std::mem::forget(lib);

    let dict = krait_engine::gc::new(DictObj::new());
    dict.set_str("__name__", Value::str(full));
    dict.set_str("__doc__", Value::None);
    let file = std::path::absolute(path)
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| path.to_string());
    dict.set_str("__file__", Value::string(file));
    let package = full.rsplit_once('.').map(|(p, _)| p).unwrap_or("");
    dict.set_str("__package__", Value::str(package));
    let module = Value::Module(krait_engine::gc::new(ModuleObj::new(full, dict)));
    vm.modules.set_str(full, module.clone());

    let handle = kvm.new_handle(module.clone());
    kvm.pending.replace(None);
    let status = {
        let _lent = kvm.lend(vm);
        // SAFETY: calling the extension's init as krait.h documents it; the
        // kr_vm and the module handle are live for the call.
        unsafe { init(kvm as *const kr_vm as *mut kr_vm, handle) }
    };
    let _ = kvm.handles.borrow_mut().remove(handle);
    let failure = match status {
        KR_OK => None,
        KR_ERROR_EXCEPTION => Some(kvm.pending.replace(None).unwrap_or_else(|| {
            vm.new_error(
                "SystemError",
                &format!(
                    "kr_module_init_{}() reported an exception without raising one",
                    short
                ),
            )
        })),
        other => Some(import_error(
            vm,
            full,
            path,
            format!("kr_module_init_{}() failed with status {}", short, other),
        )),
    };
    if let Some(err) = failure {
        vm.modules.remove_str(full);
        return Err(err);
    }
    if let Some((parent, _)) = full.rsplit_once('.') {
        if let Some(pm) = vm.modules.get_str(parent) {
            let name = vm.intern(short);
            vm.setattr(&pm, &name, module.clone())?;
        }
    }
    Ok(vm.modules.get_str(full).unwrap_or(module))
}

/// 100 -> "0.1.0".
fn version_text(v: u32) -> String {
    format!("{}.{}.{}", v / 10000, v / 100 % 100, v % 100)
}
