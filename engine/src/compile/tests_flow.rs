//! Compiler tests: control flow, exception tables, unwinding, generators,
//! async, comprehensions, imports and assignments.

use crate::ast::*;
use crate::bytecode::{flags, ExceptionEntry, Op};

use super::tests::*;

fn entry(start: u32, end: u32, target: u32, depth: u32) -> ExceptionEntry {
    ExceptionEntry {
        start,
        end,
        target,
        depth,
    }
}

#[test]
fn try_except_named_handler_layout() {
    let code = compile(vec![try_(
        vec![expr_stmt(call(n("a"), vec![]))],
        vec![handler(
            Some(n("E")),
            Some("e"),
            vec![expr_stmt(call(n("b"), vec![]))],
        )],
        vec![],
        vec![],
    )]);
    assert_eq!(
        asm(&code),
        [
            "LOAD_NAME 0",
            "CALL 0",
            "POP_TOP 0",
            "JUMP 25",
            "PUSH_EXC_INFO 0",
            "LOAD_NAME 1",
            "CHECK_EXC_MATCH 0",
            "POP_JUMP_IF_FALSE 21",
            "STORE_NAME 2",
            "LOAD_NAME 3",
            "CALL 0",
            "POP_TOP 0",
            "POP_EXCEPT 0",
            "LOAD_CONST 0",
            "STORE_NAME 2",
            "DELETE_NAME 2",
            "JUMP 25",
            "LOAD_CONST 0",
            "STORE_NAME 2",
            "DELETE_NAME 2",
            "RERAISE 0",
            "RERAISE 0",
            "SWAP 2",
            "POP_EXCEPT 0",
            "RERAISE 0",
            "LOAD_CONST 0",
            "RETURN_VALUE 0"
        ]
    );
    assert_eq!(
        code.exception_table,
        vec![
            entry(0, 3, 4, 0),
            entry(4, 9, 22, 1),
            entry(9, 12, 17, 1),
            entry(17, 22, 22, 1)
        ]
    );
    assert_eq!(code.max_stack, 3);
}

#[test]
fn try_except_else_and_bare_except() {
    let code = compile(vec![try_(
        vec![assign(n("x"), int(1))],
        vec![
            handler(Some(n("E")), None, vec![]),
            handler(None, None, vec![assign(n("y"), int(2))]),
        ],
        vec![assign(n("z"), int(3))],
        vec![],
    )]);
    let a = asm(&code);
    // Only the body is protected; else-body is not.
    assert_eq!(code.exception_table[0], entry(0, 2, 5, 0));
    assert_eq!(a[2..5], ["LOAD_CONST 1", "STORE_NAME 1", "JUMP 21"]);
    // second handler is bare: no CHECK_EXC_MATCH
    assert_eq!(
        ops(&code)
            .iter()
            .filter(|o| **o == Op::CheckExcMatch)
            .count(),
        1
    );
}

#[test]
fn default_except_must_be_last() {
    let body = vec![try_(
        vec![],
        vec![
            handler(None, None, vec![]),
            handler(Some(n("E")), None, vec![]),
        ],
        vec![],
        vec![],
    )];
    assert_eq!(err_msg(body), "default 'except:' must be last");
}

#[test]
fn return_through_finally_inlines_it_unprotected() {
    let f = def(
        "f",
        &[],
        vec![try_(
            vec![ret(Some(call(n("g"), vec![])))],
            vec![],
            vec![],
            vec![expr_stmt(call(n("h"), vec![]))],
        )],
    );
    let code = compile(vec![f]);
    let f = inner(&code, "f");
    assert_eq!(
        asm(&f),
        [
            "LOAD_GLOBAL 0",
            "CALL 0",
            "LOAD_GLOBAL 1",
            "CALL 0",
            "POP_TOP 0",
            "RETURN_VALUE 0",
            "LOAD_GLOBAL 1",
            "CALL 0",
            "POP_TOP 0",
            "JUMP 18",
            "PUSH_EXC_INFO 0",
            "LOAD_GLOBAL 1",
            "CALL 0",
            "POP_TOP 0",
            "RERAISE 0",
            "SWAP 2",
            "POP_EXCEPT 0",
            "RERAISE 0",
            "LOAD_CONST 0",
            "RETURN_VALUE 0"
        ]
    );
    assert_eq!(
        f.exception_table,
        vec![entry(0, 2, 10, 0), entry(10, 15, 15, 1)]
    );
}

