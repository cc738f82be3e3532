//! The script-visible methods of `dict` (get, pop, update, views, fromkeys, ...),
//! the `dict(...)` constructor, and the set operators and methods of dict views.

use std::rc::Rc;

use super::method_args::{check_count, descriptor_error, no_args, positional, self_arg};
use crate::error::PyResult;
use crate::object::function::{slow_call, PosFn};
use crate::object::{Args, DictObj, DictViewKind, DictViewObj, NativeFn, SetObj};
use crate::value::Value;
use crate::vm::Vm;

pub const METHODS: &[(&str, NativeFn)] = &[
    ("get", dict_get),
    ("setdefault", dict_setdefault),
    ("pop", dict_pop),
    ("popitem", dict_popitem),
    ("update", dict_update),
    ("keys", dict_keys),
    ("values", dict_values),
    ("items", dict_items),
    ("fromkeys", dict_fromkeys),
    ("copy", dict_copy),
    ("clear", dict_clear),
    ("__getitem__", dict_getitem),
    ("__contains__", dict_contains),
    ("__len__", dict_len),
];

/// Fast positional entries (see `NativeImpl::Fast`).
pub const FAST: &[(&str, PosFn)] = &[
    ("get", get_fast),
    ("setdefault", setdefault_fast),
    ("items", items_fast),
    ("keys", keys_fast),
    ("values", values_fast),
];

macro_rules! view_fast {
    ($fast:ident, $full:ident, $kind:expr) => {
        /// The view of an exact dict, called with no arguments.
        fn $fast(vm: &mut Vm, a: &[Value]) -> PyResult {
            match a {
                [Value::Dict(d)] => Ok(Value::DictView(Rc::new(DictViewObj {
                    dict: d.clone(),
                    kind: $kind,
                }))),
                _ => slow_call(vm, $full, a),
            }
        }
    };
}

view_fast!(items_fast, dict_items, DictViewKind::Items);
view_fast!(keys_fast, dict_keys, DictViewKind::Keys);
view_fast!(values_fast, dict_values, DictViewKind::Values);

fn get_fast(vm: &mut Vm, a: &[Value]) -> PyResult {
    let (d, key, default) = match a {
        [Value::Dict(d), key] => (d, key, None),
        [Value::Dict(d), key, default] => (d, key, Some(default)),
        _ => return slow_call(vm, dict_get, a),
    };
    match d.get(vm, key)? {
        Some(v) => Ok(v),
        None => Ok(default.cloned().unwrap_or(Value::None)),
    }
}

fn setdefault_fast(vm: &mut Vm, a: &[Value]) -> PyResult {
    let (d, key, default) = match a {
        [Value::Dict(d), key] => (d, key, Value::None),
        [Value::Dict(d), key, default] => (d, key, default.clone()),
        _ => return slow_call(vm, dict_setdefault, a),
    };
    if let Some(v) = d.get(vm, key)? {
        return Ok(v);
    }
    d.set(vm, key.clone(), default.clone())?;
    Ok(default)
}

/// Names in `METHODS` that are class methods.
pub const CLASS_METHODS: &[&str] = &["fromkeys"];

/// Methods of `dict_keys` / `dict_items` / `dict_values`.
pub const VIEW_METHODS: &[(&str, NativeFn)] = &[("isdisjoint", view_isdisjoint)];

/// `dict()`, `dict(mapping)`, `dict(iterable_of_pairs)`, `dict(**kw)`;
/// `args.args[0]` is the class.
pub fn new(vm: &mut Vm, args: Args) -> PyResult {
    let n = args.args.len().saturating_sub(1);
    check_count(vm, n, "dict", 0, 1)?;
    let d = crate::gc::new(DictObj::new());
    if let Some(src) = args.args.get(1) {
        merge_arg(vm, &d, src)?;
    }
    for (k, v) in args.kwargs {
        d.set(vm, Value::Str(k), v)?;
    }
    Ok(Value::Dict(d))
}

fn this(vm: &mut Vm, args: &Args, method: &str) -> PyResult<Rc<DictObj>> {
    match self_arg(args) {
        Value::Dict(d) => Ok(d),
        other => Err(descriptor_error(vm, method, "dict", &other)),
    }
}

/// `dict.update`'s positional argument: a dict, anything with `keys()`, or an
/// iterable of pairs.
pub fn merge_arg(vm: &mut Vm, d: &Rc<DictObj>, src: &Value) -> PyResult<()> {
    if let Value::Dict(s) = src {
        if Rc::ptr_eq(s, d) {
            return Ok(());
        }
        for (k, v) in s.items() {
            d.set(vm, k, v)?;
        }
        return Ok(());
    }
    let keys_name = vm.intern("keys");
    if let Some(keys_fn) = vm.getattr_opt(src, &keys_name)? {
        let keys = vm.call(&keys_fn, vec![])?;
        for k in vm.iterate(&keys)? {
            let v = vm.getitem(src, &k)?;
            d.set(vm, k, v)?;
        }
        return Ok(());
    }
    merge_pairs(vm, d, src)
}

