//! The script-visible methods and properties of `range` (index, count, start,
//! stop, step) and the `range(...)` constructor.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{One, Zero};

use super::method_args::{descriptor_error, one_arg, self_arg};
use crate::error::PyResult;
use crate::object::int::to_bigint;
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
    // All i64s (the common case) build no big ints; a fixed array, not a
    // Vec: `for _ in range(k)` builds one per loop.
    let mut small = [0i64; 3];
    let all_small = small.iter_mut().zip(a).all(|(slot, v)| match v {
        Value::Int(i) => {
            *slot = *i;
            true
        }
        _ => false,
    });
    let range = if all_small {
        let (start, stop, step) = match a.len() {
            1 => (0, small[0], 1),
            2 => (small[0], small[1], 1),
            _ => (small[0], small[1], small[2]),
        };
        if step == 0 {
            return Err(vm.value_error("range() arg 3 must not be zero"));
        }
        RangeObj::Small { start, stop, step }
    } else {
        let mut ints = Vec::with_capacity(3);
        for v in a {
            ints.push(index_int(vm, v)?);
        }
        let mut ints = ints.into_iter();
        let first = ints.next().unwrap_or_default();
        let (start, stop, step) = match (ints.next(), ints.next()) {
            (None, _) => (BigInt::zero(), first, BigInt::one()),
            (Some(stop), None) => (first, stop, BigInt::one()),
            (Some(stop), Some(step)) => (first, stop, step),
        };
        if step.is_zero() {
            return Err(vm.value_error("range() arg 3 must not be zero"));
        }
        RangeObj::new(start, stop, step)
    };
    Ok(Value::Range(Rc::new(range)))
}

/// An int-like argument (`__index__`) as an int of any size.
fn index_int(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match to_bigint(v) {
        Some(b) => Ok(b),
        None => vm.to_index(v).map(BigInt::from),
    }
}

fn this(vm: &mut Vm, args: &Args, method: &str) -> PyResult<Rc<RangeObj>> {
    match self_arg(args) {
        Value::Range(r) => Ok(r),
        other => Err(descriptor_error(vm, method, "range", &other)),
    }
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult {
    let r = this(vm, &args, "index")?;
    let x = one_arg(vm, &args, "range.index")?;
    if let Some(v) = to_bigint(&x) {
        return match r.index_of(&v) {
            Some(k) => Ok(Value::from_bigint(k)),
            None => {
                let s = vm.repr(&x)?;
                Err(vm.value_error(format!("{} is not in range", s)))
            }
        };
    }
    // Other types compare by `==`, one value at a time, as CPython's.
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

fn range_count(vm: &mut Vm, args: Args) -> PyResult {
    let r = this(vm, &args, "count")?;
    let x = one_arg(vm, &args, "range.count")?;
    if let Some(v) = to_bigint(&x) {
        return Ok(Value::Int(r.index_of(&v).is_some() as i64));
    }
    let it = vm.get_iter(&Value::Range(r))?;
    let mut n = 0;
    while let Some(item) = vm.next(&it)? {
        if vm.eq(&item, &x)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn range_start(vm: &mut Vm, args: Args) -> PyResult {
    let [start, _, _] = this(vm, &args, "start")?.bound_values();
    Ok(start)
}

fn range_stop(vm: &mut Vm, args: Args) -> PyResult {
    let [_, stop, _] = this(vm, &args, "stop")?.bound_values();
    Ok(stop)
}

fn range_step(vm: &mut Vm, args: Args) -> PyResult {
    let [_, _, step] = this(vm, &args, "step")?.bound_values();
    Ok(step)
}

#[cfg(test)]
#[path = "range_methods_tests.rs"]
mod tests;
