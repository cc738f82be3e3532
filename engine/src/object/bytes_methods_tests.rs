//! Unit tests for `bytes_methods`: each calls a method directly on a fresh VM.
//! Expected values come from CPython 3.11.

use super::*;
use crate::vm::{Config, Vm};

fn vm() -> Vm {
    Vm::new(Config::default())
}

fn b(x: &[u8]) -> Value {
    Value::Bytes(Rc::new(BytesObj::new(x.to_vec())))
}

fn ba(x: &[u8]) -> Value {
    Value::ByteArray(Rc::new(BytesObj::new(x.to_vec())))
}

fn call(vm: &mut Vm, f: NativeFn, args: Vec<Value>) -> PyResult {
    f(vm, Args::new(args))
}

fn data(v: &Value) -> Vec<u8> {
    match v {
        Value::Bytes(b) | Value::ByteArray(b) => b.data.borrow().clone(),
        other => panic!("expected bytes, got {:?}", other),
    }
}

fn items(v: &Value) -> Vec<Vec<u8>> {
    let items: Vec<Value> = match v {
        Value::List(l) => l.items.borrow().clone(),
        Value::Tuple(t) => t.items.to_vec(),
        other => panic!("expected a sequence, got {:?}", other),
    };
    items.iter().map(data).collect()
}

fn err(vm: &mut Vm, r: PyResult) -> (String, String) {
    let e = match r {
        Ok(v) => panic!("expected an error, got {:?}", v),
        Err(e) => e,
    };
    let args = vm.exception_args(&e.value());
    let msg = match args.first() {
        Some(Value::Str(m)) => m.as_str().to_string(),
        _ => String::new(),
    };
    (e.class_name().to_string(), msg)
}

#[test]
fn decode_and_hex() {
    let mut vm = vm();
    let r = call(&mut vm, b_decode, vec![b(b"h\xc3\xa9")]).unwrap();
    assert_eq!(r.as_str(), Some("hé"));
    let r = call(&mut vm, b_decode, vec![b(b"h\xe9"), Value::str("latin-1")]).unwrap();
    assert_eq!(r.as_str(), Some("hé"));
    let e = call(&mut vm, b_decode, vec![b(b"\xe4\xb8")]);
    assert_eq!(
        err(&mut vm, e).1,
        "'utf-8' codec can't decode bytes in position 0-1: unexpected end of data"
    );
    let e = call(&mut vm, b_decode, vec![b(b"\xe4a")]);
    assert_eq!(
        err(&mut vm, e).1,
        "'utf-8' codec can't decode byte 0xe4 in position 0: invalid continuation byte"
    );
    let r = call(&mut vm, b_hex, vec![b(b"\x01\xab\xff")]).unwrap();
    assert_eq!(r.as_str(), Some("01abff"));
    let r = call(
        &mut vm,
        b_hex,
        vec![b(b"\x01\xab\xff"), Value::str(":"), Value::Int(2)],
    )
    .unwrap();
    assert_eq!(r.as_str(), Some("01:abff"));
    let r = call(&mut vm, bytes_fromhex, vec![Value::str("01 ab ff")]).unwrap();
    assert_eq!(data(&r), b"\x01\xab\xff");
    let e = call(&mut vm, bytes_fromhex, vec![Value::str("zz")]);
    assert_eq!(
        err(&mut vm, e).1,
        "non-hexadecimal number found in fromhex() arg at position 0"
    );
    let e = call(&mut vm, bytes_fromhex, vec![Value::str("a")]);
    assert_eq!(
        err(&mut vm, e).1,
        "non-hexadecimal number found in fromhex() arg at position 1"
    );
}

