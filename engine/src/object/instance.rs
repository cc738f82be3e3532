//! Instances of user classes: the class, a `__dict__`, and any native state a
//! builtin base class needs (exceptions keep their args and traceback here).

use std::cell::RefCell;
use std::rc::Rc;

use super::exception::ExcState;
use super::{ClassObj, DictObj};

pub enum Native {
    None,
    Exception(Box<ExcState>),
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
}
