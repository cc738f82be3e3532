//! Inline caches for LOAD_ATTR, LOAD_METHOD and STORE_ATTR, one per
//! instruction. A cache holds what the generic lookup decided about the
//! receiver's class (the class attribute found along the MRO and which
//! protocol applies), keyed by the class and the type epoch; any change to
//! any class namespace or MRO bumps the epoch, so a hit only needs the
//! instance-dict probe that the generic path would also do. Misses and
//! uncached shapes take the generic path in attr.rs unchanged.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::error::PyResult;
use crate::object::class::Layout;
use crate::object::dict::type_epoch;
use crate::object::{BoundMethodObj, ClassObj, InstanceObj, StrObj};
use crate::value::Value;
use crate::vm::Vm;

const UNCACHEABLE: u8 = 0;
/// Instance dict first, then the (non-data-descriptor) class attribute.
const PLAIN: u8 = 1;
/// The class attribute is a property with a getter.
const PROPERTY: u8 = 2;
/// LOAD_METHOD: a function on the type, unless the instance dict shadows it.
const METHOD: u8 = 3;
/// STORE_ATTR: straight into the instance dict.
const STORE_DICT: u8 = 4;

#[derive(Debug)]
pub struct AttrCache {
    /// 0 when empty (the epoch starts at 1).
    epoch: Cell<u64>,
    class: Cell<*const ClassObj>,
    kind: Cell<u8>,
    /// The class attribute (Null when the MRO has none).
    attr: RefCell<Value>,
}

impl Default for AttrCache {
    fn default() -> Self {
        AttrCache {
            epoch: Cell::new(0),
            class: Cell::new(std::ptr::null()),
            kind: Cell::new(UNCACHEABLE),
            attr: RefCell::new(Value::Null),
        }
    }
}

impl AttrCache {
    #[inline]
    fn kind_for(&self, cls: *const ClassObj) -> Option<u8> {
        if self.epoch.get() == type_epoch() && std::ptr::eq(self.class.get(), cls) {
            Some(self.kind.get())
        } else {
            None
        }
    }

    fn fill(&self, cls: &Rc<ClassObj>, kind: u8, attr: Option<Value>) {
        self.epoch.set(type_epoch());
        self.class.set(Rc::as_ptr(cls));
        self.kind.set(kind);
        *self.attr.borrow_mut() = attr.unwrap_or(Value::Null);
    }
}

/// Does the class define a script-level `name` hook (`__getattribute__`, `__setattr__`)?
fn has_script_hook(cls: &ClassObj, name: &str) -> bool {
    cls.lookup(name)
        .is_some_and(|g| matches!(g, Value::Function(_)))
}

impl Vm {
    fn is_data_descriptor(&self, attr: &Value) -> bool {
        match attr {
            Value::Property(_) => true,
            Value::Instance(_) => {
                let dtype = self.type_of(attr);
                dtype.lookup("__set__").is_some() || dtype.lookup("__delete__").is_some()
            }
            _ => false,
        }
    }

    /// LOAD_ATTR.
    #[inline]
    pub(crate) fn load_attr_cached(
        &mut self,
        obj: &Value,
        name: &Rc<StrObj>,
        c: &AttrCache,
    ) -> PyResult {
        if let Value::Instance(inst) = obj {
            match c.kind_for(inst.class_ptr()) {
                Some(PLAIN) => {
                    if let Some(v) = inst.dict.get_strobj(name) {
                        return Ok(v);
                    }
                    let attr = c.attr.borrow().clone();
                    match attr {
                        Value::Null => {}
                        Value::Function(_) | Value::Builtin(_) => {
                            return Ok(Value::BoundMethod(Rc::new(BoundMethodObj {
                                func: attr,
                                self_: obj.clone(),
                            })))
                        }
                        other => {
                            let cls = inst.class();
                            return self.descriptor_get(other, obj, &cls);
                        }
                    }
                }
                Some(PROPERTY) => {
                    let fget = match &*c.attr.borrow() {
                        Value::Property(p) => p.fget.clone(),
                        _ => Value::None,
                    };
                    return self.call(&fget, vec![obj.clone()]);
                }
                Some(_) => {}
                None => self.fill_load_attr(inst, name, c),
            }
        }
        self.getattr(obj, name)
    }

