//! `bisect`: binary search and insertion into sorted sequences, with `lo`,
//! `hi` and `key=` as CPython 3.10+ has them. Items are read through the
//! sequence protocol and compared through the VM's `<`.

use super::util::module;
use crate::error::PyResult;
use crate::object::{Args, NativeFn};
use crate::value::Value;
use crate::vm::Vm;

const FUNCS: &[(&str, NativeFn)] = &[
    ("bisect_left", bisect_left),
    ("bisect_right", bisect_right),
    ("insort_left", insort_left),
    ("insort_right", insort_right),
];

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = module("bisect", FUNCS);
    // `bisect` and `insort` are the right-hand versions under other names.
    if let Some(f) = d.get_str("bisect_right") {
        d.set_str("bisect", f);
    }
    if let Some(f) = d.get_str("insort_right") {
        d.set_str("insort", f);
    }
    Ok(m)
}

struct Call {
    a: Value,
    x: Value,
    lo: i64,
    hi: Option<i64>,
    key: Value,
}

/// Binds `(a, x, lo=0, hi=None, *, key=None)` with CPython's messages.
fn bind(vm: &mut Vm, args: Args, name: &str) -> PyResult<Call> {
    const NAMES: [&str; 4] = ["a", "x", "lo", "hi"];
    let mut slots: [Option<Value>; 4] = Default::default();
    if args.args.len() > 4 {
        return Err(vm.type_error(format!(
            "{}() takes at most 4 positional arguments ({} given)",
            name,
            args.args.len()
        )));
    }
    for (i, v) in args.args.iter().enumerate() {
        slots[i] = Some(v.clone());
    }
    let mut key = Value::None;
    for (k, v) in args.kwargs {
        match NAMES.iter().position(|n| *n == k.as_str()) {
            Some(i) => {
                if slots[i].is_some() {
                    return Err(vm.type_error(format!(
                        "argument for {}() given by name ('{}') and position ({})",
                        name,
                        k.as_str(),
                        i + 1
                    )));
                }
                slots[i] = Some(v);
            }
            None if k.as_str() == "key" => key = v,
            None => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    k.as_str(),
                    name
                )))
            }
        }
    }
    let [a, x, lo, hi] = slots;
    let Some(a) = a else {
        return Err(vm.type_error(format!("{}() missing required argument 'a' (pos 1)", name)));
    };
    let Some(x) = x else {
        return Err(vm.type_error(format!("{}() missing required argument 'x' (pos 2)", name)));
    };
    let lo = match lo {
        Some(v) => index(vm, &v)?,
        None => 0,
    };
    if lo < 0 {
        return Err(vm.value_error("lo must be non-negative"));
    }
    let hi = match hi {
        None | Some(Value::None) => None,
        Some(v) => Some(index(vm, &v)?),
    };
    Ok(Call { a, x, lo, hi, key })
}

fn index(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Float(_) | Value::Str(_) | Value::None => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            crate::object::type_name_of(v)
        ))),
        _ => vm.to_index(v),
    }
}

/// The insertion point; `right` puts `x` after equal items.
fn search(vm: &mut Vm, c: &Call, x: &Value, right: bool) -> PyResult<i64> {
    let mut lo = c.lo;
    let mut hi = match c.hi {
        // CPython treats -1 like None (its "not given" marker).
        None | Some(-1) => vm.len(&c.a)? as i64,
        Some(h) => h,
    };
    while lo < hi {
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let mut item = vm.getitem(&c.a, &Value::Int(mid))?;
        if !c.key.is_none() {
            item = vm.call(&c.key, vec![item])?;
        }
        let go_right = if right {
            let r = vm.compare(x, &item, 0)?;
            !vm.truthy(&r)?
        } else {
            let r = vm.compare(&item, x, 0)?;
            vm.truthy(&r)?
        };
        if go_right {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

fn bisect_left(vm: &mut Vm, args: Args) -> PyResult {
    let c = bind(vm, args, "bisect_left")?;
    Ok(Value::Int(search(vm, &c, &c.x, false)?))
}

fn bisect_right(vm: &mut Vm, args: Args) -> PyResult {
    let c = bind(vm, args, "bisect_right")?;
    Ok(Value::Int(search(vm, &c, &c.x, true)?))
}

fn insort(vm: &mut Vm, args: Args, name: &str, right: bool) -> PyResult {
    let c = bind(vm, args, name)?;
    let probe = if c.key.is_none() {
        c.x.clone()
    } else {
        vm.call(&c.key, vec![c.x.clone()])?
    };
    let at = search(vm, &c, &probe, right)?;
    if let Value::List(l) = &c.a {
        let mut items = l.items.borrow_mut();
        let at = (at.max(0) as usize).min(items.len());
        items.insert(at, c.x.clone());
        return Ok(Value::None);
    }
    let insert = vm.getattr_str(&c.a, "insert")?;
    vm.call(&insert, vec![Value::Int(at), c.x.clone()])?;
    Ok(Value::None)
}

fn insort_left(vm: &mut Vm, args: Args) -> PyResult {
    insort(vm, args, "insort_left", false)
}

fn insort_right(vm: &mut Vm, args: Args) -> PyResult {
    insort(vm, args, "insort_right", true)
}
