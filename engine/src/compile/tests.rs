//! Compiler unit tests: hand-built ASTs compiled and checked for instruction
//! sequences, scopes, exception tables, stack depth and error messages.

use std::rc::Rc;

use crate::ast::*;
use crate::bytecode::{flags, CodeObject, Constant as K, ExceptionEntry, Op};

use super::codegen::flow_max_depth;
use super::{compile_expression, compile_module, Mode};

// ---- AST construction helpers -------------------------------------------

fn loc(line: u32, col: u32) -> Loc {
    Loc { line, col }
}
fn ex(kind: ExprKind) -> Expr {
    Expr {
        kind,
        loc: loc(1, 0),
    }
}
fn at(mut e: Expr, line: u32, col: u32) -> Expr {
    e.loc = loc(line, col);
    e
}
fn st(kind: StmtKind) -> Stmt {
    Stmt {
        kind,
        loc: loc(1, 0),
    }
}
fn line(mut s: Stmt, l: u32) -> Stmt {
    s.loc = loc(l, s.loc.col);
    s
}
fn n(id: &str) -> Expr {
    ex(ExprKind::Name(id.into()))
}
fn int(i: i64) -> Expr {
    ex(ExprKind::Constant(Constant::Int(i)))
}
fn s(v: &str) -> Expr {
    ex(ExprKind::Constant(Constant::Str(v.into())))
}
fn none() -> Expr {
    ex(ExprKind::Constant(Constant::None))
}
fn tuple(items: Vec<Expr>) -> Expr {
    ex(ExprKind::Tuple(items))
}
fn list(items: Vec<Expr>) -> Expr {
    ex(ExprKind::List(items))
}
fn star(e: Expr) -> Expr {
    ex(ExprKind::Starred(Box::new(e)))
}
fn attr(v: Expr, a: &str) -> Expr {
    ex(ExprKind::Attribute {
        value: Box::new(v),
        attr: a.into(),
    })
}
fn sub(v: Expr, i: Expr) -> Expr {
    ex(ExprKind::Subscript {
        value: Box::new(v),
        slice: Box::new(i),
    })
}
fn slice(lo: Option<Expr>, hi: Option<Expr>, step: Option<Expr>) -> Expr {
    ex(ExprKind::Slice {
        lower: lo.map(Box::new),
        upper: hi.map(Box::new),
        step: step.map(Box::new),
    })
}
fn binop(l: Expr, op: BinOp, r: Expr) -> Expr {
    ex(ExprKind::BinOp {
        left: Box::new(l),
        op,
        right: Box::new(r),
    })
}
fn unary(op: UnaryOp, e: Expr) -> Expr {
    ex(ExprKind::UnaryOp {
        op,
        operand: Box::new(e),
    })
}
fn boolop(op: BoolOp, values: Vec<Expr>) -> Expr {
    ex(ExprKind::BoolOp { op, values })
}
fn cmp(l: Expr, ops: Vec<CmpOp>, comps: Vec<Expr>) -> Expr {
    ex(ExprKind::Compare {
        left: Box::new(l),
        ops,
        comparators: comps,
    })
}
fn call(f: Expr, args: Vec<Expr>) -> Expr {
    ex(ExprKind::Call {
        func: Box::new(f),
        args,
        keywords: vec![],
    })
}
fn call_kw(f: Expr, args: Vec<Expr>, kws: Vec<(Option<&str>, Expr)>) -> Expr {
    let keywords = kws
        .into_iter()
        .map(|(a, value)| Keyword {
            arg: a.map(String::from),
            value,
        })
        .collect();
    ex(ExprKind::Call {
        func: Box::new(f),
        args,
        keywords,
    })
}
fn lambda(params: &[&str], body: Expr) -> Expr {
    ex(ExprKind::Lambda {
        args: Box::new(params_of(params)),
        body: Box::new(body),
    })
}
fn gen(target: Expr, iter: Expr, ifs: Vec<Expr>) -> Comprehension {
    Comprehension {
        target,
        iter,
        ifs,
        is_async: false,
    }
}
fn listcomp(elt: Expr, gens: Vec<Comprehension>) -> Expr {
    ex(ExprKind::ListComp {
        elt: Box::new(elt),
        generators: gens,
    })
}
fn genexp(elt: Expr, gens: Vec<Comprehension>) -> Expr {
    ex(ExprKind::GeneratorExp {
        elt: Box::new(elt),
        generators: gens,
    })
}
fn yield_(e: Option<Expr>) -> Expr {
    ex(ExprKind::Yield(e.map(Box::new)))
}
fn await_(e: Expr) -> Expr {
    ex(ExprKind::Await(Box::new(e)))
}
fn arg(name: &str) -> Arg {
    Arg {
        name: name.into(),
        annotation: None,
        loc: loc(1, 0),
    }
}
fn params_of(names: &[&str]) -> Arguments {
    Arguments {
        args: names.iter().map(|n| arg(n)).collect(),
        ..Default::default()
    }
}
fn assign(t: Expr, v: Expr) -> Stmt {
    st(StmtKind::Assign {
        targets: vec![t],
        value: v,
    })
}
fn expr_stmt(e: Expr) -> Stmt {
    st(StmtKind::Expr(e))
}
fn ret(e: Option<Expr>) -> Stmt {
    st(StmtKind::Return(e))
}
fn def_full(name: &str, args: Arguments, body: Vec<Stmt>, is_async: bool) -> Stmt {
    st(StmtKind::FunctionDef(Box::new(FunctionDef {
        name: name.into(),
        args,
        body,
        decorators: vec![],
        returns: None,
        is_async,
    })))
}
fn def(name: &str, params: &[&str], body: Vec<Stmt>) -> Stmt {
    def_full(name, params_of(params), body, false)
}
fn class(name: &str, bases: Vec<Expr>, body: Vec<Stmt>) -> Stmt {
    st(StmtKind::ClassDef(Box::new(ClassDef {
        name: name.into(),
        bases,
        keywords: vec![],
        body,
        decorators: vec![],
    })))
}
fn for_(t: Expr, it: Expr, body: Vec<Stmt>, orelse: Vec<Stmt>) -> Stmt {
    st(StmtKind::For {
        target: t,
        iter: it,
        body,
        orelse,
        is_async: false,
    })
}
fn while_(test: Expr, body: Vec<Stmt>) -> Stmt {
    st(StmtKind::While {
        test,
        body,
        orelse: vec![],
    })
}
fn if_(test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt>) -> Stmt {
    st(StmtKind::If { test, body, orelse })
}
fn try_(
    body: Vec<Stmt>,
    handlers: Vec<ExceptHandler>,
    orelse: Vec<Stmt>,
    finalbody: Vec<Stmt>,
) -> Stmt {
    st(StmtKind::Try(Box::new(Try {
        body,
        handlers,
        orelse,
        finalbody,
    })))
}
fn handler(typ: Option<Expr>, name: Option<&str>, body: Vec<Stmt>) -> ExceptHandler {
    ExceptHandler {
        typ,
        name: name.map(String::from),
        body,
        loc: loc(1, 0),
    }
}
fn with(ctx: Expr, target: Option<Expr>, body: Vec<Stmt>) -> Stmt {
    st(StmtKind::With {
        items: vec![WithItem {
            context: ctx,
            target,
        }],
        body,
        is_async: false,
    })
}
fn global(names: &[&str]) -> Stmt {
    st(StmtKind::Global(
        names.iter().map(|s| s.to_string()).collect(),
    ))
}
fn nonlocal(names: &[&str]) -> Stmt {
    st(StmtKind::Nonlocal(
        names.iter().map(|s| s.to_string()).collect(),
    ))
}
fn module(body: Vec<Stmt>) -> Module {
    Module { body }
}

