//! Compiler tests: imports, assignments, annotations, decorators, assert/raise,
//! class keywords, subscripts, lambdas and docstrings.

use crate::ast::*;
use crate::bytecode::{Constant as K, Op};

use super::tests::*;

#[test]
fn imports() {
    let code = compile(vec![
        st(StmtKind::Import(vec![Alias {
            name: "a.b.c".into(),
            asname: None,
        }])),
        st(StmtKind::Import(vec![Alias {
            name: "a.b.c".into(),
            asname: Some("d".into()),
        }])),
        st(StmtKind::ImportFrom {
            module: Some("m".into()),
            names: vec![
                Alias {
                    name: "x".into(),
                    asname: Some("y".into()),
                },
                Alias {
                    name: "z".into(),
                    asname: None,
                },
            ],
            level: 1,
        }),
        st(StmtKind::ImportFrom {
            module: Some("s".into()),
            names: vec![Alias {
                name: "*".into(),
                asname: None,
            }],
            level: 0,
        }),
    ]);
    assert_eq!(
        asm(&code),
        [
            "LOAD_CONST 0",
            "LOAD_CONST 1",
            "IMPORT_NAME 0",
            "STORE_NAME 1",
            "LOAD_CONST 0",
            "LOAD_CONST 1",
            "IMPORT_NAME 0",
            "IMPORT_FROM 2",
            "SWAP 2",
            "POP_TOP 0",
            "IMPORT_FROM 3",
            "SWAP 2",
            "POP_TOP 0",
            "STORE_NAME 4",
            "LOAD_CONST 2",
            "LOAD_CONST 3",
            "IMPORT_NAME 5",
            "IMPORT_FROM 6",
            "STORE_NAME 7",
            "IMPORT_FROM 8",
            "STORE_NAME 8",
            "POP_TOP 0",
            "LOAD_CONST 0",
            "LOAD_CONST 4",
            "IMPORT_NAME 9",
            "IMPORT_STAR 0",
            "LOAD_CONST 1",
            "RETURN_VALUE 0"
        ]
    );
    assert_eq!(names(&code.names)[..2], ["a.b.c", "a"]);
    assert_eq!(code.consts[2], K::Int(1));
}

#[test]
fn assignments_unpacking_and_augassign() {
    let code = compile(vec![
        st(StmtKind::Assign {
            targets: vec![n("a"), n("b")],
            value: int(1),
        }),
        assign(tuple(vec![n("x"), star(n("y")), n("z")]), n("v")),
        assign(list(vec![n("p"), n("q")]), n("v")),
        st(StmtKind::AugAssign {
            target: attr(n("o"), "f"),
            op: BinOp::Add,
            value: int(1),
        }),
        st(StmtKind::AugAssign {
            target: sub(n("o"), n("k")),
            op: BinOp::Sub,
            value: int(1),
        }),
        assign(sub(n("o"), slice(Some(int(1)), None, None)), n("v")),
    ]);
    let a = asm(&code);
    assert_eq!(
        a[..5],
        [
            "LOAD_CONST 0",
            "COPY 1",
            "STORE_NAME 0",
            "STORE_NAME 1",
            "LOAD_NAME 2"
        ]
    );
    assert_eq!(a[5], format!("UNPACK_EX {}", 1 | (1 << 8)));
    assert!(a.contains(&"UNPACK_SEQUENCE 2".to_string()));
    let o = ops(&code);
    assert!(contains_seq(
        &o,
        &[
            Op::LoadName,
            Op::Copy,
            Op::LoadAttr,
            Op::LoadConst,
            Op::BinaryOp,
            Op::Swap,
            Op::StoreAttr
        ]
    ));
    assert!(a.contains(&"BINARY_OP 13".to_string()));
    assert!(contains_seq(
        &o,
        &[
            Op::LoadName,
            Op::LoadName,
            Op::Copy,
            Op::Copy,
            Op::BinarySubscr,
            Op::LoadConst,
            Op::BinaryOp,
            Op::Swap,
            Op::Swap,
            Op::StoreSubscr
        ]
    ));
    assert!(a.contains(&"BINARY_OP 23".to_string()));
    assert!(contains_seq(
        &o,
        &[
            Op::LoadConst,
            Op::LoadConst,
            Op::BuildSlice,
            Op::StoreSubscr
        ]
    ));
}

#[test]
fn annotations_at_module_level_and_in_functions() {
    let ann = |t: Expr, v: Option<Expr>| {
        st(StmtKind::AnnAssign {
            target: t,
            annotation: n("int"),
            value: v,
            simple: true,
        })
    };
    let code = compile(vec![
        ann(n("x"), Some(int(1))),
        def("f", &[], vec![ann(n("y"), Some(int(2)))]),
    ]);
    assert_eq!(
        asm(&code)[..7],
        [
            "SETUP_ANNOTATIONS 0",
            "LOAD_CONST 0",
            "STORE_NAME 0",
            "LOAD_NAME 1",
            "LOAD_NAME 2",
            "LOAD_CONST 1",
            "STORE_SUBSCR 0"
        ]
    );
    assert_eq!(names(&code.names)[..3], ["x", "int", "__annotations__"]);
    let f = inner(&code, "f");
    assert_eq!(asm(&f)[..2], ["LOAD_CONST 0", "STORE_FAST 0"]);
    assert!(!ops(&f).contains(&Op::LoadGlobal));
}

