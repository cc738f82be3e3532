//! Instances of user classes: the class, the attributes, and any native
//! state a builtin base class needs (exceptions keep their args and
//! traceback here). Attributes live in a values vector laid out by a shared
//! `Shape` (see shape.rs) until something needs a real dict: `__dict__`
//! escaping to a script, a `del`, or more names than shapes allow. A shaped
//! value may be Null: a name of the shape the instance does not have (an
//! unset `__slots__` member, or an attribute the collector cleared).

use std::cell::RefCell;
use std::rc::Rc;

use smallvec::SmallVec;

use super::exception::ExcState;
use super::shape::{Shape, ShapeMemo};
use super::{ClassObj, DictObj, StrObj};
use crate::gc::{collectable, on_drop, pending, GcHeader, FINALIZED};
use crate::value::Value;

pub enum Native {
    None,
    Exception(Box<ExcState>),
    /// The builtin value an instance of a `list`/`dict`/`int`/... subclass wraps.
    Value(Value),
    /// An instance of a class defined by the host through the C API.
    /// (The rare big payloads are boxed so every instance stays small.)
    Host(Box<super::host::HostData>),
    /// Fixed slots of a native type written in Rust (asyncio's Future and
    /// Task keep their state here).
    Slots(Box<[Value]>),
    /// A weak reference (`weakref.ref` and subclasses).
    WeakRef(Box<crate::gc::weak::WeakRefData>),
}

/// An instance's attribute values: up to two live inside the instance's
/// own allocation (a small object costs one allocation, not two).
pub(crate) type AttrValues = SmallVec<[Value; 2]>;

/// Where an instance's attributes live.
pub(crate) enum Attrs {
    /// `values[i]` is the attribute named `shape.keys()[i]`.
    Shaped {
        shape: Rc<Shape>,
        values: AttrValues,
    },
    /// A dict, untracked by the collector (the instance reports its contents)
    /// until it escapes through `__dict__`.
    Dict(Rc<DictObj>),
}

/// `AttrCache` slot for "this shape has no such attribute".
pub const ABSENT: u32 = u32::MAX;

pub struct InstanceObj {
    class: RefCell<Rc<ClassObj>>,
    attrs: RefCell<Attrs>,
    pub native: RefCell<Native>,
    pub gc: GcHeader,
}

collectable!(InstanceObj, Instance);

impl Drop for InstanceObj {
    fn drop(&mut self) {
        // `__del__` is queued before the weak references die, so it runs
        // before their callbacks, as CPython finalises before clearing them.
        if !self.gc.has_flag(FINALIZED) && self.class.get_mut().has_finalizer() {
            pending::resurrect_instance(self);
        }
        on_drop(&self.gc, self as *const _ as usize);
        // Through the trashcan, in insertion order as a dict frees them, so a
        // million-long chain of `node.next` does not recurse a million deep.
        if let Attrs::Shaped { values, .. } = self.attrs.get_mut() {
            if values.iter().any(Value::may_free_nested) {
                crate::gc::trashcan::drop_deep(std::mem::take(values));
            } else if values.iter().any(|v| !v.is_immediate()) {
                // Nothing freed here frees more: no chain to flatten.
                for v in values.drain(..) {
                    v.release();
                }
            } else {
                // SAFETY: as in TupleObj's drop: immediates hold no
                // reference, and the buffer is still freed if it spilled.
                unsafe { values.set_len(0) };
            }
        }
    }
}

/// A new instance's attribute values: the root shape's names are its
/// unset slots.
#[inline(always)]
fn unset_values(shape: &Shape) -> AttrValues {
    let unset = shape.len();
    if shape.expected_len() <= 2 {
        // The common small object: the inline buffer as it stands
        // (Nulls hold nothing, so those past the length need no drop).
        AttrValues::from_buf_and_len([Value::Null, Value::Null], unset)
    } else {
        let mut values = AttrValues::with_capacity(shape.expected_len());
        // One by one: `resize` clones through a general path that
        // costs more than a few slots.
        for _ in 0..unset {
            values.push(Value::Null);
        }
        values
    }
}

