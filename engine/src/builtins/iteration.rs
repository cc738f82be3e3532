//! Builtin functions over iterables: iter, next, enumerate, zip, map, filter,
//! reversed, sorted, sum, min, max, any, all.

use std::rc::Rc;

use super::sort::sort_values;
use crate::error::PyResult;
use crate::object::function::{slow_call, PosFn};
use crate::object::iter::IterState;
use crate::object::{type_name_of, Args, IterObj, NativeFn};
use crate::value::Value;
use crate::vm::Vm;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("iter", iter),
    ("next", next),
    ("enumerate", enumerate),
    ("zip", zip),
    ("map", map),
    ("filter", filter),
    ("reversed", reversed),
    ("sorted", sorted),
    ("sum", sum),
    ("min", min),
    ("max", max),
    ("any", any),
    ("all", all),
];

/// Fast positional entries (see `NativeImpl::Fast`).
pub const FAST: &[(&str, PosFn)] = &[
    ("min", min_fast),
    ("max", max_fast),
    ("enumerate", enumerate_fast),
    ("zip", zip_fast),
    ("iter", iter_fast),
];

/// `enumerate(xs)`, counting from 0.
fn enumerate_fast(vm: &mut Vm, a: &[Value]) -> PyResult {
    match a {
        [src] => {
            let it = vm.get_iter(src)?;
            Ok(iterator(IterState::Enumerate(it, Value::Int(0))))
        }
        _ => slow_call(vm, enumerate, a),
    }
}

/// `zip(a, b)`.
fn zip_fast(vm: &mut Vm, a: &[Value]) -> PyResult {
    match a {
        [x, y] => {
            let x = vm.get_iter(x)?;
            let y = vm.get_iter(y)?;
            Ok(iterator(IterState::Zip(vec![x, y], false)))
        }
        _ => slow_call(vm, zip, a),
    }
}

/// `iter(x)`.
fn iter_fast(vm: &mut Vm, a: &[Value]) -> PyResult {
    match a {
        [x] => vm.get_iter(x),
        _ => slow_call(vm, iter, a),
    }
}

fn iterator(state: IterState) -> Value {
    Value::Iterator(Rc::new(IterObj::new(state)))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult {
    match args.args.len() {
        1 => vm.get_iter(&args.args[0]),
        2 => Ok(iterator(IterState::Callable(
            args.args[0].clone(),
            args.args[1].clone(),
        ))),
        0 => Err(vm.type_error("iter expected at least 1 argument, got 0")),
        n => Err(vm.type_error(format!("iter expected at most 2 arguments, got {}", n))),
    }
}

fn next(vm: &mut Vm, args: Args) -> PyResult {
    let Some(it) = args.args.first() else {
        return Err(vm.type_error("next expected at least 1 argument, got 0"));
    };
    let is_iter = match it {
        Value::Iterator(_) => true,
        Value::Generator(g) => g.kind == crate::object::generator::GenKind::Generator,
        _ => vm.type_of(it).lookup("__next__").is_some(),
    };
    if !is_iter {
        return Err(vm.type_error(format!("'{}' object is not an iterator", type_name_of(it))));
    }
    if let Value::Instance(_) = it {
        // Let StopIteration from __next__ carry its value through.
        return match vm.call_dunder(it, "__next__", vec![]) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => unreachable!("checked __next__ above"),
            Err(e) if args.args.len() > 1 && vm.err_matches(&e, "StopIteration") => {
                Ok(args.args[1].clone())
            }
            Err(e) => Err(e),
        };
    }
    if let Value::Generator(g) = it {
        let g = g.clone();
        return match vm.resume_generator(&g, Value::None, None)? {
            crate::vm::run::Exit::Yield(v) => Ok(v),
            crate::vm::run::Exit::Return(v) => match args.args.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(
                    vm.new_error_args("StopIteration", if v.is_none() { vec![] } else { vec![v] })
                ),
            },
        };
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match args.args.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.new_error("StopIteration", "")),
        },
    }
}

fn enumerate(vm: &mut Vm, mut args: Args) -> PyResult {
    let start = args
        .take_kw("start")
        .or_else(|| args.args.get(1).cloned())
        .unwrap_or(Value::Int(0));
    let Some(src) = args
        .args
        .first()
        .cloned()
        .or_else(|| args.take_kw("iterable"))
    else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    };
    let it = vm.get_iter(&src)?;
    // The count is an int: bools and `__index__` objects are converted.
    let start = match start {
        Value::Int(_) | Value::BigInt(_) => start,
        Value::Bool(b) => Value::Int(b as i64),
        other => Value::Int(vm.to_index(&other)?),
    };
    Ok(iterator(IterState::Enumerate(it, start)))
}

