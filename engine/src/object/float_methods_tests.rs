//! Unit tests for `float_methods` (expected values from CPython 3.11).

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
fn hex_round_trips() {
    assert_eq!(float_to_hex(1.5), "0x1.8000000000000p+0");
    assert_eq!(float_to_hex(0.0), "0x0.0p+0");
    assert_eq!(float_to_hex(-0.0), "-0x0.0p+0");
    assert_eq!(float_to_hex(5e-324), "0x0.0000000000001p-1022");
    assert_eq!(float_to_hex(1e300), "0x1.7e43c8800759cp+996");
    assert_eq!(float_to_hex(f64::NEG_INFINITY), "-inf");
    assert_eq!(parse_hex_float(" 0x1.8p1 "), Ok(3.0));
    assert_eq!(parse_hex_float("1.8p1"), Ok(3.0));
    assert_eq!(parse_hex_float("0x.8"), Ok(0.5));
    assert_eq!(parse_hex_float("0x1."), Ok(1.0));
    assert_eq!(parse_hex_float("0x"), Err(false));
    assert_eq!(parse_hex_float("0x1p"), Err(false));
    assert_eq!(parse_hex_float("1_0p0"), Err(false));
    assert_eq!(
        parse_hex_float("0x1.0000000000000ffp0"),
        Ok(1.0000000000000002)
    );
    assert_eq!(parse_hex_float("0x1.00000000000008p0"), Ok(1.0));
    assert_eq!(
        parse_hex_float("0x1.00000000000018p0"),
        Ok(1.0000000000000004)
    );
    assert_eq!(parse_hex_float("0x1p-1075"), Ok(0.0));
    assert_eq!(parse_hex_float("0x1.8p-1075"), Ok(5e-324));
    assert_eq!(parse_hex_float("0x1.fffffffffffff8p1023"), Err(true));
    assert_eq!(parse_hex_float("0x1.fffffffffffff7p1023"), Ok(f64::MAX));
    assert_eq!(
        parse_hex_float("-0x0p0").map(|v| v.to_bits()),
        Ok((-0.0f64).to_bits())
    );
    assert!(parse_hex_float("nAn").unwrap().is_nan());
    for x in [0.1, 1e-310, 123456.789, -2.5e200] {
        assert_eq!(parse_hex_float(&float_to_hex(x)), Ok(x));
    }
}

#[test]
fn methods() {
    let mut vm = Vm::new(Config::default());
    let f = |x: f64| Value::Float(x);
    assert_eq!(
        show!(vm, float_as_integer_ratio(&mut vm, Args::new(vec![f(2.5)]))),
        "(5, 2)"
    );
    assert_eq!(
        show!(vm, float_as_integer_ratio(&mut vm, Args::new(vec![f(0.1)]))),
        "(3602879701896397, 36028797018963968)"
    );
    assert_eq!(
        show!(
            vm,
            float_as_integer_ratio(&mut vm, Args::new(vec![f(-0.0)]))
        ),
        "(0, 1)"
    );
    let r = float_as_integer_ratio(&mut vm, Args::new(vec![f(f64::INFINITY)]));
    assert_eq!(
        err(&mut vm, r),
        "OverflowError: cannot convert Infinity to integer ratio"
    );
    let r = float_as_integer_ratio(&mut vm, Args::new(vec![f(f64::NAN)]));
    assert_eq!(
        err(&mut vm, r),
        "ValueError: cannot convert NaN to integer ratio"
    );
    assert_eq!(
        show!(vm, float_is_integer(&mut vm, Args::new(vec![f(2.0)]))),
        "True"
    );
    assert_eq!(
        show!(
            vm,
            float_is_integer(&mut vm, Args::new(vec![f(f64::INFINITY)]))
        ),
        "False"
    );
    let r = float_hex(&mut vm, Args::new(vec![f(1.5), f(1.0)]));
    assert_eq!(
        err(&mut vm, r),
        "TypeError: float.hex() takes no arguments (1 given)"
    );
    let cls = Value::Class(vm.types.float.clone());
    let r = float_fromhex(&mut vm, Args::new(vec![cls.clone(), Value::str("zz")]));
    assert_eq!(
        err(&mut vm, r),
        "ValueError: invalid hexadecimal floating-point string"
    );
    let r = float_fromhex(&mut vm, Args::new(vec![cls, Value::str("0x1p99999")]));
    assert_eq!(
        err(&mut vm, r),
        "OverflowError: hexadecimal value too large to represent as a float"
    );
    assert_eq!(
        show!(vm, float_imag(&mut vm, Args::new(vec![f(1.5)]))),
        "0.0"
    );
    assert_eq!(
        show!(vm, float_floor(&mut vm, Args::new(vec![f(-1.5)]))),
        "-2"
    );
}

#[test]
fn constructor() {
    let mut vm = Vm::new(Config::default());
    let cls = Value::Class(vm.types.float.clone());
    let mk = |vm: &mut Vm, a: Vec<Value>| new(vm, Args::new(std::iter::once(cls.clone()).chain(a)));
    assert_eq!(show!(vm, mk(&mut vm, vec![])), "0.0");
    assert_eq!(show!(vm, mk(&mut vm, vec![Value::str(" -inf ")])), "-inf");
    assert_eq!(show!(vm, mk(&mut vm, vec![Value::str("1_0.5")])), "10.5");
    assert_eq!(show!(vm, mk(&mut vm, vec![Value::Bool(true)])), "1.0");
    let r = mk(&mut vm, vec![Value::str("abc")]);
    assert_eq!(
        err(&mut vm, r),
        "ValueError: could not convert string to float: 'abc'"
    );
    let r = mk(&mut vm, vec![Value::list(vec![])]);
    assert_eq!(
        err(&mut vm, r),
        "TypeError: float() argument must be a string or a real number, not 'list'"
    );
    let huge = Value::from_bigint(num_bigint::BigInt::from(10).pow(400));
    let r = mk(&mut vm, vec![huge]);
    assert_eq!(
        err(&mut vm, r),
        "OverflowError: int too large to convert to float"
    );
    let r = mk(&mut vm, vec![Value::Int(1), Value::Int(2)]);
    assert_eq!(
        err(&mut vm, r),
        "TypeError: float expected at most 1 argument, got 2"
    );
}
