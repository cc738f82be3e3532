//! The script-visible methods and properties of `range` (index, count, start,
//! stop, step) and the `range(...)` constructor.

use std::rc::Rc;

use super::method_args::{descriptor_error, one_arg, self_arg};
use crate::error::PyResult;
use crate::object::{Args, NativeFn, RangeObj};
use crate::value::Value;
use crate::vm::Vm;

pub const METHODS: &[(&str, NativeFn)] = &[("index", range_index), ("count", range_count)];

pub const PROPERTIES: &[(&str, NativeFn)] = &[
    ("start", range_start),
    ("stop", range_stop),
    ("step", range_step),
];

/// `range(stop)`, `range(start, stop[, step])`; `args.args[0]` is the class.
pub fn new(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let a = args.args.get(1..).unwrap_or(&[]);
    super::method_args::check_count(vm, a.len(), "range", 1, 3)?;
    // A fixed array, not a Vec: `for _ in range(k)` builds one per loop.
    let mut ints = [0i64; 3];
    for (slot, v) in ints.iter_mut().zip(a) {
        *slot = match v {
            Value::Int(i) => *i,
            _ => vm.to_index(v)?,
        };
    }
    let (start, stop, step) = match a.len() {
        1 => (0, ints[0], 1),
        2 => (ints[0], ints[1], 1),
        _ => (ints[0], ints[1], ints[2]),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(RangeObj { start, stop, step })))
}

fn this(vm: &mut Vm, args: &Args, method: &str) -> PyResult<Rc<RangeObj>> {
    match self_arg(args) {
        Value::Range(r) => Ok(r),
        other => Err(descriptor_error(vm, method, "range", &other)),
    }
}

/// The position of int `i` in `r`, if present.
fn position(r: &RangeObj, i: i64) -> Option<i64> {
    r.position(i).and_then(|k| i64::try_from(k).ok())
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult {
    let r = this(vm, &args, "index")?;
    let x = one_arg(vm, &args, "range.index")?;
    match &x {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let found = match &x {
                Value::Int(i) => position(&r, *i),
                Value::Bool(b) => position(&r, *b as i64),
                _ => None,
            };
            match found {
                Some(k) => Ok(Value::Int(k)),
                None => {
                    let s = vm.repr(&x)?;
                    Err(vm.value_error(format!("{} is not in range", s)))
                }
            }
        }
        _ => {
            let it = vm.get_iter(&Value::Range(r))?;
            let mut k = 0;
            while let Some(item) = vm.next(&it)? {
                if vm.eq(&item, &x)? {
                    return Ok(Value::Int(k));
                }
                k += 1;
            }
            Err(vm.value_error("sequence.index(x): x not in sequence"))
        }
    }
}

fn range_count(vm: &mut Vm, args: Args) -> PyResult {
    let r = this(vm, &args, "count")?;
    let x = one_arg(vm, &args, "range.count")?;
    match &x {
        Value::Int(i) => Ok(Value::Int(position(&r, *i).is_some() as i64)),
        Value::Bool(b) => Ok(Value::Int(position(&r, *b as i64).is_some() as i64)),
        Value::BigInt(_) => Ok(Value::Int(0)),
        _ => {
            let it = vm.get_iter(&Value::Range(r))?;
            let mut n = 0;
            while let Some(item) = vm.next(&it)? {
                if vm.eq(&item, &x)? {
                    n += 1;
                }
            }
            Ok(Value::Int(n))
        }
    }
}

fn range_start(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Int(this(vm, &args, "start")?.start))
}

fn range_stop(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Int(this(vm, &args, "stop")?.stop))
}

fn range_step(vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Int(this(vm, &args, "step")?.step))
}

#[cfg(test)]
#[path = "range_methods_tests.rs"]
mod tests;
