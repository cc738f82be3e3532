//! Statements: definitions, assignments, control flow, imports.

use super::*;

fn func(src: &str) -> FunctionDef {
    match one(src) {
        StmtKind::FunctionDef(f) => *f,
        other => panic!("not a def: {:?}", other),
    }
}

#[test]
fn function_definitions() {
    let f = func("def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:\n    return a\n");
    assert_eq!(f.name, "f");
    let names = |v: &[Arg]| v.iter().map(|a| a.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&f.args.posonlyargs), ["a", "b"]);
    assert_eq!(names(&f.args.args), ["c"]);
    assert_eq!(
        f.args.vararg.as_ref().map(|a| a.name.as_str()),
        Some("args")
    );
    assert_eq!(names(&f.args.kwonlyargs), ["d", "e"]);
    assert!(f.args.kw_defaults[0].is_none() && f.args.kw_defaults[1].is_some());
    assert_eq!(f.args.kwarg.as_ref().map(|a| a.name.as_str()), Some("kw"));
    assert_eq!(f.args.defaults.len(), 2);
    assert_eq!(f.returns.as_ref().map(show), Some("int".to_string()));
    assert!(!f.is_async);
    let f = func("def g(x: int, *, y: str = 'a'): pass");
    assert_eq!(
        f.args.args[0].annotation.as_ref().map(show),
        Some("int".into())
    );
    assert_eq!(
        f.args.kwonlyargs[0].annotation.as_ref().map(show),
        Some("str".into())
    );
    assert_eq!(f.args.args[0].loc, Loc { line: 1, col: 6 });
    let f = func("async def h():\n    await x\n");
    assert!(f.is_async);
    let f = func("def t(a,\n      b,\n      ):\n  pass");
    assert_eq!(f.args.args.len(), 2);
}

#[test]
fn decorators_and_classes() {
    let m = parse("@dec\n@a.b(1)\n@x[0] or y\ndef f(): pass\n");
    assert_eq!(m.body[0].loc, Loc { line: 4, col: 0 });
    let StmtKind::FunctionDef(f) = &m.body[0].kind else {
        panic!()
    };
    assert_eq!(
        f.decorators.iter().map(show).collect::<Vec<_>>(),
        ["dec", "a.b(1)", "Or[x[0], y]"]
    );
    let m = parse("@d\nasync def f(): pass\n");
    assert_eq!(m.body[0].loc, Loc { line: 2, col: 0 });
    let StmtKind::ClassDef(c) =
        one("class A(B, C, metaclass=M, **kw):\n    x = 1\n    def m(self): pass\n")
    else {
        panic!()
    };
    assert_eq!(c.name, "A");
    assert_eq!(c.bases.iter().map(show).collect::<Vec<_>>(), ["B", "C"]);
    assert_eq!(c.keywords[0].arg.as_deref(), Some("metaclass"));
    assert_eq!(c.keywords[1].arg, None);
    assert_eq!(c.body.len(), 2);
    let StmtKind::ClassDef(c) = one("@dataclass\nclass P: pass") else {
        panic!()
    };
    assert_eq!(c.decorators.len(), 1);
    let StmtKind::ClassDef(c) = one("class E(): pass") else {
        panic!()
    };
    assert!(c.bases.is_empty());
}

