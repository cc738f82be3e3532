//! Argument checking shared by the builtin container and number method tables,
//! producing CPython 3.11's exact TypeError messages (argument clinic style).

use crate::error::{PyErr, PyResult};
use crate::object::{type_name_of, Args};
use crate::value::Value;
use crate::vm::Vm;

/// "descriptor 'append' for 'list' objects doesn't apply to a 'int' object".
pub fn descriptor_error(vm: &mut Vm, method: &str, owner: &str, got: &Value) -> PyErr {
    if got.is_null() {
        return vm.type_error(format!(
            "unbound method {}.{}() needs an argument",
            owner, method
        ));
    }
    vm.type_error(format!(
        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
        method,
        owner,
        type_name_of(got)
    ))
}

/// The `self` argument (or Null when missing, which callers treat as a wrong type).
pub fn self_arg(args: &Args) -> Value {
    args.args.first().cloned().unwrap_or(Value::Null)
}

/// Number of arguments after `self`.
pub fn nargs(args: &Args) -> usize {
    args.args.len().saturating_sub(1)
}

/// The i-th argument after `self`.
pub fn arg(args: &Args, i: usize) -> Option<Value> {
    args.args.get(i + 1).cloned()
}

/// Rejects keyword arguments: "list.append() takes no keyword arguments".
pub fn no_kwargs(vm: &mut Vm, args: &Args, qualname: &str) -> PyResult<()> {
    if args.kwargs.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{}() takes no keyword arguments", qualname)))
    }
}

/// METH_NOARGS: "list.clear() takes no arguments (1 given)".
pub fn no_args(vm: &mut Vm, args: &Args, qualname: &str) -> PyResult<()> {
    no_kwargs(vm, args, qualname)?;
    let n = nargs(args);
    if n != 0 {
        return Err(vm.type_error(format!("{}() takes no arguments ({} given)", qualname, n)));
    }
    Ok(())
}

/// METH_O: "list.append() takes exactly one argument (0 given)".
pub fn one_arg(vm: &mut Vm, args: &Args, qualname: &str) -> PyResult<Value> {
    no_kwargs(vm, args, qualname)?;
    let n = nargs(args);
    if n != 1 {
        return Err(vm.type_error(format!(
            "{}() takes exactly one argument ({} given)",
            qualname, n
        )));
    }
    Ok(args.args[1].clone())
}

/// Positional count check: "pop expected at most 1 argument, got 2",
/// "insert expected 2 arguments, got 1", "index expected at least 1 argument, got 0".
pub fn check_count(vm: &mut Vm, n: usize, name: &str, min: usize, max: usize) -> PyResult<()> {
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if n < min {
        let how = if min == max { "" } else { "at least " };
        return Err(vm.type_error(format!(
            "{} expected {}{} argument{}, got {}",
            name,
            how,
            min,
            plural(min),
            n
        )));
    }
    if n > max {
        let how = if min == max { "" } else { "at most " };
        return Err(vm.type_error(format!(
            "{} expected {}{} argument{}, got {}",
            name,
            how,
            max,
            plural(max),
            n
        )));
    }
    Ok(())
}

/// `check_count` on the arguments after `self`, with no keywords allowed.
pub fn positional<'a>(
    vm: &mut Vm,
    args: &'a Args,
    qualname: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_kwargs(vm, args, qualname)?;
    let n = nargs(args);
    check_count(vm, n, name, min, max)?;
    Ok(&args.args[1..])
}

/// A slice-style index (`list.index(x, start, stop)`): ints clamp to the i64
/// range; other types need `__index__`.
pub fn slice_index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    use num_traits::Signed;
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(b) => Ok(if b.is_negative() { i64::MIN } else { i64::MAX }),
        Value::Instance(_) => match vm.call_dunder(v, "__index__", vec![])? {
            Some(Value::Int(i)) => Ok(i),
            Some(Value::Bool(b)) => Ok(b as i64),
            Some(Value::BigInt(b)) => Ok(if b.is_negative() { i64::MIN } else { i64::MAX }),
            _ => Err(vm.type_error("slice indices must be integers or have an __index__ method")),
        },
        _ => Err(vm.type_error("slice indices must be integers or have an __index__ method")),
    }
}

/// Normalises `start`/`stop` of a `seq.index(x, start, stop)` call against `len`
/// (negative values count from the end; `stop` may still exceed `len`).
pub fn index_bounds(vm: &mut Vm, rest: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let len = len as i64;
    let fix = |i: i64| -> i64 {
        if i < 0 {
            (i.saturating_add(len)).max(0)
        } else {
            i
        }
    };
    let start = match rest.first() {
        Some(v) => fix(slice_index(vm, v)?),
        None => 0,
    };
    let stop = match rest.get(1) {
        Some(v) => fix(slice_index(vm, v)?),
        None => i64::MAX,
    };
    Ok((start as usize, stop.max(0) as usize))
}
