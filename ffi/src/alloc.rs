//! Per-VM memory accounting for the memory limit: a global allocator that
//! charges every allocation made while a VM is running on this thread to
//! that VM's counter. The engine compares the counter with the limit on
//! back-edges, calls and large allocations and raises MemoryError.

#![cfg_attr(not(feature = "memory-accounting"), allow(dead_code))]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicIsize, Ordering};

pub struct CountingAlloc;

thread_local! {
    /// The counter of the VM this thread is running (null: none).
    static CURRENT: Cell<*const AtomicIsize> = const { Cell::new(std::ptr::null()) };
}

fn charge(delta: isize) {
    let _ = CURRENT.try_with(|c| {
        let p = c.get();
        if !p.is_null() {
            // SAFETY: `p` is set by `Charging` to a counter that outlives it.
            let counter = unsafe { &*p };
            // Only the thread inside the VM charges it: load+store is enough.
            counter.store(counter.load(Ordering::Relaxed) + delta, Ordering::Relaxed);
        }
    });
}

// SAFETY: every method forwards to the system allocator unchanged; the
// bookkeeping touches only a thread-local pointer and an atomic counter.
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            charge(layout.size() as isize);
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            charge(layout.size() as isize);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { System.dealloc(ptr, layout) };
        charge(-(layout.size() as isize));
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            charge(new_size as isize - layout.size() as isize);
        }
        p
    }
}

/// Charges this thread's allocations to `counter` until dropped.
pub struct Charging {
    previous: *const AtomicIsize,
}

impl Charging {
    pub fn to(counter: &AtomicIsize) -> Charging {
        let previous = CURRENT.with(|c| c.replace(counter as *const AtomicIsize));
        Charging { previous }
    }
}

impl Drop for Charging {
    fn drop(&mut self) {
        CURRENT.with(|c| c.set(self.previous));
    }
}
