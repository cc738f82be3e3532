//! The script-visible methods of `list` (append, pop, index, sort, ...) and the
//! `list(...)` constructor, with CPython 3.11's semantics and error messages.

use std::rc::Rc;

use super::method_args::{
    arg, descriptor_error, index_bounds, no_args, no_kwargs, one_arg, positional, self_arg,
};
use crate::error::PyResult;
use crate::object::function::{slow_call, PosFn};
use crate::object::{type_name_of, Args, ListObj, NativeFn};
use crate::value::Value;
use crate::vm::Vm;

pub const METHODS: &[(&str, NativeFn)] = &[
    ("append", list_append),
    ("extend", list_extend),
    ("insert", list_insert),
    ("remove", list_remove),
    ("pop", list_pop),
    ("clear", list_clear),
    ("index", list_index),
    ("count", list_count),
    ("sort", list_sort),
    ("reverse", list_reverse),
    ("copy", list_copy),
];

/// Fast positional entries (see `NativeImpl::Fast`).
pub const FAST: &[(&str, PosFn)] = &[
    ("append", append_fast),
    ("pop", pop_fast),
    ("insert", insert_fast),
    ("extend", extend_fast),
];

/// `l.pop()` and `l.pop(i)` with an int index in range; anything else (an
/// empty list, a bad index) takes the full entry for its error.
fn pop_fast(vm: &mut Vm, a: &[Value]) -> PyResult {
    let (l, i) = match a {
        [Value::List(l)] => (l, -1),
        [Value::List(l), Value::Int(i)] => (l, *i),
        _ => return slow_call(vm, list_pop, a),
    };
    let mut items = l.items.borrow_mut();
    let n = items.len() as i64;
    let at = if i < 0 { i + n } else { i };
    if at < 0 || at >= n {
        drop(items);
        return slow_call(vm, list_pop, a);
    }
    Ok(items.remove(at as usize))
}

/// `l.insert(i, x)` with an int index.
fn insert_fast(vm: &mut Vm, a: &[Value]) -> PyResult {
    match a {
        [Value::List(l), Value::Int(i), x] => {
            let mut items = l.items.borrow_mut();
            let n = items.len() as i64;
            let at = if *i < 0 { (i + n).max(0) } else { (*i).min(n) };
            items.insert(at as usize, x.clone());
            Ok(Value::None)
        }
        _ => slow_call(vm, list_insert, a),
    }
}

/// `l.extend(other)` from another list or a tuple, copied in one go
/// (extending a list by itself reads the items before the borrow to write).
fn extend_fast(vm: &mut Vm, a: &[Value]) -> PyResult {
    match a {
        [Value::List(l), Value::List(other)] => {
            let more: Vec<Value> = other.items.borrow().clone();
            l.items.borrow_mut().extend(more);
            Ok(Value::None)
        }
        [Value::List(l), Value::Tuple(t)] => {
            l.items.borrow_mut().extend(t.items.iter().cloned());
            Ok(Value::None)
        }
        _ => slow_call(vm, list_extend, a),
    }
}

fn append_fast(vm: &mut Vm, a: &[Value]) -> PyResult {
    match a {
        [Value::List(l), x] => {
            let mut items = l.items.borrow_mut();
            if items.len() == items.capacity() && items.capacity() < 8 {
                // Small lists built by appending (`out = ['"']`, then a
                // char at a time) start at 8 slots as CPython's do, not at
                // Vec's 4: one realloc fewer on the way up.
                let room = 8 - items.len();
                items.reserve_exact(room);
            }
            items.push(x.clone());
            Ok(Value::None)
        }
        _ => slow_call(vm, list_append, a),
    }
}

/// `list()` / `list(iterable)`; `args.args[0]` is the class.
pub fn new(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    let n = args.args.len().saturating_sub(1);
    super::method_args::check_count(vm, n, "list", 0, 1)?;
    match args.args.get(1) {
        None => Ok(Value::list(Vec::new())),
        Some(v) => {
            let items = vm.iterate(v)?;
            Ok(Value::list(items))
        }
    }
}

fn this(vm: &mut Vm, args: &Args, method: &str) -> PyResult<Rc<ListObj>> {
    match self_arg(args) {
        Value::List(l) => Ok(l),
        other => Err(descriptor_error(vm, method, "list", &other)),
    }
}

/// An index argument (`__index__`), with CPython's overflow message for huge ints.
fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::BigInt(_) => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        _ => vm.to_index(v),
    }
}

fn list_append(vm: &mut Vm, args: Args) -> PyResult {
    let l = this(vm, &args, "append")?;
    let x = one_arg(vm, &args, "list.append")?;
    l.items.borrow_mut().push(x);
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: Args) -> PyResult {
    let l = this(vm, &args, "extend")?;
    let x = one_arg(vm, &args, "list.extend")?;
    let items = vm.iterate(&x)?;
    l.items.borrow_mut().extend(items);
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: Args) -> PyResult {
    let l = this(vm, &args, "insert")?;
    let a = positional(vm, &args, "list.insert", "insert", 2, 2)?;
    let i = ssize_arg(vm, &a[0])?;
    let mut items = l.items.borrow_mut();
    let n = items.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(at as usize, a[1].clone());
    Ok(Value::None)
}