#[test]
fn return_from_except_handlers_restores_exception_state() {
    let f = def(
        "f",
        &[],
        vec![try_(
            vec![expr_stmt(call(n("a"), vec![]))],
            vec![
                handler(Some(n("E")), Some("e"), vec![ret(Some(n("e")))]),
                handler(None, None, vec![ret(Some(int(1)))]),
            ],
            vec![],
            vec![],
        )],
    );
    let code = compile(vec![f]);
    let f = inner(&code, "f");
    let a = asm(&f);
    // named handler: value, then SWAP 2; POP_EXCEPT; e = None; del e; return
    let i = a.iter().position(|s| s == "STORE_FAST 0").unwrap();
    assert_eq!(
        a[i..i + 8],
        [
            "STORE_FAST 0",
            "LOAD_FAST 0",
            "SWAP 2",
            "POP_EXCEPT 0",
            "LOAD_CONST 0",
            "STORE_FAST 0",
            "DELETE_FAST 0",
            "RETURN_VALUE 0"
        ]
    );
    // bare handler returning a constant: POP_TOP exc; POP_EXCEPT; LOAD_CONST 1; RETURN
    let j = a.iter().position(|s| s == "LOAD_CONST 1").unwrap();
    assert_eq!(
        a[j - 2..j + 2],
        [
            "POP_TOP 0",
            "POP_EXCEPT 0",
            "LOAD_CONST 1",
            "RETURN_VALUE 0"
        ]
    );
    // The unwinding code is outside every handler range.
    let covered = |pc: usize| {
        f.exception_table
            .iter()
            .any(|e| (e.start as usize) <= pc && pc < e.end as usize)
    };
    assert!(!covered(i + 2) && !covered(i + 3) && !covered(j - 1));
    assert!(covered(i + 1));
}

#[test]
fn with_statement_layout() {
    let code = compile(vec![with(
        call(n("m"), vec![]),
        Some(n("x")),
        vec![expr_stmt(call(n("body"), vec![]))],
    )]);
    assert_eq!(
        asm(&code),
        [
            "LOAD_NAME 0",
            "CALL 0",
            "BEFORE_WITH 0",
            "STORE_NAME 1",
            "LOAD_NAME 2",
            "CALL 0",
            "POP_TOP 0",
            "LOAD_CONST 0",
            "LOAD_CONST 0",
            "LOAD_CONST 0",
            "CALL 3",
            "POP_TOP 0",
            "JUMP 23",
            "PUSH_EXC_INFO 0",
            "WITH_EXCEPT_START 0",
            "POP_JUMP_IF_TRUE 20",
            "RERAISE 0",
            "SWAP 2",
            "POP_EXCEPT 0",
            "RERAISE 0",
            "POP_TOP 0",
            "POP_EXCEPT 0",
            "POP_TOP 0",
            "LOAD_CONST 0",
            "RETURN_VALUE 0"
        ]
    );
    assert_eq!(
        code.exception_table,
        vec![entry(3, 7, 13, 1), entry(13, 17, 17, 2)]
    );
    assert_eq!(code.max_stack, 4);
}