// ---- inspection helpers --------------------------------------------------

fn compile(body: Vec<Stmt>) -> Rc<CodeObject> {
    let code = compile_module(&module(body), "x.py", Mode::Exec)
        .unwrap_or_else(|e| panic!("{}", e.render()));
    verify(&code);
    code
}

fn compile_err(body: Vec<Stmt>) -> crate::syntax::SyntaxError {
    match compile_module(&module(body), "x.py", Mode::Exec) {
        Ok(_) => panic!("expected a SyntaxError"),
        Err(e) => e,
    }
}

fn err_msg(body: Vec<Stmt>) -> String {
    compile_err(body).msg
}

/// Structural invariants every code object must satisfy.
fn verify(code: &CodeObject) {
    assert_eq!(code.instrs.len(), code.lines.len(), "{}", code.qualname);
    assert_eq!(code.cellvars.len(), code.cell_params.len());
    for ins in &code.instrs {
        if ins.op.is_jump() {
            assert!(
                (ins.arg as usize) < code.instrs.len(),
                "jump out of range in {}",
                code.qualname
            );
        }
        match ins.op {
            Op::LoadConst => assert!((ins.arg as usize) < code.consts.len()),
            Op::LoadFast | Op::StoreFast | Op::DeleteFast => {
                assert!((ins.arg as usize) < code.varnames.len())
            }
            Op::LoadDeref
            | Op::StoreDeref
            | Op::LoadClosure
            | Op::LoadClassDeref
            | Op::DeleteDeref => {
                assert!((ins.arg as usize) < code.cellvars.len() + code.freevars.len())
            }
            op if op.uses_name() => assert!((ins.arg as usize) < code.names.len()),
            _ => {}
        }
    }
    for e in &code.exception_table {
        assert!(e.start < e.end && (e.end as usize) <= code.instrs.len());
        assert!((e.target as usize) < code.instrs.len());
    }
    let depth = flow_max_depth(&code.instrs, &code.exception_table);
    assert!(code.max_stack as i32 >= depth);
    assert_eq!(
        code.instrs.last().map(|i| i.op),
        Some(Op::ReturnValue),
        "{} must end in a return",
        code.qualname
    );
    for c in &code.consts {
        if let K::Code(inner) = c {
            verify(inner);
        }
    }
}

