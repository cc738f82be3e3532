//! Builtin iterator objects: one object type whose state says what it walks.

use std::cell::RefCell;
use std::rc::Rc;

use super::{BytesObj, DictObj, ListObj, SetObj, StrObj, TupleObj};
use crate::value::Value;

pub enum IterState {
    List(Rc<ListObj>, usize),
    ListReverse(Rc<ListObj>, usize),
    Tuple(Rc<TupleObj>, usize),
    /// A str and the byte offset of the next character.
    Str(Rc<StrObj>, usize),
    Bytes(Rc<BytesObj>, usize),
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
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
    Zip(Vec<Value>),
    Map(Value, Vec<Value>),
    Filter(Value, Value),
    Exhausted,
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
        match &*self.state.borrow() {
            IterState::List(..) => "list_iterator",
            IterState::ListReverse(..) => "list_reverseiterator",
            IterState::Tuple(..) => "tuple_iterator",
            IterState::Str(..) => "str_ascii_iterator",
            IterState::Bytes(..) => "bytes_iterator",
            IterState::Range { .. } => "range_iterator",
            IterState::DictKeys(..) => "dict_keyiterator",
            IterState::DictValues(..) => "dict_valueiterator",
            IterState::DictItems(..) => "dict_itemiterator",
            IterState::Set(..) => "set_iterator",
            IterState::SeqIndex(..) => "iterator",
            IterState::SeqReverse(..) => "reversed",
            IterState::Callable(..) => "callable_iterator",
            IterState::Enumerate(..) => "enumerate",
            IterState::Zip(..) => "zip",
            IterState::Map(..) => "map",
            IterState::Filter(..) => "filter",
            IterState::Exhausted => "iterator",
        }
    }
}

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