impl InstanceObj {
    /// A new instance of `class` with no native state (a script class's
    /// object), tracked by the collector. Built where the allocation is:
    /// `gc::new(InstanceObj::new(..))` builds it on the stack and copies
    /// it in, a 128-byte memcpy per object.
    #[inline(always)]
    pub fn new_plain(class: Rc<ClassObj>) -> Rc<InstanceObj> {
        let shape = class.shape_root().clone();
        let values = unset_values(&shape);
        // (`Rc::new_uninit` computes its layout at run time.)
        let rc = Rc::new(std::mem::MaybeUninit::<InstanceObj>::uninit());
        let p = Rc::into_raw(rc) as *mut InstanceObj;
        // SAFETY: `p` is the fresh allocation, unshared; each field is
        // written once, in place, and then the whole is initialised, so the
        // `Rc` is remade at its type (`MaybeUninit<T>` has `T`'s layout).
        let rc = unsafe {
            std::ptr::addr_of_mut!((*p).class).write(RefCell::new(class));
            std::ptr::addr_of_mut!((*p).attrs).write(RefCell::new(Attrs::Shaped { shape, values }));
            std::ptr::addr_of_mut!((*p).native).write(RefCell::new(Native::None));
            std::ptr::addr_of_mut!((*p).gc).write(GcHeader::new());
            Rc::from_raw(p as *const InstanceObj)
        };
        crate::gc::track(&rc);
        rc
    }

    pub fn new(class: Rc<ClassObj>, native: Native) -> InstanceObj {
        let shape = class.shape_root().clone();
        let values = unset_values(&shape);
        InstanceObj {
            class: RefCell::new(class),
            attrs: RefCell::new(Attrs::Shaped { shape, values }),
            native: RefCell::new(native),
            gc: GcHeader::new(),
        }
    }

    pub(crate) fn attrs_cell(&self) -> &RefCell<Attrs> {
        &self.attrs
    }

    /// The attribute `name` from the instance itself (not its class).
    pub fn get_attr(&self, name: &StrObj) -> Option<Value> {
        match &*self.attrs.borrow() {
            Attrs::Shaped { shape, values } => {
                shape.index_of(name).and_then(|i| present(&values[i]))
            }
            Attrs::Dict(d) => d.get_strobj(name),
        }
    }

    /// `get_attr` by a Rust string.
    pub fn get_attr_str(&self, name: &str) -> Option<Value> {
        match &*self.attrs.borrow() {
            Attrs::Shaped { shape, values } => shape
                .keys()
                .iter()
                .position(|k| k.as_str() == name)
                .and_then(|i| present(&values[i])),
            Attrs::Dict(d) => d.get_str(name),
        }
    }

    /// Sets an instance attribute (no descriptors, no `__setattr__`).
    pub fn set_attr(&self, name: Rc<StrObj>, v: Value) {
        let mut attrs = self.attrs.borrow_mut();
        let old = match &mut *attrs {
            Attrs::Shaped { shape, values } => match shape.index_of(&name) {
                Some(i) => std::mem::replace(&mut values[i], v),
                None => {
                    add_attr(&mut attrs, name, v);
                    return;
                }
            },
            Attrs::Dict(d) => {
                let d = d.clone();
                drop(attrs);
                d.set_strobj(name, v);
                return;
            }
        };
        drop(attrs);
        drop(old);
    }

    /// `set_attr` by a Rust string.
    pub fn set_attr_str(&self, name: &str, v: Value) {
        self.set_attr(Rc::new(StrObj::new(name.to_string())), v)
    }

    /// Removes an instance attribute, returning it (None if absent). The
    /// instance keeps a dict from then on: shapes only grow.
    pub fn remove_attr_str(&self, name: &str) -> Option<Value> {
        let d = self.ensure_dict();
        d.remove_str(name)
    }

    /// Unsets a name the instance's shape has: Some(the old value, None
    /// if it was unset already), or None when the shape lacks the name or
    /// the attributes are a dict.
    pub fn unset_shaped(&self, name: &StrObj) -> Option<Option<Value>> {
        let mut attrs = self.attrs.borrow_mut();
        let Attrs::Shaped { shape, values } = &mut *attrs else {
            return None;
        };
        let i = shape.index_of(name)?;
        let old = std::mem::take(&mut values[i]);
        drop(attrs);
        Some(if old.is_null() { None } else { Some(old) })
    }

