//! Standard modules implemented in Rust, one file per module, and the
//! registry `import` consults before searching the filesystem.

pub mod math;
pub mod random;
pub mod random_core;
pub mod sys;
pub mod time;
pub mod util;

use std::rc::Rc;

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
        "builtins" => Some(builtins_module),
        "errno" => Some(|vm| source_module(vm, "errno", &[], include_str!("py/errno.py"))),
        "_complex" => Some(|vm| source_module(vm, "_complex", &[], include_str!("py/_complex.py"))),
        _ => None,
    }
}

/// `builtins`: a module over the VM's own builtins dict, so assignments to it
/// (`builtins.print = ...`) change what unqualified names resolve to.
fn builtins_module(vm: &mut Vm) -> PyResult<Value> {
    if vm.builtins.get_str("__name__").is_none() {
        vm.builtins.set_str("__name__", Value::str("builtins"));
    }
    let m = Value::Module(Rc::new(crate::object::ModuleObj {
        name: "builtins".into(),
        dict: vm.builtins.clone(),
    }));
    vm.modules.set_str("builtins", m.clone());
    // `complex` is otherwise loaded on its first unqualified use.
    vm.complex_class()?;
    Ok(m)
}

/// Modules created with the VM (sys must exist before any import).
pub fn install(vm: &mut Vm) {
    if let Ok(m) = sys::init(vm) {
        vm.modules.set_str("sys", m);
    }
}
