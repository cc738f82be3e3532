//! The script-visible methods of `tuple` (index, count) and the `tuple(...)`
//! constructor, with CPython 3.11's error messages.

use std::rc::Rc;

use super::method_args::{descriptor_error, index_bounds, one_arg, positional, self_arg};
use crate::error::PyResult;
use crate::object::{Args, NativeFn, TupleObj};
use crate::value::Value;
use crate::vm::Vm;

pub const METHODS: &[(&str, NativeFn)] = &[("index", tuple_index), ("count", tuple_count)];

/// `tuple()` / `tuple(iterable)`; `args.args[0]` is the class.
pub fn new(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("tuple() takes no keyword arguments"));
    }
    let n = args.args.len().saturating_sub(1);
    super::method_args::check_count(vm, n, "tuple", 0, 1)?;
    match args.args.get(1) {
        None => Ok(Value::tuple(Vec::new())),
        Some(v @ Value::Tuple(_)) => Ok(v.clone()),
        Some(v) => {
            let items = vm.iterate(v)?;
            Ok(Value::tuple(items))
        }
    }
}

fn this(vm: &mut Vm, args: &Args, method: &str) -> PyResult<Rc<TupleObj>> {
    match self_arg(args) {
        Value::Tuple(t) => Ok(t),
        other => Err(descriptor_error(vm, method, "tuple", &other)),
    }
}

fn tuple_index(vm: &mut Vm, args: Args) -> PyResult {
    let t = this(vm, &args, "index")?;
    let a = positional(vm, &args, "tuple.index", "index", 1, 3)?;
    let (start, stop) = index_bounds(vm, &a[1..], t.len())?;
    let stop = stop.min(t.len());
    for i in start..stop.max(start) {
        if vm.eq(&t.items[i], &a[0])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn tuple_count(vm: &mut Vm, args: Args) -> PyResult {
    let t = this(vm, &args, "count")?;
    let x = one_arg(vm, &args, "tuple.count")?;
    let mut count = 0;
    for item in t.items.iter() {
        if vm.eq(item, &x)? {
            count += 1;
        }
    }
    Ok(Value::Int(count))
}

#[cfg(test)]
#[path = "tuple_methods_tests.rs"]
mod tests;
