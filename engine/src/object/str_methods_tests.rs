//! Unit tests for `str_methods`: each calls a method directly on a fresh VM.
//! Expected values come from CPython 3.11.

use super::*;
use crate::vm::{Config, Vm};

fn vm() -> Vm {
    Vm::new(Config::default())
}

fn s(x: &str) -> Value {
    Value::str(x)
}

fn call(vm: &mut Vm, f: NativeFn, args: Vec<Value>) -> PyResult {
    f(vm, Args::new(args))
}

fn call_kw(vm: &mut Vm, f: NativeFn, args: Vec<Value>, kwargs: Vec<(&str, Value)>) -> PyResult {
    let mut a = Args::new(args);
    a.kwargs = kwargs
        .into_iter()
        .map(|(k, v)| (Rc::new(StrObj::new(k.to_string())), v))
        .collect();
    f(vm, a)
}

fn text(v: &Value) -> String {
    match v {
        Value::Str(s) => s.as_str().to_string(),
        other => panic!("expected str, got {:?}", other),
    }
}

fn strs(v: &Value) -> Vec<String> {
    let items: Vec<Value> = match v {
        Value::List(l) => l.items.borrow().clone(),
        Value::Tuple(t) => t.items.to_vec(),
        other => panic!("expected a sequence, got {:?}", other),
    };
    items.iter().map(text).collect()
}

fn int(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        other => panic!("expected int, got {:?}", other),
    }
}

fn boolean(v: &Value) -> bool {
    match v {
        Value::Bool(b) => *b,
        other => panic!("expected bool, got {:?}", other),
    }
}

fn bytes(v: &Value) -> Vec<u8> {
    match v {
        Value::Bytes(b) | Value::ByteArray(b) => b.data.borrow().clone(),
        other => panic!("expected bytes, got {:?}", other),
    }
}

/// The class name and message of a failed call.
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
fn split_family() {
    let mut vm = vm();
    let r = call(
        &mut vm,
        str_split,
        vec![s("  a b  c "), Value::None, Value::Int(1)],
    )
    .unwrap();
    assert_eq!(strs(&r), ["a", "b  c "]);
    let r = call(
        &mut vm,
        str_rsplit,
        vec![s("  a b  c "), Value::None, Value::Int(1)],
    )
    .unwrap();
    assert_eq!(strs(&r), ["  a b", "c"]);
    let r = call(&mut vm, str_split, vec![s("a,b,,c"), s(","), Value::Int(2)]).unwrap();
    assert_eq!(strs(&r), ["a", "b", ",c"]);
    let r = call_kw(
        &mut vm,
        str_rsplit,
        vec![s("a,b,,c")],
        vec![("sep", s(",")), ("maxsplit", Value::Int(2))],
    )
    .unwrap();
    assert_eq!(strs(&r), ["a,b", "", "c"]);
    let r = call(&mut vm, str_split, vec![s("")]).unwrap();
    assert!(strs(&r).is_empty());
    let e = call(&mut vm, str_split, vec![s("a"), s("")]);
    assert_eq!(
        err(&mut vm, e),
        ("ValueError".into(), "empty separator".into())
    );
    let e = call(&mut vm, str_split, vec![s("a"), Value::Int(1)]);
    assert_eq!(err(&mut vm, e).1, "must be str or None, not int");
    let e = call_kw(&mut vm, str_split, vec![s("a")], vec![("x", Value::Int(1))]);
    assert_eq!(
        err(&mut vm, e).1,
        "'x' is an invalid keyword argument for split()"
    );
    let e = call(
        &mut vm,
        str_split,
        vec![s("a"), s(","), Value::Int(1), Value::Int(2)],
    );
    assert_eq!(
        err(&mut vm, e).1,
        "split() takes at most 2 arguments (3 given)"
    );
}

