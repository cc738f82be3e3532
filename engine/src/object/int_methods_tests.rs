//! Unit tests for `int_methods` (expected values from CPython 3.11).

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

fn err(vm: &mut Vm, r: PyResult) -> String {
    let e = r.expect_err("expected an error");
    format!("{}: {}", e.class_name(), vm.str(&e.value()).unwrap())
}

fn repr(vm: &mut Vm, r: PyResult) -> String {
    let v = r.unwrap();
    vm.repr(&v).unwrap()
}

fn kw(args: Vec<Value>, kws: Vec<(&str, Value)>) -> Args {
    let mut a = Args::new(args);
    a.kwargs = kws
        .into_iter()
        .map(|(k, v)| (Rc::new(StrObj::new(k.to_string())), v))
        .collect();
    a
}

fn int_new(vm: &mut Vm, args: Vec<Value>) -> PyResult {
    let cls = Value::Class(vm.types.int.clone());
    new(vm, Args::new(std::iter::once(cls).chain(args)))
}

#[test]
fn constructor() {
    let mut vm = Vm::new(Config::default());
    let s = Value::str;
    assert_eq!(show!(vm, int_new(&mut vm, vec![])), "0");
    assert_eq!(show!(vm, int_new(&mut vm, vec![s(" -12 ")])), "-12");
    assert_eq!(show!(vm, int_new(&mut vm, vec![s("1_000")])), "1000");
    assert_eq!(
        show!(vm, int_new(&mut vm, vec![s("0x1f"), Value::Int(0)])),
        "31"
    );
    assert_eq!(
        show!(vm, int_new(&mut vm, vec![s("ff"), Value::Int(16)])),
        "255"
    );
    assert_eq!(show!(vm, int_new(&mut vm, vec![Value::Float(-3.9)])), "-3");
    assert_eq!(
        show!(vm, int_new(&mut vm, vec![Value::Float(1e20)])),
        "100000000000000000000"
    );
    assert_eq!(show!(vm, int_new(&mut vm, vec![Value::Bool(true)])), "1");
    let r = int_new(&mut vm, vec![s("abc")]);
    assert_eq!(
        err(&mut vm, r),
        "ValueError: invalid literal for int() with base 10: 'abc'"
    );
    let r = int_new(&mut vm, vec![s(" 12 "), Value::Int(2)]);
    assert_eq!(
        err(&mut vm, r),
        "ValueError: invalid literal for int() with base 2: ' 12 '"
    );
    let r = int_new(&mut vm, vec![Value::Float(f64::INFINITY)]);
    assert_eq!(
        err(&mut vm, r),
        "OverflowError: cannot convert float infinity to integer"
    );
    let r = int_new(&mut vm, vec![Value::Float(f64::NAN)]);
    assert_eq!(
        err(&mut vm, r),
        "ValueError: cannot convert float NaN to integer"
    );
    let r = int_new(&mut vm, vec![Value::None]);
    assert_eq!(err(&mut vm, r), "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
    let r = int_new(&mut vm, vec![Value::Float(1.5), Value::Int(2)]);
    assert_eq!(
        err(&mut vm, r),
        "TypeError: int() can't convert non-string with explicit base"
    );
    let r = int_new(&mut vm, vec![s("1"), Value::Int(37)]);
    assert_eq!(
        err(&mut vm, r),
        "ValueError: int() base must be >= 2 and <= 36, or 0"
    );
    let r = int_new(&mut vm, vec![Value::Int(1), Value::Int(2), Value::Int(3)]);
    assert_eq!(
        err(&mut vm, r),
        "TypeError: int() takes at most 2 arguments (3 given)"
    );
    let long = "9".repeat(4301);
    let r = int_new(&mut vm, vec![s(&long)]);
    assert_eq!(err(&mut vm, r), "ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit");
    let bytes = Value::Bytes(Rc::new(BytesObj::new(b"1x".to_vec())));
    let r = int_new(&mut vm, vec![bytes]);
    assert_eq!(
        err(&mut vm, r),
        "ValueError: invalid literal for int() with base 10: b'1x'"
    );
    let cls = Value::Class(vm.types.int.clone());
    let r = new(
        &mut vm,
        kw(vec![cls.clone()], vec![("base", Value::Int(10))]),
    );
    assert_eq!(err(&mut vm, r), "TypeError: int() missing string argument");
    let r = new(
        &mut vm,
        kw(vec![cls.clone(), s("10")], vec![("base", Value::Int(2))]),
    );
    assert_eq!(repr(&mut vm, r), "2");
    let r = new(&mut vm, kw(vec![cls], vec![("x", Value::Int(1))]));
    assert_eq!(
        err(&mut vm, r),
        "TypeError: 'x' is an invalid keyword argument for int()"
    );
}

#[test]
fn bits_and_bytes() {
    let mut vm = Vm::new(Config::default());
    assert_eq!(
        show!(
            vm,
            int_bit_length(&mut vm, Args::new(vec![Value::Int(-255)]))
        ),
        "8"
    );
    assert_eq!(
        show!(vm, int_bit_count(&mut vm, Args::new(vec![Value::Int(-7)]))),
        "3"
    );
    let little = Value::str("little");
    let big = Value::str("big");
    assert_eq!(
        show!(
            vm,
            int_to_bytes(
                &mut vm,
                Args::new(vec![Value::Int(5), Value::Int(2), big.clone()])
            )
        ),
        "b'\\x00\\x05'"
    );
    assert_eq!(
        show!(vm, int_to_bytes(&mut vm, Args::new(vec![Value::Int(5)]))),
        "b'\\x05'"
    );
    let r = int_to_bytes(
        &mut vm,
        kw(
            vec![Value::Int(-5), Value::Int(2), little.clone()],
            vec![("signed", Value::Bool(true))],
        ),
    );
    assert_eq!(repr(&mut vm, r), "b'\\xfb\\xff'");
    let r = int_to_bytes(
        &mut vm,
        kw(
            vec![Value::Int(-128), Value::Int(1), big.clone()],
            vec![("signed", Value::Bool(true))],
        ),
    );
    assert_eq!(repr(&mut vm, r), "b'\\x80'");
    let r = int_to_bytes(
        &mut vm,
        kw(
            vec![Value::Int(128), Value::Int(1), big.clone()],
            vec![("signed", Value::Bool(true))],
        ),
    );
    assert_eq!(err(&mut vm, r), "OverflowError: int too big to convert");
    let r = int_to_bytes(
        &mut vm,
        Args::new(vec![Value::Int(-1), Value::Int(1), little.clone()]),
    );
    assert_eq!(
        err(&mut vm, r),
        "OverflowError: can't convert negative int to unsigned"
    );
    let r = int_to_bytes(
        &mut vm,
        Args::new(vec![Value::Int(1), Value::Int(1), Value::str("middle")]),
    );
    assert_eq!(
        err(&mut vm, r),
        "ValueError: byteorder must be either 'little' or 'big'"
    );
    let r = int_to_bytes(
        &mut vm,
        Args::new(vec![
            Value::Int(1),
            Value::Int(1),
            little.clone(),
            Value::Bool(false),
        ]),
    );
    assert_eq!(
        err(&mut vm, r),
        "TypeError: to_bytes() takes at most 2 positional arguments (3 given)"
    );
    let cls = Value::Class(vm.types.int.clone());
    let data = Value::Bytes(Rc::new(BytesObj::new(vec![1, 0])));
    let r = int_from_bytes(
        &mut vm,
        Args::new(vec![cls.clone(), data.clone(), little.clone()]),
    );
    assert_eq!(repr(&mut vm, r), "1");
    let ff = Value::Bytes(Rc::new(BytesObj::new(vec![0xff, 0xff])));
    let r = int_from_bytes(
        &mut vm,
        kw(vec![cls.clone(), ff], vec![("signed", Value::Bool(true))]),
    );
    assert_eq!(repr(&mut vm, r), "-1");
    let r = int_from_bytes(
        &mut vm,
        Args::new(vec![
            cls.clone(),
            Value::list(vec![Value::Int(1), Value::Int(2)]),
        ]),
    );
    assert_eq!(repr(&mut vm, r), "258");
    let r = int_from_bytes(&mut vm, Args::new(vec![cls.clone(), Value::str("ab")]));
    assert_eq!(
        err(&mut vm, r),
        "TypeError: cannot convert 'str' object to bytes"
    );
    let r = int_from_bytes(
        &mut vm,
        Args::new(vec![cls, Value::list(vec![Value::Int(256)])]),
    );
    assert_eq!(
        err(&mut vm, r),
        "ValueError: bytes must be in range(0, 256)"
    );
}

#[test]
fn small_methods_and_properties() {
    let mut vm = Vm::new(Config::default());
    let t = Value::Bool(true);
    assert_eq!(
        show!(
            vm,
            int_as_integer_ratio(&mut vm, Args::new(vec![t.clone()]))
        ),
        "(1, 1)"
    );
    assert_eq!(
        show!(vm, int_conjugate(&mut vm, Args::new(vec![t.clone()]))),
        "1"
    );
    assert_eq!(
        show!(vm, int_real(&mut vm, Args::new(vec![t.clone()]))),
        "1"
    );
    assert_eq!(
        show!(vm, int_imag(&mut vm, Args::new(vec![Value::Int(5)]))),
        "0"
    );
    assert_eq!(
        show!(vm, int_denominator(&mut vm, Args::new(vec![Value::Int(5)]))),
        "1"
    );
    assert_eq!(
        show!(
            vm,
            int_round(&mut vm, Args::new(vec![Value::Int(15), Value::Int(-1)]))
        ),
        "20"
    );
    assert_eq!(
        show!(
            vm,
            int_round(&mut vm, Args::new(vec![Value::Int(25), Value::Int(-1)]))
        ),
        "20"
    );
    assert_eq!(
        show!(
            vm,
            int_round(&mut vm, Args::new(vec![Value::Int(-25), Value::Int(-1)]))
        ),
        "-20"
    );
    let r = int_bit_length(&mut vm, Args::new(vec![Value::Int(1), Value::Int(1)]));
    assert_eq!(
        err(&mut vm, r),
        "TypeError: int.bit_length() takes no arguments (1 given)"
    );
    let r = int_bit_length(&mut vm, Args::new(vec![Value::str("a")]));
    assert_eq!(
        err(&mut vm, r),
        "TypeError: descriptor 'bit_length' for 'int' objects doesn't apply to a 'str' object"
    );
}
