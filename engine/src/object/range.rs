//! `range` and `slice` objects.

use crate::value::Value;

pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    pub fn len(&self) -> i64 {
        if self.step > 0 && self.start < self.stop {
            (self.stop - self.start - 1) / self.step + 1
        } else if self.step < 0 && self.start > self.stop {
            (self.start - self.stop - 1) / (-self.step) + 1
        } else {
            0
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
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
