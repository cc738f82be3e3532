//! The `random` module: Python source (`py/random.py`) over the native
//! generator in `random_core.rs`.

use super::util::source_module;
use crate::error::PyResult;
use crate::value::Value;
use crate::vm::Vm;

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    source_module(vm, "random", &[], include_str!("py/random.py"))
}
