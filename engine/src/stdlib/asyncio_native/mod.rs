//! `_asyncio`: asyncio's Future and Task as native types, as CPython's
//! `_asyncio` module has them. py/asyncio.py keeps the event loop and builds
//! everything else on these.
//!
//! A Future is an instance whose native payload is a fixed array of slots
//! (below): no per-instance `__dict__` entries, no separate list object, and
//! the cycle collector sees every slot through the instance. Subclasses written in Python
//! (`_GatheringFuture`) still get a `__dict__` of their own.

mod event_loop;
mod future;
mod slots;
mod task;

use std::rc::Rc;

use super::util::module;
use crate::builtins::types::{add_raw_methods, native, set_constructor};
use crate::error::{PyErr, PyResult};
use crate::object::instance::Native;
use crate::object::{Args, ClassObj, DictObj, InstanceObj, ListObj, NativeFn, PropertyObj};
use crate::value::Value;
use crate::vm::Vm;

pub(crate) use slots::*;

pub(crate) const PENDING: i64 = 0;
pub(crate) const CANCELLED: i64 = 1;
pub(crate) const FINISHED: i64 = 2;

/// Classes and objects the native code needs, per VM (kept in `vm.types`).
#[derive(Clone)]
pub struct AsyncTypes {
    pub future: Rc<ClassObj>,
    pub task: Rc<ClassObj>,
    /// Set by `_setup` from py/asyncio.py.
    pub cancelled_error: Option<Rc<ClassObj>>,
    pub invalid_state: Option<Rc<ClassObj>>,
    pub get_event_loop: Value,
    /// How many tasks were made (their default names).
    pub counter: std::cell::Cell<i64>,
    /// Holes (finished tasks) in `_all_tasks`.
    pub holes: std::cell::Cell<usize>,
}

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let funcs: &[(&str, NativeFn)] = &[
        ("_setup", setup),
        ("_task_teardown", task::teardown),
        ("_future_new", future_new),
    ];
    let (m, d) = module("_asyncio", funcs);
    for (n, f) in event_loop::FUNCS {
        d.set_str(n, native(n, *f));
    }
    let ns = crate::gc::new(DictObj::new());
    ns.set_str("__module__", Value::str("_asyncio"));
    let object = vm.types.object.clone();
    let future = vm.new_class("Future", vec![object], ns, vec![])?;
    add_raw_methods(&future, "_asyncio.Future", future::METHODS);
    add_props(&future, future::PROPERTIES);
    set_constructor(&future, future::new);
    let ns = crate::gc::new(DictObj::new());
    ns.set_str("__module__", Value::str("_asyncio"));
    let task = vm.new_class("Task", vec![future.clone()], ns, vec![])?;
    add_raw_methods(&task, "_asyncio.Task", task::METHODS);
    add_props(&task, task::PROPERTIES);
    d.set_str("Future", Value::Class(future.clone()));
    d.set_str("Task", Value::Class(task.clone()));
    // The tasks not yet finished, with None holes (asyncio.all_tasks; see
    // task.rs). Only
    // the module holds it, so a VM freed with pending tasks frees them.
    d.set_str("_all_tasks", Value::list(Vec::new()));
    vm.types.asyncio = Some(Rc::new(AsyncTypes {
        future,
        task,
        cancelled_error: None,
        invalid_state: None,
        get_event_loop: Value::None,
        counter: std::cell::Cell::new(0),
        holes: std::cell::Cell::new(0),
    }));
    Ok(m)
}

/// Properties with a native getter and (when given) setter.
fn add_props(cls: &Rc<ClassObj>, props: &[(&str, NativeFn, Option<NativeFn>)]) {
    for (name, get, set) in props {
        let setter = match set {
            Some(f) => native(name, *f),
            None => Value::None,
        };
        let p = PropertyObj::new(native(name, *get), setter, Value::None, Value::None);
        cls.dict.set_str(name, Value::Property(crate::gc::new(p)));
    }
}

/// `_setup(CancelledError, InvalidStateError, get_event_loop)`.
fn setup(vm: &mut Vm, args: Args) -> PyResult {
    let (Some(Value::Class(c)), Some(Value::Class(i)), Some(g)) =
        (args.args.first(), args.args.get(1), args.args.get(2))
    else {
        return Err(vm.type_error("_setup(CancelledError, InvalidStateError, get_event_loop)"));
    };
    let mut t = (*types(vm)?).clone();
    t.cancelled_error = Some(c.clone());
    t.invalid_state = Some(i.clone());
    t.get_event_loop = g.clone();
    vm.types.asyncio = Some(Rc::new(t));
    Ok(Value::None)
}

