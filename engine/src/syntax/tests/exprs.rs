//! Expression structure: precedence, associativity, operators, atoms.

use super::*;

#[test]
fn precedence_and_associativity() {
    assert_eq!(e("1 + 2 * 3"), "(1 + (2 * 3))");
    assert_eq!(e("1 - 2 - 3"), "((1 - 2) - 3)");
    assert_eq!(e("-2 ** 2"), "(USub (2 ** 2))");
    assert_eq!(e("2 ** -1"), "(2 ** (USub 1))");
    assert_eq!(e("2 ** 3 ** 2"), "(2 ** (3 ** 2))");
    assert_eq!(e("a ** -b ** c"), "(a ** (USub (b ** c)))");
    assert_eq!(e("-a * b"), "((USub a) * b)");
    assert_eq!(e("~a + b"), "((Invert a) + b)");
    assert_eq!(
        e("a | b ^ c & d << e + f"),
        "(a | (b ^ (c & (d << (e + f)))))"
    );
    assert_eq!(e("a // b % c @ d / e"), "((((a // b) % c) @ d) / e)");
    assert_eq!(e("a << b >> c"), "((a << b) >> c)");
    assert_eq!(e("not a == b"), "(Not cmp(a Eq b))");
    assert_eq!(e("not not a"), "(Not (Not a))");
    assert_eq!(e("- - a"), "(USub (USub a))");
    assert_eq!(e("await a ** 2"), "(await a ** 2)");
    assert_eq!(e("-await a.b()"), "(USub await a.b())");
}

#[test]
fn boolean_operators_flatten() {
    assert_eq!(e("a or b or c"), "Or[a, b, c]");
    assert_eq!(e("a and b and c"), "And[a, b, c]");
    assert_eq!(e("a and b or c and d"), "Or[And[a, b], And[c, d]]");
    assert_eq!(e("a or (b or c)"), "Or[a, Or[b, c]]");
    assert_eq!(e("not a and b"), "And[(Not a), b]");
    assert_eq!(e("a or not b"), "Or[a, (Not b)]");
}

#[test]
fn comparisons_chain() {
    assert_eq!(e("a < b <= c"), "cmp(a Lt b LtE c)");
    assert_eq!(e("a not in b"), "cmp(a NotIn b)");
    assert_eq!(e("a is not b"), "cmp(a IsNot b)");
    assert_eq!(e("a is b"), "cmp(a Is b)");
    assert_eq!(
        e("a in b == c != d > e >= f"),
        "cmp(a In b Eq c NotEq d Gt e GtE f)"
    );
    assert_eq!(e("(a < b) < c"), "cmp(cmp(a Lt b) Lt c)");
    assert_eq!(e("a + 1 < b * 2"), "cmp((a + 1) Lt (b * 2))");
    assert_eq!(e("a not  in b"), "cmp(a NotIn b)");
}

#[test]
fn ternary_lambda_walrus() {
    assert_eq!(e("a if b else c"), "ifexp(b, a, c)");
    assert_eq!(
        e("a if b else c if d else e"),
        "ifexp(b, a, ifexp(d, c, e))"
    );
    assert_eq!(e("a if b else lambda: c"), "ifexp(b, a, lambda[0]: c)");
    assert_eq!(e("lambda: a if b else c"), "lambda[0]: ifexp(b, a, c)");
    assert_eq!(e("lambda x, y=1, *a, k, **kw: x"), "lambda[2]: x");
    assert_eq!(e("(x := 5)"), "(x := 5)");
    assert_eq!(e("[y := 1, y]"), "[(y := 1), y]");
    assert_eq!(e("f(x := 1)"), "f((x := 1))");
    let ExprKind::Lambda { args, .. } = expr("lambda a, /, b, *, c=2: 0").kind else {
        panic!()
    };
    assert_eq!(args.posonlyargs.len(), 1);
    assert_eq!(args.args.len(), 1);
    assert_eq!(args.kwonlyargs.len(), 1);
    assert!(args.kw_defaults[0].is_some());
    assert_eq!(
        e("lambda *args, **kw: (args, kw)"),
        "lambda[0]: tuple(args, kw)"
    );
}

