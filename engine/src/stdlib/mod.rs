//! Standard modules implemented in Rust, one file per module, and the
//! registry `import` consults before searching the filesystem.

pub mod math;
pub mod random;
pub mod random_core;
pub mod sys;
pub mod time;
pub mod util;

use crate::error::PyResult;
use crate::value::Value;
use crate::vm::Vm;
use util::source_module;

pub type ModuleInit = fn(&mut Vm) -> PyResult<Value>;

/// The builtin module named `name`, if Krait has one.
pub fn native_module(name: &str) -> Option<ModuleInit> {
    match name {
        "sys" => Some(sys::init),
        "math" => Some(math::init),
        "time" => Some(time::init),
        "random" => Some(random::init),
        "_random" => Some(random_core::init),
        "string" => Some(|vm| source_module(vm, "string", &[], include_str!("py/string.py"))),
        "operator" => Some(|vm| source_module(vm, "operator", &[], include_str!("py/operator.py"))),
        "functools" => {
            Some(|vm| source_module(vm, "functools", &[], include_str!("py/functools.py")))
        }
        "itertools" => {
            Some(|vm| source_module(vm, "itertools", &[], include_str!("py/itertools.py")))
        }
        "collections" => {
            Some(|vm| source_module(vm, "collections", &[], include_str!("py/collections.py")))
        }
        "copy" => Some(|vm| source_module(vm, "copy", &[], include_str!("py/copy.py"))),
        "json" => Some(|vm| source_module(vm, "json", &[], include_str!("py/json.py"))),
        "_complex" => Some(|vm| source_module(vm, "_complex", &[], include_str!("py/_complex.py"))),
        _ => None,
    }
}

/// Modules created with the VM (sys must exist before any import).
pub fn install(vm: &mut Vm) {
    if let Ok(m) = sys::init(vm) {
        vm.modules.set_str("sys", m);
    }
}