/// `PyDict_MergeFromSeq2`: every element must be a 2-item iterable.
fn merge_pairs(vm: &mut Vm, d: &Rc<DictObj>, src: &Value) -> PyResult<()> {
    let it = vm.get_iter(src)?;
    let mut i = 0usize;
    while let Some(item) = vm.next(&it)? {
        let pair = match &item {
            Value::List(_) | Value::Tuple(_) => vm.iterate(&item)?,
            _ => match vm.iterate(&item) {
                Ok(p) => p,
                Err(e) if vm.err_matches(&e, "TypeError") => {
                    return Err(vm.type_error(format!(
                        "cannot convert dictionary update sequence element #{} to a sequence",
                        i
                    )))
                }
                Err(e) => return Err(e),
            },
        };
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{} has length {}; 2 is required",
                i,
                pair.len()
            )));
        }
        let mut pair = pair.into_iter();
        let (k, v) = (
            pair.next().unwrap_or(Value::None),
            pair.next().unwrap_or(Value::None),
        );
        d.set(vm, k, v)?;
        i += 1;
    }
    Ok(())
}

fn dict_get(vm: &mut Vm, args: Args) -> PyResult {
    let d = this(vm, &args, "get")?;
    let a = positional(vm, &args, "dict.get", "get", 1, 2)?;
    match d.get(vm, &a[0])? {
        Some(v) => Ok(v),
        None => Ok(a.get(1).cloned().unwrap_or(Value::None)),
    }
}

fn dict_setdefault(vm: &mut Vm, args: Args) -> PyResult {
    let d = this(vm, &args, "setdefault")?;
    let a = positional(vm, &args, "dict.setdefault", "setdefault", 1, 2)?;
    if let Some(v) = d.get(vm, &a[0])? {
        return Ok(v);
    }
    let default = a.get(1).cloned().unwrap_or(Value::None);
    d.set(vm, a[0].clone(), default.clone())?;
    Ok(default)
}

fn dict_pop(vm: &mut Vm, args: Args) -> PyResult {
    let d = this(vm, &args, "pop")?;
    let a = positional(vm, &args, "dict.pop", "pop", 1, 2)?;
    match d.remove(vm, &a[0])? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(vm.key_error(a[0].clone())),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: Args) -> PyResult {
    let d = this(vm, &args, "popitem")?;
    no_args(vm, &args, "dict.popitem")?;
    match d.pop_last() {
        Some((k, v)) => Ok(Value::pair(k, v)),
        None => Err(vm.key_error(Value::str("popitem(): dictionary is empty"))),
    }
}

fn dict_update(vm: &mut Vm, args: Args) -> PyResult {
    let d = this(vm, &args, "update")?;
    let n = args.args.len().saturating_sub(1);
    check_count(vm, n, "update", 0, 1)?;
    if let Some(src) = args.args.get(1) {
        merge_arg(vm, &d, src)?;
    }
    for (k, v) in args.kwargs {
        d.set(vm, Value::Str(k), v)?;
    }
    Ok(Value::None)
}

fn view(vm: &mut Vm, args: &Args, name: &str, kind: DictViewKind) -> PyResult {
    let d = this(vm, args, name)?;
    no_args(vm, args, &format!("dict.{}", name))?;
    Ok(Value::DictView(Rc::new(DictViewObj { dict: d, kind })))
}

fn dict_keys(vm: &mut Vm, args: Args) -> PyResult {
    view(vm, &args, "keys", DictViewKind::Keys)
}

fn dict_values(vm: &mut Vm, args: Args) -> PyResult {
    view(vm, &args, "values", DictViewKind::Values)
}

fn dict_items(vm: &mut Vm, args: Args) -> PyResult {
    view(vm, &args, "items", DictViewKind::Items)
}

/// `dict.fromkeys(iterable, value=None)`; `args.args[0]` is the class.
fn dict_fromkeys(vm: &mut Vm, args: Args) -> PyResult {
    let a = positional(vm, &args, "dict.fromkeys", "fromkeys", 1, 2)?;
    let value = a.get(1).cloned().unwrap_or(Value::None);
    let d = crate::gc::new(DictObj::new());
    let it = vm.get_iter(&a[0])?;
    while let Some(k) = vm.next(&it)? {
        d.set(vm, k, value.clone())?;
    }
    Ok(Value::Dict(d))
}

fn dict_copy(vm: &mut Vm, args: Args) -> PyResult {
    let d = this(vm, &args, "copy")?;
    no_args(vm, &args, "dict.copy")?;
    Ok(Value::Dict(crate::gc::new(d.copy())))
}

