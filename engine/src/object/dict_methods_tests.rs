//! Unit tests for `dict_methods` (expected values from CPython 3.11).

use super::*;
use crate::object::StrObj;
use crate::vm::{Config, Vm};

fn err(vm: &mut Vm, r: PyResult) -> String {
    let e = r.expect_err("expected an error");
    format!("{}: {}", e.class_name(), vm.str(&e.value()).unwrap())
}

fn repr(vm: &mut Vm, v: &Value) -> String {
    vm.repr(v).unwrap()
}

fn pair(k: Value, v: Value) -> Value {
    Value::tuple(vec![k, v])
}

fn dict_of(vm: &mut Vm, items: &[(&str, i64)]) -> Value {
    let d = crate::gc::new(DictObj::new());
    for (k, v) in items {
        d.set(vm, Value::str(k), Value::Int(*v)).unwrap();
    }
    Value::Dict(d)
}

#[test]
fn constructor_forms() {
    let mut vm = Vm::new(Config::default());
    let cls = Value::Class(vm.types.dict.clone());
    let pairs = Value::list(vec![pair(Value::Int(1), Value::Int(2)), Value::str("ab")]);
    let mut a = Args::new(vec![cls.clone(), pairs]);
    a.kwargs
        .push((Rc::new(StrObj::new("z".into())), Value::Int(0)));
    let d = new(&mut vm, a).unwrap();
    assert_eq!(repr(&mut vm, &d), "{1: 2, 'a': 'b', 'z': 0}");
    let d2 = new(&mut vm, Args::new(vec![cls.clone(), d.clone()])).unwrap();
    assert_eq!(repr(&mut vm, &d2), "{1: 2, 'a': 'b', 'z': 0}");
    assert!(!d2.is(&d));
    let bad = Value::list(vec![Value::tuple(vec![
        Value::Int(1),
        Value::Int(2),
        Value::Int(3),
    ])]);
    let r = new(&mut vm, Args::new(vec![cls.clone(), bad]));
    assert_eq!(
        err(&mut vm, r),
        "ValueError: dictionary update sequence element #0 has length 3; 2 is required"
    );
    let bad = Value::list(vec![pair(Value::Int(1), Value::Int(2)), Value::Int(1)]);
    let r = new(&mut vm, Args::new(vec![cls.clone(), bad]));
    assert_eq!(
        err(&mut vm, r),
        "TypeError: cannot convert dictionary update sequence element #1 to a sequence"
    );
    let r = new(&mut vm, Args::new(vec![cls.clone(), Value::Int(1)]));
    assert_eq!(err(&mut vm, r), "TypeError: 'int' object is not iterable");
    let r = new(&mut vm, Args::new(vec![cls.clone(), d.clone(), d.clone()]));
    assert_eq!(
        err(&mut vm, r),
        "TypeError: dict expected at most 1 argument, got 2"
    );
}

#[test]
fn get_setdefault_pop_popitem() {
    let mut vm = Vm::new(Config::default());
    let d = dict_of(&mut vm, &[("a", 1), ("b", 2)]);
    let r = dict_get(&mut vm, Args::new(vec![d.clone(), Value::str("a")])).unwrap();
    assert_eq!(repr(&mut vm, &r), "1");
    let r = dict_get(&mut vm, Args::new(vec![d.clone(), Value::str("x")])).unwrap();
    assert_eq!(repr(&mut vm, &r), "None");
    let r = dict_get(
        &mut vm,
        Args::new(vec![d.clone(), Value::str("x"), Value::Int(0)]),
    )
    .unwrap();
    assert_eq!(repr(&mut vm, &r), "0");
    let r = dict_get(&mut vm, Args::new(vec![d.clone()]));
    assert_eq!(
        err(&mut vm, r),
        "TypeError: get expected at least 1 argument, got 0"
    );
    let r = dict_get(&mut vm, Args::new(vec![d.clone(), Value::list(vec![])]));
    assert_eq!(err(&mut vm, r), "TypeError: unhashable type: 'list'");
    let r = dict_setdefault(&mut vm, Args::new(vec![d.clone(), Value::str("c")])).unwrap();
    assert_eq!(repr(&mut vm, &r), "None");
    let r = dict_setdefault(
        &mut vm,
        Args::new(vec![d.clone(), Value::str("a"), Value::Int(5)]),
    )
    .unwrap();
    assert_eq!(repr(&mut vm, &r), "1");
    assert_eq!(repr(&mut vm, &d), "{'a': 1, 'b': 2, 'c': None}");
    let r = dict_pop(&mut vm, Args::new(vec![d.clone(), Value::str("b")])).unwrap();
    assert_eq!(repr(&mut vm, &r), "2");
    let r = dict_pop(
        &mut vm,
        Args::new(vec![d.clone(), Value::str("b"), Value::Int(7)]),
    )
    .unwrap();
    assert_eq!(repr(&mut vm, &r), "7");
    let r = dict_pop(&mut vm, Args::new(vec![d.clone(), Value::str("b")]));
    assert_eq!(err(&mut vm, r), "KeyError: 'b'");
    let r = dict_popitem(&mut vm, Args::new(vec![d.clone()])).unwrap();
    assert_eq!(repr(&mut vm, &r), "('c', None)");
    dict_clear(&mut vm, Args::new(vec![d.clone()])).unwrap();
    let r = dict_popitem(&mut vm, Args::new(vec![d.clone()]));
    assert_eq!(
        err(&mut vm, r),
        "KeyError: 'popitem(): dictionary is empty'"
    );
}

