//! Numbers, strings, bytes and f-strings.

use super::*;

fn c(src: &str) -> Constant {
    match expr(src).kind {
        ExprKind::Constant(c) => c,
        other => panic!("not a constant: {:?}", other),
    }
}

fn s(src: &str) -> String {
    match c(src) {
        Constant::Str(s) => s,
        other => panic!("not a str: {:?}", other),
    }
}

#[test]
fn integers() {
    assert_eq!(c("42"), Constant::Int(42));
    assert_eq!(c("0"), Constant::Int(0));
    assert_eq!(c("00"), Constant::Int(0));
    assert_eq!(c("1_000_000"), Constant::Int(1_000_000));
    assert_eq!(c("0xFF_ff"), Constant::Int(0xffff));
    assert_eq!(c("0o17"), Constant::Int(15));
    assert_eq!(c("0B101"), Constant::Int(5));
    assert_eq!(c("9223372036854775807"), Constant::Int(i64::MAX));
    assert_eq!(
        c("9223372036854775808"),
        Constant::BigInt("9223372036854775808".into())
    );
    assert_eq!(
        c("0x1_0000_0000_0000_0000"),
        Constant::BigInt("18446744073709551616".into())
    );
    assert_eq!(
        c("123456789012345678901234567890"),
        Constant::BigInt("123456789012345678901234567890".into())
    );
}

#[test]
fn floats_and_imaginary() {
    assert_eq!(c("1."), Constant::Float(1.0));
    assert_eq!(c(".5"), Constant::Float(0.5));
    assert_eq!(c("1e10"), Constant::Float(1e10));
    assert_eq!(c("1_000.5e-3"), Constant::Float(1.0005));
    assert_eq!(c("1E+2"), Constant::Float(100.0));
    assert_eq!(c("1e400"), Constant::Float(f64::INFINITY));
    assert_eq!(c("2j"), Constant::Imaginary(2.0));
    assert_eq!(c(".5J"), Constant::Imaginary(0.5));
    assert_eq!(c("1e3j"), Constant::Imaginary(1000.0));
    assert_eq!(e("1if x else 2"), "ifexp(x, 1, 2)");
    assert_eq!(e("1 .real"), "1.real");
    assert_eq!(e("1..real"), "1.0.real");
}

#[test]
fn string_forms_and_escapes() {
    assert_eq!(s("'a'"), "a");
    assert_eq!(s("\"a'b\""), "a'b");
    assert_eq!(s("'''a\nb'''"), "a\nb");
    assert_eq!(s("\"\"\"x\"y\"\"\""), "x\"y");
    assert_eq!(s(r#"'\n\t\\\'\"'"#), "\n\t\\'\"");
    assert_eq!(s(r"'\x41\u00e9\U0001F600\101\0'"), "A\u{e9}\u{1F600}A\0");
    assert_eq!(s(r"'\a\b\f\v\r'"), "\x07\x08\x0c\x0b\r");
    assert_eq!(s(r"'\N{BULLET}\N{em dash}'"), "\u{2022}\u{2014}");
    assert_eq!(s("'a\\\nb'"), "ab");
    assert_eq!(s(r"'\q'"), "\\q");
    assert_eq!(s(r"r'\n\''"), "\\n\\'");
    assert_eq!(s(r"R'\d+'"), "\\d+");
    assert_eq!(s("u'x'"), "x");
    assert_eq!(s("'a' 'b'\n"), "ab");
    assert_eq!(s("('a'\n 'b' r'\\c')"), "ab\\c");
    assert_eq!(s("'é€😀'"), "é€😀");
}

#[test]
fn bytes_literals() {
    assert_eq!(c("b'abc'"), Constant::Bytes(b"abc".to_vec()));
    assert_eq!(
        c(r"b'\xff\x00\n\101'"),
        Constant::Bytes(vec![0xff, 0, b'\n', b'A'])
    );
    assert_eq!(c(r"rb'\xff'"), Constant::Bytes(b"\\xff".to_vec()));
    assert_eq!(c(r"BR'\n'"), Constant::Bytes(b"\\n".to_vec()));
    assert_eq!(c("b'a' b'b'"), Constant::Bytes(b"ab".to_vec()));
    assert_eq!(c(r"b'\u1234'"), Constant::Bytes(b"\\u1234".to_vec()));
}

#[test]
fn fstrings() {
    assert_eq!(e("f'a{x}b'"), "f[\"a\", fv(x), \"b\"]");
    assert_eq!(e("f'{x!r}'"), "f[fv(x!r)]");
    assert_eq!(e("f'{x:>10}'"), "f[fv(x:f[\">10\"])]");
    assert_eq!(
        e("f'{x:{width}.{prec}}'"),
        "f[fv(x:f[fv(width), \".\", fv(prec)])]"
    );
    assert_eq!(e("f'{{}}{x}{{'"), "f[\"{}\", fv(x), \"{\"]");
    assert_eq!(e("f'{x=}'"), "f[\"x=\", fv(x!r)]");
    assert_eq!(e("f'{x = }'"), "f[\"x = \", fv(x!r)]");
    assert_eq!(e("f'{x=:>4}'"), "f[\"x=\", fv(x:f[\">4\"])]");
    assert_eq!(e("f'{x=!s}'"), "f[\"x=\", fv(x!s)]");
    assert_eq!(e("f'{a + b[\"k\"]}'"), "f[fv((a + b[\"k\"]))]");
    assert_eq!(e("f'{d[\"a\"]!a}'"), "f[fv(d[\"a\"]!a)]");
    assert_eq!(e("f'{x, y}'"), "f[fv(tuple(x, y))]");
    assert_eq!(e("f'{a if b else c}'"), "f[fv(ifexp(b, a, c))]");
    assert_eq!(e("f'{x!=y}'"), "f[fv(cmp(x NotEq y))]");
    assert_eq!(e("f'{f\"{y}\"}'"), "f[fv(f[fv(y)])]");
    assert_eq!(e("f'{ {1: 2}[1] }'"), "f[fv({1: 2}[1])]");
    assert_eq!(e("f'{(lambda: 1)()}'"), "f[fv(lambda[0]: 1())]");
    assert!(parse_expression("f'{lambda: 1}'", "t.py").is_err());
    assert_eq!(e("f''"), "f[]");
    assert_eq!(e("f'\\n{x}\\t'"), "f[\"\\n\", fv(x), \"\\t\"]");
    assert_eq!(e("rf'\\n{x}'"), "f[\"\\\\n\", fv(x)]");
    assert_eq!(e("f'\\N{BULLET} {x}'"), "f[\"\u{2022} \", fv(x)]");
    assert_eq!(e("F'{x}' FR'{y}'"), "f[fv(x), fv(y)]");
    // Mixing with plain strings joins into one JoinedStr; plain stays Constant.
    assert_eq!(e("'a' f'{x}' 'b' 'c'"), "f[\"a\", fv(x), \"bc\"]");
    assert_eq!(e("'a' 'b'"), "\"ab\"");
    assert_eq!(e("f'{x}' f'{y}'"), "f[fv(x), fv(y)]");
    assert_eq!(e("f'''{\nx\n}'''"), "f[fv(x)]");
    // Expression positions inside f-strings are real source positions.
    let v = value_of("y = f'ab{cd}'");
    let ExprKind::JoinedStr(parts) = &v.kind else {
        panic!()
    };
    let ExprKind::FormattedValue { value, .. } = &parts[1].kind else {
        panic!()
    };
    assert_eq!(value.loc, Loc { line: 1, col: 9 });
}