#[test]
fn split_join_strip() {
    let mut vm = vm();
    let r = call(&mut vm, b_split, vec![b(b"  a b  c ")]).unwrap();
    assert_eq!(items(&r), [b"a".to_vec(), b"b".to_vec(), b"c".to_vec()]);
    let r = call(
        &mut vm,
        b_rsplit,
        vec![b(b"a,b,,c"), b(b","), Value::Int(2)],
    )
    .unwrap();
    assert_eq!(items(&r), [b"a,b".to_vec(), b"".to_vec(), b"c".to_vec()]);
    let r = call(&mut vm, b_split, vec![b(b"a,b,,c"), b(b","), Value::Int(2)]).unwrap();
    assert_eq!(items(&r), [b"a".to_vec(), b"b".to_vec(), b",c".to_vec()]);
    let e = call(&mut vm, b_split, vec![b(b"a"), Value::str("a")]);
    assert_eq!(
        err(&mut vm, e).1,
        "a bytes-like object is required, not 'str'"
    );
    let r = call(
        &mut vm,
        b_join,
        vec![b(b"-"), Value::list(vec![b(b"x"), ba(b"y")])],
    )
    .unwrap();
    assert_eq!(data(&r), b"x-y");
    let e = call(
        &mut vm,
        b_join,
        vec![b(b"-"), Value::list(vec![Value::Int(1)])],
    );
    assert_eq!(
        err(&mut vm, e).1,
        "sequence item 0: expected a bytes-like object, int found"
    );
    let r = call(&mut vm, b_strip, vec![b(b"  x \n")]).unwrap();
    assert_eq!(data(&r), b"x");
    let r = call(&mut vm, b_rstrip, vec![ba(b"xyy"), b(b"y")]).unwrap();
    assert!(matches!(r, Value::ByteArray(_)));
    assert_eq!(data(&r), b"x");
    let r = call(&mut vm, b_splitlines, vec![b(b"a\r\nb\nc")]).unwrap();
    assert_eq!(items(&r), [b"a".to_vec(), b"b".to_vec(), b"c".to_vec()]);
    let r = call(&mut vm, b_partition, vec![b(b"k=v"), b(b"=")]).unwrap();
    assert_eq!(items(&r), [b"k".to_vec(), b"=".to_vec(), b"v".to_vec()]);
}

#[test]
fn search_and_replace() {
    let mut vm = vm();
    assert!(matches!(
        call(&mut vm, b_find, vec![b(b"abcabc"), b(b"c"), Value::Int(3)]).unwrap(),
        Value::Int(5)
    ));
    assert!(matches!(
        call(&mut vm, b_find, vec![b(b"abc"), Value::Int(98)]).unwrap(),
        Value::Int(1)
    ));
    assert!(matches!(
        call(&mut vm, b_rfind, vec![b(b"abcabc"), b(b"ab")]).unwrap(),
        Value::Int(3)
    ));
    assert!(matches!(
        call(&mut vm, b_count, vec![b(b"aaaa"), b(b"aa")]).unwrap(),
        Value::Int(2)
    ));
    let e = call(&mut vm, b_index, vec![b(b"abc"), b(b"x")]);
    assert_eq!(
        err(&mut vm, e),
        ("ValueError".into(), "subsection not found".into())
    );
    let e = call(&mut vm, b_find, vec![b(b"abc"), Value::str("a")]);
    assert_eq!(
        err(&mut vm, e).1,
        "argument should be integer or bytes-like object, not 'str'"
    );
    let r = call(
        &mut vm,
        b_replace,
        vec![b(b"aXbXc"), b(b"X"), b(b"--"), Value::Int(1)],
    )
    .unwrap();
    assert_eq!(data(&r), b"a--bXc");
    let r = call(&mut vm, b_replace, vec![b(b"ab"), b(b""), b(b"-")]).unwrap();
    assert_eq!(data(&r), b"-a-b-");
    assert!(matches!(
        call(
            &mut vm,
            b_startswith,
            vec![b(b"abc"), Value::tuple(vec![b(b"x"), b(b"ab")])]
        )
        .unwrap(),
        Value::Bool(true)
    ));
    assert!(matches!(
        call(&mut vm, b_endswith, vec![b(b"abc"), b(b"bc")]).unwrap(),
        Value::Bool(true)
    ));
    let e = call(&mut vm, b_startswith, vec![b(b"abc"), Value::str("a")]);
    assert_eq!(
        err(&mut vm, e).1,
        "startswith first arg must be bytes or a tuple of bytes, not str"
    );
}

#[test]
fn case_and_predicates() {
    let mut vm = vm();
    assert_eq!(
        data(&call(&mut vm, b_upper, vec![b(b"abc\xe9")]).unwrap()),
        b"ABC\xe9"
    );
    assert_eq!(
        data(&call(&mut vm, b_lower, vec![b(b"ABC")]).unwrap()),
        b"abc"
    );
    assert_eq!(
        data(&call(&mut vm, b_title, vec![b(b"hello world")]).unwrap()),
        b"Hello World"
    );
    assert!(matches!(
        call(&mut vm, b_isdigit, vec![b(b"123")]).unwrap(),
        Value::Bool(true)
    ));
    assert!(matches!(
        call(&mut vm, b_isalpha, vec![b(b"ab1")]).unwrap(),
        Value::Bool(false)
    ));
    assert!(matches!(
        call(&mut vm, b_isspace, vec![b(b" \t")]).unwrap(),
        Value::Bool(true)
    ));
    assert_eq!(
        data(&call(&mut vm, b_center, vec![b(b"ab"), Value::Int(5), b(b"*")]).unwrap()),
        b"**ab*"
    );
    assert_eq!(
        data(&call(&mut vm, b_zfill, vec![b(b"-7"), Value::Int(4)]).unwrap()),
        b"-007"
    );
}

