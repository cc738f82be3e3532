//! Inline caches for LOAD_ATTR, LOAD_METHOD and STORE_ATTR, one per
//! instruction. A cache holds what the generic lookup decided about the
//! receiver's class: which protocol applies and *where* along the MRO the
//! class attribute lives (MRO position and dict entry index), keyed by the
//! class's address and the type epoch, which moves on class creation, MRO
//! changes and any name added to or removed from a class namespace.
//! Rebinding a class attribute (`Task.count += 1`) keeps the epoch, so
//! caches survive it: a hit re-reads the attribute's current value at the
//! remembered place and checks it still has the kind the entry assumed,
//! falling back to the generic path in attr.rs when not. A hit also tries
//! the instance-dict slot where the name was last found (dict.rs hints).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::error::PyResult;
use crate::object::class::{Layout, HOOK_GETATTRIBUTE, HOOK_SETATTR};
use crate::object::dict::type_epoch;
use crate::object::shape::ShapeMemo;
use crate::object::{BoundMethodObj, BuiltinObj, ClassObj, FunctionObj, InstanceObj, StrObj};
use crate::value::Value;
use crate::vm::run::generator_kind;
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

/// `Entry::owner` when the MRO has no attribute of that name.
const NOWHERE: u32 = u32::MAX;

/// One remembered receiver class.
#[derive(Debug)]
struct Entry {
    /// 0 when empty (the epoch starts at 1).
    epoch: Cell<u64>,
    class: Cell<*const ClassObj>,
    kind: Cell<u8>,
    /// MRO position of the class that holds the attribute, or NOWHERE.
    owner: Cell<u32>,
    /// Entry index of the attribute in that class's dict.
    index: Cell<u32>,
    /// Where instances held the name last time.
    memo: ShapeMemo,
}

impl Default for Entry {
    fn default() -> Self {
        Entry {
            epoch: Cell::new(0),
            class: Cell::new(std::ptr::null()),
            kind: Cell::new(UNCACHEABLE),
            owner: Cell::new(NOWHERE),
            index: Cell::new(0),
            memo: ShapeMemo::default(),
        }
    }
}

impl Entry {
    /// The class attribute's current value (Null when the MRO has none).
    #[inline]
    fn attr(&self, cls: &ClassObj) -> Value {
        match self.owner.get() {
            NOWHERE => Value::Null,
            owner => cls.value_at(owner, self.index.get()),
        }
    }
}

/// Entries per site: a method of a base class called on instances of three
/// or four subclasses (a task hierarchy) still hits.
const WAYS: usize = 4;

/// A few entries, so a site that sees several classes does not thrash.
#[derive(Debug, Default)]
pub struct AttrCache {
    entries: [Entry; WAYS],
    /// The entry the next fill replaces.
    next: Cell<u8>,
    native: NativeMethodMemo,
}

/// LOAD_METHOD's answer for a builtin-typed receiver (`out.append`,
/// `s.startswith`): the native method itself, for the type and epoch it was
/// found under, so a hit is two compares and a count increment.
#[derive(Default)]
struct NativeMethodMemo {
    epoch: Cell<u64>,
    class: Cell<*const ClassObj>,
    method: RefCell<Option<Rc<BuiltinObj>>>,
}

impl std::fmt::Debug for NativeMethodMemo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NativeMethodMemo")
            .field("epoch", &self.epoch.get())
            .field("class", &self.class.get())
            .finish()
    }
}

/// Could this class attribute be a data descriptor (which outranks the
/// instance dict)? Instances may define `__get__`/`__set__`.
fn maybe_data_descriptor(v: &Value) -> bool {
    matches!(v, Value::Property(_) | Value::Instance(_))
}

impl AttrCache {
    #[inline]
    fn probe(&self, cls: &ClassObj) -> Option<&Entry> {
        let epoch = type_epoch();
        self.entries
            .iter()
            .find(|e| e.epoch.get() == epoch && std::ptr::eq(e.class.get(), cls))
    }

    /// The entry for a class given by address (as `probe`).
    #[inline(always)]
    fn probe_addr(&self, cls: *const ClassObj) -> Option<&Entry> {
        let epoch = type_epoch();
        self.entries
            .iter()
            .find(|e| e.epoch.get() == epoch && std::ptr::eq(e.class.get(), cls))
    }

    /// LOAD_ATTR's hit, inlined into the dispatch loop: an attribute of the
    /// instance itself whose name no class along the MRO has, read from
    /// the remembered shape slot. None sends the caller to
    /// `Vm::load_attr_cached`, which decides everything else.
    #[inline(always)]
    pub(crate) fn instance_hit(&self, inst: &InstanceObj) -> Option<Value> {
        let e = self.probe_addr(inst.class_addr())?;
        if e.kind.get() != PLAIN || e.owner.get() != NOWHERE {
            return None;
        }
        inst.shaped_hit(&e.memo)
    }