#[test]
fn collections_and_comprehensions() {
    assert_eq!(e("[1, 2, *a]"), "[1, 2, *a]");
    assert_eq!(e("(1,)"), "tuple(1)");
    assert_eq!(e("()"), "tuple()");
    assert_eq!(e("(1)"), "1");
    assert_eq!(e("1, 2"), "tuple(1, 2)");
    assert_eq!(e("{1, *a}"), "set{1, *a}");
    assert_eq!(e("{}"), "{}");
    assert_eq!(e("{1: 2, **m, 'k': v,}"), "{1: 2, **m, \"k\": v}");
    assert_eq!(e("[x for x in y]"), "listcomp(x; for x in y)");
    assert_eq!(
        e("[x for a, b in y if a if b for x in a]"),
        "listcomp(x; for tuple(a, b) in y if a if b for x in a)"
    );
    assert_eq!(e("{x for x in y}"), "setcomp(x; for x in y)");
    assert_eq!(
        e("{k: v for k, v in d}"),
        "dictcomp(k: v; for tuple(k, v) in d)"
    );
    assert_eq!(e("(x for x in y)"), "genexp(x; for x in y)");
    assert_eq!(e("[x async for x in y]"), "listcomp(x; async for x in y)");
    assert_eq!(
        e("[a if b else c for x in y]"),
        "listcomp(ifexp(b, a, c); for x in y)"
    );
    assert_eq!(e("[(yield)]"), "[yield ]");
    assert_eq!(e("..."), "...");
}

#[test]
fn calls_subscripts_attributes() {
    assert_eq!(e("f(a, *b, c=1, **d)"), "f(a, *b, c=1, **d)");
    assert_eq!(e("f(x for x in y)"), "f(genexp(x; for x in y))");
    assert_eq!(e("f(a,)"), "f(a)");
    assert_eq!(e("a.b.c(d)[e]"), "a.b.c(d)[e]");
    assert_eq!(e("a[1:2]"), "a[1:2:]");
    assert_eq!(e("a[::2]"), "a[::2]");
    assert_eq!(e("a[:]"), "a[::]");
    assert_eq!(e("a[1:2, ::3]"), "a[tuple(1:2:, ::3)]");
    assert_eq!(e("a[i, j]"), "a[tuple(i, j)]");
    assert_eq!(e("a[i,]"), "a[tuple(i)]");
    assert_eq!(e("a[*b]"), "a[*b]");
    assert_eq!(e("f()()"), "f()()");
    assert_eq!(e("print(*a, sep='')"), "print(*a, sep=\"\")");
    assert_eq!(e("match.group(1)"), "match.group(1)");
    assert_eq!(e("(a)(b)"), "a(b)");
}

#[test]
fn positions() {
    let m = parse("x = 1\nif x:\n    y = f(a, b)\n");
    assert_eq!(m.body[0].loc, Loc { line: 1, col: 0 });
    assert_eq!(m.body[1].loc, Loc { line: 2, col: 0 });
    let StmtKind::If { body, .. } = &m.body[1].kind else {
        panic!()
    };
    assert_eq!(body[0].loc, Loc { line: 3, col: 4 });
    let StmtKind::Assign { value, targets } = &body[0].kind else {
        panic!()
    };
    assert_eq!(targets[0].loc, Loc { line: 3, col: 4 });
    assert_eq!(value.loc, Loc { line: 3, col: 8 });
    let ExprKind::Call { args, .. } = &value.kind else {
        panic!()
    };
    assert_eq!(args[1].loc, Loc { line: 3, col: 13 });
    // Columns count characters, not bytes.
    let v = value_of("s = 'é' + x");
    let ExprKind::BinOp { right, .. } = &v.kind else {
        panic!()
    };
    assert_eq!(right.loc, Loc { line: 1, col: 10 });
    // A parenthesised left operand starts the BinOp at its parenthesis.
    let v = value_of("y = (a) + b");
    assert_eq!(v.loc, Loc { line: 1, col: 4 });
    let v = value_of("y = a + \\\n  b");
    let ExprKind::BinOp { right, .. } = &v.kind else {
        panic!()
    };
    assert_eq!(right.loc, Loc { line: 2, col: 2 });
    let v = value_of("y = [a,\n     b]");
    let ExprKind::List(items) = &v.kind else {
        panic!()
    };
    assert_eq!(items[1].loc, Loc { line: 2, col: 5 });
}

#[test]
fn keywords_are_not_names_but_soft_keywords_are() {
    assert_eq!(e("match"), "match");
    assert_eq!(e("case + _"), "(case + _)");
    assert_eq!(e("print"), "print");
    assert_eq!(e("iffy"), "iffy");
    assert_eq!(e("notx or isa"), "Or[notx, isa]");
    assert_eq!(e("été + 名字"), "(été + 名字)");
    assert!(parse_expression("if", "t.py").is_err());
    assert!(parse_module("class = 1", "t.py").is_err());
    // `None = 1` parses; the compiler rejects the target.
    assert!(parse_module("None = 1\n", "t.py").is_ok());
}
