//! `GcRef`: a type-erased pointer to a tracked object, and what the
//! collector needs from each container type: its header, its reference
//! count, the tracked objects it refers to (`traverse`) and how to drop
//! those references (`clear`, CPython's `tp_clear`).
//!
//! Invariant: a `GcRef` is only held while its object is alive. The registry
//! holds one per tracked object and the object removes it in its `Drop`; the
//! collector takes a strong reference to every object it examines.

use std::rc::Rc;

use super::{Collectable, GcHeader};
use crate::bytecode::{CodeObject, Constant};
use crate::object::instance::{Attrs, Native};
use crate::object::{
    BoundMethodObj, CellObj, ClassMethodObj, ClassObj, DictObj, FunctionObj, GeneratorObj,
    InstanceObj, ListObj, ModuleObj, PropertyObj, SetObj, StaticMethodObj, TupleObj,
};
use crate::value::Value;
use crate::vm::frame::Frame;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    List,
    Tuple,
    Dict,
    Set,
    Instance,
    Class,
    Function,
    Cell,
    BoundMethod,
    Generator,
    Module,
    Property,
    StaticMethod,
    ClassMethod,
    Code,
}

/// A tracked object: its address with its `Kind` in the top byte, one word
/// (the registry holds one per tracked object, so size matters).
#[derive(Clone, Copy, Debug)]
pub struct GcRef {
    bits: u64,
}

/// Where the kind sits. User-space addresses stay below 2^56 on every 64-bit
/// target Krait runs on (x86-64 with 5-level paging: 2^57 total, 2^56 user).
const KIND_SHIFT: u32 = 56;
const ADDR_MASK: u64 = (1 << KIND_SHIFT) - 1;
const KINDS: [Kind; 15] = [
    Kind::List,
    Kind::Tuple,
    Kind::Dict,
    Kind::Set,
    Kind::Instance,
    Kind::Class,
    Kind::Function,
    Kind::Cell,
    Kind::BoundMethod,
    Kind::Generator,
    Kind::Module,
    Kind::Property,
    Kind::StaticMethod,
    Kind::ClassMethod,
    Kind::Code,
];

/// Dispatches `$body` with `$o` bound to the concrete object behind `$r`.
macro_rules! with_obj {
    ($r:expr, $o:ident => $body:expr) => {{
        let r: &GcRef = $r;
        // SAFETY: `ptr` came from `Rc::as_ptr` of an `Rc<T>` whose `T` matches
        // `kind`, and the object is alive while a GcRef to it exists (module doc).
        unsafe {
            match r.kind() {
                Kind::List => {
                    let $o = &*(r.ptr() as *const ListObj);
                    $body
                }
                Kind::Tuple => {
                    let $o = &*(r.ptr() as *const TupleObj);
                    $body
                }
                Kind::Dict => {
                    let $o = &*(r.ptr() as *const DictObj);
                    $body
                }
                Kind::Set => {
                    let $o = &*(r.ptr() as *const SetObj);
                    $body
                }
                Kind::Instance => {
                    let $o = &*(r.ptr() as *const InstanceObj);
                    $body
                }
                Kind::Class => {
                    let $o = &*(r.ptr() as *const ClassObj);
                    $body
                }
                Kind::Function => {
                    let $o = &*(r.ptr() as *const FunctionObj);
                    $body
                }
                Kind::Cell => {
                    let $o = &*(r.ptr() as *const CellObj);
                    $body
                }
                Kind::BoundMethod => {
                    let $o = &*(r.ptr() as *const BoundMethodObj);
                    $body
                }
                Kind::Generator => {
                    let $o = &*(r.ptr() as *const GeneratorObj);
                    $body
                }
                Kind::Module => {
                    let $o = &*(r.ptr() as *const ModuleObj);
                    $body
                }
                Kind::Property => {
                    let $o = &*(r.ptr() as *const PropertyObj);
                    $body
                }
                Kind::StaticMethod => {
                    let $o = &*(r.ptr() as *const StaticMethodObj);
                    $body
                }
                Kind::ClassMethod => {
                    let $o = &*(r.ptr() as *const ClassMethodObj);
                    $body
                }
                Kind::Code => {
                    let $o = &*(r.ptr() as *const CodeObject);
                    $body
                }
            }
        }
    }};
}