    /// STORE_ATTR's hit, as `instance_hit`: an overwrite of a slot the
    /// instance's shape has, for a name no class attribute can intercept.
    /// Ok with the old value to release, or the value back for
    /// `Vm::store_attr_cached`.
    #[inline(always)]
    pub(crate) fn instance_store(&self, inst: &InstanceObj, v: Value) -> Result<Value, Value> {
        match self.probe_addr(inst.class_addr()) {
            Some(e) if e.kind.get() == STORE_DICT && e.owner.get() == NOWHERE => {
                inst.shaped_store(&e.memo, v)
            }
            _ => Err(v),
        }
    }

    /// LOAD_METHOD's hit on an instance: the function its class holds, when
    /// the instance's own attributes do not shadow it.
    #[inline(always)]
    pub(crate) fn method_hit(&self, inst: &InstanceObj, name: &Rc<StrObj>) -> Option<Value> {
        let cls = inst.class_addr();
        let e = self.probe_addr(cls)?;
        if e.kind.get() != METHOD || e.owner.get() == NOWHERE || !inst.lacks_cached(name, &e.memo) {
            return None;
        }
        // SAFETY: the entry matched, so `cls` is the instance's class (not
        // null), which the instance keeps alive for this call.
        let cls = unsafe { &*cls };
        cls.value_at_if(e.owner.get(), e.index.get(), |f| match f {
            Value::Function(_) => true,
            Value::Builtin(b) => b.owner.is_some(),
            _ => false,
        })
    }

    /// The native method remembered for receivers of type `cls`.
    #[inline(always)]
    pub(crate) fn native_hit(&self, cls: *const ClassObj) -> Option<Value> {
        let m = &self.native;
        if m.epoch.get() != type_epoch() || !std::ptr::eq(m.class.get(), cls) {
            return None;
        }
        m.method.borrow().clone().map(Value::Builtin)
    }

    fn remember_native(&self, cls: &Rc<ClassObj>, method: &Rc<BuiltinObj>) {
        let m = &self.native;
        m.epoch.set(type_epoch());
        m.class.set(Rc::as_ptr(cls));
        *m.method.borrow_mut() = Some(method.clone());
    }

    /// Remembers `kind` for `cls`, with where `name` lives along its MRO.
    fn fill(&self, cls: &Rc<ClassObj>, name: &StrObj, kind: u8) {
        let epoch = type_epoch();
        // Prefer an entry for the same class or a stale one; else round-robin.
        let same = self
            .entries
            .iter()
            .position(|e| std::ptr::eq(e.class.get(), Rc::as_ptr(cls)) || e.epoch.get() != epoch);
        let i = match same {
            Some(i) => i,
            None => {
                let i = self.next.get() as usize % WAYS;
                self.next.set(((i + 1) % WAYS) as u8);
                i
            }
        };
        let (owner, index) = cls.locate(name).unwrap_or((NOWHERE, 0));
        let e = &self.entries[i];
        e.epoch.set(epoch);
        e.class.set(Rc::as_ptr(cls));
        e.kind.set(kind);
        e.owner.set(owner);
        e.index.set(index);
        e.memo.forget_shape();
    }
}

impl Vm {
    /// LOAD_ATTR. The common case first, in a small function: an instance
    /// attribute whose name no class along the MRO has (so no descriptor
    /// can come first), read through the shape memo.
    #[inline]
    pub(crate) fn load_attr_cached(
        &mut self,
        obj: &Value,
        name: &Rc<StrObj>,
        c: &AttrCache,
    ) -> PyResult {
        if let Value::Instance(inst) = obj {
            let cls = inst.class_ref();
            if let Some(e) = c.probe(&cls) {
                if e.kind.get() == PLAIN && e.owner.get() == NOWHERE {
                    drop(cls);
                    if let Some(v) = inst.cached_get(name, &e.memo) {
                        return Ok(v);
                    }
                }
            }
        }
        self.load_attr_general(obj, name, c)
    }

