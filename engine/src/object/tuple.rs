//! `tuple`: an immutable sequence of values.

use crate::gc::{collectable, on_drop, trashcan, GcHeader};
use crate::value::Value;

pub struct TupleObj {
    pub items: Box<[Value]>,
    pub gc: GcHeader,
}

collectable!(TupleObj, Tuple);

impl Drop for TupleObj {
    fn drop(&mut self) {
        on_drop(&self.gc, self as *const _ as usize);
        trashcan::defer_values(std::mem::take(&mut self.items).into_vec());
    }
}

impl TupleObj {
    pub fn new(items: Vec<Value>) -> TupleObj {
        TupleObj {
            items: items.into_boxed_slice(),
            gc: GcHeader::new(),
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