#[test]
fn return_inside_with_calls_exit() {
    let f = def("f", &[], vec![with(n("m"), None, vec![ret(Some(n("v")))])]);
    let code = compile(vec![f]);
    let f = inner(&code, "f");
    assert_eq!(
        asm(&f)[..10],
        [
            "LOAD_GLOBAL 0",
            "BEFORE_WITH 0",
            "POP_TOP 0",
            "LOAD_GLOBAL 1",
            "SWAP 2",
            "LOAD_CONST 0",
            "LOAD_CONST 0",
            "LOAD_CONST 0",
            "CALL 3",
            "POP_TOP 0"
        ]
    );
    assert_eq!(asm(&f)[10], "RETURN_VALUE 0");
    assert_eq!(f.exception_table[0], entry(2, 4, 17, 1));
}

#[test]
fn nested_with_items_nest_inner_first() {
    let s = st(StmtKind::With {
        items: vec![
            WithItem {
                context: n("a"),
                target: None,
            },
            WithItem {
                context: n("b"),
                target: None,
            },
        ],
        body: vec![expr_stmt(call(n("f"), vec![]))],
        is_async: false,
    });
    let code = compile(vec![s]);
    let t = &code.exception_table;
    // inner with's body range has depth 2 (both exits on the stack)
    assert!(t.iter().any(|e| e.depth == 2));
    assert!(t.iter().any(|e| e.depth == 1));
    assert_eq!(
        ops(&code).iter().filter(|o| **o == Op::BeforeWith).count(),
        2
    );
}

#[test]
fn loops_break_continue_and_else() {
    let body = vec![
        if_(n("c"), vec![st(StmtKind::Break)], vec![]),
        if_(n("d"), vec![st(StmtKind::Continue)], vec![]),
        expr_stmt(call(n("f"), vec![n("i")])),
    ];
    let code = compile(vec![for_(
        n("i"),
        n("xs"),
        body,
        vec![expr_stmt(call(n("e"), vec![]))],
    )]);
    let a = asm(&code);
    assert_eq!(
        a[..8],
        [
            "LOAD_NAME 0",
            "GET_ITER 0",
            "FOR_ITER 16",
            "STORE_NAME 1",
            "LOAD_NAME 2",
            "POP_JUMP_IF_FALSE 8",
            "POP_TOP 0",
            "JUMP 19"
        ]
    );
    assert_eq!(a[8..11], ["LOAD_NAME 3", "POP_JUMP_IF_FALSE 11", "JUMP 2"]);
    assert_eq!(a[15..19], ["JUMP 2", "LOAD_NAME 5", "CALL 0", "POP_TOP 0"]);
    assert_eq!(code.max_stack, 3);
}

#[test]
fn while_loop_and_return_inside_for() {
    let code = compile(vec![while_(n("c"), vec![expr_stmt(n("x"))])]);
    assert_eq!(
        asm(&code)[..6],
        [
            "LOAD_NAME 0",
            "POP_JUMP_IF_FALSE 6",
            "LOAD_NAME 1",
            "POP_TOP 0",
            "LOAD_NAME 0",
            "POP_JUMP_BACKWARD_IF_TRUE 2"
        ]
    );
    // `while True:` has no test; `continue` in a tested loop goes to the
    // bottom test.
    let forever = compile(vec![while_(
        ex(ExprKind::Constant(Constant::True)),
        vec![expr_stmt(n("x"))],
    )]);
    assert_eq!(asm(&forever)[..3], ["LOAD_NAME 0", "POP_TOP 0", "JUMP 0"]);
    let cont = compile(vec![while_(n("c"), vec![st(StmtKind::Continue)])]);
    assert_eq!(
        asm(&cont)[..5],
        [
            "LOAD_NAME 0",
            "POP_JUMP_IF_FALSE 5",
            "JUMP 3",
            "LOAD_NAME 0",
            "POP_JUMP_BACKWARD_IF_TRUE 2"
        ]
    );
    let f = def(
        "f",
        &[],
        vec![for_(n("i"), n("xs"), vec![ret(Some(n("i")))], vec![])],
    );
    let f = inner(&compile(vec![f]), "f");
    assert_eq!(
        asm(&f)[..8],
        [
            "LOAD_GLOBAL 0",
            "GET_ITER 0",
            "FOR_ITER 9",
            "STORE_FAST 0",
            "LOAD_FAST 0",
            "SWAP 2",
            "POP_TOP 0",
            "RETURN_VALUE 0"
        ]
    );
}

