//! Unit tests for `range_methods` (expected values from CPython 3.11).

use super::*;
use crate::vm::{Config, Vm};

/// Evaluates the call first, then reprs its result (both need the VM).
macro_rules! show {
    ($vm:ident, $e:expr) => {{
        let r = $e;
        repr(&mut $vm, r)
    }};
}

fn err(vm: &mut Vm, r: PyResult) -> String {
    let e = r.expect_err("expected an error");
    format!("{}: {}", e.class_name(), vm.str(&e.value()).unwrap())
}

fn repr(vm: &mut Vm, r: PyResult) -> String {
    let v = r.unwrap();
    vm.repr(&v).unwrap()
}

#[test]
fn constructor_and_methods() {
    let mut vm = Vm::new(Config::default());
    let cls = Value::Class(vm.types.range.clone());
    let mk = |vm: &mut Vm, a: Vec<i64>| {
        new(
            vm,
            Args::new(std::iter::once(cls.clone()).chain(a.into_iter().map(Value::Int))),
        )
    };
    assert_eq!(show!(vm, mk(&mut vm, vec![-5])), "range(0, -5)");
    assert_eq!(show!(vm, mk(&mut vm, vec![1, 10, 1])), "range(1, 10)");
    let r = mk(&mut vm, vec![1, 2, 0]);
    assert_eq!(
        err(&mut vm, r),
        "ValueError: range() arg 3 must not be zero"
    );
    let r = mk(&mut vm, vec![]);
    assert_eq!(
        err(&mut vm, r),
        "TypeError: range expected at least 1 argument, got 0"
    );
    let r = new(&mut vm, Args::new(vec![cls.clone(), Value::Float(1.5)]));
    assert_eq!(
        err(&mut vm, r),
        "TypeError: 'float' object cannot be interpreted as an integer"
    );
    let down = mk(&mut vm, vec![10, 0, -2]).unwrap();
    assert_eq!(
        show!(
            vm,
            range_index(&mut vm, Args::new(vec![down.clone(), Value::Int(4)]))
        ),
        "3"
    );
    let r = range_index(&mut vm, Args::new(vec![down.clone(), Value::Int(5)]));
    assert_eq!(err(&mut vm, r), "ValueError: 5 is not in range");
    assert_eq!(
        show!(
            vm,
            range_index(&mut vm, Args::new(vec![down.clone(), Value::Float(6.0)]))
        ),
        "2"
    );
    let r = range_index(&mut vm, Args::new(vec![down.clone(), Value::str("a")]));
    assert_eq!(
        err(&mut vm, r),
        "ValueError: sequence.index(x): x not in sequence"
    );
    assert_eq!(
        show!(
            vm,
            range_count(&mut vm, Args::new(vec![down.clone(), Value::Int(0)]))
        ),
        "0"
    );
    assert_eq!(
        show!(
            vm,
            range_count(&mut vm, Args::new(vec![down.clone(), Value::Float(2.0)]))
        ),
        "1"
    );
    assert_eq!(
        show!(vm, range_step(&mut vm, Args::new(vec![down.clone()]))),
        "-2"
    );
    assert_eq!(
        show!(vm, range_start(&mut vm, Args::new(vec![down.clone()]))),
        "10"
    );
    assert_eq!(show!(vm, range_stop(&mut vm, Args::new(vec![down]))), "0");
}

#[test]
fn wide_bounds() {
    let mut vm = Vm::new(Config::default());
    let cls = Value::Class(vm.types.range.clone());
    let e20 = || Value::from_bigint("100000000000000000000".parse().unwrap());
    let wide = new(&mut vm, Args::new(vec![cls.clone(), Value::Int(-3), e20()])).unwrap();
    assert!(matches!(&wide, Value::Range(r) if matches!(**r, RangeObj::Wide(_))));
    assert_eq!(
        show!(vm, Ok(wide.clone())),
        "range(-3, 100000000000000000000)"
    );
    assert_eq!(
        show!(vm, range_stop(&mut vm, Args::new(vec![wide.clone()]))),
        "100000000000000000000"
    );
    let last = Value::from_bigint("99999999999999999999".parse().unwrap());
    assert_eq!(
        show!(
            vm,
            range_index(&mut vm, Args::new(vec![wide.clone(), last.clone()]))
        ),
        "100000000000000000002"
    );
    assert_eq!(
        show!(
            vm,
            range_count(&mut vm, Args::new(vec![wide.clone(), last]))
        ),
        "1"
    );
    let r = range_index(&mut vm, Args::new(vec![wide, e20()]));
    assert_eq!(
        err(&mut vm, r),
        "ValueError: 100000000000000000000 is not in range"
    );
    // Bounds that all fit stay the i64 form, however they were given.
    let small = new(
        &mut vm,
        Args::new(vec![cls.clone(), Value::Bool(true), Value::Int(5)]),
    )
    .unwrap();
    assert!(matches!(&small, Value::Range(r) if matches!(**r, RangeObj::Small { .. })));
    let r = new(
        &mut vm,
        Args::new(vec![cls, Value::Int(0), e20(), Value::Int(0)]),
    );
    assert_eq!(
        err(&mut vm, r),
        "ValueError: range() arg 3 must not be zero"
    );
}