fn zip(vm: &mut Vm, mut args: Args) -> PyResult {
    let strict = match args.take_kw("strict") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let mut its = Vec::new();
    for a in args.args.iter() {
        its.push(vm.get_iter(a)?);
    }
    Ok(iterator(IterState::Zip(its, strict)))
}

fn map(vm: &mut Vm, args: Args) -> PyResult {
    if args.args.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let f = args.args[0].clone();
    let mut its = Vec::new();
    for a in &args.args[1..] {
        its.push(vm.get_iter(a)?);
    }
    Ok(iterator(IterState::Map(f, its)))
}

fn filter(vm: &mut Vm, args: Args) -> PyResult {
    if args.args.len() != 2 {
        return Err(vm.type_error(format!(
            "filter expected 2 arguments, got {}",
            args.args.len()
        )));
    }
    let it = vm.get_iter(&args.args[1])?;
    Ok(iterator(IterState::Filter(args.args[0].clone(), it)))
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult {
    let Some(v) = args.args.first().cloned() else {
        return Err(vm.type_error("reversed expected 1 argument, got 0"));
    };
    Ok(match &v {
        Value::List(l) => iterator(IterState::ListReverse(l.clone(), l.len())),
        Value::Tuple(t) => iterator(IterState::ListReverse(
            crate::gc::new(crate::object::ListObj::new(t.items.to_vec())),
            t.len(),
        )),
        Value::Str(s) => {
            let chars: Vec<Value> = s
                .as_str()
                .chars()
                .rev()
                .map(|c| Value::string(c.to_string()))
                .collect();
            iterator(IterState::List(
                crate::gc::new(crate::object::ListObj::new(chars)),
                0,
            ))
        }
        Value::Range(r) => iterator(r.reversed_state()),
        Value::DictView(_) => {
            let mut items = vm.iterate(&v)?;
            items.reverse();
            iterator(IterState::List(
                crate::gc::new(crate::object::ListObj::new(items)),
                0,
            ))
        }
        Value::Dict(d) => {
            let mut keys = d.keys();
            keys.reverse();
            iterator(IterState::List(
                crate::gc::new(crate::object::ListObj::new(keys)),
                0,
            ))
        }
        _ => {
            if let Some(r) = vm.call_dunder(&v, "__reversed__", vec![])? {
                return Ok(r);
            }
            let typ = vm.type_of(&v);
            if typ.lookup("__getitem__").is_some() && typ.lookup("__len__").is_some() {
                let n = vm.len(&v)? as i64;
                iterator(IterState::SeqReverse(v.clone(), n - 1))
            } else {
                return Err(
                    vm.type_error(format!("'{}' object is not reversible", type_name_of(&v)))
                );
            }
        }
    })
}

fn sorted(vm: &mut Vm, mut args: Args) -> PyResult {
    let key = args.take_kw("key").unwrap_or(Value::None);
    let reverse = args
        .take_kw("reverse")
        .map(|r| vm.truthy(&r))
        .transpose()?
        .unwrap_or(false);
    if let Some((k, _)) = args.kwargs.first() {
        return Err(vm.type_error(format!(
            "sort() got an unexpected keyword argument '{}'",
            k.as_str()
        )));
    }
    if args.args.len() != 1 {
        return Err(vm.type_error(format!(
            "sorted expected 1 argument, got {}",
            args.args.len()
        )));
    }
    let items = vm.iterate(&args.args[0])?;
    Ok(Value::list(sort_values(vm, &items, &key, reverse)?))
}

fn sum(vm: &mut Vm, mut args: Args) -> PyResult {
    let start = args
        .take_kw("start")
        .or_else(|| args.args.get(1).cloned())
        .unwrap_or(Value::Int(0));
    let Some(src) = args.args.first().cloned() else {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    };
    match &start {
        Value::Str(_) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Value::Bytes(_) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let it = vm.get_iter(&src)?;
    let mut acc = start;
    while let Some(x) = vm.next(&it)? {
        acc = match (&acc, &x) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            _ => vm.binary_op(&acc, &x, 0)?,
        };
    }
    Ok(acc)
}

fn min_max(vm: &mut Vm, mut args: Args, name: &str, op: u32) -> PyResult {
    let key = args.take_kw("key").unwrap_or(Value::None);
    let default = args.take_kw("default");
    if args.args.is_empty() {
        return Err(vm.type_error(format!("{} expected at least 1 argument, got 0", name)));
    }
    let best = if args.args.len() == 1 {
        extreme_of(vm, &args.args[0], &key, op)?
    } else {
        if default.is_some() {
            return Err(vm.type_error(format!(
                "Cannot specify a default for {}() with multiple positional arguments",
                name
            )));
        }
        let mut best = None;
        for item in std::mem::take(&mut args.args) {
            best = Some(better(vm, &key, best, item, op)?);
        }
        best.map(|(_, v)| v)
    };
    match best {
        Some(v) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{}() arg is an empty sequence", name))),
        },
    }
}