#[test]
fn update_views_fromkeys_copy() {
    let mut vm = Vm::new(Config::default());
    let d = dict_of(&mut vm, &[("a", 1)]);
    let other = dict_of(&mut vm, &[("b", 2), ("a", 3)]);
    dict_update(&mut vm, Args::new(vec![d.clone(), other])).unwrap();
    assert_eq!(repr(&mut vm, &d), "{'a': 3, 'b': 2}");
    let r = dict_update(
        &mut vm,
        Args::new(vec![d.clone(), Value::Int(1), Value::Int(2)]),
    );
    assert_eq!(
        err(&mut vm, r),
        "TypeError: update expected at most 1 argument, got 2"
    );
    let k = dict_keys(&mut vm, Args::new(vec![d.clone()])).unwrap();
    let v = dict_values(&mut vm, Args::new(vec![d.clone()])).unwrap();
    let i = dict_items(&mut vm, Args::new(vec![d.clone()])).unwrap();
    assert_eq!(repr(&mut vm, &k), "dict_keys(['a', 'b'])");
    assert_eq!(repr(&mut vm, &v), "dict_values([3, 2])");
    assert_eq!(repr(&mut vm, &i), "dict_items([('a', 3), ('b', 2)])");
    let r = dict_keys(&mut vm, Args::new(vec![d.clone(), Value::Int(1)]));
    assert_eq!(
        err(&mut vm, r),
        "TypeError: dict.keys() takes no arguments (1 given)"
    );
    let cls = Value::Class(vm.types.dict.clone());
    let f = dict_fromkeys(
        &mut vm,
        Args::new(vec![cls.clone(), Value::str("xyx"), Value::Int(0)]),
    )
    .unwrap();
    assert_eq!(repr(&mut vm, &f), "{'x': 0, 'y': 0}");
    let c = dict_copy(&mut vm, Args::new(vec![d.clone()])).unwrap();
    dict_clear(&mut vm, Args::new(vec![d.clone()])).unwrap();
    assert_eq!(repr(&mut vm, &c), "{'a': 3, 'b': 2}");
    assert_eq!(repr(&mut vm, &d), "{}");
}

#[test]
fn view_set_operations() {
    let mut vm = Vm::new(Config::default());
    let d = dict_of(&mut vm, &[("a", 1), ("b", 2), ("c", 3)]);
    let k = dict_keys(&mut vm, Args::new(vec![d.clone()])).unwrap();
    let other = Value::list(vec![Value::str("b"), Value::str("z")]);
    let r = view_binary(&mut vm, &k, &other, '&').unwrap().unwrap();
    assert_eq!(repr(&mut vm, &r), "{'b'}");
    let r = view_binary(&mut vm, &k, &other, '-').unwrap().unwrap();
    assert_eq!(vm.len(&r).unwrap(), 2);
    let r = view_binary(&mut vm, &k, &other, '|').unwrap().unwrap();
    assert_eq!(vm.len(&r).unwrap(), 4);
    let r = view_binary(&mut vm, &k, &Value::Int(1), '|').unwrap();
    assert!(r.is_none());
    let r = view_isdisjoint(&mut vm, Args::new(vec![k.clone(), other])).unwrap();
    assert_eq!(repr(&mut vm, &r), "False");
}