/// "OP arg" per instruction (arg omitted when zero for argument-less ops).
fn asm(code: &CodeObject) -> Vec<String> {
    code.instrs
        .iter()
        .map(|i| format!("{} {}", i.op.name(), i.arg))
        .collect()
}

fn ops(code: &CodeObject) -> Vec<Op> {
    code.instrs.iter().map(|i| i.op).collect()
}

fn inner(code: &CodeObject, qualname: &str) -> Rc<CodeObject> {
    for c in &code.consts {
        if let K::Code(co) = c {
            if &*co.qualname == qualname {
                return co.clone();
            }
            if let Some(found) = try_inner(co, qualname) {
                return found;
            }
        }
    }
    panic!("no code object {}", qualname)
}

fn try_inner(code: &CodeObject, qualname: &str) -> Option<Rc<CodeObject>> {
    for c in &code.consts {
        if let K::Code(co) = c {
            if &*co.qualname == qualname {
                return Some(co.clone());
            }
            if let Some(f) = try_inner(co, qualname) {
                return Some(f);
            }
        }
    }
    None
}

fn names(v: &[Rc<str>]) -> Vec<&str> {
    v.iter().map(|s| &**s).collect()
}

fn contains_seq(hay: &[Op], needle: &[Op]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

// ---- tests ----------------------------------------------------------------

#[test]
fn module_assignment_and_return_none() {
    let code = compile(vec![assign(n("x"), int(1))]);
    assert_eq!(
        asm(&code),
        [
            "LOAD_CONST 0",
            "STORE_NAME 0",
            "LOAD_CONST 1",
            "RETURN_VALUE 0"
        ]
    );
    assert_eq!(code.consts, vec![K::Int(1), K::None]);
    assert_eq!(names(&code.names), ["x"]);
    assert_eq!(&*code.qualname, "<module>");
    assert_eq!(code.max_stack, 1);
    assert_eq!(code.flags, 0);
}

#[test]
fn eval_mode_returns_the_value() {
    let e = binop(n("a"), BinOp::Add, int(2));
    let code = compile_expression(&e, "<string>").unwrap();
    verify(&code);
    assert_eq!(
        asm(&code),
        [
            "LOAD_NAME 0",
            "LOAD_CONST 0",
            "BINARY_OP 0",
            "RETURN_VALUE 0"
        ]
    );
}

#[test]
fn interactive_prints_expression_statements() {
    let m = module(vec![
        expr_stmt(n("a")),
        def("f", &[], vec![expr_stmt(n("a"))]),
    ]);
    let code = compile_module(&m, "<stdin>", Mode::Interactive).unwrap();
    assert_eq!(ops(&code)[..2], [Op::LoadName, Op::PrintExpr]);
    let f = inner(&code, "f");
    assert_eq!(ops(&f)[..2], [Op::LoadGlobal, Op::PopTop]);
}

#[test]
fn constant_folding_tuples_and_negative_numbers() {
    let code = compile(vec![
        assign(
            n("t"),
            tuple(vec![
                int(1),
                unary(UnaryOp::USub, int(2)),
                tuple(vec![s("a")]),
            ]),
        ),
        assign(n("u"), unary(UnaryOp::USub, n("x"))),
        assign(n("v"), list(vec![int(1), int(2)])),
    ]);
    let t = K::Tuple(Rc::from(vec![
        K::Int(1),
        K::Int(-2),
        K::Tuple(Rc::from(vec![K::Str(Rc::from("a"))])),
    ]));
    assert_eq!(code.consts[0], t);
    let o = ops(&code);
    assert!(contains_seq(
        &o,
        &[Op::LoadName, Op::UnaryNegative, Op::StoreName]
    ));
    assert!(contains_seq(
        &o,
        &[Op::LoadConst, Op::LoadConst, Op::BuildList, Op::StoreName]
    ));
}

#[test]
fn function_locals_globals_and_flags() {
    let code = compile(vec![def(
        "f",
        &["a", "b"],
        vec![
            assign(n("c"), binop(n("a"), BinOp::Add, n("g"))),
            ret(Some(n("c"))),
        ],
    )]);
    let f = inner(&code, "f");
    assert_eq!(names(&f.varnames), ["a", "b", "c"]);
    assert_eq!(f.argcount, 2);
    assert_eq!(f.flags, flags::OPTIMIZED | flags::NEWLOCALS);
    assert_eq!(
        asm(&f),
        [
            "LOAD_FAST 0",
            "LOAD_GLOBAL 0",
            "BINARY_OP 0",
            "STORE_FAST 2",
            "LOAD_FAST 2",
            "RETURN_VALUE 0"
        ]
    );
    assert_eq!(
        asm(&code)[..3],
        ["LOAD_CONST 0", "MAKE_FUNCTION 0", "STORE_NAME 0"]
    );
}

#[test]
fn parameter_order_and_counts() {
    let args = Arguments {
        posonlyargs: vec![arg("p")],
        args: vec![arg("a")],
        vararg: Some(arg("args")),
        kwonlyargs: vec![arg("k")],
        kw_defaults: vec![Some(int(3))],
        kwarg: Some(arg("kw")),
        defaults: vec![int(1)],
    };
    let code = compile(vec![def_full(
        "f",
        args,
        vec![assign(n("z"), int(0))],
        false,
    )]);
    let f = inner(&code, "f");
    assert_eq!(names(&f.varnames), ["p", "a", "k", "args", "kw", "z"]);
    assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (2, 1, 1));
    assert!(f.has_flag(flags::VARARGS) && f.has_flag(flags::VARKEYWORDS));
    assert_eq!(f.total_params(), 5);
    // defaults tuple folded; kw-defaults dict
    assert_eq!(
        asm(&code)[..6],
        [
            "LOAD_CONST 0",
            "LOAD_CONST 1",
            "LOAD_CONST 2",
            "BUILD_MAP 1",
            "LOAD_CONST 3",
            "MAKE_FUNCTION 3"
        ]
    );
    assert_eq!(code.consts[0], K::Tuple(Rc::from(vec![K::Int(1)])));
}

