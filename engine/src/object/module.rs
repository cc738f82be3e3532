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

/// `types.ModuleType(name, doc=None)`: an empty module, its namespace
/// holding the attributes CPython's module init sets. `args.args[0]` is the
/// class.
pub fn new(vm: &mut crate::vm::Vm, mut args: super::Args) -> crate::error::PyResult {
    use crate::value::Value;
    let doc_kw = args.take_kw("doc");
    let name_kw = args.take_kw("name");
    let mut given = args.args.drain(1..);
    let name = given.next().or(name_kw);
    let doc = given.next().or(doc_kw).unwrap_or(Value::None);
    drop(given);
    let name = match name {
        Some(Value::Str(s)) => s,
        Some(other) => {
            return Err(vm.type_error(format!(
                "module() argument 'name' must be str, not {}",
                super::type_name_of(&other)
            )))
        }
        None => return Err(vm.type_error("module() missing required argument 'name' (pos 1)")),
    };
    let dict = crate::gc::new(DictObj::new());
    dict.set_str("__name__", Value::Str(name.clone()));
    dict.set_str("__doc__", doc);
    for key in ["__package__", "__loader__", "__spec__"] {
        dict.set_str(key, Value::None);
    }
    Ok(Value::Module(crate::gc::new(ModuleObj::new(
        name.as_str(),
        dict,
    ))))
}