#[test]
fn splitlines_and_partition() {
    let mut vm = vm();
    let r = call(&mut vm, str_splitlines, vec![s("a\r\nb\nc\rd\x0be")]).unwrap();
    assert_eq!(strs(&r), ["a", "b", "c", "d", "e"]);
    let r = call_kw(
        &mut vm,
        str_splitlines,
        vec![s("a\r\nb\n")],
        vec![("keepends", Value::Bool(true))],
    )
    .unwrap();
    assert_eq!(strs(&r), ["a\r\n", "b\n"]);
    let r = call(&mut vm, str_partition, vec![s("k=v=w"), s("=")]).unwrap();
    assert_eq!(strs(&r), ["k", "=", "v=w"]);
    let r = call(&mut vm, str_rpartition, vec![s("k=v=w"), s("=")]).unwrap();
    assert_eq!(strs(&r), ["k=v", "=", "w"]);
    let r = call(&mut vm, str_rpartition, vec![s("abc"), s("x")]).unwrap();
    assert_eq!(strs(&r), ["", "", "abc"]);
    let e = call(&mut vm, str_partition, vec![s("a"), s("")]);
    assert_eq!(err(&mut vm, e).1, "empty separator");
}

#[test]
fn join_and_strip() {
    let mut vm = vm();
    let r = call(
        &mut vm,
        str_join,
        vec![s(", "), Value::list(vec![s("a"), s("b"), s("c")])],
    )
    .unwrap();
    assert_eq!(text(&r), "a, b, c");
    let e = call(
        &mut vm,
        str_join,
        vec![s(","), Value::list(vec![s("a"), Value::Int(1)])],
    );
    assert_eq!(
        err(&mut vm, e),
        (
            "TypeError".into(),
            "sequence item 1: expected str instance, int found".into()
        )
    );
    let e = call(&mut vm, str_join, vec![s(","), Value::Int(1)]);
    assert_eq!(err(&mut vm, e).1, "can only join an iterable");
    assert_eq!(
        text(&call(&mut vm, str_strip, vec![s(" \t x y \n")]).unwrap()),
        "x y"
    );
    assert_eq!(
        text(&call(&mut vm, str_lstrip, vec![s("xxabcxx"), s("x")]).unwrap()),
        "abcxx"
    );
    assert_eq!(
        text(&call(&mut vm, str_rstrip, vec![s("xyabcyx"), s("xy")]).unwrap()),
        "xyabc"
    );
    let e = call(&mut vm, str_strip, vec![s("a"), Value::Int(1)]);
    assert_eq!(err(&mut vm, e).1, "strip arg must be None or str");
}

#[test]
fn replace_and_affixes() {
    let mut vm = vm();
    assert_eq!(
        text(
            &call(
                &mut vm,
                str_replace,
                vec![s("aaaa"), s("a"), s("b"), Value::Int(2)]
            )
            .unwrap()
        ),
        "bbaa"
    );
    assert_eq!(
        text(&call(&mut vm, str_replace, vec![s("abc"), s(""), s("-")]).unwrap()),
        "-a-b-c-"
    );
    let e = call(&mut vm, str_replace, vec![s("a"), s("a")]);
    assert_eq!(
        err(&mut vm, e).1,
        "replace expected at least 2 arguments, got 1"
    );
    let e = call(&mut vm, str_replace, vec![s("a"), Value::Int(1), s("b")]);
    assert_eq!(
        err(&mut vm, e).1,
        "replace() argument 1 must be str, not int"
    );
    assert_eq!(
        text(&call(&mut vm, str_removeprefix, vec![s("prefix_x"), s("prefix_")]).unwrap()),
        "x"
    );
    assert_eq!(
        text(&call(&mut vm, str_removesuffix, vec![s("a.py"), s(".py")]).unwrap()),
        "a"
    );
    let t = Value::tuple(vec![s("x"), s("ab")]);
    assert!(boolean(
        &call(&mut vm, str_startswith, vec![s("abc"), t]).unwrap()
    ));
    assert!(boolean(
        &call(
            &mut vm,
            str_startswith,
            vec![s("abc"), s("bc"), Value::Int(1)]
        )
        .unwrap()
    ));
    assert!(boolean(
        &call(
            &mut vm,
            str_endswith,
            vec![s("abc"), s("b"), Value::Int(0), Value::Int(2)]
        )
        .unwrap()
    ));
    assert!(boolean(
        &call(
            &mut vm,
            str_startswith,
            vec![s("abc"), s(""), Value::Int(3)]
        )
        .unwrap()
    ));
    assert!(!boolean(
        &call(
            &mut vm,
            str_startswith,
            vec![s("abc"), s(""), Value::Int(4)]
        )
        .unwrap()
    ));
    let e = call(&mut vm, str_startswith, vec![s("a"), Value::Int(1)]);
    assert_eq!(
        err(&mut vm, e).1,
        "startswith first arg must be str or a tuple of str, not int"
    );
}