    #[inline(never)]
    fn fill_load_attr(&mut self, inst: &InstanceObj, name: &Rc<StrObj>, c: &AttrCache) {
        let cls = inst.class();
        let n = name.as_str();
        let attr = cls.lookup(n);
        let kind = if has_script_hook(&cls, "__getattribute__")
            || cls.layout == Layout::Exception
            || n == "__dict__"
            || n == "__class__"
        {
            UNCACHEABLE
        } else {
            match &attr {
                Some(Value::Property(p)) if !p.fget.is_none() => PROPERTY,
                Some(a) if self.is_data_descriptor(a) => UNCACHEABLE,
                _ => PLAIN,
            }
        };
        c.fill(&cls, kind, attr);
    }

    /// LOAD_METHOD's lookup: Some(function) to call with `obj` prepended.
    #[inline]
    pub(crate) fn load_method_cached(
        &mut self,
        obj: &Value,
        name: &Rc<StrObj>,
        c: &AttrCache,
    ) -> PyResult<Option<Value>> {
        match obj {
            Value::Instance(inst) => match c.kind_for(inst.class_ptr()) {
                Some(METHOD) => {
                    if inst.dict.get_strobj(name).is_none() {
                        return Ok(Some(c.attr.borrow().clone()));
                    }
                    Ok(None)
                }
                Some(_) => Ok(None),
                None => {
                    let cls = inst.class();
                    let attr = cls.lookup(name.as_str());
                    // Decided on the class alone: an instance-dict shadow is checked per hit.
                    let kind = match &attr {
                        Some(Value::Function(_) | Value::Builtin(_))
                            if !has_script_hook(&cls, "__getattribute__") =>
                        {
                            METHOD
                        }
                        _ => UNCACHEABLE,
                    };
                    c.fill(&cls, kind, attr);
                    self.load_method(obj, name)
                }
            },
            Value::Class(_) | Value::Module(_) | Value::Super(_) | Value::Function(_) => Ok(None),
            _ => {
                let cls = self.type_of(obj);
                match c.kind_for(Rc::as_ptr(&cls)) {
                    Some(METHOD) => Ok(Some(c.attr.borrow().clone())),
                    Some(_) => Ok(None),
                    None => {
                        let r = self.load_method(obj, name)?;
                        let kind = if r.is_some() { METHOD } else { UNCACHEABLE };
                        c.fill(&cls, kind, r.clone());
                        Ok(r)
                    }
                }
            }
        }
    }

    /// STORE_ATTR.
    #[inline]
    pub(crate) fn store_attr_cached(
        &mut self,
        obj: &Value,
        name: &Rc<StrObj>,
        v: Value,
        c: &AttrCache,
    ) -> PyResult<()> {
        if let Value::Instance(inst) = obj {
            match c.kind_for(inst.class_ptr()) {
                Some(STORE_DICT) => {
                    inst.dict.set_strobj(name.clone(), v);
                    return Ok(());
                }
                Some(_) => {}
                None => {
                    let cls = inst.class();
                    let n = name.as_str();
                    let attr = cls.lookup(n);
                    let plain = !has_script_hook(&cls, "__setattr__")
                        && cls.layout != Layout::Exception
                        && n != "__class__"
                        && !attr.as_ref().is_some_and(|a| self.is_data_descriptor(a));
                    c.fill(&cls, if plain { STORE_DICT } else { UNCACHEABLE }, None);
                }
            }
        }
        self.setattr(obj, name, v)
    }
}
