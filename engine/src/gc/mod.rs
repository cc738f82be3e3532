//! Memory management beyond reference counting, as CPython does it:
//! reference counts (`Rc`) free most objects at once; a generational cycle
//! collector finds garbage cycles among container objects by trial deletion.
//!
//! - `registry.rs`: which container objects exist, by generation.
//! - `trace.rs`: per-type knowledge (children, clearing) behind `GcRef`.
//! - `collect.rs`: the trial-deletion collector itself.
//! - `pending.rs`: work that must run script code (`__del__`, weakref
//!   callbacks, generator `close`, automatic collections), queued by `Drop`
//!   impls and run by the VM at its next safe point.
//! - `weak.rs`: weak references and their callbacks.
//! - `trashcan.rs`: deallocation of deep object chains without deep recursion.

pub mod collect;
pub mod heap;
pub mod pending;
pub mod registry;
pub mod trace;
pub mod trashcan;
pub mod weak;

#[cfg(test)]
mod tests;

use std::cell::Cell;
use std::rc::Rc;

pub use registry::{GcStats, GenStats};
pub use trace::GcRef;

/// Slot value of an object that is not in the registry.
const UNTRACKED: u32 = u32::MAX;

/// Flag: `__del__` (or a generator's close-on-collect) already ran.
pub const FINALIZED: u8 = 1;
/// Flag: weak references to this object exist (see weak.rs).
pub const HAS_WEAKREFS: u8 = 2;
/// Flag: this set object is a frozenset (for `gc.get_objects`).
pub const FROZEN: u8 = 4;

/// Bookkeeping every collectable object carries: where it sits in the
/// registry, its generation, flags, and a scratch mark used while collecting.
pub struct GcHeader {
    /// The heap the object is tracked in (null when untracked).
    heap: Cell<*const heap::Heap>,
    slot: Cell<u32>,
    gen: Cell<u8>,
    flags: Cell<u8>,
    /// 1 + the object's index in the collection in progress; 0 otherwise.
    mark: Cell<u32>,
}

impl GcHeader {
    pub const fn new() -> GcHeader {
        GcHeader {
            heap: Cell::new(std::ptr::null()),
            slot: Cell::new(UNTRACKED),
            gen: Cell::new(0),
            flags: Cell::new(0),
            mark: Cell::new(0),
        }
    }

    pub fn is_tracked(&self) -> bool {
        self.slot.get() != UNTRACKED
    }

    pub fn has_flag(&self, flag: u8) -> bool {
        self.flags.get() & flag != 0
    }

    pub fn set_flag(&self, flag: u8) {
        self.flags.set(self.flags.get() | flag);
    }

    pub fn clear_flag(&self, flag: u8) {
        self.flags.set(self.flags.get() & !flag);
    }
}

/// Types without weak references need no `Drop` of their own: the header
/// leaves the registry when the object's fields are dropped.
impl Drop for GcHeader {
    fn drop(&mut self) {
        if self.is_tracked() {
            registry::untrack(self);
        }
    }
}

impl Default for GcHeader {
    fn default() -> Self {
        GcHeader::new()
    }
}

/// A container type the collector knows.
pub trait Collectable: Sized + 'static {
    const KIND: trace::Kind;
    fn gc_header(&self) -> &GcHeader;
}

/// Allocates `obj` and registers it with the collector.
#[inline]
pub fn new<T: Collectable>(obj: T) -> Rc<T> {
    let rc = Rc::new(obj);
    track(&rc);
    rc
}

/// Allocates a tuple, tracking it only if it can be part of a cycle: it
/// holds a container other than an untracked tuple. Tuples are immutable,
/// so an untracked one never gains a way into a cycle (CPython reaches the
/// same state lazily, untracking such tuples when a collection sees them).
#[inline]
pub fn new_tuple(t: crate::object::TupleObj) -> Rc<crate::object::TupleObj> {
    let tracked = t.items.iter().any(|v| match v {
        v if v.is_immediate() => false,
        crate::value::Value::Tuple(inner) => inner.gc.is_tracked(),
        v => trace::value_header(v).is_some(),
    });
    let rc = Rc::new(t);
    if tracked {
        registry::track(GcRef::of(&rc));
    }
    rc
}

/// Registers an already allocated object (no-op if it is tracked).
#[inline]
pub fn track<T: Collectable>(rc: &Rc<T>) {
    if !rc.gc_header().is_tracked() {
        registry::track(GcRef::of(rc));
    }
}

/// Called from the `Drop` of every collectable type: leaves the registry and
/// clears weak references (queueing their callbacks).
#[inline]
pub fn on_drop(header: &GcHeader, addr: usize) {
    if header.has_flag(HAS_WEAKREFS) {
        weak::referent_died(header, addr);
    }
    if header.is_tracked() {
        registry::untrack(header);
    }
}

/// Implements `Collectable` and the registry-leaving `Drop` for a type with a
/// `gc: GcHeader` field.
macro_rules! collectable {
    ($ty:ty, $kind:ident) => {
        impl $crate::gc::Collectable for $ty {
            const KIND: $crate::gc::trace::Kind = $crate::gc::trace::Kind::$kind;
            #[inline]
            fn gc_header(&self) -> &$crate::gc::GcHeader {
                &self.gc
            }
        }
    };
}
pub(crate) use collectable;