#[test]
fn closures_cells_and_free_vars() {
    // def f(x):
    //     y = 1
    //     def g(): return x + y
    //     return g
    let g = def("g", &[], vec![ret(Some(binop(n("x"), BinOp::Add, n("y"))))]);
    let code = compile(vec![def(
        "f",
        &["x"],
        vec![assign(n("y"), int(1)), g, ret(Some(n("g")))],
    )]);
    let f = inner(&code, "f");
    assert_eq!(names(&f.cellvars), ["x", "y"]);
    assert_eq!(f.cell_params, vec![Some(0), None]);
    assert_eq!(names(&f.varnames), ["x", "g"]);
    assert_eq!(
        asm(&f),
        [
            "LOAD_CONST 0",
            "STORE_DEREF 1",
            "LOAD_CLOSURE 0",
            "LOAD_CLOSURE 1",
            "BUILD_TUPLE 2",
            "LOAD_CONST 1",
            "MAKE_FUNCTION 8",
            "STORE_FAST 1",
            "LOAD_FAST 1",
            "RETURN_VALUE 0"
        ]
    );
    let g = inner(&code, "f.<locals>.g");
    assert_eq!(names(&g.freevars), ["x", "y"]);
    assert!(g.has_flag(flags::NESTED));
    assert_eq!(asm(&g)[..2], ["LOAD_DEREF 0", "LOAD_DEREF 1"]);
}

