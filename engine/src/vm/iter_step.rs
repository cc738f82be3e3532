//! Iterator steps that run no script code, and pairs without their tuple.
//!
//! `for i, x in enumerate(xs)`, `for k, v in d.items()` and
//! `for a, b in zip(xs, ys)` compile to FOR_ITER then UNPACK_SEQUENCE 2;
//! the tuple in between is built only to be taken apart. FOR_ITER asks
//! `next_pair` for the two halves instead, and skips the unpack.

use std::rc::Rc;

use crate::error::PyResult;
use crate::object::iter::IterState;
use crate::object::IterObj;
use crate::value::Value;
use crate::vm::Vm;

/// One step of an iterator that yields pairs.
pub enum PairStep {
    Done,
    /// The two items of the pair, first then second.
    Pair(Value, Value),
    /// A whole value the caller unpacks itself (the general path).
    Whole(Value),
}

/// Whether `next_pair` knows `obj`'s kind: its items are always 2-tuples.
pub fn yields_pairs(state: &IterState) -> bool {
    match state {
        IterState::Enumerate(..) | IterState::DictItems(..) => true,
        IterState::Zip(its, _) => its.len() == 2,
        _ => false,
    }
}

/// Steps a list, tuple or range iterator in place: `Some(next item or
/// None at the end)`, or None when `it` is another kind (whose step might
/// run script code) or is busy.
pub fn step_in_place(it: &Value) -> Option<Option<Value>> {
    let Value::Iterator(obj) = it else {
        return None;
    };
    let mut st = obj.state.try_borrow_mut().ok()?;
    let item = st.step_plain()?;
    if item.is_none() {
        *st = IterState::Exhausted;
    }
    Some(item)
}

/// Whether `step_in_place` can step `it`.
fn steps_in_place(it: &Value) -> bool {
    let Value::Iterator(obj) = it else {
        return false;
    };
    obj.state.try_borrow().is_ok_and(|st| {
        matches!(
            &*st,
            IterState::List(..) | IterState::Tuple(..) | IterState::Range { .. }
        )
    })
}

impl Vm {
    /// The next item of `obj` (for which `yields_pairs` holds), split into
    /// its halves when that needs no tuple; otherwise the general step.
    pub fn next_pair(&mut self, obj: &Rc<IterObj>) -> PyResult<PairStep> {
        {
            let mut st = obj.state.borrow_mut();
            match &mut *st {
                IterState::Enumerate(inner, Value::Int(count)) if *count < i64::MAX => {
                    if let Some(item) = step_in_place(inner) {
                        let Some(v) = item else {
                            *st = IterState::Exhausted;
                            return Ok(PairStep::Done);
                        };
                        let index = *count;
                        *count += 1;
                        return Ok(PairStep::Pair(Value::Int(index), v));
                    }
                }
                IterState::DictItems(d, pos, size) if d.len() == *size => {
                    return Ok(match d.entry_from(*pos) {
                        Some((p, k, v)) => {
                            *pos = p;
                            PairStep::Pair(k, v)
                        }
                        None => {
                            *st = IterState::Exhausted;
                            PairStep::Done
                        }
                    });
                }
                IterState::Zip(its, false)
                    if its.len() == 2 && steps_in_place(&its[0]) && steps_in_place(&its[1]) =>
                {
                    let a = step_in_place(&its[0]).flatten();
                    let b = a.as_ref().and_then(|_| step_in_place(&its[1]).flatten());
                    return Ok(match (a, b) {
                        (Some(a), Some(b)) => PairStep::Pair(a, b),
                        _ => {
                            *st = IterState::Exhausted;
                            PairStep::Done
                        }
                    });
                }
                IterState::Zip(its, false) if its.len() == 2 => {
                    // Steps that may run script code: no borrow is held
                    // across them, and the pair needs no tuple either.
                    let (a, b) = (its[0].clone(), its[1].clone());
                    drop(st);
                    let Some(x) = self.next(&a)? else {
                        *obj.state.borrow_mut() = IterState::Exhausted;
                        return Ok(PairStep::Done);
                    };
                    let Some(y) = self.next(&b)? else {
                        *obj.state.borrow_mut() = IterState::Exhausted;
                        return Ok(PairStep::Done);
                    };
                    return Ok(PairStep::Pair(x, y));
                }
                _ => {}
            }
        }
        Ok(match self.iter_next(obj)? {
            Some(v) => PairStep::Whole(v),
            None => PairStep::Done,
        })
    }
}