#[test]
fn find_family_uses_char_indices() {
    let mut vm = vm();
    let h = s("héllo wörld");
    assert_eq!(
        int(&call(&mut vm, str_find, vec![h.clone(), s("w")]).unwrap()),
        6
    );
    assert_eq!(
        int(&call(&mut vm, str_find, vec![h.clone(), s("ö"), Value::Int(-4)]).unwrap()),
        7
    );
    assert_eq!(
        int(&call(&mut vm, str_rfind, vec![s("héllo"), s("l")]).unwrap()),
        3
    );
    assert_eq!(
        int(&call(&mut vm, str_find, vec![h.clone(), s("z")]).unwrap()),
        -1
    );
    assert_eq!(
        int(&call(&mut vm, str_find, vec![s("a"), s(""), Value::Int(1)]).unwrap()),
        1
    );
    assert_eq!(
        int(&call(&mut vm, str_find, vec![s("a"), s(""), Value::Int(2)]).unwrap()),
        -1
    );
    assert_eq!(
        int(&call(
            &mut vm,
            str_count,
            vec![s("abcabc"), s("bc"), Value::Int(1)]
        )
        .unwrap()),
        2
    );
    assert_eq!(
        int(&call(&mut vm, str_count, vec![s("abc"), s("")]).unwrap()),
        4
    );
    assert_eq!(
        int(&call(
            &mut vm,
            str_count,
            vec![s("abc"), s(""), Value::Int(1), Value::Int(2)]
        )
        .unwrap()),
        2
    );
    assert_eq!(
        int(&call(&mut vm, str_count, vec![s("aaa"), s("a"), Value::Int(-2)]).unwrap()),
        2
    );
    assert_eq!(
        int(&call(&mut vm, str_index, vec![h.clone(), s("l")]).unwrap()),
        2
    );
    assert_eq!(
        int(&call(&mut vm, str_rindex, vec![h.clone(), s("l")]).unwrap()),
        9
    );
    let e = call(&mut vm, str_index, vec![s("a"), s("b")]);
    assert_eq!(
        err(&mut vm, e),
        ("ValueError".into(), "substring not found".into())
    );
    let e = call(&mut vm, str_find, vec![s("a"), Value::Int(1)]);
    assert_eq!(err(&mut vm, e).1, "must be str, not int");
    let e = call(&mut vm, str_find, vec![s("a")]);
    assert_eq!(
        err(&mut vm, e).1,
        "find() takes at least 1 argument (0 given)"
    );
    let e = call(&mut vm, str_find, vec![s("a"), s("a"), s("x")]);
    assert_eq!(
        err(&mut vm, e).1,
        "slice indices must be integers or None or have an __index__ method"
    );
    let e = call_kw(&mut vm, str_find, vec![s("a")], vec![("x", Value::Int(1))]);
    assert_eq!(err(&mut vm, e).1, "str.find() takes no keyword arguments");
}

#[test]
fn case_methods() {
    let mut vm = vm();
    let r = call(
        &mut vm,
        str_title,
        vec![s("they're bill's friends from the UK")],
    )
    .unwrap();
    assert_eq!(text(&r), "They'Re Bill'S Friends From The Uk");
    assert_eq!(
        text(&call(&mut vm, str_capitalize, vec![s("hello World")]).unwrap()),
        "Hello world"
    );
    assert_eq!(
        text(&call(&mut vm, str_swapcase, vec![s("Hello")]).unwrap()),
        "hELLO"
    );
    assert_eq!(
        text(&call(&mut vm, str_casefold, vec![s("Straße")]).unwrap()),
        "strasse"
    );
    assert_eq!(text(&call(&mut vm, str_upper, vec![s("ß")]).unwrap()), "SS");
    assert_eq!(
        text(&call(&mut vm, str_lower, vec![s("ÀB")]).unwrap()),
        "àb"
    );
    let e = call(&mut vm, str_upper, vec![s("a"), Value::Int(1)]);
    assert_eq!(
        err(&mut vm, e).1,
        "str.upper() takes no arguments (1 given)"
    );
    let e = call(&mut vm, str_upper, vec![Value::Int(1)]);
    assert_eq!(
        err(&mut vm, e).1,
        "descriptor 'upper' for 'str' objects doesn't apply to a 'int' object"
    );
}