    /// LOAD_ATTR when the fast case above does not apply.
    #[inline(never)]
    fn load_attr_general(&mut self, obj: &Value, name: &Rc<StrObj>, c: &AttrCache) -> PyResult {
        if let Value::Instance(inst) = obj {
            // Bound first: the class borrow must end before any script code runs.
            let cls = inst.class_ref();
            let Some(e) = c.probe(&cls) else {
                drop(cls);
                self.fill_load_attr(inst, name, c);
                return self.getattr(obj, name);
            };
            let (kind, attr) = (e.kind.get(), e.attr(&cls));
            drop(cls);
            match kind {
                PLAIN if !maybe_data_descriptor(&attr) => {
                    if let Some(v) = inst.cached_get(name, &e.memo) {
                        return Ok(v);
                    }
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
                PROPERTY => {
                    if let Value::Property(p) = &attr {
                        if !p.fget.is_none() {
                            let fget = p.fget.clone();
                            return self.call(&fget, vec![obj.clone()]);
                        }
                    }
                }
                _ => {}
            }
        }
        self.getattr(obj, name)
    }

    #[inline(never)]
    fn fill_load_attr(&mut self, inst: &InstanceObj, name: &Rc<StrObj>, c: &AttrCache) {
        let cls = inst.class();
        let n = name.as_str();
        let attr = cls.lookup(n);
        let kind = if (cls.attr_hooks() & HOOK_GETATTRIBUTE != 0)
            || (cls.layout == Layout::Exception && Vm::is_exception_special(n))
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
        c.fill(&cls, name, kind);
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
            Value::Instance(inst) => {
                if let Some(f) = c.method_hit(inst, name) {
                    return Ok(Some(f));
                }
                let cls = inst.class_ref();
                if c.probe(&cls).is_some_and(|e| e.kind.get() == UNCACHEABLE) {
                    return Ok(None);
                }
                drop(cls);
                // A miss or a changed kind: decide again.
                let cls = inst.class();
                let attr = cls.lookup(name.as_str());
                // Decided on the class alone: an instance-dict shadow is checked per hit.
                let kind = match &attr {
                    Some(f @ (Value::Function(_) | Value::Builtin(_)))
                        if self.binds(f) && cls.attr_hooks() & HOOK_GETATTRIBUTE == 0 =>
                    {
                        METHOD
                    }
                    _ => UNCACHEABLE,
                };
                c.fill(&cls, name, kind);
                self.load_method(obj, name)
            }
            Value::Class(_) | Value::Module(_) | Value::Super(_) | Value::Function(_) => Ok(None),
            _ => {
                if let Some(t) = self.builtin_type(obj) {
                    if let Some(m) = c.native_hit(Rc::as_ptr(t)) {
                        return Ok(Some(m));
                    }
                }
                let cls = self.type_of(obj);
                // Early returns rather than a (kind, value) tuple: the tuple was
                // assembled piecewise and reloaded whole, stalling each call.
                if let Some(e) = c.probe(&cls) {
                    match e.kind.get() {
                        METHOD => {
                            let f = e.attr(&cls);
                            if let Value::Builtin(b) = &f {
                                c.remember_native(&cls, b);
                                return Ok(Some(f));
                            }
                        }
                        UNCACHEABLE => return Ok(None),
                        _ => {}
                    }
                }
                let r = self.load_method(obj, name)?;
                let kind = if r.is_some() { METHOD } else { UNCACHEABLE };
                c.fill(&cls, name, kind);
                Ok(r)
            }
        }
    }

    /// BINARY_OP with an instance on the left: the script function its class
    /// has for `dunder`, to run in a pushed frame, when nothing else in the
    /// protocol could come first (the caller checks the right operand).
    #[inline]
    pub(crate) fn binop_dunder_cached(
        &mut self,
        inst: &InstanceObj,
        dunder: &'static str,
        c: &AttrCache,
    ) -> Option<Rc<FunctionObj>> {
        let addr = inst.class_addr();
        if let Some(e) = c.probe_addr(addr) {
            if e.kind.get() != METHOD || e.owner.get() == NOWHERE {
                return None;
            }
            // SAFETY: the entry matched, so `addr` is the instance's class
            // (not null), which the instance keeps alive for this call.
            let cls = unsafe { &*addr };
            let plain =
                |v: &Value| matches!(v, Value::Function(f) if generator_kind(&f.code).is_none());
            return match cls.value_at_if(e.owner.get(), e.index.get(), plain) {
                Some(Value::Function(f)) => Some(f),
                _ => None,
            };
        }
        let cls = inst.class();
        let kind = match cls.lookup(dunder) {
            Some(Value::Function(_)) => METHOD,
            _ => UNCACHEABLE,
        };
        let name = self.intern(dunder);
        c.fill(&cls, &name, kind);
        None
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
            let cls = inst.class_ref();
            match c.probe(&cls) {
                // No class attribute of that name: nothing can intercept.
                Some(e) if e.kind.get() == STORE_DICT && e.owner.get() == NOWHERE => {
                    drop(cls);
                    inst.cached_set(name, v, &e.memo);
                    return Ok(());
                }
                Some(e) => {
                    let (kind, attr) = (e.kind.get(), e.attr(&cls));
                    drop(cls);
                    if kind == STORE_DICT && !maybe_data_descriptor(&attr) {
                        inst.cached_set(name, v, &e.memo);
                        return Ok(());
                    }
                }
                None => {
                    drop(cls);
                    let cls = inst.class();
                    let n = name.as_str();
                    let attr = cls.lookup(n);
                    let native_exc_attr =
                        cls.layout == Layout::Exception && Vm::is_exception_special(n);
                    let plain = cls.attr_hooks() & HOOK_SETATTR == 0
                        && !native_exc_attr
                        && n != "__class__"
                        && n != "__dict__"
                        && !matches!(attr, Some(Value::Property(_) | Value::Instance(_)))
                        && !self.slots_forbid(&cls, n);
                    c.fill(&cls, name, if plain { STORE_DICT } else { UNCACHEABLE });
                }
            }
        }
        self.setattr(obj, name, v)
    }
}
