//! Freeing a long chain of containers (a linked list of a million nodes)
//! drops each node from inside the previous one's `Drop`, which would
//! overflow the native stack. Like CPython's "trashcan", containers hand the
//! contents they release to `drop_deep`: past a nesting depth the contents
//! are parked and freed later by the outermost drop, in a loop.

use std::any::Any;
use std::cell::{Cell, RefCell};

use crate::value::Value;

/// Container drops nested deeper than this are deferred.
const MAX_DEPTH: u32 = 128;

thread_local! {
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    static PARKED: RefCell<Vec<Box<dyn Any>>> = const { RefCell::new(Vec::new()) };
}

/// Drops `contents` (what a container being freed held), deferring it when
/// the current chain of container drops is already deep.
pub fn drop_deep<T: 'static>(contents: T) {
    let Ok(depth) = DEPTH.try_with(|d| {
        let v = d.get() + 1;
        d.set(v);
        v
    }) else {
        return drop(contents);
    };
    if depth > MAX_DEPTH {
        PARKED.with(|p| p.borrow_mut().push(Box::new(contents)));
    } else {
        drop(contents);
        if depth == 1 {
            // The outermost drop frees what deeper ones parked, one at a time.
            while let Some(next) = PARKED.with(|p| p.borrow_mut().pop()) {
                drop(next);
            }
        }
    }
    DEPTH.with(|d| d.set(d.get() - 1));
}

/// What releasing a container's items involves.
pub enum Contents {
    /// Only immediates: nothing to release.
    Immediates,
    /// References, none of them freeing more values when released.
    References,
    /// Some release may free a container: the trashcan's way.
    Nested,
}

/// Decides `Contents` in one pass (most lists and tuples hold immediates,
/// or references that are not the last).
#[inline]
pub fn contents_kind(items: &[Value]) -> Contents {
    let mut kind = Contents::Immediates;
    for v in items.iter().filter(|v| !v.is_immediate()) {
        if v.may_free_nested() {
            return Contents::Nested;
        }
        kind = Contents::References;
    }
    kind
}

/// Drops a list or tuple body last element first, as CPython does (so
/// `__del__` of the elements runs in that order), through `drop_deep`.
#[inline]
pub fn defer_values(mut items: Vec<Value>) {
    match contents_kind(&items) {
        Contents::Nested => drop_deep(Reversed(items)),
        // Nothing freed here frees more: no chain to flatten.
        Contents::References => drop(Reversed(items)),
        Contents::Immediates => {
            // SAFETY: every element is an immediate (no reference, nothing to
            // release), so forgetting them instead of dropping each one in turn
            // changes nothing but the time it takes; the buffer is still freed.
            unsafe { items.set_len(0) };
        }
    }
}

struct Reversed(Vec<Value>);

impl Drop for Reversed {
    fn drop(&mut self) {
        while let Some(v) = self.0.pop() {
            v.release();
        }
    }
}