/// min/max of one iterable: None when it is empty.
fn extreme_of(vm: &mut Vm, src: &Value, key: &Value, op: u32) -> PyResult<Option<Value>> {
    if key.is_none() {
        if let Some(best) = plain_extreme(src, op) {
            return Ok(best);
        }
    }
    // One item at a time, as CPython does: the key and the comparisons
    // run between the steps of a lazy iterable.
    let it = vm.get_iter(src)?;
    let mut best = None;
    while let Some(item) = vm.next(&it)? {
        best = Some(better(vm, key, best, item, op)?);
    }
    Ok(best.map(|(_, v)| v))
}

/// `min(xs)` / `max(xs)` called positionally with one argument.
fn min_fast(vm: &mut Vm, a: &[Value]) -> PyResult {
    match a {
        [src] => match extreme_of(vm, src, &Value::None, 0)? {
            Some(v) => Ok(v),
            None => Err(vm.value_error("min() arg is an empty sequence")),
        },
        _ => slow_call(vm, min, a),
    }
}

fn max_fast(vm: &mut Vm, a: &[Value]) -> PyResult {
    match a {
        [src] => match extreme_of(vm, src, &Value::None, 4)? {
            Some(v) => Ok(v),
            None => Err(vm.value_error("max() arg is an empty sequence")),
        },
        _ => slow_call(vm, max, a),
    }
}

/// One step of min/max: `item` (with its key) replaces `best` when it
/// compares strictly better, so the first of equal items wins.
fn better(
    vm: &mut Vm,
    key: &Value,
    best: Option<(Value, Value)>,
    item: Value,
    op: u32,
) -> PyResult<(Value, Value)> {
    let k = if key.is_none() {
        item.clone()
    } else {
        vm.call(key, vec![item.clone()])?
    };
    Ok(match best {
        None => (k, item),
        Some((bk, bv)) => {
            let wins = match (&k, &bk) {
                (Value::Int(a), Value::Int(b)) => {
                    if op == 0 {
                        a < b
                    } else {
                        a > b
                    }
                }
                _ => {
                    let r = vm.compare(&k, &bk, op)?;
                    vm.truthy(&r)?
                }
            };
            if wins {
                (k, item)
            } else {
                (bk, bv)
            }
        }
    })
}

/// min/max (`op` 0 or 4) of a list or tuple of small ints, found without
/// running script code; None for anything else (or an empty sequence),
/// which the general path then handles from the start.
fn plain_extreme(src: &Value, op: u32) -> Option<Option<Value>> {
    fn of(items: &[Value], op: u32) -> Option<Option<Value>> {
        let (first, rest) = items.split_first()?;
        let Value::Int(mut best) = *first else {
            return None;
        };
        for v in rest {
            let Value::Int(x) = *v else {
                return None;
            };
            if (op == 0 && x < best) || (op != 0 && x > best) {
                best = x;
            }
        }
        Some(Some(Value::Int(best)))
    }
    match src {
        Value::Tuple(t) => of(&t.items, op),
        Value::List(l) => of(&l.items.try_borrow().ok()?, op),
        _ => None,
    }
}

fn min(vm: &mut Vm, args: Args) -> PyResult {
    min_max(vm, args, "min", 0)
}

fn max(vm: &mut Vm, args: Args) -> PyResult {
    min_max(vm, args, "max", 4)
}

fn any(vm: &mut Vm, args: Args) -> PyResult {
    let Some(src) = args.args.first() else {
        return Err(vm.type_error("any() takes exactly one argument (0 given)"));
    };
    let it = vm.get_iter(src)?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: Args) -> PyResult {
    let Some(src) = args.args.first() else {
        return Err(vm.type_error("all() takes exactly one argument (0 given)"));
    };
    let it = vm.get_iter(src)?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
