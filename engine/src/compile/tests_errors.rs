//! Compiler tests: SyntaxError messages and locations for invalid targets
//! and scope errors.

use crate::ast::*;

use super::tests::*;

fn bad_assign(t: Expr) -> String {
    err_msg(vec![assign(t, int(1))])
}

#[test]
fn target_error_messages() {
    assert_eq!(
        bad_assign(int(1)),
        "cannot assign to literal here. Maybe you meant '==' instead of '='?"
    );
    assert_eq!(
        bad_assign(call(n("f"), vec![])),
        "cannot assign to function call here. Maybe you meant '==' instead of '='?"
    );
    assert_eq!(
        bad_assign(binop(n("a"), BinOp::Add, n("b"))),
        "cannot assign to expression here. Maybe you meant '==' instead of '='?"
    );
    assert_eq!(
        bad_assign(at(tuple(vec![at(n("a"), 1, 1), at(int(1), 1, 4)]), 1, 0)),
        "cannot assign to literal"
    );
    assert_eq!(
        bad_assign(tuple(vec![n("a"), call(n("f"), vec![])])),
        "cannot assign to function call here. Maybe you meant '==' instead of '='?"
    );
    assert_eq!(bad_assign(none()), "cannot assign to None");
    assert_eq!(
        err_msg(vec![st(StmtKind::Assign {
            targets: vec![call(n("f"), vec![]), n("a")],
            value: int(1)
        })]),
        "cannot assign to function call"
    );
    assert_eq!(
        bad_assign(star(n("a"))),
        "starred assignment target must be in a list or tuple"
    );
    assert_eq!(
        bad_assign(tuple(vec![star(n("a")), star(n("b"))])),
        "multiple starred expressions in assignment"
    );
    assert_eq!(
        err_msg(vec![assign(n("x"), star(n("a")))]),
        "can't use starred expression here"
    );
    let del = |t: Expr| err_msg(vec![st(StmtKind::Delete(vec![t]))]);
    assert_eq!(del(int(1)), "cannot delete literal");
    assert_eq!(del(call(n("f"), vec![])), "cannot delete function call");
    assert_eq!(del(tuple(vec![n("a"), int(1)])), "cannot delete literal");
    assert_eq!(del(star(n("a"))), "cannot delete starred");
    let aug = |t: Expr| {
        err_msg(vec![st(StmtKind::AugAssign {
            target: t,
            op: BinOp::Add,
            value: int(1),
        })])
    };
    assert_eq!(
        aug(tuple(vec![n("a"), n("b")])),
        "'tuple' is an illegal expression for augmented assignment"
    );
    assert_eq!(
        aug(int(1)),
        "'literal' is an illegal expression for augmented assignment"
    );
    assert_eq!(
        err_msg(vec![for_(int(1), n("x"), vec![], vec![])]),
        "cannot assign to literal"
    );
    assert_eq!(
        err_msg(vec![with(n("a"), Some(int(1)), vec![])]),
        "cannot assign to literal"
    );
    let ann = |t: Expr| {
        err_msg(vec![st(StmtKind::AnnAssign {
            target: t,
            annotation: n("int"),
            value: None,
            simple: false,
        })])
    };
    assert_eq!(
        ann(tuple(vec![n("a"), n("b")])),
        "only single target (not tuple) can be annotated"
    );
    assert_eq!(ann(call(n("f"), vec![])), "illegal target for annotation");
}

#[test]
fn error_locations_are_one_based() {
    let e = compile_err(vec![line(st(StmtKind::Break), 3)]);
    assert_eq!(
        (e.msg.as_str(), e.line, e.col, e.filename.as_str()),
        ("'break' outside loop", 3, 1, "x.py")
    );
    let e = compile_err(vec![assign(n("x"), at(star(n("a")), 1, 4))]);
    assert_eq!(e.col, 5);
}