#[test]
fn function_annotations_and_decorators() {
    let mut args = params_of(&["a"]);
    args.args[0].annotation = Some(n("int"));
    let fd = FunctionDef {
        name: "f".into(),
        args,
        body: vec![],
        decorators: vec![at(n("d1"), 1, 1), at(n("d2"), 2, 1)],
        returns: Some(n("str")),
        is_async: false,
    };
    let mut s = st(StmtKind::FunctionDef(Box::new(fd)));
    s.loc = loc(3, 0);
    let code = compile(vec![s]);
    assert_eq!(
        asm(&code)[..12],
        [
            "LOAD_NAME 0",
            "LOAD_NAME 1",
            "LOAD_CONST 0",
            "LOAD_NAME 2",
            "LOAD_CONST 1",
            "LOAD_NAME 3",
            "BUILD_MAP 2",
            "LOAD_CONST 2",
            "MAKE_FUNCTION 4",
            "CALL 1",
            "CALL 1",
            "STORE_NAME 4"
        ]
    );
    assert_eq!(inner(&code, "f").first_line, 1);
    assert_eq!(code.lines[0], 1);
    assert_eq!(code.lines[1], 2);
}

#[test]
fn assert_and_raise() {
    let code = compile(vec![
        st(StmtKind::Assert {
            test: n("c"),
            msg: Some(s("m")),
        }),
        st(StmtKind::Raise {
            exc: Some(n("E")),
            cause: Some(none()),
        }),
        st(StmtKind::Raise {
            exc: None,
            cause: None,
        }),
    ]);
    assert_eq!(
        asm(&code)[..9],
        [
            "LOAD_NAME 0",
            "POP_JUMP_IF_TRUE 6",
            "LOAD_ASSERTION_ERROR 0",
            "LOAD_CONST 0",
            "CALL 1",
            "RAISE_VARARGS 1",
            "LOAD_NAME 1",
            "LOAD_CONST 1",
            "RAISE_VARARGS 2"
        ]
    );
    assert_eq!(asm(&code)[9], "RAISE_VARARGS 0");
}

#[test]
fn class_with_keywords_and_star_bases() {
    let c = ClassDef {
        name: "C".into(),
        bases: vec![n("B")],
        keywords: vec![Keyword {
            arg: Some("metaclass".into()),
            value: n("M"),
        }],
        body: vec![],
        decorators: vec![],
    };
    let code = compile(vec![st(StmtKind::ClassDef(Box::new(c)))]);
    assert!(asm(&code).contains(&"CALL_KW 4".to_string()));
    let c = ClassDef {
        name: "C".into(),
        bases: vec![star(n("bs"))],
        keywords: vec![],
        body: vec![],
        decorators: vec![],
    };
    let code = compile(vec![st(StmtKind::ClassDef(Box::new(c)))]);
    assert!(contains_seq(
        &ops(&code),
        &[
            Op::LoadConst,
            Op::BuildList,
            Op::LoadName,
            Op::ListExtend,
            Op::ListToTuple,
            Op::CallFunctionEx
        ]
    ));
    assert!(asm(&code).contains(&"BUILD_LIST 2".to_string()));
}

#[test]
fn subscripts_and_slices() {
    let code = compile(vec![
        expr_stmt(sub(n("a"), slice(Some(n("x")), Some(n("y")), None))),
        expr_stmt(sub(n("a"), slice(None, None, Some(int(2))))),
        expr_stmt(sub(
            n("a"),
            tuple(vec![slice(Some(int(1)), None, None), int(3)]),
        )),
        st(StmtKind::Delete(vec![
            sub(n("a"), int(0)),
            attr(n("a"), "b"),
            n("a"),
        ])),
    ]);
    let a = asm(&code);
    assert_eq!(
        a[..5],
        [
            "LOAD_NAME 0",
            "LOAD_NAME 1",
            "LOAD_NAME 2",
            "BUILD_SLICE 2",
            "BINARY_SUBSCR 0"
        ]
    );
    assert!(a.contains(&"BUILD_SLICE 3".to_string()));
    assert!(contains_seq(
        &ops(&code),
        &[
            Op::BuildSlice,
            Op::LoadConst,
            Op::BuildTuple,
            Op::BinarySubscr
        ]
    ));
    assert!(contains_seq(
        &ops(&code),
        &[
            Op::DeleteSubscr,
            Op::LoadName,
            Op::DeleteAttr,
            Op::DeleteName
        ]
    ));
}

#[test]
fn lambda_code() {
    let code = compile(vec![assign(
        n("f"),
        lambda(&["x"], binop(n("x"), BinOp::Add, n("y"))),
    )]);
    let l = inner(&code, "<lambda>");
    assert_eq!(&*l.name, "<lambda>");
    assert_eq!(
        asm(&l),
        [
            "LOAD_FAST 0",
            "LOAD_GLOBAL 0",
            "BINARY_OP 0",
            "RETURN_VALUE 0"
        ]
    );
    assert_eq!(l.argcount, 1);
}

#[test]
fn docstrings() {
    let code = compile(vec![
        expr_stmt(s("mod doc")),
        def("f", &[], vec![expr_stmt(s("f doc")), ret(None)]),
    ]);
    assert_eq!(asm(&code)[..2], ["LOAD_CONST 0", "STORE_NAME 0"]);
    assert_eq!(names(&code.names)[0], "__doc__");
    let f = inner(&code, "f");
    assert_eq!(f.doc.as_deref(), Some("f doc"));
    assert_eq!(asm(&f), ["LOAD_CONST 1", "RETURN_VALUE 0"]);
}