/// Dispatches `$body` with `$rc` bound to a borrowed `Rc<T>` for `$r`.
macro_rules! with_rc {
    ($r:expr, $rc:ident => $body:expr) => {{
        let r: &GcRef = $r;
        fn go<T: Collectable, R>(p: *const (), f: impl FnOnce(&Rc<T>) -> R) -> R {
            // SAFETY: as in `with_obj`; ManuallyDrop keeps the count unchanged.
            let rc = std::mem::ManuallyDrop::new(unsafe { Rc::from_raw(p as *const T) });
            f(&rc)
        }
        match r.kind() {
            Kind::List => go::<ListObj, _>(r.ptr(), |$rc| $body),
            Kind::Tuple => go::<TupleObj, _>(r.ptr(), |$rc| $body),
            Kind::Dict => go::<DictObj, _>(r.ptr(), |$rc| $body),
            Kind::Set => go::<SetObj, _>(r.ptr(), |$rc| $body),
            Kind::Instance => go::<InstanceObj, _>(r.ptr(), |$rc| $body),
            Kind::Class => go::<ClassObj, _>(r.ptr(), |$rc| $body),
            Kind::Function => go::<FunctionObj, _>(r.ptr(), |$rc| $body),
            Kind::Cell => go::<CellObj, _>(r.ptr(), |$rc| $body),
            Kind::BoundMethod => go::<BoundMethodObj, _>(r.ptr(), |$rc| $body),
            Kind::Generator => go::<GeneratorObj, _>(r.ptr(), |$rc| $body),
            Kind::Module => go::<ModuleObj, _>(r.ptr(), |$rc| $body),
            Kind::Property => go::<PropertyObj, _>(r.ptr(), |$rc| $body),
            Kind::StaticMethod => go::<StaticMethodObj, _>(r.ptr(), |$rc| $body),
            Kind::ClassMethod => go::<ClassMethodObj, _>(r.ptr(), |$rc| $body),
            Kind::Code => go::<CodeObject, _>(r.ptr(), |$rc| $body),
        }
    }};
}

/// The visitor `traverse` feeds: one call per reference to a tracked object.
/// Generic, so the collector's visitors inline into each type's traversal.
pub trait Visit: FnMut(&GcHeader) {}
impl<F: FnMut(&GcHeader)> Visit for F {}

impl GcRef {
    fn pack(ptr: *const (), kind: Kind) -> GcRef {
        let addr = ptr as usize as u64;
        assert!(addr & !ADDR_MASK == 0, "object address above 2^56");
        GcRef {
            bits: addr | ((kind as u64) << KIND_SHIFT),
        }
    }

    pub fn of<T: Collectable>(rc: &Rc<T>) -> GcRef {
        GcRef::pack(Rc::as_ptr(rc) as *const (), T::KIND)
    }

    /// A `GcRef` to a code object known to live inside an `Rc`.
    pub fn of_code_in_rc(code: &CodeObject) -> GcRef {
        GcRef::pack(code as *const CodeObject as *const (), Kind::Code)
    }

    #[inline]
    pub fn kind(&self) -> Kind {
        KINDS[(self.bits >> KIND_SHIFT) as usize]
    }

    #[inline]
    fn ptr(&self) -> *const () {
        (self.bits & ADDR_MASK) as usize as *const ()
    }

    pub fn addr(&self) -> usize {
        (self.bits & ADDR_MASK) as usize
    }

    pub fn header(&self) -> &GcHeader {
        with_obj!(self, o => { let h: *const GcHeader = o.gc_header(); &*h })
    }

    pub fn strong_count(&self) -> usize {
        with_rc!(self, rc => Rc::strong_count(rc))
    }

    /// A strong reference to the object, as a script value.
    pub fn to_value(&self) -> Value {
        let v = with_rc!(self, rc => {
            let rc = rc.clone();
            into_value(rc)
        });
        match v {
            Value::Set(s) if s.gc.has_flag(super::FROZEN) => Value::FrozenSet(s),
            v => v,
        }
    }

    /// Calls `visit` for every tracked object this one holds a strong
    /// reference to. Returns false, having visited nothing, when a part of
    /// the object is borrowed right now (the collector then treats it as
    /// reachable: conservative, never unsafe).
    #[inline]
    pub fn traverse<V: Visit>(&self, visit: &mut V) -> bool {
        with_obj!(self, o => o.traverse(visit))
    }

