//! Module objects: a name and a namespace dict.

use std::rc::Rc;

use super::DictObj;
use crate::gc::{collectable, on_drop, GcHeader};

pub struct ModuleObj {
    pub name: Rc<str>,
    pub dict: Rc<DictObj>,
    pub gc: GcHeader,
}

collectable!(ModuleObj, Module);

impl Drop for ModuleObj {
    fn drop(&mut self) {
        on_drop(&self.gc, self as *const _ as usize);
    }
}

impl ModuleObj {
    pub fn new(name: &str, dict: Rc<DictObj>) -> ModuleObj {
        ModuleObj {
            name: name.into(),
            dict,
            gc: GcHeader::new(),
        }
    }
}