/// `_future_new(loop)`: loop.create_future() without the class call.
fn future_new(vm: &mut Vm, args: Args) -> PyResult {
    let lp = args.args.first().cloned().unwrap_or(Value::None);
    future::new_future(vm, lp)
}

/// `_asyncio._all_tasks`, while the module is alive.
pub(crate) fn all_tasks(vm: &Vm) -> Option<Rc<ListObj>> {
    match vm.modules.get_str("_asyncio")? {
        Value::Module(m) => match m.dict.get_str("_all_tasks")? {
            Value::List(d) => Some(d),
            _ => None,
        },
        _ => None,
    }
}

pub(crate) fn types(vm: &mut Vm) -> PyResult<Rc<AsyncTypes>> {
    match &vm.types.asyncio {
        Some(t) => Ok(t.clone()),
        None => Err(vm.new_error("RuntimeError", "_asyncio is not initialised")),
    }
}

/// The receiver's slots, or CPython's descriptor TypeError.
pub(crate) fn this(vm: &mut Vm, args: &Args, task: bool) -> PyResult<(Value, Slots)> {
    let v = args.args.first().cloned().unwrap_or(Value::None);
    match slots_of(vm, &v, task) {
        Some(l) => Ok((v, l)),
        None => {
            let what = if task {
                "_asyncio.Task"
            } else {
                "_asyncio.Future"
            };
            Err(vm.type_error(format!(
                "descriptor requires a '{}' object but received a '{}'",
                what,
                crate::object::type_name_of(&v)
            )))
        }
    }
}

/// `inst.name = v` without descriptors, by an interned name (set_attr_str
/// would build a new str object each time).
pub(crate) fn set_attr_fast(vm: &mut Vm, inst: &InstanceObj, name: &str, v: Value) {
    let n = vm.intern(name);
    inst.set_attr(n, v);
}

/// A keyword argument by name (None when absent).
pub(crate) fn kwarg(args: &Args, name: &str) -> Value {
    args.kwargs
        .iter()
        .find(|(k, _)| k.as_str() == name)
        .map(|(_, v)| v.clone())
        .unwrap_or(Value::None)
}

/// Rejects keywords other than `allowed`, with CPython's message.
pub(crate) fn check_kwargs(vm: &mut Vm, args: &Args, func: &str, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in &args.kwargs {
        if !allowed.contains(&k.as_str()) {
            return Err(vm.type_error(format!(
                "{}() got an unexpected keyword argument '{}'",
                func,
                k.as_str()
            )));
        }
    }
    Ok(())
}

/// `loop._ready.append(item)`, checking that the loop is open.
pub(crate) fn push_ready(vm: &mut Vm, lp: &Value, item: Value) -> PyResult<()> {
    if let Value::Instance(inst) = lp {
        if let (Some(Value::Bool(closed)), Some(Value::List(ready))) =
            (inst.get_attr_str("_closed"), inst.get_attr_str("_ready"))
        {
            if closed {
                return Err(vm.new_error("RuntimeError", "Event loop is closed"));
            }
            ready.items.borrow_mut().push(item);
            return Ok(());
        }
    }
    // Some other loop: go through its call_soon.
    let call = match &item {
        Value::Instance(_) => task::scheduled_call(vm, &item),
        Value::Tuple(t) => match &t.items[1] {
            Value::Tuple(a) => {
                let mut call = vec![t.items[0].clone()];
                call.extend(a.items.iter().cloned());
                call
            }
            arg => vec![t.items[0].clone(), arg.clone()],
        },
        _ => return Ok(()),
    };
    let cs = vm.getattr_str(lp, "call_soon")?;
    vm.call(&cs, call)?;
    Ok(())
}

/// `(callback, args)`: a ready entry nobody holds a handle to.
pub(crate) fn ready_entry(cb: Value, args: Vec<Value>) -> Value {
    Value::tuple(vec![cb, Value::tuple(args)])
}

pub(crate) fn raise_class(vm: &mut Vm, cls: &Option<Rc<ClassObj>>, args: Vec<Value>) -> PyErr {
    let Some(cls) = cls else {
        return vm.new_error("RuntimeError", "_asyncio is not initialised");
    };
    match vm.call_class(cls, Args::new(args)) {
        Ok(v) => match vm.exc_from_value(v) {
            Ok(e) => e,
            Err(e) => e,
        },
        Err(e) => e,
    }
}

pub(crate) fn invalid_state(vm: &mut Vm, msg: &str) -> PyErr {
    let cls = types(vm).ok().and_then(|t| t.invalid_state.clone());
    raise_class(vm, &cls, vec![Value::str(msg)])
}
