//! `tuple`: an immutable sequence of values.

use smallvec::SmallVec;

use crate::gc::trashcan::{self, Contents};
use crate::gc::{collectable, on_drop, GcHeader};
use crate::value::Value;

/// A tuple's items: pairs (enumerate, dict items, zip, divmod) live inside
/// the tuple's own allocation; longer tuples spill to the heap.
pub type TupleItems = SmallVec<[Value; 2]>;

pub struct TupleObj {
    pub items: TupleItems,
    pub gc: GcHeader,
}

collectable!(TupleObj, Tuple);

impl Drop for TupleObj {
    fn drop(&mut self) {
        on_drop(&self.gc, self as *const _ as usize);
        match trashcan::contents_kind(&self.items) {
            Contents::Nested => {
                trashcan::drop_deep(Reversed(std::mem::take(&mut self.items)));
            }
            // Nothing freed here frees more: no chain to flatten.
            Contents::References => release_reversed(&mut self.items),
            // SAFETY: every item is an immediate (no reference to release),
            // so forgetting them changes nothing but the time it takes; the
            // items' buffer is still freed if it spilled to the heap.
            Contents::Immediates => unsafe { self.items.set_len(0) },
        }
    }
}

/// Drops the items last first, as CPython does (so `__del__` runs in that order).
struct Reversed(TupleItems);

impl Drop for Reversed {
    fn drop(&mut self) {
        release_reversed(&mut self.0);
    }
}

fn release_reversed(items: &mut TupleItems) {
    while let Some(v) = items.pop() {
        v.release();
    }
}

impl TupleObj {
    pub fn new(items: Vec<Value>) -> TupleObj {
        TupleObj::from_items(TupleItems::from_vec(items))
    }

    pub fn from_items(items: TupleItems) -> TupleObj {
        TupleObj {
            items,
            gc: GcHeader::new(),
        }
    }

    /// A 2-tuple, built without a temporary vector.
    pub fn pair(a: Value, b: Value) -> TupleObj {
        TupleObj::from_items(TupleItems::from_buf([a, b]))
    }

    /// BUILD_TUPLE: the top `n` values of `stack`, in order. Pairs and
    /// singles move straight into the inline items; longer tuples take
    /// the values as one vector.
    #[inline]
    pub fn from_stack(stack: &mut Vec<Value>, n: usize) -> TupleObj {
        let pop = |stack: &mut Vec<Value>| stack.pop().expect("tuple items on the stack");
        match n {
            0 => TupleObj::from_items(TupleItems::new()),
            1 => {
                let mut items = TupleItems::new();
                items.push(pop(stack));
                TupleObj::from_items(items)
            }
            2 => {
                let b = pop(stack);
                let a = pop(stack);
                TupleObj::pair(a, b)
            }
            _ => TupleObj::new(stack.split_off(stack.len() - n)),
        }
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// CPython 3.8+'s tuple hash (an xxHash-style combination of item hashes).
pub fn hash_tuple(hashes: &[i64]) -> i64 {
    let mut h = TupleHasher::new();
    for &item in hashes {
        h.add(item);
    }
    h.finish(hashes.len())
}

/// `hash_tuple` one item hash at a time.
pub struct TupleHasher(u64);

const P1: u64 = 11400714785074694791;
const P2: u64 = 14029467366897019727;
const P5: u64 = 2870177450012600261;

impl TupleHasher {
    #[inline]
    pub fn new() -> TupleHasher {
        TupleHasher(P5)
    }

    #[inline]
    pub fn add(&mut self, item_hash: i64) {
        let acc = self.0.wrapping_add((item_hash as u64).wrapping_mul(P2));
        self.0 = acc.rotate_left(31).wrapping_mul(P1);
    }

    #[inline]
    pub fn finish(self, len: usize) -> i64 {
        let acc = self.0.wrapping_add((len as u64) ^ (P5 ^ 3527539));
        if acc == u64::MAX {
            return 1546275796;
        }
        acc as i64
    }
}

impl Default for TupleHasher {
    fn default() -> Self {
        TupleHasher::new()
    }
}
