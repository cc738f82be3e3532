//! Error messages (checked against CPython 3.11) and robustness limits.

use super::*;
use SyntaxErrorKind::{IndentationError, TabError};

#[test]
fn generic_invalid_syntax() {
    check_err("x = = 1", "invalid syntax", 1, 5);
    check_err("x = 1 +", "invalid syntax", 1, 8);
    check_err("x = 1 2", "invalid syntax", 1, 7);
    check_err("a b c", "invalid syntax", 1, 3);
    check_err("def f(x, :)\n pass", "invalid syntax", 1, 10);
    check_err("else:\n pass", "invalid syntax", 1, 1);
    check_err("x = $", "invalid syntax", 1, 5);
    check_err("x = a ? b", "invalid syntax", 1, 7);
    check_err("def f(x):\n  return x +\n", "invalid syntax", 2, 13);
    check_err("x = 1.5.3", "invalid syntax", 1, 9); // CPython: 8 (it sees the token `.3`)
    check_err("x = a not b", "invalid syntax", 1, 11);
    check_err("if = 1", "invalid syntax", 1, 4);
    check_err("x = ur'abc'", "invalid syntax", 1, 7);
    check_err("match x:\n    pass\n", "invalid syntax", 2, 5);
    check_err(
        "x = 1\nif x:\n  pass\nelif:\n  pass",
        "invalid syntax",
        4,
        5,
    );
    check_err("a == not b", "invalid syntax", 1, 6);
    check_err("- not a", "invalid syntax", 1, 3);
    let e = err("x = (1 +\n");
    assert_eq!(e.text.as_deref(), Some("x = (1 +"));
}

#[test]
fn expected_colon() {
    check_err("if x\n  pass", "expected ':'", 1, 5);
    check_err("while x\n pass", "expected ':'", 1, 8);
    check_err("class A\n pass", "expected ':'", 1, 8);
    check_err("def f()\n pass", "expected ':'", 1, 8);
    check_err("for x in y\n pass", "expected ':'", 1, 11);
}

#[test]
fn brackets() {
    check_err("x = (", "'(' was never closed", 1, 5);
    check_err("x = (1,\n2", "'(' was never closed", 1, 5);
    check_err("f(", "'(' was never closed", 1, 2);
    check_err("x = [1, 2\ny = 3", "'[' was never closed", 1, 5);
    check_err(
        "class A:\n  def f(self\n  pass",
        "'(' was never closed",
        2,
        8,
    );
    check_err("x = )", "unmatched ')'", 1, 5);
    check_err("x = (1,\n2))", "unmatched ')'", 2, 3);
    check_err(
        "x = (]",
        "closing parenthesis ']' does not match opening parenthesis '('",
        1,
        6,
    );
    check_err(
        "x = ((1,\n2]",
        "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
        2,
        2,
    );
    // An earlier syntax error wins over a later unclosed bracket...
    check_err("x = = 1\ny = (", "invalid syntax", 1, 5);
    check_err("x = = 1\n  y = 1", "invalid syntax", 1, 5);
    check_err("x = = 1\nif x:\n    a\n  b", "invalid syntax", 1, 5);
    // ...but CPython reports a later tokenizer error instead of a generic one.
    check_err(
        "x = = 1\ny = 'abc",
        "unterminated string literal (detected at line 2)",
        2,
        5,
    );
    check_err("x = = 1\ny = 1abc", "invalid decimal literal", 2, 5);
    check_err("x = = 1\ny = )", "unmatched ')'", 2, 5);
    check_err("x = = 1\ny = $ €", "invalid character '€' (U+20AC)", 2, 7);
    check_err(
        "if x\n  pass\nx = 'abc",
        "unterminated string literal (detected at line 3)",
        3,
        5,
    );
    check_err(
        "if x:\npass\nx = 'abc",
        "unterminated string literal (detected at line 3)",
        3,
        5,
    );
    check_kind(
        "if x:\n    a\n  b\nx = = 1",
        IndentationError,
        "unindent does not match any outer indentation level",
        3,
    );
}

