//! Module objects: a name and a namespace dict.

use std::rc::Rc;

use super::DictObj;

pub struct ModuleObj {
    pub name: Rc<str>,
    pub dict: Rc<DictObj>,
}