    /// Adds a strong reference (the collector's own, see collect.rs).
    pub(super) fn incref(&self) {
        // SAFETY: the object is alive (module invariant) and was allocated by `Rc`.
        with_rc!(self, rc => unsafe { Rc::increment_strong_count(Rc::as_ptr(rc)) })
    }

    /// Releases a reference taken by `incref`; may free the object.
    pub(super) fn decref(&self) {
        // SAFETY: pairs with `incref`, so the count stays at least 1 until here;
        // nothing touches the object afterwards.
        with_rc!(self, rc => unsafe { Rc::decrement_strong_count(Rc::as_ptr(rc)) })
    }

    /// Drops the references this object holds that can form cycles.
    pub fn clear(&self) {
        with_obj!(self, o => o.clear())
    }
}

trait IntoValue {
    fn into_value(self) -> Value;
}

fn into_value<T>(rc: Rc<T>) -> Value
where
    Rc<T>: IntoValue,
{
    rc.into_value()
}

macro_rules! into_value_impl {
    ($($ty:ty => $variant:ident),*) => {
        $(impl IntoValue for Rc<$ty> {
            fn into_value(self) -> Value { Value::$variant(self) }
        })*
    };
}
into_value_impl!(ListObj => List, TupleObj => Tuple, DictObj => Dict, SetObj => Set,
    InstanceObj => Instance, ClassObj => Class, FunctionObj => Function, CellObj => Cell,
    BoundMethodObj => BoundMethod, GeneratorObj => Generator, ModuleObj => Module,
    PropertyObj => Property, StaticMethodObj => StaticMethod, ClassMethodObj => ClassMethod,
    CodeObject => Code);

/// `Some($body)` with `$o` bound to the `Rc` of a collectable value.
macro_rules! with_collectable {
    ($v:expr, $o:ident => $body:expr) => {
        match $v {
            Value::List($o) => Some($body),
            Value::Tuple($o) => Some($body),
            Value::Dict($o) => Some($body),
            Value::Set($o) | Value::FrozenSet($o) => Some($body),
            Value::Instance($o) => Some($body),
            Value::Class($o) => Some($body),
            Value::Function($o) => Some($body),
            Value::Cell($o) => Some($body),
            Value::BoundMethod($o) => Some($body),
            Value::Generator($o) => Some($body),
            Value::Module($o) => Some($body),
            Value::Property($o) => Some($body),
            Value::StaticMethod($o) => Some($body),
            Value::ClassMethod($o) => Some($body),
            Value::Code($o) => Some($body),
            _ => None,
        }
    };
}

/// A `GcRef` to the collectable object `v` refers to, if any.
pub fn gc_ref_of(v: &Value) -> Option<GcRef> {
    with_collectable!(v, o => GcRef::of(o))
}

/// The header of the tracked object `v` refers to, if any.
#[inline]
pub fn value_header(v: &Value) -> Option<&GcHeader> {
    with_collectable!(v, o => &o.gc)
}

#[inline]
fn visit_value<V: Visit>(v: &Value, visit: &mut V) {
    if let Some(h) = value_header(v) {
        visit(h);
    }
}

#[inline]
fn visit_values<'v, V: Visit>(vs: impl IntoIterator<Item = &'v Value>, visit: &mut V) {
    for v in vs {
        visit_value(v, visit);
    }
}

/// Per-type traversal and clearing.
trait Traced {
    fn traverse<V: Visit>(&self, visit: &mut V) -> bool;
    fn clear(&self) {}
}

impl Traced for ListObj {
    fn traverse<V: Visit>(&self, visit: &mut V) -> bool {
        let Ok(items) = self.items.try_borrow() else {
            return false;
        };
        visit_values(items.iter(), visit);
        true
    }
    fn clear(&self) {
        let old = self
            .items
            .try_borrow_mut()
            .map(|mut v| std::mem::take(&mut *v));
        drop(old);
    }
}

impl Traced for TupleObj {
    fn traverse<V: Visit>(&self, visit: &mut V) -> bool {
        visit_values(self.items.iter(), visit);
        true
    }
}