#[test]
fn predicates() {
    let mut vm = vm();
    let cases: &[(NativeFn, &str, bool)] = &[
        (str_istitle, "IsTitle Case", false),
        (str_istitle, "Title Case", true),
        (str_istitle, "Not title", false),
        (str_isupper, "ABC1", true),
        (str_islower, "abc!", true),
        (str_islower, "123", false),
        (str_isdecimal, "١٢٣", true),
        (str_isdigit, "²", true),
        (str_isdecimal, "²", false),
        (str_isnumeric, "½", true),
        (str_isnumeric, "", false),
        (str_isalpha, "é", true),
        (str_isalpha, "a1", false),
        (str_isalnum, "a1", true),
        (str_isidentifier, "a_1", true),
        (str_isidentifier, "1a", false),
        (str_isspace, " \t", true),
        (str_isspace, "", false),
        (str_isprintable, "a\x07", false),
        (str_isprintable, "héllo", true),
        (str_isascii, "", true),
        (str_isascii, "é", false),
    ];
    for (f, input, expected) in cases {
        let r = call(&mut vm, *f, vec![s(input)]).unwrap();
        assert_eq!(boolean(&r), *expected, "{:?}", input);
    }
}

#[test]
fn padding() {
    let mut vm = vm();
    assert_eq!(
        text(&call(&mut vm, str_center, vec![s("ab"), Value::Int(5), s("*")]).unwrap()),
        "**ab*"
    );
    assert_eq!(
        text(&call(&mut vm, str_center, vec![s("a"), Value::Int(4)]).unwrap()),
        " a  "
    );
    assert_eq!(
        text(&call(&mut vm, str_ljust, vec![s("abc"), Value::Int(6), s("-")]).unwrap()),
        "abc---"
    );
    assert_eq!(
        text(&call(&mut vm, str_rjust, vec![s("abc"), Value::Int(6)]).unwrap()),
        "   abc"
    );
    assert_eq!(
        text(&call(&mut vm, str_zfill, vec![s("-42"), Value::Int(6)]).unwrap()),
        "-00042"
    );
    assert_eq!(
        text(&call(&mut vm, str_zfill, vec![s("+"), Value::Int(3)]).unwrap()),
        "+00"
    );
    let r = call_kw(
        &mut vm,
        str_expandtabs,
        vec![s("a\tbc\td")],
        vec![("tabsize", Value::Int(4))],
    )
    .unwrap();
    assert_eq!(text(&r), "a   bc  d");
    assert_eq!(
        text(&call(&mut vm, str_expandtabs, vec![s("a\tb")]).unwrap()),
        "a       b"
    );
    let e = call(&mut vm, str_center, vec![s("a"), Value::Int(5), s("ab")]);
    assert_eq!(
        err(&mut vm, e).1,
        "The fill character must be exactly one character long"
    );
    let e = call(&mut vm, str_center, vec![s("a"), s("x")]);
    assert_eq!(
        err(&mut vm, e).1,
        "'str' object cannot be interpreted as an integer"
    );
    let e = call(&mut vm, str_center, vec![s("a")]);
    assert_eq!(
        err(&mut vm, e).1,
        "center expected at least 1 argument, got 0"
    );
}