fn dict_clear(vm: &mut Vm, args: Args) -> PyResult {
    let d = this(vm, &args, "clear")?;
    no_args(vm, &args, "dict.clear")?;
    d.clear();
    Ok(Value::None)
}

fn dict_getitem(vm: &mut Vm, args: Args) -> PyResult {
    let d = this(vm, &args, "__getitem__")?;
    let k = super::method_args::one_arg(vm, &args, "dict.__getitem__")?;
    match d.get(vm, &k)? {
        Some(v) => Ok(v),
        None => Err(vm.key_error(k)),
    }
}

fn dict_contains(vm: &mut Vm, args: Args) -> PyResult {
    let d = this(vm, &args, "__contains__")?;
    let k = super::method_args::one_arg(vm, &args, "dict.__contains__")?;
    Ok(Value::Bool(d.contains(vm, &k)?))
}

fn dict_len(vm: &mut Vm, args: Args) -> PyResult {
    let d = this(vm, &args, "__len__")?;
    no_args(vm, &args, "dict.__len__")?;
    Ok(Value::Int(d.len() as i64))
}

/// Items of a view as scripts iterate them.
fn view_items(v: &DictViewObj) -> Vec<Value> {
    match v.kind {
        DictViewKind::Keys => v.dict.keys(),
        DictViewKind::Values => v.dict.values(),
        DictViewKind::Items => v
            .dict
            .items()
            .into_iter()
            .map(|(k, x)| Value::pair(k, x))
            .collect(),
    }
}

fn view_isdisjoint(vm: &mut Vm, args: Args) -> PyResult {
    let me = match self_arg(&args) {
        Value::DictView(v) => v,
        other => return Err(descriptor_error(vm, "isdisjoint", "dict_keys", &other)),
    };
    let other = super::method_args::one_arg(vm, &args, "dict_keys.isdisjoint")?;
    let this_v = Value::DictView(me.clone());
    if let Value::DictView(o) = &other {
        if Rc::ptr_eq(o, &me) {
            return Ok(Value::Bool(me.dict.is_empty()));
        }
    }
    // Iterate the smaller side when both sizes are known, like CPython.
    let other_len = match &other {
        Value::Set(s) | Value::FrozenSet(s) => Some(s.len()),
        Value::DictView(o) => Some(o.dict.len()),
        _ => None,
    };
    let (probe, container) = match other_len {
        Some(n) if n > me.dict.len() => (this_v, other),
        _ => (other, this_v),
    };
    let it = vm.get_iter(&probe)?;
    while let Some(x) = vm.next(&it)? {
        if vm.contains(&container, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// `view | x`, `view & x`, `view - x`, `view ^ x` (and reflected forms) for keys
/// and items views: always a new `set`. None when neither side is a keys/items view
/// or the other side is not iterable.
pub fn view_binary(vm: &mut Vm, a: &Value, b: &Value, op: char) -> PyResult<Option<Value>> {
    let is_set_view = |v: &Value| matches!(v, Value::DictView(d) if d.kind != DictViewKind::Values);
    if !is_set_view(a) && !is_set_view(b) {
        return Ok(None);
    }
    // The non-view operand must be iterable, else NotImplemented.
    for v in [a, b] {
        if !is_set_view(v) && vm.get_iter(v).is_err() {
            return Ok(None);
        }
    }
    if op == '&' {
        let (view, other) = if is_set_view(a) { (a, b) } else { (b, a) };
        let Value::DictView(dv) = view else {
            return Ok(None);
        };
        let len_self = dv.dict.len();
        if let Value::Set(s) = other {
            if len_self <= s.len() {
                let r = super::set_methods::set_binary_any(vm, other, view, '&')?;
                return Ok(Some(r));
            }
        }
        let (view, other) = match other {
            Value::DictView(o) if o.kind != DictViewKind::Values && o.dict.len() > len_self => {
                (other, view)
            }
            _ => (view, other),
        };
        let result = SetObj::new();
        let it = vm.get_iter(other)?;
        while let Some(x) = vm.next(&it)? {
            if vm.contains(view, &x)? {
                result.add(vm, x)?;
            }
        }
        return Ok(Some(Value::Set(crate::gc::new(result))));
    }
    let left = match a {
        Value::DictView(dv) => view_items(dv),
        other => vm.iterate(other)?,
    };
    let result = crate::gc::new(SetObj::new());
    for x in left {
        result.add(vm, x)?;
    }
    let result = Value::Set(result);
    super::set_methods::update_with(vm, &result, b, op)?;
    Ok(Some(result))
}

#[cfg(test)]
#[path = "dict_methods_tests.rs"]
mod tests;
