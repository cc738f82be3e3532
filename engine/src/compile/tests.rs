//! Compiler unit tests: hand-built ASTs compiled and checked for instruction
//! sequences, scopes, exception tables, stack depth and error messages.

use std::rc::Rc;

use crate::ast::*;
use crate::bytecode::{flags, CodeObject, Constant as K, Op};

use super::codegen::flow_max_depth;
use super::{compile_expression, compile_module, Mode};

// ---- AST construction helpers -------------------------------------------

pub(super) fn loc(line: u32, col: u32) -> Loc {
    Loc { line, col }
}
pub(super) fn ex(kind: ExprKind) -> Expr {
    Expr {
        kind,
        loc: loc(1, 0),
    }
}
pub(super) fn at(mut e: Expr, line: u32, col: u32) -> Expr {
    e.loc = loc(line, col);
    e
}
pub(super) fn st(kind: StmtKind) -> Stmt {
    Stmt {
        kind,
        loc: loc(1, 0),
    }
}
pub(super) fn line(mut s: Stmt, l: u32) -> Stmt {
    s.loc = loc(l, s.loc.col);
    s
}
pub(super) fn n(id: &str) -> Expr {
    ex(ExprKind::Name(id.into()))
}
pub(super) fn int(i: i64) -> Expr {
    ex(ExprKind::Constant(Constant::Int(i)))
}
pub(super) fn s(v: &str) -> Expr {
    ex(ExprKind::Constant(Constant::Str(v.into())))
}
pub(super) fn none() -> Expr {
    ex(ExprKind::Constant(Constant::None))
}
pub(super) fn tuple(items: Vec<Expr>) -> Expr {
    ex(ExprKind::Tuple(items))
}
pub(super) fn list(items: Vec<Expr>) -> Expr {
    ex(ExprKind::List(items))
}
pub(super) fn star(e: Expr) -> Expr {
    ex(ExprKind::Starred(Box::new(e)))
}
pub(super) fn attr(v: Expr, a: &str) -> Expr {
    ex(ExprKind::Attribute {
        value: Box::new(v),
        attr: a.into(),
    })
}
pub(super) fn sub(v: Expr, i: Expr) -> Expr {
    ex(ExprKind::Subscript {
        value: Box::new(v),
        slice: Box::new(i),
    })
}
pub(super) fn slice(lo: Option<Expr>, hi: Option<Expr>, step: Option<Expr>) -> Expr {
    ex(ExprKind::Slice {
        lower: lo.map(Box::new),
        upper: hi.map(Box::new),
        step: step.map(Box::new),
    })
}
pub(super) fn binop(l: Expr, op: BinOp, r: Expr) -> Expr {
    ex(ExprKind::BinOp {
        left: Box::new(l),
        op,
        right: Box::new(r),
    })
}
pub(super) fn unary(op: UnaryOp, e: Expr) -> Expr {
    ex(ExprKind::UnaryOp {
        op,
        operand: Box::new(e),
    })
}
pub(super) fn boolop(op: BoolOp, values: Vec<Expr>) -> Expr {
    ex(ExprKind::BoolOp { op, values })
}
pub(super) fn cmp(l: Expr, ops: Vec<CmpOp>, comps: Vec<Expr>) -> Expr {
    ex(ExprKind::Compare {
        left: Box::new(l),
        ops,
        comparators: comps,
    })
}
pub(super) fn call(f: Expr, args: Vec<Expr>) -> Expr {
    ex(ExprKind::Call {
        func: Box::new(f),
        args,
        keywords: vec![],
    })
}
pub(super) fn call_kw(f: Expr, args: Vec<Expr>, kws: Vec<(Option<&str>, Expr)>) -> Expr {
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
pub(super) fn lambda(params: &[&str], body: Expr) -> Expr {
    ex(ExprKind::Lambda {
        args: Box::new(params_of(params)),
        body: Box::new(body),
    })
}
pub(super) fn gen(target: Expr, iter: Expr, ifs: Vec<Expr>) -> Comprehension {
    Comprehension {
        target,
        iter,
        ifs,
        is_async: false,
    }
}
pub(super) fn listcomp(elt: Expr, gens: Vec<Comprehension>) -> Expr {
    ex(ExprKind::ListComp {
        elt: Box::new(elt),
        generators: gens,
    })
}
pub(super) fn genexp(elt: Expr, gens: Vec<Comprehension>) -> Expr {
    ex(ExprKind::GeneratorExp {
        elt: Box::new(elt),
        generators: gens,
    })
}
pub(super) fn yield_(e: Option<Expr>) -> Expr {
    ex(ExprKind::Yield(e.map(Box::new)))
}
pub(super) fn await_(e: Expr) -> Expr {
    ex(ExprKind::Await(Box::new(e)))
}
pub(super) fn arg(name: &str) -> Arg {
    Arg {
        name: name.into(),
        annotation: None,
        loc: loc(1, 0),
    }
}
pub(super) fn params_of(names: &[&str]) -> Arguments {
    Arguments {
        args: names.iter().map(|n| arg(n)).collect(),
        ..Default::default()
    }
}
pub(super) fn assign(t: Expr, v: Expr) -> Stmt {
    st(StmtKind::Assign {
        targets: vec![t],
        value: v,
    })
}
pub(super) fn expr_stmt(e: Expr) -> Stmt {
    st(StmtKind::Expr(e))
}
pub(super) fn ret(e: Option<Expr>) -> Stmt {
    st(StmtKind::Return(e))
}
pub(super) fn def_full(name: &str, args: Arguments, body: Vec<Stmt>, is_async: bool) -> Stmt {
    st(StmtKind::FunctionDef(Box::new(FunctionDef {
        name: name.into(),
        args,
        body,
        decorators: vec![],
        returns: None,
        is_async,
    })))
}
pub(super) fn def(name: &str, params: &[&str], body: Vec<Stmt>) -> Stmt {
    def_full(name, params_of(params), body, false)
}
pub(super) fn class(name: &str, bases: Vec<Expr>, body: Vec<Stmt>) -> Stmt {
    st(StmtKind::ClassDef(Box::new(ClassDef {
        name: name.into(),
        bases,
        keywords: vec![],
        body,
        decorators: vec![],
    })))
}
pub(super) fn for_(t: Expr, it: Expr, body: Vec<Stmt>, orelse: Vec<Stmt>) -> Stmt {
    st(StmtKind::For {
        target: t,
        iter: it,
        body,
        orelse,
        is_async: false,
    })
}
pub(super) fn while_(test: Expr, body: Vec<Stmt>) -> Stmt {
    st(StmtKind::While {
        test,
        body,
        orelse: vec![],
    })
}
pub(super) fn if_(test: Expr, body: Vec<Stmt>, orelse: Vec<Stmt>) -> Stmt {
    st(StmtKind::If { test, body, orelse })
}
pub(super) fn try_(
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
pub(super) fn handler(typ: Option<Expr>, name: Option<&str>, body: Vec<Stmt>) -> ExceptHandler {
    ExceptHandler {
        typ,
        name: name.map(String::from),
        body,
        loc: loc(1, 0),
    }
}
pub(super) fn with(ctx: Expr, target: Option<Expr>, body: Vec<Stmt>) -> Stmt {
    st(StmtKind::With {
        items: vec![WithItem {
            context: ctx,
            target,
        }],
        body,
        is_async: false,
    })
}
pub(super) fn global(names: &[&str]) -> Stmt {
    st(StmtKind::Global(
        names.iter().map(|s| s.to_string()).collect(),
    ))
}
pub(super) fn nonlocal(names: &[&str]) -> Stmt {
    st(StmtKind::Nonlocal(
        names.iter().map(|s| s.to_string()).collect(),
    ))
}
pub(super) fn module(body: Vec<Stmt>) -> Module {
    Module { body }
}

// ---- inspection helpers --------------------------------------------------

pub(super) fn compile(body: Vec<Stmt>) -> Rc<CodeObject> {
    let code = compile_module(&module(body), "x.py", Mode::Exec)
        .unwrap_or_else(|e| panic!("{}", e.render()));
    verify(&code);
    code
}

pub(super) fn compile_err(body: Vec<Stmt>) -> crate::syntax::SyntaxError {
    match compile_module(&module(body), "x.py", Mode::Exec) {
        Ok(_) => panic!("expected a SyntaxError"),
        Err(e) => e,
    }
}

pub(super) fn err_msg(body: Vec<Stmt>) -> String {
    compile_err(body).msg
}

/// Structural invariants every code object must satisfy.
pub(super) fn verify(code: &CodeObject) {
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
        match ins.op.unfused() {
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
pub(super) fn asm(code: &CodeObject) -> Vec<String> {
    code.instrs
        .iter()
        .map(|i| format!("{} {}", i.op.unfused().name(), i.arg))
        .collect()
}

pub(super) fn ops(code: &CodeObject) -> Vec<Op> {
    code.instrs.iter().map(|i| i.op.unfused()).collect()
}

pub(super) fn inner(code: &CodeObject, qualname: &str) -> Rc<CodeObject> {
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

pub(super) fn try_inner(code: &CodeObject, qualname: &str) -> Option<Rc<CodeObject>> {
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

pub(super) fn names(v: &[Rc<str>]) -> Vec<&str> {
    v.iter().map(|s| &**s).collect()
}

pub(super) fn contains_seq(hay: &[Op], needle: &[Op]) -> bool {
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
            Op::LoadName,
            Op::LoadName,
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
