//! `range` and `slice` objects.

use crate::value::Value;

pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    /// How many values there are: at most 2^64 - 1 (the bounds are i64s),
    /// so a u64 holds it; the arithmetic is wide so no bound overflows.
    pub fn count(&self) -> u64 {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        n as u64
    }

    /// `len()`, or None past i64::MAX, where CPython's raises OverflowError.
    pub fn len(&self) -> Option<i64> {
        i64::try_from(self.count()).ok()
    }

    pub fn is_empty(&self) -> bool {
        self.count() == 0
    }

    /// The `i`-th value, for `i` below `count()` (so it lies between the
    /// bounds and fits).
    pub fn get(&self, i: u64) -> i64 {
        (self.start as i128 + i as i128 * self.step as i128) as i64
    }

    /// The index of `v` among the values, if it is one.
    pub fn position(&self, v: i64) -> Option<u64> {
        let off = v as i128 - self.start as i128;
        let step = self.step as i128;
        if off % step != 0 {
            return None;
        }
        let k = off / step;
        (k >= 0 && k < self.count() as i128).then_some(k as u64)
    }
}

pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl SliceObj {
    /// Bounds that resolve without running script code (ints, bools, None).
    pub fn is_plain(&self) -> bool {
        [&self.start, &self.stop, &self.step].iter().all(|v| {
            matches!(
                v,
                Value::Int(_) | Value::Bool(_) | Value::None | Value::BigInt(_)
            )
        })
    }
}