#[test]
fn assignments() {
    let StmtKind::Assign { targets, value } = one("a = b = c") else {
        panic!()
    };
    assert_eq!(targets.iter().map(show).collect::<Vec<_>>(), ["a", "b"]);
    assert_eq!(show(&value), "c");
    let StmtKind::Assign { targets, .. } = one("a, *b = x") else {
        panic!()
    };
    assert_eq!(show(&targets[0]), "tuple(a, *b)");
    let StmtKind::Assign { targets, .. } = one("[a, b], c.d, e[0] = x") else {
        panic!()
    };
    assert_eq!(show(&targets[0]), "tuple([a, b], c.d, e[0])");
    assert_eq!(show(&value_of("x = 1, 2")), "tuple(1, 2)");
    assert_eq!(show(&value_of("x = yield")), "yield ");
    assert_eq!(show(&value_of("x = yield a, b")), "yield tuple(a, b)");
    assert_eq!(show(&value_of("x = yield from g()")), "yield from g()");
    let StmtKind::AugAssign { target, op, value } = one("x.y **= 2") else {
        panic!()
    };
    assert_eq!(
        (show(&target), op, show(&value)),
        ("x.y".into(), BinOp::Pow, "2".into())
    );
    for (src, op) in [
        ("a //= 1", BinOp::FloorDiv),
        ("a >>= 1", BinOp::RShift),
        ("a @= 1", BinOp::MatMult),
        ("a -= 1", BinOp::Sub),
    ] {
        let StmtKind::AugAssign { op: got, .. } = one(src) else {
            panic!()
        };
        assert_eq!(got, op);
    }
    let StmtKind::AnnAssign { simple, value, .. } = one("x: int = 5") else {
        panic!()
    };
    assert!(simple && value.is_some());
    let StmtKind::AnnAssign { simple, value, .. } = one("(x): int") else {
        panic!()
    };
    assert!(!simple && value.is_none());
    let StmtKind::AnnAssign { simple, .. } = one("a.b: list[int] = []") else {
        panic!()
    };
    assert!(!simple);
    assert!(matches!(one("x = y == z"), StmtKind::Assign { .. }));
}

#[test]
fn control_flow() {
    let StmtKind::If { orelse, .. } =
        one("if a:\n  pass\nelif b:\n  pass\nelif c:\n  x\nelse:\n  y\n")
    else {
        panic!()
    };
    let StmtKind::If { test, orelse, .. } = &orelse[0].kind else {
        panic!()
    };
    assert_eq!(show(test), "b");
    assert_eq!(orelse[0].loc, Loc { line: 5, col: 0 });
    let StmtKind::If { orelse, .. } = &orelse[0].kind else {
        panic!()
    };
    assert!(matches!(orelse[0].kind, StmtKind::Expr(_)));
    let StmtKind::For {
        target,
        iter,
        orelse,
        is_async,
        ..
    } = one("for a, b in x, y:\n  pass\nelse:\n  pass\n")
    else {
        panic!()
    };
    assert_eq!(
        (show(&target), show(&iter), orelse.len(), is_async),
        ("tuple(a, b)".into(), "tuple(x, y)".into(), 1, false)
    );
    let StmtKind::While { orelse, .. } = one("while x:\n  break\nelse:\n  continue\n") else {
        panic!()
    };
    assert_eq!(orelse.len(), 1);
    let StmtKind::With {
        items, is_async, ..
    } = one("with a as b, c as (d, e), f:\n  pass")
    else {
        panic!()
    };
    assert_eq!(items.len(), 3);
    assert!(!is_async);
    assert_eq!(
        items[1].target.as_ref().map(show),
        Some("tuple(d, e)".into())
    );
    let StmtKind::With { items, .. } = one("with (a as b, c as d,):\n  pass") else {
        panic!()
    };
    assert_eq!(items.len(), 2);
    let StmtKind::With { items, .. } = one("with (a, b) as c:\n  pass") else {
        panic!()
    };
    assert_eq!(show(&items[0].context), "tuple(a, b)");
    let StmtKind::With { items, .. } = one("with (open(f)) as g: pass") else {
        panic!()
    };
    assert_eq!(show(&items[0].context), "open(f)");
    let StmtKind::FunctionDef(f) =
        one("async def f():\n  async with a as b:\n    async for x in y:\n      pass")
    else {
        panic!()
    };
    let StmtKind::With { is_async, body, .. } = &f.body[0].kind else {
        panic!()
    };
    assert!(is_async);
    assert!(matches!(body[0].kind, StmtKind::For { is_async: true, .. }));
}

