//! Unit tests for `list_methods`: each calls a method directly on a fresh VM.
//! Expected values and messages come from CPython 3.11.

use super::*;
use crate::object::StrObj;
use crate::vm::{Config, Vm};

/// Evaluates the call first, then reprs its result (both need the VM).
macro_rules! show {
    ($vm:ident, $e:expr) => {{
        let r = $e;
        repr(&mut $vm, r)
    }};
}

fn vm() -> Vm {
    Vm::new(Config::default())
}

fn ints(v: &[i64]) -> Value {
    Value::list(v.iter().map(|&i| Value::Int(i)).collect())
}

fn call(vm: &mut Vm, f: NativeFn, args: Vec<Value>) -> PyResult {
    f(vm, Args::new(args))
}

fn call_kw(vm: &mut Vm, f: NativeFn, args: Vec<Value>, kw: Vec<(&str, Value)>) -> PyResult {
    let mut a = Args::new(args);
    a.kwargs = kw
        .into_iter()
        .map(|(k, v)| (Rc::new(StrObj::new(k.to_string())), v))
        .collect();
    f(vm, a)
}

fn repr(vm: &mut Vm, v: &Value) -> String {
    vm.repr(v).unwrap()
}

fn err(vm: &mut Vm, r: PyResult) -> String {
    let e = r.expect_err("expected an error");
    format!("{}: {}", e.class_name(), vm.str(&e.value()).unwrap())
}

#[test]
fn append_extend_insert() {
    let mut vm = vm();
    let l = ints(&[1, 2]);
    call(&mut vm, list_append, vec![l.clone(), Value::Int(3)]).unwrap();
    call(
        &mut vm,
        list_extend,
        vec![l.clone(), Value::tuple(vec![Value::Int(4), Value::Int(5)])],
    )
    .unwrap();
    call(&mut vm, list_extend, vec![l.clone(), l.clone()]).unwrap();
    assert_eq!(repr(&mut vm, &l), "[1, 2, 3, 4, 5, 1, 2, 3, 4, 5]");
    let l = ints(&[1, 2, 3]);
    call(
        &mut vm,
        list_insert,
        vec![l.clone(), Value::Int(-1), Value::Int(9)],
    )
    .unwrap();
    call(
        &mut vm,
        list_insert,
        vec![l.clone(), Value::Int(-100), Value::Int(0)],
    )
    .unwrap();
    call(
        &mut vm,
        list_insert,
        vec![l.clone(), Value::Int(100), Value::Int(7)],
    )
    .unwrap();
    assert_eq!(repr(&mut vm, &l), "[0, 1, 2, 9, 3, 7]");
}

#[test]
fn argument_errors() {
    let mut vm = vm();
    let l = ints(&[]);
    let r = call(&mut vm, list_append, vec![l.clone()]);
    assert_eq!(
        err(&mut vm, r),
        "TypeError: list.append() takes exactly one argument (0 given)"
    );
    let r = call(
        &mut vm,
        list_pop,
        vec![l.clone(), Value::Int(1), Value::Int(2)],
    );
    assert_eq!(
        err(&mut vm, r),
        "TypeError: pop expected at most 1 argument, got 2"
    );
    let r = call(&mut vm, list_insert, vec![l.clone(), Value::Int(1)]);
    assert_eq!(
        err(&mut vm, r),
        "TypeError: insert expected 2 arguments, got 1"
    );
    let r = call(&mut vm, list_index, vec![l.clone()]);
    assert_eq!(
        err(&mut vm, r),
        "TypeError: index expected at least 1 argument, got 0"
    );
    let r = call(&mut vm, list_clear, vec![l.clone(), Value::Int(1)]);
    assert_eq!(
        err(&mut vm, r),
        "TypeError: list.clear() takes no arguments (1 given)"
    );
    let r = call(&mut vm, list_sort, vec![l.clone(), Value::Int(1)]);
    assert_eq!(
        err(&mut vm, r),
        "TypeError: sort() takes no positional arguments"
    );
    let r = call_kw(
        &mut vm,
        list_sort,
        vec![l.clone()],
        vec![("foo", Value::Int(1))],
    );
    assert_eq!(
        err(&mut vm, r),
        "TypeError: 'foo' is an invalid keyword argument for sort()"
    );
    let r = call_kw(
        &mut vm,
        list_pop,
        vec![l.clone()],
        vec![("index", Value::Int(1))],
    );
    assert_eq!(
        err(&mut vm, r),
        "TypeError: list.pop() takes no keyword arguments"
    );
    let r = call(&mut vm, list_append, vec![Value::Int(1), Value::Int(2)]);
    assert_eq!(
        err(&mut vm, r),
        "TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object"
    );
    let r = call(&mut vm, list_pop, vec![l.clone(), Value::str("a")]);
    assert_eq!(
        err(&mut vm, r),
        "TypeError: 'str' object cannot be interpreted as an integer"
    );
}

