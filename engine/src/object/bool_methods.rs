//! The `bool(...)` constructor: the truth value of its argument.

use crate::error::PyResult;
use crate::object::Args;
use crate::value::Value;
use crate::vm::Vm;

/// `bool()` / `bool(x)`; `args.args[0]` is the class.
pub fn new(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("bool() takes no keyword arguments"));
    }
    let n = args.args.len().saturating_sub(1);
    super::method_args::check_count(vm, n, "bool", 0, 1)?;
    match args.args.get(1) {
        None => Ok(Value::Bool(false)),
        Some(x) => Ok(Value::Bool(vm.truthy(x)?)),
    }
}
