//! Unit tests for `tuple_methods` (expected values from CPython 3.11).

use super::*;
use crate::vm::{Config, Vm};

fn err(vm: &mut Vm, r: PyResult) -> String {
    let e = r.expect_err("expected an error");
    format!("{}: {}", e.class_name(), vm.str(&e.value()).unwrap())
}

#[test]
fn index_count_and_constructor() {
    let mut vm = Vm::new(Config::default());
    let t = Value::tuple(vec![Value::Int(1), Value::Int(2), Value::Int(1)]);
    let r = tuple_index(
        &mut vm,
        Args::new(vec![t.clone(), Value::Int(1), Value::Int(1)]),
    )
    .unwrap();
    assert_eq!(vm.repr(&r).unwrap(), "2");
    let r = tuple_index(&mut vm, Args::new(vec![t.clone(), Value::Int(3)]));
    assert_eq!(
        err(&mut vm, r),
        "ValueError: tuple.index(x): x not in tuple"
    );
    let r = tuple_index(
        &mut vm,
        Args::new(vec![
            t.clone(),
            Value::Int(1),
            Value::Int(-1),
            Value::Int(-5),
        ]),
    );
    assert_eq!(
        err(&mut vm, r),
        "ValueError: tuple.index(x): x not in tuple"
    );
    let r = tuple_count(&mut vm, Args::new(vec![t.clone(), Value::Bool(true)])).unwrap();
    assert_eq!(vm.repr(&r).unwrap(), "2");
    let r = tuple_count(&mut vm, Args::new(vec![t.clone()]));
    assert_eq!(
        err(&mut vm, r),
        "TypeError: tuple.count() takes exactly one argument (0 given)"
    );
    let cls = Value::Class(vm.types.tuple.clone());
    let r = new(&mut vm, Args::new(vec![cls.clone(), t.clone()])).unwrap();
    assert!(r.is(&t));
    let r = new(
        &mut vm,
        Args::new(vec![cls.clone(), Value::list(vec![Value::Int(1)])]),
    )
    .unwrap();
    assert_eq!(vm.repr(&r).unwrap(), "(1,)");
    let r = new(
        &mut vm,
        Args::new(vec![cls.clone(), Value::Int(1), Value::Int(2)]),
    );
    assert_eq!(
        err(&mut vm, r),
        "TypeError: tuple expected at most 1 argument, got 2"
    );
}