#[test]
fn break_inside_try_finally_in_loop() {
    let body = vec![try_(
        vec![st(StmtKind::Break)],
        vec![],
        vec![],
        vec![expr_stmt(call(n("f"), vec![]))],
    )];
    let code = compile(vec![while_(n("c"), body)]);
    let a = asm(&code);
    // break: inline finally (f()), then jump to loop exit
    assert_eq!(a[2..6], ["LOAD_NAME 1", "CALL 0", "POP_TOP 0", "JUMP 20"]);
    assert!(code.exception_table.iter().all(|e| e.start >= 6));
}

#[test]
fn generators_and_coroutines() {
    let g = def(
        "g",
        &[],
        vec![
            expr_stmt(yield_(Some(int(1)))),
            expr_stmt(ex(ExprKind::YieldFrom(Box::new(n("x"))))),
        ],
    );
    let c = def_full("c", params_of(&[]), vec![expr_stmt(await_(n("x")))], true);
    let ag = def_full("ag", params_of(&[]), vec![expr_stmt(yield_(None))], true);
    let code = compile(vec![g, c, ag]);
    let g = inner(&code, "g");
    assert!(g.has_flag(flags::GENERATOR));
    assert_eq!(
        asm(&g)[..7],
        [
            "LOAD_CONST 0",
            "YIELD_VALUE 0",
            "POP_TOP 0",
            "LOAD_GLOBAL 0",
            "GET_YIELD_FROM_ITER 0",
            "LOAD_CONST 1",
            "YIELD_FROM 0"
        ]
    );
    let c = inner(&code, "c");
    assert!(c.has_flag(flags::COROUTINE) && !c.has_flag(flags::GENERATOR));
    assert_eq!(
        asm(&c)[..4],
        [
            "LOAD_GLOBAL 0",
            "GET_AWAITABLE 0",
            "LOAD_CONST 0",
            "YIELD_FROM 0"
        ]
    );
    assert!(inner(&code, "ag").has_flag(flags::ASYNC_GENERATOR));
}

#[test]
fn async_for_and_async_with() {
    let body = vec![
        st(StmtKind::For {
            target: n("x"),
            iter: n("it"),
            body: vec![],
            orelse: vec![],
            is_async: true,
        }),
        st(StmtKind::With {
            items: vec![WithItem {
                context: n("m"),
                target: None,
            }],
            body: vec![],
            is_async: true,
        }),
    ];
    let code = compile(vec![def_full("f", params_of(&[]), body, true)]);
    let f = inner(&code, "f");
    let a = asm(&f);
    assert_eq!(
        a[..9],
        [
            "LOAD_GLOBAL 0",
            "GET_AITER 0",
            "GET_ANEXT 0",
            "GET_AWAITABLE 0",
            "LOAD_CONST 0",
            "YIELD_FROM 0",
            "STORE_FAST 0",
            "JUMP 2",
            "END_ASYNC_FOR 0"
        ]
    );
    assert_eq!(f.exception_table[0], entry(2, 6, 8, 1));
    assert_eq!(
        a[9..14],
        [
            "LOAD_GLOBAL 1",
            "BEFORE_ASYNC_WITH 0",
            "GET_AWAITABLE 1",
            "LOAD_CONST 0",
            "YIELD_FROM 0"
        ]
    );
    assert!(a.contains(&"GET_AWAITABLE 2".to_string()));
    let e = err_msg(vec![def(
        "f",
        &[],
        vec![st(StmtKind::For {
            target: n("x"),
            iter: n("it"),
            body: vec![],
            orelse: vec![],
            is_async: true,
        })],
    )]);
    assert_eq!(e, "'async for' outside async function");
}

