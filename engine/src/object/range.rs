//! `range` and `slice` objects. A range's bounds are i64s in the common case
//! and any ints otherwise, as CPython's `range` takes any int.

use std::fmt::Display;

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::iter::{IterState, LongRangeIter};
use crate::value::Value;

/// The two forms of a range. `Wide` holds at least one bound outside i64
/// (only `RangeObj::new` builds one), so code that matches `Small` never
/// reads a truncated bound and the i64 paths stay as fast as they were.
pub enum RangeObj {
    Small { start: i64, stop: i64, step: i64 },
    Wide(Box<WideRange>),
}

/// Bounds of which at least one leaves i64; the step is never zero.
pub struct WideRange {
    start: BigInt,
    stop: BigInt,
    step: BigInt,
}

/// How many values `start`, `start + step`, ... lie before `stop`: at
/// most 2^64 - 1 for i64 bounds. The distance between two i64s is exact
/// as a u64, so one u64 division does (an i128 one is a library call, and
/// every `for` over a range starts here).
#[inline]
fn small_count(start: i64, stop: i64, step: i64) -> u64 {
    if step > 0 && start < stop {
        (stop.wrapping_sub(start) as u64 - 1) / step as u64 + 1
    } else if step < 0 && start > stop {
        (start.wrapping_sub(stop) as u64 - 1) / step.unsigned_abs() + 1
    } else {
        0
    }
}

fn wide_count(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    if step.is_positive() && start < stop {
        (stop - start - 1u8) / step + 1u8
    } else if step.is_negative() && start > stop {
        (start - stop - 1u8) / -step + 1u8
    } else {
        BigInt::zero()
    }
}

impl RangeObj {
    /// The range from any int bounds (`step` nonzero): `Small` when all
    /// three fit an i64.
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> RangeObj {
        debug_assert!(!step.is_zero());
        match (start.to_i64(), stop.to_i64(), step.to_i64()) {
            (Some(start), Some(stop), Some(step)) => RangeObj::Small { start, stop, step },
            _ => RangeObj::Wide(Box::new(WideRange { start, stop, step })),
        }
    }

    /// start, stop and step as ints of any size, for the wide arithmetic.
    pub fn bounds(&self) -> (BigInt, BigInt, BigInt) {
        match self {
            RangeObj::Small { start, stop, step } => (
                BigInt::from(*start),
                BigInt::from(*stop),
                BigInt::from(*step),
            ),
            RangeObj::Wide(w) => (w.start.clone(), w.stop.clone(), w.step.clone()),
        }
    }

    /// start, stop and step as script values.
    pub fn bound_values(&self) -> [Value; 3] {
        match self {
            RangeObj::Small { start, stop, step } => {
                [Value::Int(*start), Value::Int(*stop), Value::Int(*step)]
            }
            RangeObj::Wide(w) => [
                Value::from_bigint(w.start.clone()),
                Value::from_bigint(w.stop.clone()),
                Value::from_bigint(w.step.clone()),
            ],
        }
    }

    /// `repr(self)`: the step is shown unless it is 1.
    pub fn repr(&self) -> String {
        fn show(start: &dyn Display, stop: &dyn Display, step: &dyn Display) -> String {
            let step = step.to_string();
            if step == "1" {
                format!("range({}, {})", start, stop)
            } else {
                format!("range({}, {}, {})", start, stop, step)
            }
        }
        match self {
            RangeObj::Small { start, stop, step } => show(start, stop, step),
            RangeObj::Wide(w) => show(&w.start, &w.stop, &w.step),
        }
    }

    /// How many values there are, of any size.
    pub fn count(&self) -> BigInt {
        match self {
            RangeObj::Small { start, stop, step } => small_count(*start, *stop, *step).into(),
            RangeObj::Wide(w) => wide_count(&w.start, &w.stop, &w.step),
        }
    }

    /// `len()`, or None past i64::MAX, where CPython's raises OverflowError.
    pub fn len(&self) -> Option<i64> {
        match self {
            RangeObj::Small { start, stop, step } => {
                i64::try_from(small_count(*start, *stop, *step)).ok()
            }
            RangeObj::Wide(_) => self.count().to_i64(),
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            RangeObj::Small { start, stop, step } => small_count(*start, *stop, *step) == 0,
            RangeObj::Wide(w) => {
                if w.step.is_positive() {
                    w.start >= w.stop
                } else {
                    w.start <= w.stop
                }
            }
        }
    }

    /// The value at index `i` (negative counts from the end), None when out
    /// of range; `item_big` for an index of any size.
    pub fn item(&self, i: i64) -> Option<Value> {
        let RangeObj::Small { start, stop, step } = self else {
            return self.item_big(&BigInt::from(i));
        };
        let n = small_count(*start, *stop, *step) as i128;
        let k = if i < 0 { i as i128 + n } else { i as i128 };
        // Between the bounds, so the value fits.
        (0..n)
            .contains(&k)
            .then(|| Value::Int((*start as i128 + k * *step as i128) as i64))
    }