/// Position of the first item equal to `x` in `[start, stop)`, re-reading the
/// length each step since `__eq__` may mutate the list.
fn find(vm: &mut Vm, l: &ListObj, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let Some(item) = l.get(i) else { break };
        if vm.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn list_remove(vm: &mut Vm, args: Args) -> PyResult {
    let l = this(vm, &args, "remove")?;
    let x = one_arg(vm, &args, "list.remove")?;
    match find(vm, &l, &x, 0, usize::MAX)? {
        Some(i) => {
            let removed = {
                let mut items = l.items.borrow_mut();
                if i < items.len() {
                    Some(items.remove(i))
                } else {
                    None
                }
            };
            drop(removed);
            Ok(Value::None)
        }
        None => Err(vm.value_error("list.remove(x): x not in list")),
    }
}

fn list_pop(vm: &mut Vm, args: Args) -> PyResult {
    let l = this(vm, &args, "pop")?;
    let a = positional(vm, &args, "list.pop", "pop", 0, 1)?;
    let i = match a.first() {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let mut items = l.items.borrow_mut();
    if items.is_empty() {
        drop(items);
        return Err(vm.index_error("pop from empty list"));
    }
    let n = items.len() as i64;
    let at = if i < 0 { i + n } else { i };
    if at < 0 || at >= n {
        drop(items);
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(items.remove(at as usize))
}

fn list_clear(vm: &mut Vm, args: Args) -> PyResult {
    let l = this(vm, &args, "clear")?;
    no_args(vm, &args, "list.clear")?;
    let old = std::mem::take(&mut *l.items.borrow_mut());
    crate::gc::trashcan::defer_values(old);
    Ok(Value::None)
}

fn list_index(vm: &mut Vm, args: Args) -> PyResult {
    let l = this(vm, &args, "index")?;
    let a = positional(vm, &args, "list.index", "index", 1, 3)?;
    let (start, stop) = index_bounds(vm, &a[1..], l.len())?;
    match find(vm, &l, &a[0], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr(&a[0])?;
            Err(vm.value_error(format!("{} is not in list", r)))
        }
    }
}

fn list_count(vm: &mut Vm, args: Args) -> PyResult {
    let l = this(vm, &args, "count")?;
    let x = one_arg(vm, &args, "list.count")?;
    let mut count = 0;
    let mut i = 0;
    while let Some(item) = l.get(i) {
        if vm.eq(&item, &x)? {
            count += 1;
        }
        i += 1;
    }
    Ok(Value::Int(count))
}

fn list_sort(vm: &mut Vm, mut args: Args) -> PyResult {
    let l = this(vm, &args, "sort")?;
    let key = args.take_kw("key").unwrap_or(Value::None);
    let reverse = args.take_kw("reverse");
    if let Some((k, _)) = args.kwargs.first() {
        let msg = format!("'{}' is an invalid keyword argument for sort()", k.as_str());
        return Err(vm.type_error(msg));
    }
    if arg(&args, 0).is_some() {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let reverse = match reverse {
        None => false,
        Some(Value::Bool(b)) => b,
        Some(Value::Float(_)) => {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"))
        }
        Some(v @ (Value::Int(_) | Value::BigInt(_))) => vm.truthy(&v)?,
        Some(v) => {
            let i = match &v {
                Value::Instance(_) => vm.call_dunder(&v, "__index__", vec![])?,
                _ => None,
            };
            match i {
                Some(i) => vm.truthy(&i)?,
                None => {
                    return Err(vm.type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        type_name_of(&v)
                    )))
                }
            }
        }
    };
    // Like CPython, the list looks empty while it is being sorted.
    let items = std::mem::take(&mut *l.items.borrow_mut());
    let result = crate::builtins::sort::sort_values(vm, &items, &key, reverse);
    let modified = !l.items.borrow().is_empty();
    match result {
        Ok(sorted) => {
            let old = std::mem::replace(&mut *l.items.borrow_mut(), sorted);
            drop(old);
            if modified {
                return Err(vm.value_error("list modified during sort"));
            }
            Ok(Value::None)
        }
        Err(e) => {
            let old = std::mem::replace(&mut *l.items.borrow_mut(), items);
            drop(old);
            Err(e)
        }
    }
}

fn list_reverse(vm: &mut Vm, args: Args) -> PyResult {
    let l = this(vm, &args, "reverse")?;
    no_args(vm, &args, "list.reverse")?;
    l.items.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: Args) -> PyResult {
    let l = this(vm, &args, "copy")?;
    no_args(vm, &args, "list.copy")?;
    no_kwargs(vm, &args, "list.copy")?;
    let items = l.items.borrow().clone();
    Ok(Value::list(items))
}

#[cfg(test)]
#[path = "list_methods_tests.rs"]
mod tests;