#[test]
fn strings_and_continuations() {
    check_err(
        "x = 'abc",
        "unterminated string literal (detected at line 1)",
        1,
        5,
    );
    check_err(
        "x = f'{a\n}'",
        "unterminated string literal (detected at line 1)",
        1,
        5,
    );
    check_err(
        "x = '''abc\n\n",
        "unterminated triple-quoted string literal (detected at line 2)",
        1,
        5,
    );
    check_err(
        "x = '''abc",
        "unterminated triple-quoted string literal (detected at line 1)",
        1,
        5,
    );
    check_err(
        "x = '''abc\n\nfoo",
        "unterminated triple-quoted string literal (detected at line 3)",
        1,
        5,
    );
    check_err("x = 1\\", "unexpected EOF while parsing", 1, 7);
    check_err(
        "x = 1 \\ 2",
        "unexpected character after line continuation character",
        1,
        8,
    );
    check_err(
        "x = b'\u{e9}'",
        "bytes can only contain ASCII literal characters",
        1,
        5,
    );
    check_err(
        "x = b'a' 'b'",
        "cannot mix bytes and nonbytes literals",
        1,
        10,
    );
    let e = err("x = '\\x4'");
    assert_eq!(e.msg, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape");
    let e = err("x = '\\U00110000'");
    assert_eq!(e.msg, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character");
    let e = err("x = '\\N{NOPE}'");
    assert_eq!(e.msg, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name");
    assert_eq!(
        err("x = b'\\x4'").msg,
        "(value error) invalid \\x escape at position 0"
    );
}

#[test]
fn numbers_and_characters() {
    check_err("x = 1abc", "invalid decimal literal", 1, 5);
    check_err("x = 1_", "invalid decimal literal", 1, 6);
    check_err("x = 1__0", "invalid decimal literal", 1, 6);
    check_err("x = 1.__class__", "invalid decimal literal", 1, 6);
    check_err("x = 1e", "invalid decimal literal", 1, 5);
    check_err("x = 0x", "invalid hexadecimal literal", 1, 6);
    check_err("x = 0b2", "invalid digit '2' in binary literal", 1, 7);
    check_err("x = 0o8", "invalid digit '8' in octal literal", 1, 7);
    check_err("x = 5j5", "invalid imaginary literal", 1, 6);
    let zeros = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
    check_err("x = 012", zeros, 1, 5);
    check_err("x = 0_1", zeros, 1, 5);
    assert!(parse_module("x = 0_0 + 00 + 012.5 + 09j", "t.py").is_ok());
    check_err("x = 1 € 2", "invalid character '€' (U+20AC)", 1, 7);
    check_err("x = 1\u{1}", "invalid non-printable character U+0001", 1, 6);
    check_err("x\u{a0}= 1", "invalid non-printable character U+00A0", 1, 2);
    check_err("€", "invalid character '€' (U+20AC)", 1, 1);
}

#[test]
fn indentation_errors() {
    let after = |what: &str, line: u32| {
        format!("expected an indented block after {} on line {}", what, line)
    };
    check_kind(
        "if x:\npass",
        IndentationError,
        &after("'if' statement", 1),
        2,
    );
    check_err("if x:\npass", &after("'if' statement", 1), 2, 1);
    check_err("if x:", &after("'if' statement", 1), 1, 6);
    check_err("if x:\n", &after("'if' statement", 1), 1, 6);
    check_kind(
        "def f():\nreturn",
        IndentationError,
        &after("function definition", 1),
        2,
    );
    check_kind(
        "async def f():\nx",
        IndentationError,
        &after("function definition", 1),
        2,
    );
    check_kind(
        "@d\ndef f():\nx",
        IndentationError,
        &after("function definition", 2),
        3,
    );
    check_kind(
        "class A:\nx",
        IndentationError,
        &after("class definition", 1),
        2,
    );
    check_kind(
        "for x in y:\nx",
        IndentationError,
        &after("'for' statement", 1),
        2,
    );
    check_kind(
        "while x:\nx",
        IndentationError,
        &after("'while' statement", 1),
        2,
    );
    check_kind(
        "with a:\nx",
        IndentationError,
        &after("'with' statement", 1),
        2,
    );
    check_kind("try:\nx", IndentationError, &after("'try' statement", 1), 2);
    check_kind(
        "try:\n x\nexcept:\nx",
        IndentationError,
        &after("'except' statement", 3),
        4,
    );
    check_kind(
        "try:\n x\nexcept E:\nx",
        IndentationError,
        &after("'except' statement", 3),
        4,
    );
    check_kind(
        "try:\n x\nfinally:\nx",
        IndentationError,
        &after("'finally' statement", 3),
        4,
    );
    check_kind(
        "if x:\n x\nelse:\nx",
        IndentationError,
        &after("'else' statement", 3),
        4,
    );
    check_kind(
        "if x:\n x\nelif y:\nx",
        IndentationError,
        &after("'elif' statement", 3),
        4,
    );
    check_kind(
        "def f():\n  # just a comment\n\nx = 1",
        IndentationError,
        &after("function definition", 1),
        4,
    );
    check_kind(" x = 1", IndentationError, "unexpected indent", 1);
    check_err(" x = 1", "unexpected indent", 1, 1);
    check_err("x = 1\n  y = 2\n", "unexpected indent", 2, 2);
    check_err("def f():\n  x\n    y", "unexpected indent", 3, 4);
    check_err(
        "if x:\n    a\n  b",
        "unindent does not match any outer indentation level",
        3,
        4,
    );
    check_err(
        "if x:\n  pass\n else:\n  pass",
        "unindent does not match any outer indentation level",
        3,
        7,
    );
    check_kind(
        "if x:\n    a\n  b",
        IndentationError,
        "unindent does not match any outer indentation level",
        3,
    );
    check_kind(
        "if x:\n\ta\n        b",
        TabError,
        "inconsistent use of tabs and spaces in indentation",
        3,
    );
    check_kind(
        "if x:\n        a\n\tb\n",
        TabError,
        "inconsistent use of tabs and spaces in indentation",
        3,
    );
    let mut deep = String::new();
    for i in 0..101 {
        deep.push_str(&format!("{}if x:\n", " ".repeat(i)));
    }
    deep.push_str(&format!("{}pass\n", " ".repeat(101)));
    check_kind(
        &deep,
        IndentationError,
        "too many levels of indentation",
        101,
    );
}

#[test]
fn parser_checks() {
    check_err(
        "f(a=1, b)",
        "positional argument follows keyword argument",
        1,
        8,
    );
    check_err(
        "f(**k, a)",
        "positional argument follows keyword argument unpacking",
        1,
        8,
    );
    check_err(
        "f(**a, *b)",
        "iterable argument unpacking follows keyword argument unpacking",
        1,
        8,
    );
    check_err(
        "f(x for x in y, 1)",
        "Generator expression must be parenthesized",
        1,
        3,
    );
    check_err(
        "f(1, x for x in y)",
        "Generator expression must be parenthesized",
        1,
        6,
    );
    check_err(
        "def f(x=1, y): pass",
        "non-default argument follows default argument",
        1,
        12,
    );
    check_err(
        "lambda x=1, y: 0",
        "non-default argument follows default argument",
        1,
        13,
    );
    check_err("def f(*): pass", "named arguments must follow bare *", 1, 7);
    check_err(
        "def f(*, **k): pass",
        "named arguments must follow bare *",
        1,
        7,
    );
    check_err("def f(a, /, b, /): pass", "/ may appear only once", 1, 16);
    check_err("def f(*a, /): pass", "/ must be ahead of *", 1, 11);
    check_err(
        "def f(*a, *b): pass",
        "* argument may appear only once",
        1,
        11,
    );
    check_err(
        "def f(**k, a): pass",
        "arguments cannot follow var-keyword argument",
        1,
        12,
    );
    check_err("x = (*a)", "cannot use starred expression here", 1, 6);
    check_err("x = {1: 2, 3}", "':' expected after dictionary key", 1, 12);
}

#[test]
fn fstring_errors() {
    check_err(
        "x = f'{a!x}'",
        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
        1,
        5,
    );
    check_err(
        "x = f'{a!}'",
        "f-string: invalid conversion character: expected 's', 'r', or 'a'",
        1,
        5,
    );
    check_err("x = f'{}'", "f-string: empty expression not allowed", 1, 5);
    check_err(
        "x = f'{!r}'",
        "f-string: expression required before '!'",
        1,
        5,
    );
    check_err("x = f'{a'", "f-string: expecting '}'", 1, 5);
    check_err("x = f'}'", "f-string: single '}' is not allowed", 1, 5);
    check_err(
        "x = f'{a\\n}'",
        "f-string expression part cannot include a backslash",
        1,
        5,
    );
    check_err(
        "x = f'{#}'",
        "f-string expression part cannot include '#'",
        1,
        5,
    );
    check_err("x = f'{a)}'", "f-string: unmatched ')'", 1, 5);
    check_err(
        "x = f'{a:{b:{c}}}'",
        "f-string: expressions nested too deeply",
        1,
        5,
    );
    check_err("f'{a['", "f-string: unmatched '['", 1, 1);
    check_err(
        "f'{a(]}'",
        "f-string: closing parenthesis ']' does not match opening parenthesis '('",
        1,
        1,
    );
    check_err("f'{a[\"]}'", "f-string: unterminated string", 1, 1);
    assert!(parse_module("f'{a['x']}'", "t.py").is_err());
    let e = err("x = f'{a b}'");
    assert!(e.msg.starts_with("f-string: invalid syntax"), "{}", e.msg);
    assert_eq!(e.line, 1);
}

#[test]
fn nesting_limits() {
    let ok = format!("x = {}1{}", "(".repeat(200), ")".repeat(200));
    assert!(parse_module(&ok, "t.py").is_ok());
    let deep = format!("x = {}{}", "(".repeat(201), ")".repeat(201));
    check_err(&deep, "too many nested parentheses", 1, 205);
    let deep = format!("x = {}", "[".repeat(100_000));
    check_err(&deep, "too many nested parentheses", 1, 205);
    let unary = format!("x = {}1", "-".repeat(100_000));
    assert_eq!(err(&unary).msg, "too complex");
    let nots = format!("x = {}1", "not ".repeat(100_000));
    assert_eq!(err(&nots).msg, "too complex");
    let pow = format!("x = {}1", "2**".repeat(100_000));
    assert_eq!(err(&pow).msg, "too complex");
    let lambdas = format!("x = {}1", "lambda: ".repeat(10_000));
    assert_eq!(err(&lambdas).msg, "too many nested parentheses");
    assert!(parse_module(&format!("x = {}1", "-".repeat(500)), "t.py").is_ok());
    assert!(parse_module(&format!("x = {}1", "lambda: ".repeat(150)), "t.py").is_ok());
    let list: Vec<String> = (0..100).map(|_| "lambda: 1".to_string()).collect();
    assert!(parse_module(&format!("x = [{}]", list.join(", ")), "t.py").is_ok());
}

/// Deep left-nested trees are dropped on a big stack: dropping recursion is
/// the caller's concern, not the parser's.
fn on_big_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap();
}

#[test]
fn long_flat_expressions() {
    on_big_stack(|| {
        let sum = format!("x = {}1", "1+".repeat(100_000));
        let m = parse(&sum);
        let StmtKind::Assign { value, .. } = &m.body[0].kind else {
            panic!()
        };
        let ExprKind::BinOp { right, .. } = &value.kind else {
            panic!()
        };
        assert_eq!(right.loc.col, 200_004);
        let items: Vec<String> = (0..100_000).map(|i| i.to_string()).collect();
        let list = format!("x = [{}]\n", items.join(","));
        let StmtKind::Assign { value, .. } = one(&list) else {
            panic!()
        };
        let ExprKind::List(v) = value.kind else {
            panic!()
        };
        assert_eq!(v.len(), 100_000);
        let ors = format!("x = {}1", "a or ".repeat(100_000));
        assert!(parse_module(&ors, "t.py").is_ok());
        let ifs = format!("x = {}1", "a if b else ".repeat(20_000));
        assert!(parse_module(&ifs, "t.py").is_ok());
        let attrs = format!("x = a{}", ".b".repeat(500));
        assert!(parse_module(&attrs, "t.py").is_ok());
    });
}