impl Traced for DictObj {
    fn traverse<V: Visit>(&self, visit: &mut V) -> bool {
        let Ok(t) = self.table.try_borrow() else {
            return false;
        };
        for e in t.entries.iter() {
            visit_value(&e.key, visit);
            visit_value(&e.value, visit);
        }
        true
    }
    fn clear(&self) {
        if let Ok(old) = self
            .table
            .try_borrow_mut()
            .map(|mut t| std::mem::take(&mut *t))
        {
            self.bump();
            drop(old);
        }
    }
}

impl Traced for SetObj {
    fn traverse<V: Visit>(&self, visit: &mut V) -> bool {
        let Ok(t) = self.table.try_borrow() else {
            return false;
        };
        for k in t.keys() {
            visit_value(k, visit);
        }
        true
    }
    fn clear(&self) {
        let old = self
            .table
            .try_borrow_mut()
            .map(|mut t| std::mem::take(&mut *t));
        drop(old);
    }
}

impl Traced for InstanceObj {
    fn traverse<V: Visit>(&self, visit: &mut V) -> bool {
        // SAFETY: unguarded borrows (a flag test each, no count writes: a
        // collection traverses every tracked instance twice) that live only
        // for this traversal, during which nothing can borrow these cells
        // mutably: visitors only read and mark collector headers.
        let parts = unsafe {
            (
                self.class_cell().try_borrow_unguarded(),
                self.native.try_borrow_unguarded(),
                self.attrs_cell().try_borrow_unguarded(),
            )
        };
        let (Ok(class), Ok(native), Ok(attrs)) = parts else {
            return false;
        };
        visit(&class.gc);
        match attrs {
            Attrs::Shaped { values, .. } => values.iter().for_each(|v| visit_value(v, visit)),
            // An untracked dict (it never escaped) is part of the instance.
            Attrs::Dict(d) if d.gc.is_tracked() => visit(&d.gc),
            Attrs::Dict(d) => {
                if !Traced::traverse(&**d, visit) {
                    return false;
                }
            }
        }
        match native {
            Native::Value(v) => visit_value(v, visit),
            Native::Exception(e) => {
                visit_value(&e.args, visit);
                visit_value(&e.cause, visit);
                visit_value(&e.context, visit);
            }
            Native::WeakRef(w) => visit_value(&w.callback, visit),
            Native::Slots(s) => s.iter().for_each(|v| visit_value(v, visit)),
            Native::None | Native::Host(_) => {}
        }
        true
    }
    fn clear(&self) {
        let mut taken: Vec<Value> = Vec::new();
        if let Ok(mut n) = self.native.try_borrow_mut() {
            match &mut *n {
                Native::Value(v) => taken.push(std::mem::take(v)),
                Native::Exception(e) => {
                    taken.push(std::mem::replace(&mut e.args, Value::None));
                    taken.push(std::mem::replace(&mut e.cause, Value::None));
                    taken.push(std::mem::replace(&mut e.context, Value::None));
                }
                Native::WeakRef(w) => taken.push(std::mem::replace(&mut w.callback, Value::None)),
                Native::Slots(s) => {
                    taken.extend(s.iter_mut().map(|v| std::mem::replace(v, Value::None)))
                }
                Native::None | Native::Host(_) => {}
            }
        }
        if let Ok(mut attrs) = self.attrs_cell().try_borrow_mut() {
            match &mut *attrs {
                Attrs::Shaped { values, .. } => {
                    // Every name unset (Null), the shape kept: it may have
                    // the class's slots, which instances always carry.
                    taken.extend(values.iter_mut().map(std::mem::take));
                }
                Attrs::Dict(d) if !d.gc.is_tracked() => Traced::clear(&**d),
                Attrs::Dict(_) => {}
            }
        }
        drop(taken);
    }
}

impl Traced for ClassObj {
    fn traverse<V: Visit>(&self, visit: &mut V) -> bool {
        let (Ok(bases), Ok(mro), Ok(meta), Ok(info)) = (
            self.bases.try_borrow(),
            self.mro_tail.try_borrow(),
            self.metaclass.try_borrow(),
            self.call_info.try_borrow(),
        ) else {
            return false;
        };
        for c in bases.iter().chain(mro.iter()).chain(meta.iter()) {
            visit(&c.gc);
        }
        visit(&self.dict.gc);
        if let Some(info) = &*info {
            visit_values(info.new.iter().chain(info.init.iter()), visit);
        }
        true
    }
    fn clear(&self) {
        let old = self.call_info.try_borrow_mut().map(|mut i| i.take());
        drop(old);
    }
}

