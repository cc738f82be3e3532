//! Parser tests: statements, expressions, literals, layout, errors, limits.

use super::{parse_expression, parse_module, SyntaxError, SyntaxErrorKind};
use crate::ast::*;

fn parse(src: &str) -> Module {
    match parse_module(src, "t.py") {
        Ok(m) => m,
        Err(e) => panic!("parse failed for {:?}:\n{}", src, e.render()),
    }
}

fn body(src: &str) -> Vec<StmtKind> {
    parse(src).body.into_iter().map(|s| s.kind).collect()
}

fn one(src: &str) -> StmtKind {
    let mut b = body(src);
    assert_eq!(b.len(), 1, "{:?}", b);
    b.remove(0)
}

fn expr(src: &str) -> Expr {
    match parse_expression(src, "t.py") {
        Ok(e) => e,
        Err(e) => panic!("parse failed for {:?}:\n{}", src, e.render()),
    }
}

fn err(src: &str) -> SyntaxError {
    match parse_module(src, "t.py") {
        Ok(m) => panic!("expected an error for {:?}, got {:?}", src, m),
        Err(e) => e,
    }
}

/// Asserts message, line and column (1-based) of a syntax error.
fn check_err(src: &str, msg: &str, line: u32, col: u32) {
    let e = err(src);
    assert_eq!(
        (e.msg.as_str(), e.line, e.col),
        (msg, line, col),
        "source {:?}",
        src
    );
}

fn check_kind(src: &str, kind: SyntaxErrorKind, msg: &str, line: u32) {
    let e = err(src);
    assert_eq!(
        (e.kind, e.msg.as_str(), e.line),
        (kind, msg, line),
        "source {:?}",
        src
    );
}

/// A compact rendering of expressions for structural assertions.
fn show(e: &Expr) -> String {
    use ExprKind::*;
    let list = |v: &[Expr]| v.iter().map(show).collect::<Vec<_>>().join(", ");
    match &e.kind {
        Name(n) => n.clone(),
        Constant(c) => match c {
            crate::ast::Constant::Int(i) => i.to_string(),
            crate::ast::Constant::BigInt(s) => format!("big:{}", s),
            crate::ast::Constant::Float(f) => format!("{:?}", f),
            crate::ast::Constant::Imaginary(f) => format!("{:?}j", f),
            crate::ast::Constant::Str(s) => format!("{:?}", s),
            crate::ast::Constant::Bytes(b) => format!("b{:?}", b),
            crate::ast::Constant::None => "None".into(),
            crate::ast::Constant::True => "True".into(),
            crate::ast::Constant::False => "False".into(),
            crate::ast::Constant::Ellipsis => "...".into(),
        },
        BinOp { left, op, right } => format!("({} {} {})", show(left), op.symbol(), show(right)),
        UnaryOp { op, operand } => format!("({:?} {})", op, show(operand)),
        BoolOp { op, values } => format!("{:?}[{}]", op, list(values)),
        Compare {
            left,
            ops,
            comparators,
        } => {
            let mut s = format!("cmp({}", show(left));
            for (o, c) in ops.iter().zip(comparators) {
                s.push_str(&format!(" {:?} {}", o, show(c)));
            }
            s + ")"
        }
        IfExp { test, body, orelse } => {
            format!("ifexp({}, {}, {})", show(test), show(body), show(orelse))
        }
        NamedExpr { target, value } => format!("({} := {})", target, show(value)),
        Lambda { args, body } => format!(
            "lambda[{}]: {}",
            args.args.len() + args.posonlyargs.len(),
            show(body)
        ),
        Dict { keys, values } => {
            let items: Vec<String> = keys
                .iter()
                .zip(values)
                .map(|(k, v)| match k {
                    Some(k) => format!("{}: {}", show(k), show(v)),
                    None => format!("**{}", show(v)),
                })
                .collect();
            format!("{{{}}}", items.join(", "))
        }
        Set(v) => format!("set{{{}}}", list(v)),
        List(v) => format!("[{}]", list(v)),
        Tuple(v) => format!("tuple({})", list(v)),
        ListComp { elt, generators } => format!("listcomp({}; {})", show(elt), gens(generators)),
        SetComp { elt, generators } => format!("setcomp({}; {})", show(elt), gens(generators)),
        GeneratorExp { elt, generators } => format!("genexp({}; {})", show(elt), gens(generators)),
        DictComp {
            key,
            value,
            generators,
        } => format!(
            "dictcomp({}: {}; {})",
            show(key),
            show(value),
            gens(generators)
        ),
        Await(v) => format!("await {}", show(v)),
        Yield(v) => format!("yield {}", v.as_ref().map_or(String::new(), |v| show(v))),
        YieldFrom(v) => format!("yield from {}", show(v)),
        Call {
            func,
            args,
            keywords,
        } => {
            let mut parts: Vec<String> = args.iter().map(show).collect();
            for k in keywords {
                match &k.arg {
                    Some(a) => parts.push(format!("{}={}", a, show(&k.value))),
                    None => parts.push(format!("**{}", show(&k.value))),
                }
            }
            format!("{}({})", show(func), parts.join(", "))
        }
        FormattedValue {
            value,
            conversion,
            format_spec,
        } => format!(
            "fv({}{}{})",
            show(value),
            conversion.map_or(String::new(), |c| format!("!{}", c)),
            format_spec
                .as_ref()
                .map_or(String::new(), |s| format!(":{}", show(s)))
        ),
        JoinedStr(v) => format!("f[{}]", list(v)),
        Attribute { value, attr } => format!("{}.{}", show(value), attr),
        Subscript { value, slice } => format!("{}[{}]", show(value), show(slice)),
        Starred(v) => format!("*{}", show(v)),
        Slice { lower, upper, step } => {
            let o = |x: &Option<Box<Expr>>| x.as_ref().map_or(String::new(), |x| show(x));
            format!("{}:{}:{}", o(lower), o(upper), o(step))
        }
    }
}

fn gens(g: &[Comprehension]) -> String {
    g.iter()
        .map(|c| {
            let mut s = format!(
                "{}for {} in {}",
                if c.is_async { "async " } else { "" },
                show(&c.target),
                show(&c.iter)
            );
            for i in &c.ifs {
                s.push_str(&format!(" if {}", show(i)));
            }
            s
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn e(src: &str) -> String {
    show(&expr(src))
}

fn value_of(src: &str) -> Expr {
    match one(src) {
        StmtKind::Assign { value, .. } => value,
        StmtKind::Expr(e) => e,
        other => panic!("not an assignment: {:?}", other),
    }
}

mod exprs;
mod layout;
mod literals;
mod match_stmt;
mod problems;
mod stmts;
