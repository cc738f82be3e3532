//! `linecache`'s native half: the source text Krait compiled under a
//! filename (scripts, `exec`/`compile` strings, frozen modules), which is what
//! CPython's linecache finds on disk or in its lazy cache.

use crate::error::PyResult;
use crate::object::Args;
use crate::value::Value;
use crate::vm::Vm;

use super::util::source_module;

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    source_module(
        vm,
        "linecache",
        &[("_compiled_source", compiled_source)],
        include_str!("py/linecache.py"),
    )
}

/// `_compiled_source(filename)`: the text compiled under that name, or None.
fn compiled_source(vm: &mut Vm, args: Args) -> PyResult {
    let Some(Value::Str(name)) = args.args.first() else {
        return Ok(Value::None);
    };
    Ok(match vm.sources.get(name.as_str()) {
        Some(src) => Value::str(src),
        None => Value::None,
    })
}