impl Traced for FunctionObj {
    fn traverse<V: Visit>(&self, visit: &mut V) -> bool {
        let (Ok(defaults), Ok(kwdefaults), Ok(dict), Ok(doc), Ok(module), Ok(ann)) = (
            self.defaults.try_borrow(),
            self.kwdefaults.try_borrow(),
            self.dict.try_borrow(),
            self.doc.try_borrow(),
            self.module.try_borrow(),
            self.annotations.try_borrow(),
        ) else {
            return false;
        };
        visit(&self.globals.gc);
        visit(&self.code.gc);
        visit_values(defaults.iter(), visit);
        for d in kwdefaults.iter().chain(dict.iter()).chain(ann.iter()) {
            visit(&d.gc);
        }
        visit_value(&doc, visit);
        visit_value(&module, visit);
        for c in &self.closure {
            visit(&c.gc);
        }
        true
    }
    fn clear(&self) {
        let d = self
            .defaults
            .try_borrow_mut()
            .map(|mut v| std::mem::take(&mut *v));
        let k = self.kwdefaults.try_borrow_mut().map(|mut v| v.take());
        let a = self.dict.try_borrow_mut().map(|mut v| v.take());
        let n = self.annotations.try_borrow_mut().map(|mut v| v.take());
        drop((d, k, a, n));
    }
}

impl Traced for CellObj {
    fn traverse<V: Visit>(&self, visit: &mut V) -> bool {
        let Ok(v) = self.value.try_borrow() else {
            return false;
        };
        visit_value(&v, visit);
        true
    }
    fn clear(&self) {
        let old = self
            .value
            .try_borrow_mut()
            .map(|mut v| std::mem::take(&mut *v));
        drop(old);
    }
}

impl Traced for BoundMethodObj {
    fn traverse<V: Visit>(&self, visit: &mut V) -> bool {
        visit_value(&self.func, visit);
        visit_value(&self.self_, visit);
        true
    }
}

/// The references a suspended frame holds.
fn traverse_frame<V: Visit>(f: &Frame, visit: &mut V) {
    visit(&f.code.gc);
    visit_values(f.stack.iter(), visit);
    if let crate::vm::frame::Role::Handled(v) = &f.role {
        visit_value(v, visit);
    }
    for c in &f.cells {
        visit(&c.gc);
    }
    visit(&f.globals.gc);
    if let Some(l) = &f.locals {
        visit(&l.gc);
    }
    if let Some(func) = &f.func {
        visit(&func.gc);
    }
}

impl Traced for GeneratorObj {
    fn traverse<V: Visit>(&self, visit: &mut V) -> bool {
        let Ok(frame) = self.frame.try_borrow() else {
            return false;
        };
        if let Some(f) = &*frame {
            traverse_frame(f, visit);
        }
        true
    }
    fn clear(&self) {
        let old = self.frame.try_borrow_mut().map(|mut f| f.take());
        drop(old);
    }
}

impl Traced for ModuleObj {
    fn traverse<V: Visit>(&self, visit: &mut V) -> bool {
        visit(&self.dict.gc);
        true
    }
}

impl Traced for PropertyObj {
    fn traverse<V: Visit>(&self, visit: &mut V) -> bool {
        visit_values([&self.fget, &self.fset, &self.fdel, &self.doc], visit);
        true
    }
}

impl Traced for StaticMethodObj {
    fn traverse<V: Visit>(&self, visit: &mut V) -> bool {
        visit_value(&self.func, visit);
        true
    }
}

impl Traced for ClassMethodObj {
    fn traverse<V: Visit>(&self, visit: &mut V) -> bool {
        visit_value(&self.func, visit);
        true
    }
}

impl Traced for CodeObject {
    fn traverse<V: Visit>(&self, visit: &mut V) -> bool {
        for c in &self.consts {
            if let Constant::Code(inner) = c {
                visit(&inner.gc);
            }
        }
        if let Some(rt) = self.runtime.get() {
            visit_values(rt.consts.iter(), visit);
        }
        true
    }
}
