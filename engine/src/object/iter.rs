//! Builtin iterator objects: one object type whose state says what it walks.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::Signed;

use super::{BytesObj, DictObj, ListObj, SetObj, StrObj, TupleObj};
use crate::value::Value;

pub enum IterState {
    List(Rc<ListObj>, usize),
    ListReverse(Rc<ListObj>, usize),
    Tuple(Rc<TupleObj>, usize),
    /// A str and the byte offset of the next character.
    Str(Rc<StrObj>, usize),
    Bytes(Rc<BytesObj>, usize),
    /// The next value and how many are left (a count, not a stop bound,
    /// so stepping near the i64 limits never overflows a comparison: the
    /// step after the last value wraps unused).
    Range {
        next: i64,
        left: u64,
        step: i64,
    },
    /// A range whose values or length leave i64 (`longrange_iterator`).
    LongRange(Box<LongRangeIter>),
    /// Dict keys/values/items: raw entry position and the size it started with.
    DictKeys(Rc<DictObj>, usize, usize),
    DictValues(Rc<DictObj>, usize, usize),
    DictItems(Rc<DictObj>, usize, usize),
    Set(Rc<SetObj>, usize, usize),
    /// Old-style iteration through `__getitem__` with 0, 1, 2, ...
    SeqIndex(Value, i64),
    /// Reverse iteration through `__len__`/`__getitem__`.
    SeqReverse(Value, i64),
    /// `iter(callable, sentinel)`.
    Callable(Value, Value),
    Enumerate(Value, Value),
    /// The iterators and whether `strict=True` was given.
    Zip(Vec<Value>, bool),
    Map(Value, Vec<Value>),
    Filter(Value, Value),
    Exhausted,
}

impl IterState {
    /// One step of a list, tuple or range iterator, which runs no script
    /// code: `Some(next item, or None at the end)`; None for other kinds.
    #[inline(always)]
    pub fn step_plain(&mut self) -> Option<Option<Value>> {
        Some(match self {
            IterState::List(l, i) => {
                let v = l.get(*i);
                *i += 1;
                v
            }
            IterState::Tuple(t, i) => {
                let v = t.items.get(*i).cloned();
                *i += 1;
                v
            }
            IterState::Range { next, left, step } => {
                if *left > 0 {
                    let v = *next;
                    *left -= 1;
                    *next = next.wrapping_add(*step);
                    Some(Value::Int(v))
                } else {
                    None
                }
            }
            _ => return None,
        })
    }
}

/// The state of a `longrange_iterator`, which counts the values left as
/// the i64 one does.
pub struct LongRangeIter {
    pub next: BigInt,
    pub left: BigInt,
    pub step: BigInt,
}

impl LongRangeIter {
    pub fn step(&mut self) -> Option<Value> {
        if !self.left.is_positive() {
            return None;
        }
        self.left -= 1u8;
        let v = self.next.clone();
        self.next += &self.step;
        Some(Value::from_bigint(v))
    }
}

pub struct IterObj {
    pub state: RefCell<IterState>,
}

impl IterObj {
    pub fn new(state: IterState) -> IterObj {
        IterObj {
            state: RefCell::new(state),
        }
    }

    pub fn type_name(&self) -> &'static str {
        ITERATOR_TYPES[self.kind()]
    }

    /// Index into `ITERATOR_TYPES` (each kind is its own class, as in CPython).
    pub fn kind(&self) -> usize {
        match &*self.state.borrow() {
            IterState::List(..) => 0,
            IterState::ListReverse(..) => 1,
            IterState::Tuple(..) => 2,
            IterState::Str(..) => 3,
            IterState::Bytes(..) => 4,
            IterState::Range { .. } => 5,
            IterState::LongRange(..) => 17,
            IterState::DictKeys(..) => 6,
            IterState::DictValues(..) => 7,
            IterState::DictItems(..) => 8,
            IterState::Set(..) => 9,
            IterState::SeqIndex(..) | IterState::Exhausted => 10,
            IterState::SeqReverse(..) => 11,
            IterState::Callable(..) => 12,
            IterState::Enumerate(..) => 13,
            IterState::Zip(..) => 14,
            IterState::Map(..) => 15,
            IterState::Filter(..) => 16,
        }
    }
}

/// The type names of the builtin iterator kinds, indexed by `IterObj::kind`.
pub const ITERATOR_TYPES: &[&str] = &[
    "list_iterator",
    "list_reverseiterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "bytes_iterator",
    "range_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "iterator",
    "reversed",
    "callable_iterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "longrange_iterator",
];

use crate::error::PyResult;
use crate::object::{Args, NativeFn};
use crate::vm::Vm;

/// `__next__`/`__iter__` on builtin iterators, for code that calls them directly.
pub const METHODS: &[(&str, NativeFn)] = &[("__next__", next), ("__iter__", iter)];

fn next(vm: &mut Vm, args: Args) -> PyResult {
    let it = args.args.first().cloned().unwrap_or(Value::None);
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None => Err(vm.new_error("StopIteration", "")),
    }
}

fn iter(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(args.args.first().cloned().unwrap_or(Value::None))
}
