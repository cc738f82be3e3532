//! `tuple`: an immutable sequence of values.

use smallvec::SmallVec;

use crate::gc::{collectable, on_drop, trashcan, GcHeader};
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
        if self.items.iter().any(|v| !v.is_immediate()) {
            trashcan::drop_deep(Reversed(std::mem::take(&mut self.items)));
        }
    }
}

/// Drops the items last first, as CPython does (so `__del__` runs in that order).
struct Reversed(TupleItems);

impl Drop for Reversed {
    fn drop(&mut self) {
        while let Some(v) = self.0.pop() {
            drop(v);
        }
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
        let mut items = TupleItems::new();
        items.push(a);
        items.push(b);
        TupleObj::from_items(items)
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
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc = P5;
    for &h in hashes {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((hashes.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}