    /// The attributes as (name, value) pairs in insertion order.
    pub fn attr_items(&self) -> Vec<(Value, Value)> {
        match &*self.attrs.borrow() {
            Attrs::Shaped { shape, values } => shape
                .keys()
                .iter()
                .zip(values)
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (Value::Str(k.clone()), v.clone()))
                .collect(),
            Attrs::Dict(d) => d.items(),
        }
    }

    /// The attribute names in insertion order.
    pub fn attr_names(&self) -> Vec<Value> {
        match &*self.attrs.borrow() {
            Attrs::Shaped { shape, values } => shape
                .keys()
                .iter()
                .zip(values)
                .filter(|(_, v)| !v.is_null())
                .map(|(k, _)| Value::Str(k.clone()))
                .collect(),
            Attrs::Dict(d) => d.keys(),
        }
    }

    /// Moves shaped attributes into a dict (untracked), which the instance
    /// keeps from then on.
    fn ensure_dict(&self) -> Rc<DictObj> {
        let mut attrs = self.attrs.borrow_mut();
        if let Attrs::Dict(d) = &*attrs {
            return d.clone();
        }
        let d = Rc::new(DictObj::new());
        if let Attrs::Shaped { shape, values } = &mut *attrs {
            for (k, v) in shape.keys().iter().zip(std::mem::take(values)) {
                if !v.is_null() {
                    d.set_strobj(k.clone(), v);
                }
            }
        }
        *attrs = Attrs::Dict(d.clone());
        d
    }

    /// `obj.__dict__ = d`.
    pub fn replace_dict(&self, d: Rc<DictObj>) {
        crate::gc::track(&d);
        let old = std::mem::replace(&mut *self.attrs.borrow_mut(), Attrs::Dict(d));
        drop(old);
    }

    /// The class's address, for cache checks, without a borrow (null while
    /// `set_class` is replacing it, which matches no cache entry).
    #[inline(always)]
    pub(crate) fn class_addr(&self) -> *const ClassObj {
        // SAFETY: the reference is only turned into an address, never kept
        // or dereferenced, so no later `borrow_mut` can overlap it.
        match unsafe { self.class.try_borrow_unguarded() } {
            Ok(c) => Rc::as_ptr(c),
            Err(_) => std::ptr::null(),
        }
    }

    /// The hit half of `cached_get`: the value in the remembered shape's
    /// slot, or None (a different shape, an unset slot, a dict) for the
    /// caller's general path. Nothing runs but a count increment.
    #[inline(always)]
    pub(crate) fn shaped_hit(&self, memo: &ShapeMemo) -> Option<Value> {
        // SAFETY: the reference lives only for this read and clone; a
        // clone runs no code that could borrow `attrs` mutably.
        let attrs = unsafe { self.attrs.try_borrow_unguarded() }.ok()?;
        match attrs {
            Attrs::Shaped { shape, values } if memo.matches(shape) => {
                match values.get(memo.slot.get() as usize) {
                    Some(v) if !v.is_null() => Some(v.clone()),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// The hit half of `cached_set`: overwrites the remembered shape's
    /// slot and returns what it held (to release once the caller is done),
    /// or hands `v` back when the store needs the general path.
    #[inline(always)]
    pub(crate) fn shaped_store(&self, memo: &ShapeMemo, v: Value) -> Result<Value, Value> {
        let Ok(mut attrs) = self.attrs.try_borrow_mut() else {
            return Err(v);
        };
        if let Attrs::Shaped { shape, values } = &mut *attrs {
            if memo.matches(shape) {
                if let Some(place) = values.get_mut(memo.slot.get() as usize) {
                    return Ok(std::mem::replace(place, v));
                }
            }
        }
        Err(v)
    }

    /// LOAD_ATTR/LOAD_METHOD through an inline cache (see `ShapeMemo`).
    #[inline(always)]
    pub fn cached_get(&self, name: &Rc<StrObj>, memo: &ShapeMemo) -> Option<Value> {
        if let Attrs::Shaped { shape, values } = &*self.attrs.borrow() {
            if memo.matches(shape) {
                return values.get(memo.slot.get() as usize).and_then(present);
            }
        }
        self.cached_get_miss(name, memo)
    }

    /// Has the instance no attribute `name` of its own? LOAD_METHOD's hit
    /// half: the remembered shape with no (or an unset) slot for the name
    /// answers without a borrow guard; anything else asks `cached_get`.
    #[inline(always)]
    pub(crate) fn lacks_cached(&self, name: &Rc<StrObj>, memo: &ShapeMemo) -> bool {
        // SAFETY: read-only, and the reference ends before anything can
        // borrow `attrs` mutably (nothing runs in between).
        if let Ok(Attrs::Shaped { shape, values }) = unsafe { self.attrs.try_borrow_unguarded() } {
            if memo.matches(shape) {
                return values
                    .get(memo.slot.get() as usize)
                    .is_none_or(Value::is_null);
            }
        }
        self.cached_get(name, memo).is_none()
    }

    #[inline(never)]
    fn cached_get_miss(&self, name: &Rc<StrObj>, memo: &ShapeMemo) -> Option<Value> {
        match &*self.attrs.borrow() {
            Attrs::Shaped { shape, values } => {
                let i = shape.index_of(name);
                memo.remember(shape, i.map_or(ABSENT, |i| i as u32));
                i.and_then(|i| present(&values[i]))
            }
            Attrs::Dict(d) => {
                memo.forget_shape();
                d.get_strobj_hinted(name, &memo.slot)
            }
        }
    }

    /// STORE_ATTR through an inline cache, as `cached_get`.
    #[inline(always)]
    pub fn cached_set(&self, name: &Rc<StrObj>, v: Value, memo: &ShapeMemo) {
        let mut attrs = self.attrs.borrow_mut();
        if let Attrs::Shaped { shape, values } = &mut *attrs {
            if memo.matches(shape) {
                if let Some(place) = values.get_mut(memo.slot.get() as usize) {
                    let old = std::mem::replace(place, v);
                    drop(attrs);
                    old.release();
                    return;
                }
            }
        }
        drop(attrs);
        self.cached_set_miss(name, v, memo);
    }

    /// STORE_ATTR that is not a plain overwrite: first the remembered
    /// transition of a store that adds the name, else a lookup.
    #[inline(never)]
    fn cached_set_miss(&self, name: &Rc<StrObj>, v: Value, memo: &ShapeMemo) {
        let mut attrs = self.attrs.borrow_mut();
        let old = match &mut *attrs {
            Attrs::Shaped { shape, values } => {
                if memo.matches(shape) && memo.slot.get() as usize == values.len() {
                    if let Some(next) = memo.transition() {
                        // The old shape stays alive in the memo.
                        *shape = next;
                        values.push(v);
                        return;
                    }
                }
                if !memo.matches(shape) {
                    let i = shape.index_of(name);
                    memo.remember(shape, i.map_or(ABSENT, |i| i as u32));
                }
                match values.get_mut(memo.slot.get() as usize) {
                    Some(place) => std::mem::replace(place, v),
                    None => {
                        if let Some(next) = shape.with(name) {
                            memo.remember_add(shape, &next);
                            *shape = next;
                            values.push(v);
                        } else {
                            add_attr(&mut attrs, name.clone(), v);
                        }
                        return;
                    }
                }
            }
            Attrs::Dict(d) => {
                memo.forget_shape();
                let d = d.clone();
                drop(attrs);
                d.set_strobj_hinted(name, v, &memo.slot);
                return;
            }
        };
        drop(attrs);
        drop(old);
    }

    /// Moves this dying instance's class, attributes and native state into
    /// a new instance (for `__del__`, see gc/pending.rs).
    pub(crate) fn take_for_finalizer(&mut self) -> InstanceObj {
        InstanceObj {
            class: RefCell::new(self.class.get_mut().clone()),
            attrs: RefCell::new(match self.attrs.get_mut() {
                Attrs::Shaped { shape, values } => Attrs::Shaped {
                    shape: shape.clone(),
                    values: std::mem::take(values),
                },
                Attrs::Dict(d) => Attrs::Dict(d.clone()),
            }),
            native: RefCell::new(std::mem::replace(self.native.get_mut(), Native::None)),
            gc: GcHeader::new(),
        }
    }

    /// `obj.__dict__`: the dict as a value scripts can keep, so from now on
    /// the collector tracks it on its own.
    pub fn dict_value(&self) -> Value {
        Value::Dict(self.escaped_dict())
    }

    /// The attribute dict for code that keeps it (as `dict_value`).
    pub fn escaped_dict(&self) -> Rc<DictObj> {
        let d = self.ensure_dict();
        crate::gc::track(&d);
        d
    }

    pub(crate) fn class_cell(&self) -> &RefCell<Rc<ClassObj>> {
        &self.class
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

/// Adds a name the shape lacks: the next shape in the tree, or a dict once
/// the shape limits say so.
fn add_attr(attrs: &mut Attrs, name: Rc<StrObj>, v: Value) {
    let Attrs::Shaped { shape, values } = attrs else {
        unreachable!("add_attr on a dict")
    };
    match shape.with(&name) {
        Some(next) => {
            *shape = next;
            values.push(v);
        }
        None => {
            let d = Rc::new(DictObj::new());
            for (k, old) in shape.keys().iter().zip(std::mem::take(values)) {
                if !old.is_null() {
                    d.set_strobj(k.clone(), old);
                }
            }
            d.set_strobj(name, v);
            *attrs = Attrs::Dict(d);
        }
    }
}

/// A shaped value as an attribute: None for Null (the name is unset).
#[inline(always)]
fn present(v: &Value) -> Option<Value> {
    if v.is_null() {
        None
    } else {
        Some(v.clone())
    }
}

/// `v` itself, or the builtin value it wraps if it is a builtin-subclass instance.
pub fn unwrap_builtin(v: &Value) -> Value {
    match v {
        Value::Instance(i) => i.payload().unwrap_or_else(|| v.clone()),
        _ => v.clone(),
    }
}