#[test]
fn pop_remove_index_count() {
    let mut vm = vm();
    let l = ints(&[5, 6, 7, 6]);
    assert_eq!(
        show!(vm, &call(&mut vm, list_pop, vec![l.clone()]).unwrap()),
        "6"
    );
    assert_eq!(
        show!(
            vm,
            &call(&mut vm, list_pop, vec![l.clone(), Value::Int(0)]).unwrap()
        ),
        "5"
    );
    let r = call(&mut vm, list_pop, vec![l.clone(), Value::Int(5)]);
    assert_eq!(err(&mut vm, r), "IndexError: pop index out of range");
    let r = call(&mut vm, list_pop, vec![ints(&[])]);
    assert_eq!(err(&mut vm, r), "IndexError: pop from empty list");
    let l = ints(&[1, 2, 3, 2, 1]);
    call(&mut vm, list_remove, vec![l.clone(), Value::Float(2.0)]).unwrap();
    assert_eq!(repr(&mut vm, &l), "[1, 3, 2, 1]");
    let r = call(&mut vm, list_remove, vec![l.clone(), Value::Int(9)]);
    assert_eq!(err(&mut vm, r), "ValueError: list.remove(x): x not in list");
    let idx = |vm: &mut Vm, a: Vec<Value>| call(vm, list_index, a).map(|v| repr_of(&v));
    fn repr_of(v: &Value) -> String {
        format!("{:?}", v)
    }
    assert_eq!(idx(&mut vm, vec![l.clone(), Value::Int(1)]).unwrap(), "0");
    assert_eq!(
        idx(&mut vm, vec![l.clone(), Value::Int(1), Value::Int(1)]).unwrap(),
        "3"
    );
    assert_eq!(
        idx(&mut vm, vec![l.clone(), Value::Int(1), Value::Int(-1)]).unwrap(),
        "3"
    );
    assert_eq!(
        idx(
            &mut vm,
            vec![l.clone(), Value::Int(2), Value::Int(0), Value::Int(100)]
        )
        .unwrap(),
        "2"
    );
    let r = call(
        &mut vm,
        list_index,
        vec![l.clone(), Value::Int(1), Value::Int(1), Value::Int(3)],
    );
    assert_eq!(err(&mut vm, r), "ValueError: 1 is not in list");
    let r = call(&mut vm, list_index, vec![l.clone(), Value::str("x")]);
    assert_eq!(err(&mut vm, r), "ValueError: 'x' is not in list");
    let r = call(
        &mut vm,
        list_index,
        vec![l.clone(), Value::Int(1), Value::str("a")],
    );
    assert_eq!(
        err(&mut vm, r),
        "TypeError: slice indices must be integers or have an __index__ method"
    );
    let c = call(&mut vm, list_count, vec![l.clone(), Value::Int(1)]).unwrap();
    assert_eq!(repr(&mut vm, &c), "2");
}

#[test]
fn sort_reverse_copy_clear() {
    let mut vm = vm();
    let l = ints(&[3, 1, 2]);
    call(&mut vm, list_sort, vec![l.clone()]).unwrap();
    assert_eq!(repr(&mut vm, &l), "[1, 2, 3]");
    call_kw(
        &mut vm,
        list_sort,
        vec![l.clone()],
        vec![("reverse", Value::Bool(true))],
    )
    .unwrap();
    assert_eq!(repr(&mut vm, &l), "[3, 2, 1]");
    // Stability, also with reverse=True (equal keys keep their order).
    let words: Vec<Value> = ["bb", "a", "cc", "d", "ee"]
        .iter()
        .map(|s| Value::str(s))
        .collect();
    let l = Value::list(words);
    let len = vm.builtin("len").unwrap();
    call_kw(
        &mut vm,
        list_sort,
        vec![l.clone()],
        vec![("key", len.clone())],
    )
    .unwrap();
    assert_eq!(repr(&mut vm, &l), "['a', 'd', 'bb', 'cc', 'ee']");
    call_kw(
        &mut vm,
        list_sort,
        vec![l.clone()],
        vec![("key", len), ("reverse", Value::Int(1))],
    )
    .unwrap();
    assert_eq!(repr(&mut vm, &l), "['bb', 'cc', 'ee', 'a', 'd']");
    let mixed = Value::list(vec![Value::Int(1), Value::str("a")]);
    let r = call(&mut vm, list_sort, vec![mixed.clone()]);
    assert_eq!(
        err(&mut vm, r),
        "TypeError: '<' not supported between instances of 'str' and 'int'"
    );
    assert_eq!(repr(&mut vm, &mixed), "[1, 'a']");
    let l = ints(&[1, 2, 3]);
    call(&mut vm, list_reverse, vec![l.clone()]).unwrap();
    assert_eq!(repr(&mut vm, &l), "[3, 2, 1]");
    let c = call(&mut vm, list_copy, vec![l.clone()]).unwrap();
    call(&mut vm, list_clear, vec![l.clone()]).unwrap();
    assert_eq!(repr(&mut vm, &l), "[]");
    assert_eq!(repr(&mut vm, &c), "[3, 2, 1]");
}

#[test]
fn constructor() {
    let mut vm = vm();
    let cls = Value::Class(vm.types.list.clone());
    let v = new(&mut vm, Args::new(vec![cls.clone()])).unwrap();
    assert_eq!(repr(&mut vm, &v), "[]");
    let v = new(&mut vm, Args::new(vec![cls.clone(), Value::str("ab")])).unwrap();
    assert_eq!(repr(&mut vm, &v), "['a', 'b']");
    let r = new(&mut vm, Args::new(vec![cls.clone(), Value::Int(1)]));
    assert_eq!(err(&mut vm, r), "TypeError: 'int' object is not iterable");
    let r = new(
        &mut vm,
        Args::new(vec![cls.clone(), Value::Int(1), Value::Int(2)]),
    );
    assert_eq!(
        err(&mut vm, r),
        "TypeError: list expected at most 1 argument, got 2"
    );
    let mut a = Args::new(vec![cls]);
    a.kwargs
        .push((Rc::new(StrObj::new("x".into())), Value::Int(1)));
    let r = new(&mut vm, a);
    assert_eq!(
        err(&mut vm, r),
        "TypeError: list() takes no keyword arguments"
    );
}