#[test]
fn nonlocal_and_global_declarations() {
    let g = def(
        "g",
        &[],
        vec![
            nonlocal(&["x"]),
            assign(n("x"), int(2)),
            global(&["h"]),
            assign(n("h"), int(3)),
        ],
    );
    let code = compile(vec![def("f", &[], vec![assign(n("x"), int(1)), g])]);
    let g = inner(&code, "f.<locals>.g");
    assert_eq!(names(&g.freevars), ["x"]);
    assert!(asm(&g).contains(&"STORE_DEREF 0".to_string()));
    assert!(ops(&g).contains(&Op::StoreGlobal));
    // A free variable passing through an intermediate scope.
    let h = def("h", &[], vec![expr_stmt(n("v"))]);
    let mid = def("mid", &[], vec![h]);
    let code = compile(vec![def("outer", &[], vec![assign(n("v"), int(1)), mid])]);
    assert_eq!(names(&inner(&code, "outer.<locals>.mid").freevars), ["v"]);
    assert_eq!(names(&inner(&code, "outer").cellvars), ["v"]);
}

#[test]
fn class_body_layout_and_super_cell() {
    // class C(B):
    //     "doc"
    //     x = 1
    //     def m(self): return super().m()
    let m = def(
        "m",
        &["self"],
        vec![ret(Some(call(attr(call(n("super"), vec![]), "m"), vec![])))],
    );
    let code = compile(vec![class(
        "C",
        vec![n("B")],
        vec![expr_stmt(s("doc")), assign(n("x"), int(1)), m],
    )]);
    let o = ops(&code);
    assert!(contains_seq(
        &o,
        &[
            Op::LoadBuildClass,
            Op::LoadConst,
            Op::MakeFunction,
            Op::LoadConst,
            Op::LoadName,
            Op::Call
        ]
    ));
    let c = inner(&code, "C");
    assert!(c.has_flag(flags::CLASS_BODY));
    assert_eq!(names(&c.cellvars), ["__class__"]);
    assert_eq!(c.doc.as_deref(), Some("doc"));
    let a = asm(&c);
    assert_eq!(
        a[..4],
        [
            "LOAD_NAME 0",
            "STORE_NAME 1",
            "LOAD_CONST 0",
            "STORE_NAME 2"
        ]
    );
    assert_eq!(
        names(&c.names)[..4],
        ["__name__", "__module__", "__qualname__", "__doc__"]
    );
    assert_eq!(c.consts[0], K::Str(Rc::from("C")));
    assert_eq!(a[a.len() - 2..], ["LOAD_CLOSURE 0", "RETURN_VALUE 0"]);
    let m = inner(&code, "C.m");
    assert_eq!(names(&m.freevars), ["__class__"]);
    assert!(!m.has_flag(flags::NESTED));
    assert_eq!(ops(&m)[..1], [Op::LoadGlobal]);
}

#[test]
fn class_without_cell_returns_none_and_methods_skip_class_scope() {
    let m = def("m", &["self"], vec![ret(Some(n("x")))]);
    let code = compile(vec![class("C", vec![], vec![assign(n("x"), int(1)), m])]);
    let c = inner(&code, "C");
    assert!(c.cellvars.is_empty());
    let a = asm(&c);
    assert_eq!(a[a.len() - 2], "LOAD_CONST 3");
    assert_eq!(c.consts[3], K::None);
    let m = inner(&code, "C.m");
    assert_eq!(asm(&m)[0], "LOAD_GLOBAL 0");
}

