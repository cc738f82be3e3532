//! Descriptor objects: `property`, `staticmethod`, `classmethod` and `super`.

use std::rc::Rc;

use super::ClassObj;
use crate::gc::{collectable, on_drop, GcHeader};
use crate::value::Value;

pub struct PropertyObj {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
    pub gc: GcHeader,
}

collectable!(PropertyObj, Property);

impl PropertyObj {
    pub fn new(fget: Value, fset: Value, fdel: Value, doc: Value) -> PropertyObj {
        PropertyObj {
            fget,
            fset,
            fdel,
            doc,
            gc: GcHeader::new(),
        }
    }
}

impl Drop for PropertyObj {
    fn drop(&mut self) {
        on_drop(&self.gc, self as *const _ as usize);
    }
}

pub struct StaticMethodObj {
    pub func: Value,
    pub gc: GcHeader,
}

collectable!(StaticMethodObj, StaticMethod);

impl Drop for StaticMethodObj {
    fn drop(&mut self) {
        on_drop(&self.gc, self as *const _ as usize);
    }
}

impl StaticMethodObj {
    pub fn new(func: Value) -> StaticMethodObj {
        StaticMethodObj {
            func,
            gc: GcHeader::new(),
        }
    }
}

pub struct ClassMethodObj {
    pub func: Value,
    pub gc: GcHeader,
}

collectable!(ClassMethodObj, ClassMethod);

impl Drop for ClassMethodObj {
    fn drop(&mut self) {
        on_drop(&self.gc, self as *const _ as usize);
    }
}

impl ClassMethodObj {
    pub fn new(func: Value) -> ClassMethodObj {
        ClassMethodObj {
            func,
            gc: GcHeader::new(),
        }
    }
}

/// `super(cls, obj)`: attribute lookup starting after `this_class` in the MRO
/// of `obj_type`.
pub struct SuperObj {
    pub this_class: Rc<ClassObj>,
    pub obj: Value,
    pub obj_type: Rc<ClassObj>,
}
