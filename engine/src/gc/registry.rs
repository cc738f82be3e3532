//! The set of tracked container objects, split into CPython's three
//! generations, with CPython's allocation counters and thresholds.
//!
//! One registry per thread: objects are `Rc`s (not `Send`), so every object
//! of a thread's VMs lives here. Each object's header stores its generation
//! and index, so leaving the registry is a `swap_remove`.

use super::heap::{self, Heap};
use super::trace::GcRef;
use super::{GcHeader, UNTRACKED};

pub const GENERATIONS: usize = 3;

/// Per-generation figures, as `gc.get_stats()` reports them.
#[derive(Clone, Copy, Default, Debug)]
pub struct GenStats {
    pub collections: usize,
    pub collected: usize,
    pub uncollectable: usize,
}

pub type GcStats = [GenStats; GENERATIONS];

pub struct Registry {
    pub gens: [Vec<GcRef>; GENERATIONS],
    /// count[0]: allocations minus deallocations since the last collection of
    /// generation 0; count[g]: collections of g-1 since the last of g.
    pub count: [usize; GENERATIONS],
    pub threshold: [usize; GENERATIONS],
    pub enabled: bool,
    pub collecting: bool,
    /// Objects that survived a full collection, and those promoted into the
    /// oldest generation since (CPython's rule that keeps full collections
    /// from making allocation quadratic).
    pub long_lived_total: usize,
    pub long_lived_pending: usize,
    pub stats: GcStats,
}

impl Registry {
    pub(crate) const fn new() -> Registry {
        Registry {
            gens: [Vec::new(), Vec::new(), Vec::new()],
            count: [0; GENERATIONS],
            threshold: [700, 10, 10],
            enabled: true,
            collecting: false,
            long_lived_total: 0,
            long_lived_pending: 0,
            stats: [GenStats {
                collections: 0,
                collected: 0,
                uncollectable: 0,
            }; GENERATIONS],
        }
    }

    fn push(&mut self, obj: GcRef, gen: usize) {
        let h = obj.header();
        h.gen.set(gen as u8);
        h.slot.set(self.gens[gen].len() as u32);
        self.gens[gen].push(obj);
    }

    fn remove(&mut self, h: &GcHeader) {
        let gen = h.gen.get() as usize;
        let slot = h.slot.get() as usize;
        let list = &mut self.gens[gen];
        list.swap_remove(slot);
        if let Some(moved) = list.get(slot) {
            moved.header().slot.set(slot as u32);
        }
        h.slot.set(UNTRACKED);
    }

    /// After a collection of generations `0..=young`: moves the objects it
    /// examined (marked) into generation `to`, clearing their marks, and
    /// keeps the rest (made by finalisers) where they were. Returns how
    /// many moved. One pass, where `move_to` per object would swap-remove.
    pub fn promote(&mut self, young: usize, to: usize) -> usize {
        debug_assert!(young < to);
        let mut moved = 0;
        for g in 0..=young {
            let mut list = std::mem::take(&mut self.gens[g]);
            self.gens[to].reserve(list.len());
            let mut kept = 0;
            for i in 0..list.len() {
                let o = list[i];
                let h = o.header();
                if h.mark.get() != 0 {
                    h.mark.set(0);
                    self.push(o, to);
                    moved += 1;
                } else {
                    h.slot.set(kept as u32);
                    list[kept] = o;
                    kept += 1;
                }
            }
            list.truncate(kept);
            self.gens[g] = list;
        }
        moved
    }

    /// Takes an object out of the registry (it is about to be freed).
    pub fn forget(&mut self, obj: GcRef) {
        let h = obj.header();
        if h.slot.get() != UNTRACKED {
            self.remove(h);
        }
    }

    /// The objects of the given generations, in that order.
    pub fn objects(&self, gens: impl IntoIterator<Item = usize>) -> Vec<GcRef> {
        let mut v = Vec::new();
        for g in gens {
            v.extend_from_slice(&self.gens[g]);
        }
        v
    }

    /// Tracked objects across all generations.
    pub fn tracked(&self) -> usize {
        self.gens.iter().map(Vec::len).sum()
    }

    /// The oldest generation whose counter crossed its threshold, if an
    /// automatic collection is due (CPython's `collect_generations`).
    pub fn due_generation(&self) -> Option<usize> {
        for gen in (0..GENERATIONS).rev() {
            if self.threshold[gen] > 0 && self.count[gen] > self.threshold[gen] {
                if gen == GENERATIONS - 1 && self.long_lived_pending < self.long_lived_total / 4 {
                    continue;
                }
                return Some(gen);
            }
        }
        None
    }
}

/// Runs `f` with the current heap's registry (a default, empty one when no
/// VM is running). `f` must not drop values or run script code (a drop could
/// re-enter through `untrack`).
pub fn with<R>(f: impl FnOnce(&mut Registry) -> R) -> R {
    match heap::current() {
        Some(h) => f(&mut h.registry.borrow_mut()),
        None => f(&mut Registry::new()),
    }
}

/// Adds a new object to the current heap (objects made while no VM runs
/// stay untracked: they are never collected, only reference counted).
pub fn track(obj: GcRef) {
    let Some(heap) = heap::current() else {
        return;
    };
    obj.header().heap.set(heap as *const Heap);
    let due = {
        let mut r = heap.registry.borrow_mut();
        r.push(obj, 0);
        r.count[0] += 1;
        r.enabled && !r.collecting && r.threshold[0] > 0 && r.count[0] > r.threshold[0]
    };
    if due {
        heap.collect_due.set(true);
        heap.pending.set(true);
    }
}

/// Removes a freed object from the heap it was tracked in.
pub fn untrack(h: &GcHeader) {
    let p = h.heap.replace(std::ptr::null());
    let Some(heap) = heap::of(p) else {
        return;
    };
    {
        let mut r = heap.registry.borrow_mut();
        r.remove(h);
        r.count[0] = r.count[0].saturating_sub(1);
    }
    heap::release_if_done(p);
}