    pub fn item_big(&self, i: &BigInt) -> Option<Value> {
        let (start, _, step) = self.bounds();
        let n = self.count();
        let k = if i.is_negative() { i + &n } else { i.clone() };
        (!k.is_negative() && k < n).then(|| Value::from_bigint(start + k * step))
    }

    /// Whether `v` is one of the values: arithmetic, not a scan.
    pub fn contains_i64(&self, v: i64) -> bool {
        match self {
            // Between the bounds and a whole number of steps from the start
            // (the distance is exact as a u64).
            RangeObj::Small { start, stop, step } => {
                if *step > 0 {
                    *start <= v
                        && v < *stop
                        && (v.wrapping_sub(*start) as u64).is_multiple_of(*step as u64)
                } else {
                    *stop < v
                        && v <= *start
                        && (start.wrapping_sub(v) as u64).is_multiple_of(step.unsigned_abs())
                }
            }
            RangeObj::Wide(_) => self.index_of(&BigInt::from(v)).is_some(),
        }
    }

    /// The index of `v` among the values, if it is one.
    pub fn index_of(&self, v: &BigInt) -> Option<BigInt> {
        let (start, _, step) = self.bounds();
        let off = v - start;
        if !(&off % &step).is_zero() {
            return None;
        }
        let k = off / step;
        (!k.is_negative() && k < self.count()).then_some(k)
    }

    /// Equality by value, as CPython's: the same values in the same order
    /// (empty ranges are equal, and one value needs no equal step).
    pub fn same_values(&self, other: &RangeObj) -> bool {
        if let (
            RangeObj::Small { start, stop, step },
            RangeObj::Small {
                start: start2,
                stop: stop2,
                step: step2,
            },
        ) = (self, other)
        {
            let (n, n2) = (
                small_count(*start, *stop, *step),
                small_count(*start2, *stop2, *step2),
            );
            return n == n2 && (n == 0 || (start == start2 && (n == 1 || step == step2)));
        }
        let (n, n2) = (self.count(), other.count());
        if n != n2 {
            return false;
        }
        let ((start, _, step), (start2, _, step2)) = (self.bounds(), other.bounds());
        n.is_zero() || (start == start2 && (n.is_one() || step == step2))
    }

    /// `self[start:stop:step]` with the slice's bounds already read as ints
    /// (None where omitted) and `step` nonzero: as CPython, the clamped
    /// indices are mapped, so range(4)[1::2] is range(1, 4, 2).
    pub fn slice(
        &self,
        start: Option<BigInt>,
        stop: Option<BigInt>,
        step: Option<BigInt>,
    ) -> RangeObj {
        let n = self.count();
        let step = step.unwrap_or_else(BigInt::one);
        let (lower, upper) = if step.is_negative() {
            (BigInt::from(-1), &n - 1u8)
        } else {
            (BigInt::zero(), n.clone())
        };
        let clamp = |v: Option<BigInt>, omitted: &BigInt| match v {
            None => omitted.clone(),
            Some(v) if v.is_negative() => (v + &n).max(lower.clone()),
            Some(v) => v.min(upper.clone()),
        };
        let (first, last) = if step.is_negative() {
            (&upper, &lower)
        } else {
            (&lower, &upper)
        };
        let (i, j) = (clamp(start, first), clamp(stop, last));
        let (base, _, by) = self.bounds();
        RangeObj::new(&base + i * &by, &base + j * &by, by * step)
    }

    /// The iterator state of `iter(self)`: the i64 one where CPython's
    /// `range_iterator` is used (every bound, the length and one step past
    /// the stop fit), else a `longrange_iterator`.
    #[inline]
    pub fn iter_state(&self) -> IterState {
        if let RangeObj::Small { start, stop, step } = *self {
            let n = small_count(start, stop, step);
            // `step - signum` cannot overflow.
            let past = stop.checked_add(step - step.signum());
            if n <= i64::MAX as u64 && (n == 0 || past.is_some()) {
                return IterState::Range {
                    next: start,
                    left: n,
                    step,
                };
            }
        }
        let (start, _, step) = self.bounds();
        IterState::LongRange(Box::new(LongRangeIter {
            next: start,
            left: self.count(),
            step,
        }))
    }

    /// The iterator state of `reversed(self)`, with CPython's choice of
    /// kind: the i64 one when the step, its negation, start - step and the
    /// length fit.
    pub fn reversed_state(&self) -> IterState {
        if let RangeObj::Small { start, stop, step } = *self {
            let n = small_count(start, stop, step);
            let back = start as i128 - step as i128;
            if step != i64::MIN && n <= i64::MAX as u64 && i64::try_from(back).is_ok() {
                return IterState::Range {
                    next: (back + n as i128 * step as i128) as i64,
                    left: n,
                    step: -step,
                };
            }
        }
        let (start, _, step) = self.bounds();
        let n = self.count();
        let last = if n.is_zero() {
            start
        } else {
            start + (&n - 1u8) * &step
        };
        IterState::LongRange(Box::new(LongRangeIter {
            next: last,
            left: n,
            step: -step,
        }))
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
