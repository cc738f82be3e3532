//! Instances of user classes: the class, a `__dict__`, and any native state a
//! builtin base class needs (exceptions keep their args and traceback here).

use std::cell::RefCell;
use std::rc::Rc;

use super::exception::ExcState;
use super::{ClassObj, DictObj};
use crate::value::Value;

pub enum Native {
    None,
    Exception(Box<ExcState>),
    /// The builtin value an instance of a `list`/`dict`/`int`/... subclass wraps.
    Value(Value),
    /// An instance of a class defined by the host through the C API.
    Host(super::host::HostData),
}

pub struct InstanceObj {
    class: RefCell<Rc<ClassObj>>,
    pub dict: Rc<DictObj>,
    pub native: RefCell<Native>,
}

impl InstanceObj {
    pub fn new(class: Rc<ClassObj>, native: Native) -> InstanceObj {
        InstanceObj {
            class: RefCell::new(class),
            dict: Rc::new(DictObj::new()),
            native: RefCell::new(native),
        }
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
