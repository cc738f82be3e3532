//! Per-VM memory accounting for the memory limit: a global allocator that
//! charges every allocation made while a VM is running on this thread to
//! that VM's counter. The engine compares the counter with the limit on
//! back-edges, calls and large allocations and raises MemoryError.

#![cfg_attr(not(feature = "memory-accounting"), allow(dead_code))]

use std::alloc::{GlobalAlloc, Layout};
use std::cell::Cell;
use std::sync::atomic::{AtomicIsize, Ordering};

/// The allocator underneath: mimalloc with the `mimalloc` feature (the
/// runner turns it on: objects, frames and strings are small and
/// short-lived, and glibc's malloc/free took 6-13% of the allocation-heavy
/// benchmarks), else the system's.
#[cfg(feature = "mimalloc")]
pub struct Base;
#[cfg(not(feature = "mimalloc"))]
pub use std::alloc::System as Base;

/// The largest single allocation mimalloc is asked for: the machine's
/// physical memory. glibc's malloc refuses a request no memory could back
/// (`"x" * 10**12`), so `try_reserve` fails and the engine raises
/// MemoryError; mimalloc reserves it without backing and the script would
/// then page until killed.
#[cfg(feature = "mimalloc")]
fn largest_allocation() -> usize {
    use std::sync::atomic::AtomicUsize;
    static LARGEST: AtomicUsize = AtomicUsize::new(0);
    let known = LARGEST.load(Ordering::Relaxed);
    if known != 0 {
        return known;
    }
    // SAFETY: sysconf only reads system figures (no allocation, no state).
    let (pages, page) = unsafe {
        (
            libc::sysconf(libc::_SC_PHYS_PAGES),
            libc::sysconf(libc::_SC_PAGESIZE),
        )
    };
    let bytes = if pages > 0 && page > 0 {
        (pages as usize).saturating_mul(page as usize)
    } else {
        isize::MAX as usize
    };
    LARGEST.store(bytes, Ordering::Relaxed);
    bytes
}

/// The alignment every plain mimalloc block has (its size classes are
/// multiples of 8); larger alignments take the aligned entry points.
#[cfg(feature = "mimalloc")]
const PLAIN_ALIGN: usize = 8;

/// Null for a size no memory could back, else mimalloc's plain entry for
/// alignments its blocks always have, the aligned one otherwise.
#[cfg(feature = "mimalloc")]
#[inline(always)]
fn mimalloc_call(
    size: usize,
    align: usize,
    plain: impl FnOnce() -> *mut std::ffi::c_void,
    aligned: impl FnOnce() -> *mut std::ffi::c_void,
) -> *mut u8 {
    if size > largest_allocation() {
        std::ptr::null_mut()
    } else if align <= PLAIN_ALIGN {
        plain() as *mut u8
    } else {
        aligned() as *mut u8
    }
}

// SAFETY: every method forwards to mimalloc (a plain entry only where its
// blocks are aligned enough), or returns null (a failed allocation, which
// callers must handle anyway) for a size no memory could back.
#[cfg(feature = "mimalloc")]
unsafe impl GlobalAlloc for Base {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        use libmimalloc_sys::{mi_malloc, mi_malloc_aligned};
        let (size, align) = (layout.size(), layout.align());
        // SAFETY: plain C allocation calls.
        unsafe {
            mimalloc_call(
                size,
                align,
                || mi_malloc(size),
                || mi_malloc_aligned(size, align),
            )
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        use libmimalloc_sys::{mi_zalloc, mi_zalloc_aligned};
        let (size, align) = (layout.size(), layout.align());
        // SAFETY: plain C allocation calls.
        unsafe {
            mimalloc_call(
                size,
                align,
                || mi_zalloc(size),
                || mi_zalloc_aligned(size, align),
            )
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        // SAFETY: `ptr` came from this allocator (the caller's contract).
        unsafe { libmimalloc_sys::mi_free(ptr as *mut std::ffi::c_void) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        use libmimalloc_sys::{mi_realloc, mi_realloc_aligned};
        let (p, align) = (ptr as *mut std::ffi::c_void, layout.align());
        // SAFETY: `ptr` came from this allocator with `layout`.
        unsafe {
            mimalloc_call(
                new_size,
                align,
                || mi_realloc(p, new_size),
                || mi_realloc_aligned(p, new_size, align),
            )
        }
    }
}

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

// SAFETY: every method forwards to the base allocator unchanged; the
// bookkeeping touches only a thread-local pointer and an atomic counter.
unsafe impl GlobalAlloc for CountingAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { Base.alloc(layout) };
        if !p.is_null() {
            charge(layout.size() as isize);
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { Base.alloc_zeroed(layout) };
        if !p.is_null() {
            charge(layout.size() as isize);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: same contract as the caller's.
        unsafe { Base.dealloc(ptr, layout) };
        charge(-(layout.size() as isize));
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: same contract as the caller's.
        let p = unsafe { Base.realloc(ptr, layout, new_size) };
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