#[test]
fn format_fields_without_specs() {
    let mut vm = vm();
    let r = call(&mut vm, str_format, vec![s("{0}-{1}-{0}"), s("a"), s("b")]).unwrap();
    assert_eq!(text(&r), "a-b-a");
    let r = call_kw(
        &mut vm,
        str_format,
        vec![s("{name}!")],
        vec![("name", s("bob"))],
    )
    .unwrap();
    assert_eq!(text(&r), "bob!");
    let r = call(&mut vm, str_format, vec![s("{{}} {}"), s("x")]).unwrap();
    assert_eq!(text(&r), "{} x");
    let list = Value::list(vec![s("p"), s("q")]);
    let r = call(&mut vm, str_format, vec![s("{0[1]}{[0]}"), list.clone()]);
    // Mixing manual and automatic numbering is an error even with indexing.
    assert_eq!(
        err(&mut vm, r).1,
        "cannot switch from manual field specification to automatic field numbering"
    );
    let r = call(&mut vm, str_format, vec![s("{0[1]}"), list]).unwrap();
    assert_eq!(text(&r), "q");
    let e = call(&mut vm, str_format, vec![s("{} {}"), Value::Int(1)]);
    assert_eq!(
        err(&mut vm, e),
        (
            "IndexError".into(),
            "Replacement index 1 out of range for positional args tuple".into()
        )
    );
    let e = call(&mut vm, str_format, vec![s("{} {0}"), s("a"), s("b")]);
    assert_eq!(
        err(&mut vm, e).1,
        "cannot switch from automatic field numbering to manual field specification"
    );
    let e = call(&mut vm, str_format, vec![s("{"), s("a")]);
    assert_eq!(err(&mut vm, e).1, "Single '{' encountered in format string");
    let e = call(&mut vm, str_format, vec![s("}"), s("a")]);
    assert_eq!(err(&mut vm, e).1, "Single '}' encountered in format string");
    let e = call(&mut vm, str_format, vec![s("{0!x}"), s("a")]);
    assert_eq!(err(&mut vm, e).1, "Unknown conversion specifier x");
    let e = call(&mut vm, str_format, vec![s("{x}"), s("a")]);
    assert_eq!(err(&mut vm, e).0, "KeyError");
    let e = call(&mut vm, str_format, vec![s("{0[x}"), s("a")]);
    assert_eq!(err(&mut vm, e).1, "expected '}' before end of string");
    let d = crate::gc::new(DictObj::new());
    d.set_str("a", s("A"));
    let r = call(
        &mut vm,
        str_format_map,
        vec![s("<{a}>"), Value::Dict(d.clone())],
    )
    .unwrap();
    assert_eq!(text(&r), "<A>");
    let e = call(&mut vm, str_format_map, vec![s("{0}"), Value::Dict(d)]);
    assert_eq!(
        err(&mut vm, e).1,
        "Format string contains positional fields"
    );
}

#[test]
fn format_with_specs() {
    let mut vm = vm();
    let r = call(&mut vm, str_format, vec![s("{:>5}|{:<4}|"), s("x"), s("y")]).unwrap();
    assert_eq!(text(&r), "    x|y   |");
    let r = call(&mut vm, str_format, vec![s("{!r:>6}"), s("a")]).unwrap();
    assert_eq!(text(&r), "   'a'");
    let r = call_kw(
        &mut vm,
        str_format,
        vec![s("{:{w}.{p}f}"), Value::Float(1.23456)],
        vec![("w", Value::Int(8)), ("p", Value::Int(2))],
    )
    .unwrap();
    assert_eq!(text(&r), "    1.23");
    let r = call(
        &mut vm,
        str_format,
        vec![s("{0:{1}{2}}"), Value::Int(1), s(">"), Value::Int(5)],
    )
    .unwrap();
    assert_eq!(text(&r), "    1");
}