#[test]
fn class_in_function_uses_classderef() {
    let c = class("C", vec![], vec![assign(n("y"), n("x"))]);
    let code = compile(vec![def("f", &[], vec![assign(n("x"), int(1)), c])]);
    let c = inner(&code, "f.<locals>.C");
    assert_eq!(names(&c.freevars), ["x"]);
    assert_eq!(asm(&c)[4], "LOAD_CLASSDEREF 0");
    let f = inner(&code, "f");
    assert_eq!(names(&f.cellvars), ["x"]);
}

#[test]
fn private_name_mangling() {
    let m = def(
        "__m",
        &["self"],
        vec![
            assign(attr(n("self"), "__x"), n("__y")),
            expr_stmt(attr(n("self"), "__d__")),
        ],
    );
    let code = compile(vec![class("_Cls", vec![], vec![m])]);
    let c = inner(&code, "_Cls");
    assert!(names(&c.names).contains(&"_Cls__m"));
    let m = inner(&code, "_Cls.__m");
    assert_eq!(&*m.name, "__m");
    assert!(names(&m.names).contains(&"_Cls__x"));
    assert!(names(&m.names).contains(&"_Cls__y"));
    assert!(names(&m.names).contains(&"__d__"));
}

#[test]
fn qualnames() {
    let lam = assign(n("l"), lambda(&[], int(0)));
    let comp = expr_stmt(listcomp(n("i"), vec![gen(n("i"), n("r"), vec![])]));
    let g = def("g", &[], vec![]);
    let code = compile(vec![
        def("f", &[], vec![g, lam, comp]),
        class("C", vec![], vec![def("m", &[], vec![])]),
    ]);
    inner(&code, "f.<locals>.g");
    inner(&code, "f.<locals>.<lambda>");
    inner(&code, "f.<locals>.<listcomp>");
    inner(&code, "C.m");
    // `global g` inside f makes g's qualname plain.
    let code = compile(vec![def(
        "f",
        &[],
        vec![global(&["g"]), def("g", &[], vec![])],
    )]);
    inner(&code, "g");
}

#[test]
fn calls_keywords_starargs_and_methods() {
    let code = compile(vec![
        expr_stmt(call(n("f"), vec![n("a"), n("b")])),
        expr_stmt(call_kw(n("f"), vec![n("a")], vec![(Some("k"), int(1))])),
        expr_stmt(call(attr(n("o"), "m"), vec![n("a")])),
        expr_stmt(call_kw(n("f"), vec![star(n("a"))], vec![(None, n("d"))])),
    ]);
    let a = asm(&code);
    assert_eq!(
        a[..4],
        ["LOAD_NAME 0", "LOAD_NAME 1", "LOAD_NAME 2", "CALL 2"]
    );
    assert!(a.contains(&"CALL_KW 2".to_string()));
    let kw = code
        .consts
        .iter()
        .any(|c| *c == K::Tuple(Rc::from(vec![K::Str(Rc::from("k"))])));
    assert!(kw);
    let o = ops(&code);
    assert!(contains_seq(
        &o,
        &[Op::LoadName, Op::LoadMethod, Op::LoadName, Op::CallMethod]
    ));
    assert!(contains_seq(
        &o,
        &[
            Op::BuildList,
            Op::LoadName,
            Op::ListExtend,
            Op::ListToTuple,
            Op::BuildMap,
            Op::LoadName,
            Op::DictMerge,
            Op::CallFunctionEx
        ]
    ));
    assert!(a.contains(&"CALL_FUNCTION_EX 1".to_string()));
}

