//! `_weakref`: the native half of `weakref` (py/weakref.py builds `ref`,
//! `proxy`, `WeakValueDictionary` and the rest on these). The weak
//! reference machinery itself is engine/src/gc/weak.rs.

use std::rc::Rc;

use super::util::{exact, source_module};
use crate::error::PyResult;
use crate::gc::weak::{self, WeakRefData, WeakTarget};
use crate::object::{type_name_of, Args, InstanceObj, Native, NativeFn};
use crate::value::Value;
use crate::vm::Vm;

const FUNCS: &[(&str, NativeFn)] = &[
    ("ref_new", ref_new),
    ("ref_get", ref_get),
    ("ref_callback", ref_callback),
    ("ref_hash", ref_hash),
    ("getweakrefcount", getweakrefcount),
    ("getweakrefs", getweakrefs),
];

pub fn init_native(vm: &mut Vm) -> PyResult<Value> {
    source_module(vm, "_weakref", FUNCS, "")
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    source_module(vm, "weakref", &[], include_str!("py/weakref.py"))
}

/// `ref_new(cls, obj, callback)`: a new weak reference of class `cls`.
/// Without a callback, an existing plain `ref` to `obj` is reused (CPython
/// shares them, so `ref(x) is ref(x)`).
fn ref_new(vm: &mut Vm, args: Args) -> PyResult {
    exact(vm, &args, "_weakref", "ref_new", 3)?;
    let (cls, obj, callback) = (&args.args[0], &args.args[1], &args.args[2]);
    let Value::Class(cls) = cls else {
        return Err(vm.type_error("ref_new() needs a class"));
    };
    let Some(target) = WeakTarget::of(obj) else {
        return Err(vm.type_error(format!(
            "cannot create weak reference to '{}' object",
            type_name_of(obj)
        )));
    };
    let addr = obj.heap_ptr().unwrap_or(0);
    if callback.is_none() {
        for existing in weak::refs_to(addr) {
            let plain = matches!(&*existing.native.borrow(),
                Native::WeakRef(d) if d.callback.is_none());
            if plain && Rc::ptr_eq(&existing.class(), cls) {
                return Ok(Value::Instance(existing));
            }
        }
    }
    let data = WeakRefData {
        target,
        callback: callback.clone(),
        hash: None,
    };
    let wr = crate::gc::new(InstanceObj::new(
        cls.clone(),
        Native::WeakRef(Box::new(data)),
    ));
    weak::register(obj, &wr);
    Ok(Value::Instance(wr))
}

fn with_data<R>(vm: &mut Vm, v: &Value, f: impl FnOnce(&mut WeakRefData) -> R) -> PyResult<R> {
    if let Value::Instance(i) = v {
        if let Native::WeakRef(d) = &mut *i.native.borrow_mut() {
            return Ok(f(d));
        }
    }
    Err(vm.type_error(format!(
        "descriptor requires a 'weakref.ReferenceType' object but received '{}'",
        type_name_of(v)
    )))
}

fn ref_get(vm: &mut Vm, args: Args) -> PyResult {
    exact(vm, &args, "_weakref", "ref_get", 1)?;
    with_data(vm, &args.args[0], |d| d.target.get().unwrap_or(Value::None))
}

fn ref_callback(vm: &mut Vm, args: Args) -> PyResult {
    exact(vm, &args, "_weakref", "ref_callback", 1)?;
    with_data(vm, &args.args[0], |d| d.callback.clone())
}

/// The referent's hash, remembered so it survives the referent.
fn ref_hash(vm: &mut Vm, args: Args) -> PyResult {
    exact(vm, &args, "_weakref", "ref_hash", 1)?;
    let (cached, target) = with_data(vm, &args.args[0], |d| (d.hash, d.target.get()))?;
    if let Some(h) = cached {
        return Ok(Value::Int(h));
    }
    let Some(obj) = target else {
        return Err(vm.type_error("weak object has gone away"));
    };
    let h = vm.hash(&obj)?;
    with_data(vm, &args.args[0], |d| d.hash = Some(h))?;
    Ok(Value::Int(h))
}

fn getweakrefcount(vm: &mut Vm, args: Args) -> PyResult {
    exact(vm, &args, "_weakref", "getweakrefcount", 1)?;
    let n = match args.args[0].heap_ptr() {
        Some(addr) => weak::refs_to(addr).len(),
        None => 0,
    };
    Ok(Value::Int(n as i64))
}

fn getweakrefs(vm: &mut Vm, args: Args) -> PyResult {
    exact(vm, &args, "_weakref", "getweakrefs", 1)?;
    let refs = match args.args[0].heap_ptr() {
        Some(addr) => weak::refs_to(addr),
        None => Vec::new(),
    };
    Ok(Value::list(refs.into_iter().map(Value::Instance).collect()))
}
