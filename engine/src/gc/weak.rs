//! Weak references. A weak reference is an instance (of `weakref.ref` or a
//! subclass) whose native state is a `WeakRefData`: an `std::rc::Weak` to
//! the referent and the callback. A per-thread table maps each weakly
//! referenced object to its weak references, so that when it dies (its
//! `Drop`, or the cycle collector deciding it is garbage) every weak
//! reference is cleared and its callback queued.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

use super::trace::value_header;
use super::HAS_WEAKREFS;
use crate::object::{
    BoundMethodObj, ClassObj, FunctionObj, GeneratorObj, InstanceObj, Native, SetObj,
};
use crate::value::Value;

/// The referent of a weak reference, without keeping it alive.
pub enum WeakTarget {
    Instance(Weak<InstanceObj>),
    Function(Weak<FunctionObj>),
    Class(Weak<ClassObj>),
    Set(Weak<SetObj>),
    FrozenSet(Weak<SetObj>),
    Generator(Weak<GeneratorObj>),
    BoundMethod(Weak<BoundMethodObj>),
    Dead,
}

pub struct WeakRefData {
    pub target: WeakTarget,
    pub callback: Value,
    /// The referent's hash, kept once computed (CPython: usable after death).
    pub hash: Option<i64>,
}

impl WeakTarget {
    /// A weak handle to `v`, or None if its type cannot be weakly referenced.
    pub fn of(v: &Value) -> Option<WeakTarget> {
        Some(match v {
            Value::Instance(o) => WeakTarget::Instance(Rc::downgrade(o)),
            Value::Function(o) => WeakTarget::Function(Rc::downgrade(o)),
            Value::Class(o) => WeakTarget::Class(Rc::downgrade(o)),
            Value::Set(o) => WeakTarget::Set(Rc::downgrade(o)),
            Value::FrozenSet(o) => WeakTarget::FrozenSet(Rc::downgrade(o)),
            Value::Generator(o) => WeakTarget::Generator(Rc::downgrade(o)),
            Value::BoundMethod(o) => WeakTarget::BoundMethod(Rc::downgrade(o)),
            _ => return None,
        })
    }

    /// The referent, or None once it has died.
    pub fn get(&self) -> Option<Value> {
        match self {
            WeakTarget::Instance(w) => w.upgrade().map(Value::Instance),
            WeakTarget::Function(w) => w.upgrade().map(Value::Function),
            WeakTarget::Class(w) => w.upgrade().map(Value::Class),
            WeakTarget::Set(w) => w.upgrade().map(Value::Set),
            WeakTarget::FrozenSet(w) => w.upgrade().map(Value::FrozenSet),
            WeakTarget::Generator(w) => w.upgrade().map(Value::Generator),
            WeakTarget::BoundMethod(w) => w.upgrade().map(Value::BoundMethod),
            WeakTarget::Dead => None,
        }
    }
}

thread_local! {
    /// Referent address -> the weak references to it.
    static TABLE: RefCell<HashMap<usize, Vec<Weak<InstanceObj>>>> = RefCell::new(HashMap::new());
}

/// Registers the weak reference `wr` (an instance holding `WeakRefData`)
/// to `referent`.
pub fn register(referent: &Value, wr: &Rc<InstanceObj>) {
    let (Some(addr), Some(h)) = (referent.heap_ptr(), value_header(referent)) else {
        return;
    };
    h.set_flag(HAS_WEAKREFS);
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        let list = t.entry(addr).or_default();
        list.retain(|w| w.strong_count() > 0);
        list.push(Rc::downgrade(wr));
    });
}

/// The live weak references to the object at `addr`, oldest first.
pub fn refs_to(addr: usize) -> Vec<Rc<InstanceObj>> {
    TABLE.with(|t| {
        t.borrow()
            .get(&addr)
            .map(|l| l.iter().filter_map(Weak::upgrade).collect())
            .unwrap_or_default()
    })
}

/// Marks every weak reference to the object at `addr` dead and returns
/// the (callback, weak reference) pairs to call, newest first as CPython
/// calls them.
pub fn clear_referent(addr: usize) -> Vec<(Value, Value)> {
    let refs = TABLE
        .try_with(|t| t.borrow_mut().remove(&addr))
        .ok()
        .flatten()
        .unwrap_or_default();
    let mut calls = Vec::new();
    for w in refs.iter().rev() {
        let Some(wr) = w.upgrade() else { continue };
        let callback = match wr.native.try_borrow_mut().as_deref_mut() {
            Ok(Native::WeakRef(d)) => {
                d.target = WeakTarget::Dead;
                std::mem::replace(&mut d.callback, Value::None)
            }
            _ => Value::None,
        };
        if !callback.is_none() {
            calls.push((callback, Value::Instance(wr)));
        }
    }
    calls
}

/// The `Drop` hook: the referent at `addr` is being freed.
pub fn referent_died(addr: usize) {
    for (cb, wr) in clear_referent(addr) {
        super::pending::push(super::pending::Pending::WeakCallback(cb, wr));
    }
}
