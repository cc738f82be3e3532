//! A `Heap` is one VM's memory-management state: the registry of tracked
//! objects, the queue of pending finalisers and the weak-reference table.
//!
//! Every tracked object records its heap in its header, so freeing it
//! updates the right heap whichever thread frees it (the C API lets a VM
//! move between threads while idle) and while another VM is active. New
//! objects join the *current* heap: the one of the VM the thread is running
//! (`enter`). The heap outlives its VM until its last tracked object is gone.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::ptr::NonNull;
use std::rc::Weak;

use super::pending::Pending;
use super::registry::Registry;
use crate::object::InstanceObj;

pub struct Heap {
    pub(crate) registry: RefCell<Registry>,
    /// Set when `queue` or `collect_due` has work (the dispatch loop checks it).
    pub(crate) pending: Cell<bool>,
    pub(crate) queue: RefCell<VecDeque<Pending>>,
    pub(crate) collect_due: Cell<bool>,
    pub(crate) draining: Cell<bool>,
    /// Referent address -> the weak references to it.
    pub(crate) weak: RefCell<HashMap<usize, Vec<Weak<InstanceObj>>>>,
    owner_alive: Cell<bool>,
}

thread_local! {
    static CURRENT: Cell<*const Heap> = const { Cell::new(std::ptr::null()) };
}

/// The heap of the VM this thread is running, if any.
#[inline]
pub fn current() -> Option<&'static Heap> {
    let p = CURRENT.try_with(|c| c.get()).ok()?;
    // SAFETY: CURRENT only holds heaps whose owner is alive (cleared by the
    // owner's drop), and a heap lives at least as long as its owner.
    unsafe { p.as_ref() }
}

/// The heap an object recorded in its header.
#[inline]
pub(crate) fn of(p: *const Heap) -> Option<&'static Heap> {
    // SAFETY: a header holds its heap's address only while it is tracked,
    // and a heap is freed only once nothing is tracked in it.
    unsafe { p.as_ref() }
}

/// The VM's handle on its heap.
pub struct HeapOwner(NonNull<Heap>);

impl HeapOwner {
    pub fn new() -> HeapOwner {
        let heap = Box::new(Heap {
            registry: RefCell::new(Registry::new()),
            pending: Cell::new(false),
            queue: RefCell::new(VecDeque::new()),
            collect_due: Cell::new(false),
            draining: Cell::new(false),
            weak: RefCell::new(HashMap::new()),
            owner_alive: Cell::new(true),
        });
        HeapOwner(NonNull::from(Box::leak(heap)))
    }

    #[inline]
    pub fn heap(&self) -> &Heap {
        // SAFETY: the heap outlives its owner (freed in `release` below).
        unsafe { self.0.as_ref() }
    }

    /// Makes this heap the current one until the guard drops.
    pub fn enter(&self) -> HeapScope {
        let prev = CURRENT.with(|c| c.replace(self.0.as_ptr()));
        HeapScope { prev }
    }

    /// Makes this heap current with no guard (a VM that owns its thread).
    pub fn make_current(&self) {
        CURRENT.with(|c| c.set(self.0.as_ptr()));
    }
}

impl Default for HeapOwner {
    fn default() -> Self {
        HeapOwner::new()
    }
}

impl Drop for HeapOwner {
    fn drop(&mut self) {
        let p = self.0.as_ptr() as *const Heap;
        let _ = CURRENT.try_with(|c| {
            if c.get() == p {
                c.set(std::ptr::null());
            }
        });
        self.heap().owner_alive.set(false);
        release_if_done(p);
    }
}

/// Restores the previously current heap.
pub struct HeapScope {
    prev: *const Heap,
}

impl Drop for HeapScope {
    fn drop(&mut self) {
        let _ = CURRENT.try_with(|c| c.set(self.prev));
    }
}

/// Frees the heap once its owner is gone and nothing is tracked in it.
pub(crate) fn release_if_done(p: *const Heap) {
    let Some(heap) = of(p) else { return };
    if heap.owner_alive.get() {
        return;
    }
    let empty = match heap.registry.try_borrow() {
        Ok(r) => r.tracked() == 0,
        Err(_) => false,
    };
    if empty && !heap.draining.get() {
        // SAFETY: allocated by `Box::leak` in `HeapOwner::new`; the owner is
        // gone and no header refers to it any more, so this is the last use.
        drop(unsafe { Box::from_raw(p as *mut Heap) });
    }
}
