//! Inline caches for LOAD_ATTR, LOAD_METHOD and STORE_ATTR, one per
//! instruction. A cache holds what the generic lookup decided about the
//! receiver's class (the class attribute found along the MRO and which
//! protocol applies), keyed by the class's address, the type epoch (class
//! creation, MRO changes) and the class's lookup version (its and its
//! bases' namespace mutations), so a hit only needs the instance-dict probe
//! that the generic path would also do. Class attributes that are instances
//! (possible descriptors whose type could change) are never cached. Misses and
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

/// One remembered receiver class.
#[derive(Debug)]
struct Entry {
    /// 0 when empty (the epoch starts at 1).
    epoch: Cell<u64>,
    class: Cell<*const ClassObj>,
    version: Cell<u64>,
    kind: Cell<u8>,
    /// The class attribute (Null when the MRO has none).
    attr: RefCell<Value>,
}

impl Default for Entry {
    fn default() -> Self {
        Entry {
            epoch: Cell::new(0),
            class: Cell::new(std::ptr::null()),
            version: Cell::new(0),
            kind: Cell::new(UNCACHEABLE),
            attr: RefCell::new(Value::Null),
        }
    }
}

/// Two entries, so a site that sees two classes (a method shared by two
/// subclasses) does not thrash.
#[derive(Debug, Default)]
pub struct AttrCache {
    entries: [Entry; 2],
    /// The entry the next fill replaces.
    next: Cell<u8>,
}

impl AttrCache {
    /// Calls `f` on each cached attribute (the collector's traversal);
    /// false if one is borrowed right now.
    pub(crate) fn visit_values(&self, f: &mut dyn FnMut(&Value)) -> bool {
        for e in &self.entries {
            let Ok(v) = e.attr.try_borrow() else {
                return false;
            };
            f(&v);
        }
        true
    }

    /// Empties the cache (the collector breaking a cycle through it).
    pub(crate) fn reset(&self) {
        for e in &self.entries {
            e.epoch.set(0);
            e.class.set(std::ptr::null());
            let old = e.attr.try_borrow_mut().map(|mut a| std::mem::take(&mut *a));
            drop(old);
        }
    }

    #[inline]
    fn probe(&self, cls: &ClassObj) -> Option<&Entry> {
        let epoch = type_epoch();
        let e = self
            .entries
            .iter()
            .find(|e| e.epoch.get() == epoch && std::ptr::eq(e.class.get(), cls))?;
        (e.version.get() == cls.lookup_version()).then_some(e)
    }

    #[inline]
    fn kind_for(&self, cls: &ClassObj) -> Option<u8> {
        self.probe(cls).map(|e| e.kind.get())
    }

    /// The class attribute of the entry for `cls` (call after a hit).
    fn attr_for(&self, cls: &ClassObj) -> Value {
        self.probe(cls)
            .map(|e| e.attr.borrow().clone())
            .unwrap_or(Value::Null)
    }

    fn fill(&self, cls: &Rc<ClassObj>, kind: u8, attr: Option<Value>) {
        let epoch = type_epoch();
        // Prefer an entry for the same class or a stale one; else round-robin.
        let same = self
            .entries
            .iter()
            .position(|e| std::ptr::eq(e.class.get(), Rc::as_ptr(cls)) || e.epoch.get() != epoch);
        let i = match same {
            Some(i) => i,
            None => {
                let i = self.next.get() as usize & 1;
                self.next.set((i as u8) ^ 1);
                i
            }
        };
        let e = &self.entries[i];
        e.epoch.set(epoch);
        e.class.set(Rc::as_ptr(cls));
        e.version.set(cls.lookup_version());
        e.kind.set(kind);
        *e.attr.borrow_mut() = attr.unwrap_or(Value::Null);
    }
}

/// Does the class define a script-level `name` hook (`__getattribute__`, `__setattr__`)?
fn has_script_hook(cls: &ClassObj, name: &str) -> bool {
    cls.lookup(name)
        .is_some_and(|g| matches!(g, Value::Function(_)))
}

impl Vm {
    /// LOAD_ATTR.
    #[inline]
    pub(crate) fn load_attr_cached(
        &mut self,
        obj: &Value,
        name: &Rc<StrObj>,
        c: &AttrCache,
    ) -> PyResult {
        if let Value::Instance(inst) = obj {
            // Bound first: the class borrow must end before any script code runs.
            let kind = c.kind_for(&inst.class_ref());
            match kind {
                Some(PLAIN) => {
                    if let Some(v) = inst.dict.get_strobj(name) {
                        return Ok(v);
                    }
                    let attr = c.attr_for(&inst.class_ref());
                    match attr {
                        Value::Null => {}
                        Value::Function(_) | Value::Builtin(_) if self.binds(&attr) => {
                            return Ok(Value::BoundMethod(crate::gc::new(BoundMethodObj::new(
                                attr,
                                obj.clone(),
                            ))))
                        }
                        other => {
                            let cls = inst.class();
                            return self.descriptor_get(other, obj, &cls);
                        }
                    }
                }
                Some(PROPERTY) => {
                    let fget = match c.attr_for(&inst.class_ref()) {
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
                Some(Value::Property(_) | Value::Instance(_)) => UNCACHEABLE,
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
        let kind = match obj {
            Value::Instance(inst) => c.kind_for(&inst.class_ref()),
            _ => None,
        };
        match obj {
            Value::Instance(inst) => match kind {
                Some(METHOD) => {
                    if inst.dict.get_strobj(name).is_none() {
                        return Ok(Some(c.attr_for(&inst.class_ref())));
                    }
                    Ok(None)
                }
                Some(_) => Ok(None),
                None => {
                    let cls = inst.class();
                    let attr = cls.lookup(name.as_str());
                    // Decided on the class alone: an instance-dict shadow is checked per hit.
                    let kind = match &attr {
                        Some(f @ (Value::Function(_) | Value::Builtin(_)))
                            if self.binds(f) && !has_script_hook(&cls, "__getattribute__") =>
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
                match c.kind_for(&cls) {
                    Some(METHOD) => Ok(Some(c.attr_for(&cls))),
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
            // Bound first: the class borrow must end before any script code runs.
            let kind = c.kind_for(&inst.class_ref());
            match kind {
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
                        && !matches!(attr, Some(Value::Property(_) | Value::Instance(_)))
                        && !self.slots_forbid(&cls, n);
                    c.fill(&cls, if plain { STORE_DICT } else { UNCACHEABLE }, None);
                }
            }
        }
        self.setattr(obj, name, v)
    }
}
