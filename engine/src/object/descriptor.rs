//! Descriptor objects: `property`, `staticmethod`, `classmethod` and `super`.

use std::rc::Rc;

use super::ClassObj;
use crate::value::Value;

pub struct PropertyObj {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}

pub struct StaticMethodObj {
    pub func: Value,
}

pub struct ClassMethodObj {
    pub func: Value,
}

/// `super(cls, obj)`: attribute lookup starting after `this_class` in the MRO
/// of `obj_type`.
pub struct SuperObj {
    pub this_class: Rc<ClassObj>,
    pub obj: Value,
    pub obj_type: Rc<ClassObj>,
}