#[test]
fn percent_formatting() {
    let mut vm = vm();
    let f = |vm: &mut Vm, fmt: &str, v: Value| percent_format(vm, fmt, &v);
    assert_eq!(
        f(&mut vm, "%s=%d", Value::tuple(vec![s("x"), Value::Int(5)])).unwrap(),
        "x=5"
    );
    assert_eq!(
        f(&mut vm, "%5s|%-5s|", Value::tuple(vec![s("ab"), s("cd")])).unwrap(),
        "   ab|cd   |"
    );
    assert_eq!(
        f(
            &mut vm,
            "%x %X %o %#x",
            Value::tuple(vec![
                Value::Int(255),
                Value::Int(255),
                Value::Int(8),
                Value::Int(255)
            ])
        )
        .unwrap(),
        "ff FF 10 0xff"
    );
    assert_eq!(
        f(&mut vm, "%c%c", Value::tuple(vec![Value::Int(65), s("b")])).unwrap(),
        "Ab"
    );
    assert_eq!(
        f(
            &mut vm,
            "%+d % d",
            Value::tuple(vec![Value::Int(3), Value::Int(4)])
        )
        .unwrap(),
        "+3  4"
    );
    assert_eq!(f(&mut vm, "%3d%%", Value::Int(50)).unwrap(), " 50%");
    assert_eq!(
        f(
            &mut vm,
            "%.3d|%-5d|",
            Value::tuple(vec![Value::Int(5), Value::Int(3)])
        )
        .unwrap(),
        "005|3    |"
    );
    assert_eq!(f(&mut vm, "%d", Value::Float(3.7)).unwrap(), "3");
    assert_eq!(f(&mut vm, "%10.3s|", s("abcdef")).unwrap(), "       abc|");
    assert_eq!(
        f(
            &mut vm,
            "%*d",
            Value::tuple(vec![Value::Int(5), Value::Int(3)])
        )
        .unwrap(),
        "    3"
    );
    assert_eq!(f(&mut vm, "%o", Value::Int(-8)).unwrap(), "-10");
    let d = crate::gc::new(DictObj::new());
    d.set_str("a", Value::Int(1));
    assert_eq!(f(&mut vm, "%(a)s!", Value::Dict(d.clone())).unwrap(), "1!");
    let e = f(&mut vm, "%(x)s", Value::Dict(d));
    assert_eq!(err(&mut vm, e.map(Value::string)).0, "KeyError");
    let e = f(&mut vm, "%s %s", Value::tuple(vec![Value::Int(1)]));
    assert_eq!(
        err(&mut vm, e.map(Value::string)).1,
        "not enough arguments for format string"
    );
    let e = f(
        &mut vm,
        "%s",
        Value::tuple(vec![Value::Int(1), Value::Int(2)]),
    );
    assert_eq!(
        err(&mut vm, e.map(Value::string)).1,
        "not all arguments converted during string formatting"
    );
    let e = f(&mut vm, "a", Value::Int(1));
    assert_eq!(
        err(&mut vm, e.map(Value::string)).1,
        "not all arguments converted during string formatting"
    );
    let e = f(&mut vm, "%z", Value::Int(1));
    assert_eq!(
        err(&mut vm, e.map(Value::string)).1,
        "unsupported format character 'z' (0x7a) at index 1"
    );
    let e = f(&mut vm, "%", Value::Int(1));
    assert_eq!(err(&mut vm, e.map(Value::string)).1, "incomplete format");
    let e = f(&mut vm, "%d", s("a"));
    assert_eq!(
        err(&mut vm, e.map(Value::string)).1,
        "%d format: a real number is required, not str"
    );
    let e = f(&mut vm, "%x", Value::Float(1.5));
    assert_eq!(
        err(&mut vm, e.map(Value::string)).1,
        "%x format: an integer is required, not float"
    );
    let e = f(&mut vm, "%(x)s", Value::Int(1));
    assert_eq!(
        err(&mut vm, e.map(Value::string)).1,
        "format requires a mapping"
    );
    let e = f(&mut vm, "%c", s("ab"));
    assert_eq!(
        err(&mut vm, e.map(Value::string)).1,
        "%c requires int or char"
    );
    let d = crate::gc::new(DictObj::new());
    d.set_str("a", Value::Int(1));
    let e = f(&mut vm, "%(a)s %s", Value::Dict(d.clone()));
    assert_eq!(
        err(&mut vm, e.map(Value::string)).1,
        "not enough arguments for format string"
    );
    assert_eq!(f(&mut vm, "abc", Value::Dict(d)).unwrap(), "abc");
    let e = f(&mut vm, "%5%", Value::tuple(vec![Value::Int(1)]));
    assert_eq!(
        err(&mut vm, e.map(Value::string)).1,
        "unsupported format character '%' (0x25) at index 2"
    );
    let e = f(&mut vm, "%5%", Value::tuple(vec![]));
    assert_eq!(
        err(&mut vm, e.map(Value::string)).1,
        "not enough arguments for format string"
    );
    assert_eq!(
        f(
            &mut vm,
            "%#05x|%+05x|%05d",
            Value::tuple(vec![Value::Int(255), Value::Int(255), Value::Int(-3)])
        )
        .unwrap(),
        "0x0ff|+00ff|-0003"
    );
    let r = call(&mut vm, str_mod, vec![s("<%s>"), s("x")]).unwrap();
    assert_eq!(text(&r), "<x>");
}

#[test]
fn percent_floats() {
    let mut vm = vm();
    let f = |vm: &mut Vm, fmt: &str, v: Value| percent_format(vm, fmt, &v).unwrap();
    assert_eq!(f(&mut vm, "%e", Value::Float(12345.678)), "1.234568e+04");
    assert_eq!(f(&mut vm, "%g", Value::Float(0.0001)), "0.0001");
    assert_eq!(f(&mut vm, "%05.1f", Value::Float(-2.345)), "-02.3");
    assert_eq!(f(&mut vm, "%.2f", Value::Int(2)), "2.00");
    assert_eq!(f(&mut vm, "%+.3e", Value::Float(12345.678)), "+1.235e+04");
    assert_eq!(f(&mut vm, "%r", s("q")), "'q'");
}

