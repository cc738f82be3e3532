//! Instances of user classes: the class, a `__dict__`, and any native state a
//! builtin base class needs (exceptions keep their args and traceback here).

use std::cell::RefCell;
use std::rc::Rc;

use super::exception::ExcState;
use super::{ClassObj, DictObj};
use crate::gc::{collectable, on_drop, pending, GcHeader, FINALIZED};
use crate::value::Value;

pub enum Native {
    None,
    Exception(Box<ExcState>),
    /// The builtin value an instance of a `list`/`dict`/`int`/... subclass wraps.
    Value(Value),
    /// An instance of a class defined by the host through the C API.
    Host(super::host::HostData),
    /// A weak reference (`weakref.ref` and subclasses).
    WeakRef(crate::gc::weak::WeakRefData),
}

pub struct InstanceObj {
    class: RefCell<Rc<ClassObj>>,
    pub dict: Rc<DictObj>,
    pub native: RefCell<Native>,
    pub gc: GcHeader,
}

collectable!(InstanceObj, Instance);

impl Drop for InstanceObj {
    fn drop(&mut self) {
        on_drop(&self.gc, self as *const _ as usize);
        if !self.gc.has_flag(FINALIZED) && self.class.get_mut().has_finalizer() {
            pending::resurrect_instance(self);
        }
    }
}

impl InstanceObj {
    pub fn new(class: Rc<ClassObj>, native: Native) -> InstanceObj {
        InstanceObj {
            class: RefCell::new(class),
            // Untracked: the instance reports the dict's contents as its own
            // (half the objects for the collector to walk) until the dict
            // escapes through `__dict__` (see `dict_value`).
            dict: Rc::new(DictObj::new()),
            native: RefCell::new(native),
            gc: GcHeader::new(),
        }
    }

    /// Moves this dying instance's class, attributes and native state into
    /// a new instance (for `__del__`, see gc/pending.rs).
    pub(crate) fn take_for_finalizer(&mut self) -> InstanceObj {
        InstanceObj {
            class: RefCell::new(self.class.get_mut().clone()),
            dict: self.dict.clone(),
            native: RefCell::new(std::mem::replace(self.native.get_mut(), Native::None)),
            gc: GcHeader::new(),
        }
    }

    /// `obj.__dict__`: the dict as a value scripts can keep, so from now on
    /// the collector tracks it on its own.
    pub fn dict_value(&self) -> Value {
        crate::gc::track(&self.dict);
        Value::Dict(self.dict.clone())
    }

    pub(crate) fn class_cell(&self) -> &RefCell<Rc<ClassObj>> {
        &self.class
    }

    pub fn class(&self) -> Rc<ClassObj> {
        self.class.borrow().clone()
    }

    /// The class without refcount traffic (for cache checks).
    pub fn class_ref(&self) -> std::cell::Ref<'_, Rc<ClassObj>> {
        self.class.borrow()
    }

    pub fn set_class(&self, c: Rc<ClassObj>) {
        *self.class.borrow_mut() = c;
    }

    /// The wrapped builtin value of a builtin-subclass instance.
    pub fn payload(&self) -> Option<Value> {
        match &*self.native.borrow() {
            Native::Value(v) => Some(v.clone()),
            _ => None,
        }
    }
}

/// `v` itself, or the builtin value it wraps if it is a builtin-subclass instance.
pub fn unwrap_builtin(v: &Value) -> Value {
    match v {
        Value::Instance(i) => i.payload().unwrap_or_else(|| v.clone()),
        _ => v.clone(),
    }
}