#[test]
fn displays_with_unpacking() {
    let code = compile(vec![
        expr_stmt(tuple(vec![n("a"), star(n("b")), n("c")])),
        expr_stmt(ex(ExprKind::Set(vec![n("a"), star(n("b"))]))),
        expr_stmt(ex(ExprKind::Dict {
            keys: vec![Some(s("k")), None],
            values: vec![int(1), n("m")],
        })),
    ]);
    let o = ops(&code);
    assert!(contains_seq(
        &o,
        &[
            Op::LoadName,
            Op::BuildList,
            Op::LoadName,
            Op::ListExtend,
            Op::LoadName,
            Op::ListAppend,
            Op::ListToTuple
        ]
    ));
    assert!(contains_seq(
        &o,
        &[Op::LoadName, Op::BuildSet, Op::LoadName, Op::SetUpdate]
    ));
    assert!(contains_seq(
        &o,
        &[
            Op::LoadConst,
            Op::LoadConst,
            Op::BuildMap,
            Op::LoadName,
            Op::DictUpdate
        ]
    ));
}

#[test]
fn fstrings() {
    let fv = |v: Expr, conv: Option<char>, spec: Option<Expr>| {
        ex(ExprKind::FormattedValue {
            value: Box::new(v),
            conversion: conv,
            format_spec: spec.map(Box::new),
        })
    };
    let spec = ex(ExprKind::JoinedStr(vec![s(">10")]));
    let code = compile(vec![
        expr_stmt(ex(ExprKind::JoinedStr(vec![
            s("a"),
            fv(n("x"), Some('r'), None),
            fv(n("y"), None, Some(spec)),
        ]))),
        expr_stmt(ex(ExprKind::JoinedStr(vec![fv(n("z"), None, None)]))),
    ]);
    let a = asm(&code);
    assert!(a.contains(&"FORMAT_VALUE 2".to_string()));
    assert!(a.contains(&"FORMAT_VALUE 4".to_string()));
    assert!(a.contains(&"BUILD_STRING 3".to_string()));
    let o = ops(&code);
    assert!(contains_seq(
        &o,
        &[Op::LoadName, Op::FormatValue, Op::PopTop]
    ));
}

#[test]
fn boolean_ops_and_conditions() {
    let code = compile(vec![
        assign(n("r"), boolop(BoolOp::And, vec![n("a"), n("b")])),
        if_(
            unary(UnaryOp::Not, n("a")),
            vec![assign(n("x"), int(1))],
            vec![assign(n("x"), int(2))],
        ),
        if_(
            boolop(BoolOp::Or, vec![n("a"), n("b")]),
            vec![assign(n("y"), int(1))],
            vec![],
        ),
    ]);
    let a = asm(&code);
    assert_eq!(
        a[..4],
        [
            "LOAD_NAME 0",
            "JUMP_IF_FALSE_OR_POP 3",
            "LOAD_NAME 1",
            "STORE_NAME 2"
        ]
    );
    assert_eq!(a[4..6], ["LOAD_NAME 0", "POP_JUMP_IF_TRUE 9"]);
    // `a or b` in a condition: a true → body, b false → skip.
    assert_eq!(
        a[11..15],
        [
            "LOAD_NAME 0",
            "POP_JUMP_IF_TRUE 15",
            "LOAD_NAME 1",
            "POP_JUMP_IF_FALSE 17"
        ]
    );
}

#[test]
fn chained_comparison() {
    let code = compile(vec![assign(
        n("r"),
        cmp(n("a"), vec![CmpOp::Lt, CmpOp::Is], vec![n("b"), n("c")]),
    )]);
    assert_eq!(
        asm(&code)[..12],
        [
            "LOAD_NAME 0",
            "LOAD_NAME 1",
            "SWAP 2",
            "COPY 2",
            "COMPARE_OP 0",
            "JUMP_IF_FALSE_OR_POP 9",
            "LOAD_NAME 2",
            "IS_OP 0",
            "JUMP 11",
            "SWAP 2",
            "POP_TOP 0",
            "STORE_NAME 3"
        ]
    );
    assert_eq!(code.max_stack, 3);
}

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
            "POP_JUMP_IF_FALSE 5",
            "LOAD_NAME 1",
            "POP_TOP 0",
            "JUMP 0",
            "LOAD_CONST 0"
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
    assert_eq!(a[2..6], ["LOAD_NAME 1", "CALL 0", "POP_TOP 0", "JUMP 19"]);
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