#[test]
fn bytearray_mutation() {
    let mut vm = vm();
    let x = ba(b"ab");
    call(&mut vm, ba_append, vec![x.clone(), Value::Int(99)]).unwrap();
    call(
        &mut vm,
        ba_extend,
        vec![
            x.clone(),
            Value::list(vec![Value::Int(100), Value::Int(101)]),
        ],
    )
    .unwrap();
    call(&mut vm, ba_extend, vec![x.clone(), b(b"f")]).unwrap();
    assert_eq!(data(&x), b"abcdef");
    assert!(matches!(
        call(&mut vm, ba_pop, vec![x.clone()]).unwrap(),
        Value::Int(102)
    ));
    assert!(matches!(
        call(&mut vm, ba_pop, vec![x.clone(), Value::Int(0)]).unwrap(),
        Value::Int(97)
    ));
    call(
        &mut vm,
        ba_insert,
        vec![x.clone(), Value::Int(-1), Value::Int(120)],
    )
    .unwrap();
    assert_eq!(data(&x), b"bcdxe");
    call(&mut vm, ba_remove, vec![x.clone(), Value::Int(120)]).unwrap();
    call(&mut vm, ba_reverse, vec![x.clone()]).unwrap();
    assert_eq!(data(&x), b"edcb");
    let c = call(&mut vm, ba_copy, vec![x.clone()]).unwrap();
    call(&mut vm, ba_clear, vec![x.clone()]).unwrap();
    assert_eq!(data(&x), b"");
    assert_eq!(data(&c), b"edcb");
    let e = call(&mut vm, ba_pop, vec![x.clone()]);
    assert_eq!(
        err(&mut vm, e),
        ("IndexError".into(), "pop from empty bytearray".into())
    );
    let e = call(&mut vm, ba_append, vec![x.clone(), Value::Int(256)]);
    assert_eq!(err(&mut vm, e).1, "byte must be in range(0, 256)");
    let e = call(&mut vm, ba_remove, vec![ba(b"a"), Value::Int(5)]);
    assert_eq!(err(&mut vm, e).1, "value not found in bytearray");
}

#[test]
fn constructors() {
    let mut vm = vm();
    assert_eq!(
        data(&new_bytes(&mut vm, Args::new(vec![Value::None, Value::Int(3)])).unwrap()),
        b"\0\0\0"
    );
    let r = new_bytes(
        &mut vm,
        Args::new(vec![
            Value::None,
            Value::list(vec![Value::Int(104), Value::Int(105)]),
        ]),
    )
    .unwrap();
    assert_eq!(data(&r), b"hi");
    let r = new_bytes(
        &mut vm,
        Args::new(vec![Value::None, Value::str("hé"), Value::str("utf-8")]),
    )
    .unwrap();
    assert_eq!(data(&r), b"h\xc3\xa9");
    let r = new_bytearray(&mut vm, Args::new(vec![Value::None, b(b"xy")])).unwrap();
    assert!(matches!(r, Value::ByteArray(_)));
    assert_eq!(data(&r), b"xy");
    assert_eq!(
        data(&new_bytes(&mut vm, Args::new(vec![Value::None])).unwrap()),
        b""
    );
    let e = new_bytes(
        &mut vm,
        Args::new(vec![Value::None, Value::list(vec![Value::Int(256)])]),
    );
    assert_eq!(
        err(&mut vm, e),
        ("ValueError".into(), "bytes must be in range(0, 256)".into())
    );
    let e = new_bytes(&mut vm, Args::new(vec![Value::None, Value::str("a")]));
    assert_eq!(err(&mut vm, e).1, "string argument without an encoding");
    let e = new_bytes(&mut vm, Args::new(vec![Value::None, Value::Int(-1)]));
    assert_eq!(err(&mut vm, e).1, "negative count");
    let e = new_bytes(&mut vm, Args::new(vec![Value::None, Value::Float(1.5)]));
    assert_eq!(err(&mut vm, e).1, "cannot convert 'float' object to bytes");
}
