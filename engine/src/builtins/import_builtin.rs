//! `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: the
//! function behind the import statement, for code that imports by a name
//! it computes.

use crate::error::PyResult;
use crate::object::{Args, NativeFn};
use crate::value::Value;
use crate::vm::Vm;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[("__import__", import)];

fn import(vm: &mut Vm, mut args: Args) -> PyResult {
    let names = ["name", "globals", "locals", "fromlist", "level"];
    let mut given: [Option<Value>; 5] = Default::default();
    if args.args.len() > names.len() {
        return Err(vm.type_error(format!(
            "__import__() takes at most 5 arguments ({} given)",
            args.args.len()
        )));
    }
    for (slot, v) in given.iter_mut().zip(args.args.drain(..)) {
        *slot = Some(v);
    }
    for (slot, name) in given.iter_mut().zip(names) {
        if let Some(v) = args.take_kw(name) {
            *slot = Some(v);
        }
    }
    if let Some((k, _)) = args.kwargs.first() {
        return Err(vm.type_error(format!(
            "'{}' is an invalid keyword argument for __import__()",
            k.as_str()
        )));
    }
    let [name, globals, _locals, fromlist, level] = given;
    let name = match name {
        Some(Value::Str(s)) => s,
        Some(_) => return Err(vm.type_error("module name must be a string")),
        None => return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)")),
    };
    let level = match level {
        None => 0,
        Some(v) => vm.to_index(&v)?,
    };
    if level < 0 {
        return Err(vm.value_error("level must be >= 0"));
    }
    if name.as_str().is_empty() && level == 0 {
        return Err(vm.value_error("Empty module name"));
    }
    // Relative imports resolve against the globals given, else the caller's.
    let globals = match globals {
        Some(Value::Dict(d)) => d,
        _ => super::eval::caller_globals(vm)?,
    };
    let fromlist = fromlist.unwrap_or(Value::None);
    vm.import_name(name.as_str(), &fromlist, level as usize, &globals)
}