#[test]
fn encode_decode() {
    let mut vm = vm();
    assert_eq!(
        bytes(&call(&mut vm, str_encode, vec![s("abc")]).unwrap()),
        b"abc"
    );
    assert_eq!(
        bytes(&call(&mut vm, str_encode, vec![s("héllo"), s("latin-1")]).unwrap()),
        b"h\xe9llo"
    );
    assert_eq!(
        bytes(
            &call(
                &mut vm,
                str_encode,
                vec![s("héllo"), s("ascii"), s("replace")]
            )
            .unwrap()
        ),
        b"h?llo"
    );
    let r = call_kw(
        &mut vm,
        str_encode,
        vec![s("héllo")],
        vec![("encoding", s("ascii")), ("errors", s("ignore"))],
    )
    .unwrap();
    assert_eq!(bytes(&r), b"hllo");
    assert_eq!(
        bytes(
            &call(
                &mut vm,
                str_encode,
                vec![s("h€"), s("ascii"), s("xmlcharrefreplace")]
            )
            .unwrap()
        ),
        b"h&#8364;"
    );
    let e = call(&mut vm, str_encode, vec![s("é"), s("ascii")]);
    assert_eq!(
        err(&mut vm, e),
        (
            "UnicodeEncodeError".into(),
            "'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)"
                .into()
        )
    );
    let e = call(&mut vm, str_encode, vec![s("a"), s("foo")]);
    assert_eq!(
        err(&mut vm, e),
        ("LookupError".into(), "unknown encoding: foo".into())
    );
    let e = call(&mut vm, str_encode, vec![s("a"), Value::Int(1)]);
    assert_eq!(
        err(&mut vm, e).1,
        "encode() argument 'encoding' must be str, not int"
    );
    let data = Value::Bytes(Rc::new(BytesObj::new(b"h\xc3\xa9".to_vec())));
    let r = new(&mut vm, Args::new(vec![Value::None, data, s("utf-8")])).unwrap();
    assert_eq!(text(&r), "hé");
    let bad = Value::Bytes(Rc::new(BytesObj::new(b"\xff".to_vec())));
    let e = new(&mut vm, Args::new(vec![Value::None, bad, s("utf-8")]));
    assert_eq!(
        err(&mut vm, e).1,
        "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"
    );
    let e = new(&mut vm, Args::new(vec![Value::None, s("a"), s("utf-8")]));
    assert_eq!(err(&mut vm, e).1, "decoding str is not supported");
    let r = decode_bytes(&mut vm, b"a\xffb", "utf-8", "replace").unwrap();
    assert_eq!(r, "a\u{fffd}b");
}

#[test]
fn constructor() {
    let mut vm = vm();
    assert_eq!(
        text(&new(&mut vm, Args::new(vec![Value::None])).unwrap()),
        ""
    );
    assert_eq!(
        text(&new(&mut vm, Args::new(vec![Value::None, s("x")])).unwrap()),
        "x"
    );
}

#[test]
fn translate_and_maketrans() {
    let mut vm = vm();
    let table = call(&mut vm, str_maketrans, vec![s("ab"), s("xy"), s("c")]).unwrap();
    assert_eq!(
        text(&call(&mut vm, str_translate, vec![s("abcd"), table]).unwrap()),
        "xyd"
    );
    let d = crate::gc::new(DictObj::new());
    d.set(&mut vm, Value::Int(97), s("AA")).unwrap();
    d.set(&mut vm, Value::Int(98), Value::None).unwrap();
    assert_eq!(
        text(&call(&mut vm, str_translate, vec![s("abc"), Value::Dict(d)]).unwrap()),
        "AAc"
    );
    let e = call(&mut vm, str_maketrans, vec![s("ab"), s("c")]);
    assert_eq!(
        err(&mut vm, e).1,
        "the first two maketrans arguments must have equal length"
    );
    let e = call(&mut vm, str_maketrans, vec![Value::Int(1)]);
    assert_eq!(
        err(&mut vm, e).1,
        "if you give only one argument to maketrans it must be a dict"
    );
}