#[test]
fn try_raise_assert() {
    let src = "try:\n  a\nexcept (A, B) as e:\n  b\nexcept C:\n  c\nexcept:\n  d\nelse:\n  e\nfinally:\n  f\n";
    let StmtKind::Try(t) = one(src) else { panic!() };
    assert_eq!(t.handlers.len(), 3);
    assert_eq!(
        t.handlers[0].typ.as_ref().map(show),
        Some("tuple(A, B)".into())
    );
    assert_eq!(t.handlers[0].name.as_deref(), Some("e"));
    assert_eq!(t.handlers[0].loc, Loc { line: 3, col: 0 });
    assert!(t.handlers[2].typ.is_none());
    assert_eq!((t.orelse.len(), t.finalbody.len()), (1, 1));
    let StmtKind::Try(t) = one("try:\n  a\nfinally:\n  b\n") else {
        panic!()
    };
    assert!(t.handlers.is_empty() && t.finalbody.len() == 1);
    let StmtKind::Raise { exc, cause } = one("raise E from e") else {
        panic!()
    };
    assert_eq!(
        (exc.map(|e| show(&e)), cause.map(|e| show(&e))),
        (Some("E".into()), Some("e".into()))
    );
    assert!(matches!(
        one("raise"),
        StmtKind::Raise {
            exc: None,
            cause: None
        }
    ));
    let StmtKind::Assert { test, msg } = one("assert x, 'm'") else {
        panic!()
    };
    assert_eq!(
        (show(&test), msg.map(|m| show(&m))),
        ("x".into(), Some("\"m\"".into()))
    );
}

#[test]
fn simple_statements() {
    assert!(matches!(one("return"), StmtKind::Return(None)));
    let StmtKind::FunctionDef(f) = one("def f():\n  return a, b\n") else {
        panic!()
    };
    let StmtKind::Return(Some(v)) = &f.body[0].kind else {
        panic!()
    };
    assert_eq!(show(v), "tuple(a, b)");
    let StmtKind::Delete(t) = one("del a, b[0], c.x") else {
        panic!()
    };
    assert_eq!(t.len(), 3);
    let StmtKind::Delete(t) = one("del (a, b)") else {
        panic!()
    };
    assert_eq!(t.len(), 1);
    let StmtKind::Global(g) = one("global a, b") else {
        panic!()
    };
    assert_eq!(g, ["a", "b"]);
    let StmtKind::Nonlocal(g) = one("nonlocal x") else {
        panic!()
    };
    assert_eq!(g, ["x"]);
    assert!(matches!(one("pass"), StmtKind::Pass));
    let b = body("a = 1; b = 2;");
    assert_eq!(b.len(), 2);
    let b = body("x = 1; del x; pass\n");
    assert!(matches!(b[1], StmtKind::Delete(_)));
    assert!(matches!(one("yield x"), StmtKind::Expr(_)));
    assert!(matches!(one("await x"), StmtKind::Expr(_)));
    assert_eq!(show(&value_of("print('hi')")), "print(\"hi\")");
}

#[test]
fn imports() {
    let StmtKind::Import(a) = one("import os, a.b.c as d") else {
        panic!()
    };
    assert_eq!(
        (
            a[0].name.as_str(),
            a[1].name.as_str(),
            a[1].asname.as_deref()
        ),
        ("os", "a.b.c", Some("d"))
    );
    let StmtKind::ImportFrom {
        module,
        names,
        level,
    } = one("from . import (a, b as c,)")
    else {
        panic!()
    };
    assert_eq!(
        (module, names.len(), level, names[1].asname.as_deref()),
        (None, 2, 1, Some("c"))
    );
    let StmtKind::ImportFrom { module, level, .. } = one("from ...pkg.mod import x") else {
        panic!()
    };
    assert_eq!((module.as_deref(), level), (Some("pkg.mod"), 3));
    let StmtKind::ImportFrom { level, .. } = one("from .... import x") else {
        panic!()
    };
    assert_eq!(level, 4);
    let StmtKind::ImportFrom { names, .. } = one("from m import *") else {
        panic!()
    };
    assert_eq!(names[0].name, "*");
    let StmtKind::ImportFrom { module, level, .. } = one("from .m import x") else {
        panic!()
    };
    assert_eq!((module.as_deref(), level), (Some("m"), 1));
    assert!(parse_module("from m import a,", "t.py").is_err());
}