#[test]
fn comprehensions_are_nested_functions() {
    let lc = listcomp(
        binop(n("x"), BinOp::Mult, n("k")),
        vec![gen(n("x"), n("xs"), vec![n("x")])],
    );
    let code = compile(vec![def("f", &["k"], vec![ret(Some(lc))])]);
    let f = inner(&code, "f");
    assert_eq!(names(&f.cellvars), ["k"]);
    assert_eq!(
        asm(&f),
        [
            "LOAD_CLOSURE 0",
            "BUILD_TUPLE 1",
            "LOAD_CONST 0",
            "MAKE_FUNCTION 8",
            "LOAD_GLOBAL 0",
            "GET_ITER 0",
            "CALL 1",
            "RETURN_VALUE 0"
        ]
    );
    let c = inner(&code, "f.<locals>.<listcomp>");
    assert_eq!(names(&c.varnames), [".0", "x"]);
    assert_eq!(c.argcount, 1);
    assert_eq!(names(&c.freevars), ["k"]);
    assert_eq!(
        asm(&c),
        [
            "BUILD_LIST 0",
            "LOAD_FAST 0",
            "FOR_ITER 11",
            "STORE_FAST 1",
            "LOAD_FAST 1",
            "POP_JUMP_IF_FALSE 10",
            "LOAD_FAST 1",
            "LOAD_DEREF 0",
            "BINARY_OP 5",
            "LIST_APPEND 2",
            "JUMP 2",
            "RETURN_VALUE 0"
        ]
    );
    let ge = genexp(
        n("y"),
        vec![gen(n("y"), n("a"), vec![]), gen(n("z"), n("y"), vec![])],
    );
    let code = compile(vec![expr_stmt(ge)]);
    let g = inner(&code, "<genexpr>");
    assert!(g.has_flag(flags::GENERATOR) && !g.has_flag(flags::NESTED));
    let o = ops(&g);
    assert!(contains_seq(&o, &[Op::LoadFast, Op::GetIter, Op::ForIter]));
    assert!(contains_seq(&o, &[Op::YieldValue, Op::PopTop, Op::Jump]));
    assert_eq!(&o[o.len() - 2..], [Op::LoadConst, Op::ReturnValue]);
}

#[test]
fn dict_and_set_comprehensions() {
    let dc = ex(ExprKind::DictComp {
        key: Box::new(n("k")),
        value: Box::new(n("v")),
        generators: vec![gen(tuple(vec![n("k"), n("v")]), n("items"), vec![])],
    });
    let sc = ex(ExprKind::SetComp {
        elt: Box::new(n("s")),
        generators: vec![gen(n("s"), n("xs"), vec![])],
    });
    let code = compile(vec![expr_stmt(dc), expr_stmt(sc)]);
    let d = inner(&code, "<dictcomp>");
    assert!(contains_seq(
        &ops(&d),
        &[Op::UnpackSequence, Op::StoreFast, Op::StoreFast]
    ));
    assert!(asm(&d).contains(&"MAP_ADD 2".to_string()));
    assert!(asm(&inner(&code, "<setcomp>")).contains(&"SET_ADD 2".to_string()));
}

#[test]
fn walrus_in_comprehension_binds_outside() {
    let named = ex(ExprKind::NamedExpr {
        target: "last".into(),
        value: Box::new(n("x")),
    });
    let lc = listcomp(named, vec![gen(n("x"), n("xs"), vec![])]);
    let code = compile(vec![def(
        "f",
        &[],
        vec![expr_stmt(lc), ret(Some(n("last")))],
    )]);
    assert_eq!(names(&inner(&code, "f").cellvars), ["last"]);
    let c = inner(&code, "f.<locals>.<listcomp>");
    assert_eq!(names(&c.freevars), ["last"]);
    assert!(contains_seq(
        &ops(&c),
        &[Op::LoadFast, Op::Copy, Op::StoreDeref]
    ));
}
