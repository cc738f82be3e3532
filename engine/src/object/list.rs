//! `list`: a growable vector of values.

use std::cell::RefCell;

use crate::gc::{collectable, on_drop, trashcan, GcHeader};
use crate::value::Value;

pub struct ListObj {
    pub items: RefCell<Vec<Value>>,
    pub gc: GcHeader,
}

collectable!(ListObj, List);

impl Drop for ListObj {
    fn drop(&mut self) {
        on_drop(&self.gc, self as *const _ as usize);
        trashcan::defer_values(std::mem::take(self.items.get_mut()));
    }
}

impl ListObj {
    pub fn new(items: Vec<Value>) -> ListObj {
        ListObj {
            items: RefCell::new(items),
            gc: GcHeader::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }
}

/// Where a sequence index (negative counts from the end) falls in a
/// sequence of `len` items, if inside it.
#[inline(always)]
pub fn position(i: i64, len: usize) -> Option<usize> {
    let n = len as i64;
    let at = if i < 0 { i + n } else { i };
    if at >= 0 && at < n {
        Some(at as usize)
    } else {
        None
    }
}