#[test]
fn scope_error_messages() {
    assert_eq!(err_msg(vec![ret(None)]), "'return' outside function");
    assert_eq!(err_msg(vec![st(StmtKind::Break)]), "'break' outside loop");
    assert_eq!(
        err_msg(vec![st(StmtKind::Continue)]),
        "'continue' not properly in loop"
    );
    assert_eq!(
        err_msg(vec![class("C", vec![], vec![ret(None)])]),
        "'return' outside function"
    );
    assert_eq!(
        err_msg(vec![expr_stmt(yield_(None))]),
        "'yield' outside function"
    );
    assert_eq!(
        err_msg(vec![expr_stmt(await_(n("x")))]),
        "'await' outside function"
    );
    assert_eq!(
        err_msg(vec![def("f", &[], vec![expr_stmt(await_(n("x")))])]),
        "'await' outside async function"
    );
    assert_eq!(
        err_msg(vec![def(
            "f",
            &[],
            vec![assign(n("x"), int(1)), global(&["x"])]
        )]),
        "name 'x' is assigned to before global declaration"
    );
    assert_eq!(
        err_msg(vec![def("f", &[], vec![expr_stmt(n("x")), global(&["x"])])]),
        "name 'x' is used prior to global declaration"
    );
    assert_eq!(
        err_msg(vec![def("f", &["x"], vec![global(&["x"])])]),
        "name 'x' is parameter and global"
    );
    assert_eq!(
        err_msg(vec![nonlocal(&["x"])]),
        "nonlocal declaration not allowed at module level"
    );
    assert_eq!(
        err_msg(vec![def("f", &[], vec![nonlocal(&["x"])])]),
        "no binding for nonlocal 'x' found"
    );
    let g = def("g", &[], vec![assign(n("x"), int(2)), nonlocal(&["x"])]);
    assert_eq!(
        err_msg(vec![def("f", &[], vec![assign(n("x"), int(1)), g])]),
        "name 'x' is assigned to before nonlocal declaration"
    );
    assert_eq!(
        err_msg(vec![def("f", &["a", "a"], vec![])]),
        "duplicate argument 'a' in function definition"
    );
    assert_eq!(
        err_msg(vec![expr_stmt(call_kw(
            n("f"),
            vec![],
            vec![(Some("a"), int(1)), (Some("a"), int(2))]
        ))]),
        "keyword argument repeated: a"
    );
    assert_eq!(
        err_msg(vec![def_full(
            "f",
            params_of(&[]),
            vec![expr_stmt(ex(ExprKind::YieldFrom(Box::new(n("x")))))],
            true
        )]),
        "'yield from' inside async function"
    );
    assert_eq!(
        err_msg(vec![def_full(
            "f",
            params_of(&[]),
            vec![expr_stmt(yield_(None)), ret(Some(int(1)))],
            true
        )]),
        "'return' with value in async generator"
    );
    assert_eq!(
        err_msg(vec![expr_stmt(listcomp(
            yield_(None),
            vec![gen(n("x"), n("y"), vec![])]
        ))]),
        "'yield' inside list comprehension"
    );
    let named = ex(ExprKind::NamedExpr {
        target: "x".into(),
        value: Box::new(int(1)),
    });
    assert_eq!(
        err_msg(vec![def(
            "f",
            &[],
            vec![expr_stmt(listcomp(
                named.clone(),
                vec![gen(n("x"), n("y"), vec![])]
            ))]
        )]),
        "assignment expression cannot rebind comprehension iteration variable 'x'"
    );
    assert_eq!(
        err_msg(vec![class(
            "C",
            vec![],
            vec![expr_stmt(listcomp(
                named,
                vec![gen(n("z"), n("y"), vec![])]
            ))]
        )]),
        "assignment expression within a comprehension cannot be used in a class body"
    );
    let mut acomp = gen(n("x"), n("y"), vec![]);
    acomp.is_async = true;
    assert_eq!(
        err_msg(vec![def(
            "f",
            &[],
            vec![expr_stmt(listcomp(n("x"), vec![acomp]))]
        )]),
        "asynchronous comprehension outside of an asynchronous function"
    );
    assert_eq!(
        err_msg(vec![def(
            "f",
            &[],
            vec![st(StmtKind::ImportFrom {
                module: Some("m".into()),
                names: vec![Alias {
                    name: "*".into(),
                    asname: None
                }],
                level: 0
            })]
        )]),
        "import * only allowed at module level"
    );
}
