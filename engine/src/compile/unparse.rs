//! An expression back to source text, as CPython's `ast_unparse.c` writes it:
//! the string an annotation becomes under `from __future__ import
//! annotations` (PEP 563). Parentheses appear only where precedence needs
//! them, so `(a + b) * c` keeps its pair and `a + (b * c)` loses it.

use crate::ast::{
    Arguments, BinOp, BoolOp, CmpOp, Comprehension, Constant, Expr, ExprKind, UnaryOp,
};
use crate::text::float_repr::float_repr;
use crate::text::str_ops::{repr_bytes, repr_str};

/// Binding strength, loosest first (CPython's `PR_*` levels).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Prec {
    Tuple,
    /// `if`-`else`, `lambda`.
    Test,
    Or,
    And,
    Not,
    Cmp,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Arith,
    Term,
    Factor,
    Power,
    Await,
    Atom,
}

impl Prec {
    /// The next tighter level.
    fn up(self) -> Prec {
        use Prec::*;
        match self {
            Tuple => Test,
            Test => Or,
            Or => And,
            And => Not,
            Not => Cmp,
            Cmp => BitOr,
            BitOr => BitXor,
            BitXor => BitAnd,
            BitAnd => Shift,
            Shift => Arith,
            Arith => Term,
            Term => Factor,
            Factor => Power,
            Power => Await,
            Await | Atom => Atom,
        }
    }
}

/// The text of an annotation (written at the level of a test, so a bare
/// tuple gets its parentheses).
pub(crate) fn annotation_text(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, Prec::Test);
    out
}

fn expr(out: &mut String, e: &Expr, level: Prec) {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let (pr, word) = match op {
                BoolOp::And => (Prec::And, " and "),
                BoolOp::Or => (Prec::Or, " or "),
            };
            paren(out, level > pr, |out| joined(out, values, word, pr.up()));
        }
        ExprKind::NamedExpr { target, value } => paren(out, level > Prec::Tuple, |out| {
            out.push_str(target);
            out.push_str(" := ");
            expr(out, value, Prec::Atom);
        }),
        ExprKind::BinOp { left, op, right } => {
            let (pr, sym) = binop(*op);
            // `**` groups to the right: its left operand needs the tighter level.
            let (l, r) = if *op == BinOp::Pow {
                (pr.up(), pr)
            } else {
                (pr, pr.up())
            };
            paren(out, level > pr, |out| {
                expr(out, left, l);
                out.push_str(sym);
                expr(out, right, r);
            });
        }
        ExprKind::UnaryOp { op, operand } => {
            let (pr, sym) = match op {
                UnaryOp::Not => (Prec::Not, "not "),
                UnaryOp::Invert => (Prec::Factor, "~"),
                UnaryOp::UAdd => (Prec::Factor, "+"),
                UnaryOp::USub => (Prec::Factor, "-"),
            };
            paren(out, level > pr, |out| {
                out.push_str(sym);
                expr(out, operand, pr);
            });
        }
        ExprKind::Lambda { args, body } => paren(out, level > Prec::Test, |out| {
            out.push_str("lambda");
            let mut params = String::new();
            arguments(&mut params, args);
            if !params.is_empty() {
                out.push(' ');
                out.push_str(&params);
            }
            out.push_str(": ");
            expr(out, body, Prec::Test);
        }),
        ExprKind::IfExp { test, body, orelse } => paren(out, level > Prec::Test, |out| {
            expr(out, body, Prec::Test.up());
            out.push_str(" if ");
            expr(out, test, Prec::Test.up());
            out.push_str(" else ");
            expr(out, orelse, Prec::Test);
        }),
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, Prec::Test);
                        out.push_str(": ");
                        expr(out, v, Prec::Test);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, Prec::BitOr);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Set(elts) => {
            out.push('{');
            joined(out, elts, ", ", Prec::Test);
            out.push('}');
        }
        ExprKind::ListComp { elt, generators } => comprehension(out, "[", elt, generators, "]"),
        ExprKind::SetComp { elt, generators } => comprehension(out, "{", elt, generators, "}"),
        ExprKind::GeneratorExp { elt, generators } => comprehension(out, "(", elt, generators, ")"),
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.push('{');
            expr(out, key, Prec::Test);
            out.push_str(": ");
            expr(out, value, Prec::Test);
            for_clauses(out, generators);
            out.push('}');
        }
        ExprKind::Await(v) => paren(out, level > Prec::Await, |out| {
            out.push_str("await ");
            expr(out, v, Prec::Atom);
        }),
        ExprKind::Yield(v) => {
            out.push_str("(yield");
            if let Some(v) = v {
                out.push(' ');
                expr(out, v, Prec::Test);
            }
            out.push(')');
        }
        ExprKind::YieldFrom(v) => {
            out.push_str("(yield from ");
            expr(out, v, Prec::Test);
            out.push(')');
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => paren(out, level > Prec::Cmp, |out| {
            expr(out, left, Prec::Cmp.up());
            for (op, c) in ops.iter().zip(comparators) {
                out.push_str(cmpop(*op));
                expr(out, c, Prec::Cmp.up());
            }
        }),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            expr(out, func, Prec::Atom);
            // A lone generator argument keeps only the call's parentheses.
            if let ([only], []) = (args.as_slice(), keywords.as_slice()) {
                if let ExprKind::GeneratorExp { elt, generators } = &only.kind {
                    comprehension(out, "(", elt, generators, ")");
                    return;
                }
            }
            out.push('(');
            joined(out, args, ", ", Prec::Test);
            for (i, k) in keywords.iter().enumerate() {
                if i > 0 || !args.is_empty() {
                    out.push_str(", ");
                }
                match &k.arg {
                    Some(name) => {
                        out.push_str(name);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                expr(out, &k.value, Prec::Test);
            }
            out.push(')');
        }
        ExprKind::FormattedValue { .. } | ExprKind::JoinedStr(_) => {
            let mut body = String::new();
            fstring_body(&mut body, e);
            out.push('f');
            out.push_str(&repr_str(&body));
        }
        ExprKind::Constant(c) => constant(out, c),
        ExprKind::Attribute { value, attr } => {
            expr(out, value, Prec::Atom);
            // `1 .real`: without the space the dot would read as a decimal point.
            if matches!(
                value.kind,
                ExprKind::Constant(Constant::Int(_) | Constant::BigInt(_))
            ) {
                out.push(' ');
            }
            out.push('.');
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice } => {
            expr(out, value, Prec::Atom);
            out.push('[');
            match &slice.kind {
                ExprKind::Tuple(elts) if !elts.is_empty() => tuple_items(out, elts),
                _ => expr(out, slice, Prec::Tuple),
            }
            out.push(']');
        }
        ExprKind::Starred(v) => {
            out.push('*');
            expr(out, v, Prec::BitOr);
        }
        ExprKind::Name(n) => out.push_str(n),
        ExprKind::List(elts) => {
            out.push('[');
            joined(out, elts, ", ", Prec::Test);
            out.push(']');
        }
        ExprKind::Tuple(elts) if elts.is_empty() => out.push_str("()"),
        ExprKind::Tuple(elts) => paren(out, level > Prec::Tuple, |out| tuple_items(out, elts)),
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(out, l, Prec::Test);
            }
            out.push(':');
            if let Some(u) = upper {
                expr(out, u, Prec::Test);
            }
            if let Some(s) = step {
                out.push(':');
                expr(out, s, Prec::Test);
            }
        }
    }
}

/// `body` wrapped in parentheses when `needed`.
fn paren(out: &mut String, needed: bool, body: impl FnOnce(&mut String)) {
    if needed {
        out.push('(');
    }
    body(out);
    if needed {
        out.push(')');
    }
}

fn joined(out: &mut String, es: &[Expr], sep: &str, level: Prec) {
    for (i, e) in es.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        expr(out, e, level);
    }
}

/// A tuple's items; one item keeps its trailing comma.
fn tuple_items(out: &mut String, elts: &[Expr]) {
    joined(out, elts, ", ", Prec::Test);
    if elts.len() == 1 {
        out.push(',');
    }
}

fn comprehension(out: &mut String, open: &str, elt: &Expr, gens: &[Comprehension], close: &str) {
    out.push_str(open);
    expr(out, elt, Prec::Test);
    for_clauses(out, gens);
    out.push_str(close);
}

fn for_clauses(out: &mut String, gens: &[Comprehension]) {
    for g in gens {
        out.push_str(if g.is_async { " async for " } else { " for " });
        expr(out, &g.target, Prec::Tuple);
        out.push_str(" in ");
        expr(out, &g.iter, Prec::Test.up());
        for cond in &g.ifs {
            out.push_str(" if ");
            expr(out, cond, Prec::Test.up());
        }
    }
}

/// A lambda's parameters: `a, /, b=1, *args, c, **kw`.
fn arguments(out: &mut String, a: &Arguments) {
    let mut parts: Vec<String> = Vec::new();
    let positional: Vec<_> = a.posonlyargs.iter().chain(&a.args).collect();
    let first_default = positional.len() - a.defaults.len();
    for (i, p) in positional.iter().enumerate() {
        let mut s = p.name.clone();
        if i >= first_default {
            s.push('=');
            expr(&mut s, &a.defaults[i - first_default], Prec::Test);
        }
        parts.push(s);
        if i + 1 == a.posonlyargs.len() {
            parts.push("/".into());
        }
    }
    match &a.vararg {
        Some(v) => parts.push(format!("*{}", v.name)),
        None if !a.kwonlyargs.is_empty() => parts.push("*".into()),
        None => {}
    }
    for (k, d) in a.kwonlyargs.iter().zip(&a.kw_defaults) {
        let mut s = k.name.clone();
        if let Some(d) = d {
            s.push('=');
            expr(&mut s, d, Prec::Test);
        }
        parts.push(s);
    }
    if let Some(k) = &a.kwarg {
        parts.push(format!("**{}", k.name));
    }
    out.push_str(&parts.join(", "));
}

fn constant(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::True => out.push_str("True"),
        Constant::False => out.push_str("False"),
        Constant::Ellipsis => out.push_str("..."),
        Constant::Int(i) => out.push_str(&i.to_string()),
        Constant::BigInt(digits) => out.push_str(digits),
        Constant::Float(x) => out.push_str(&float_text(*x)),
        Constant::Imaginary(x) => {
            let s = float_text(*x);
            out.push_str(s.strip_suffix(".0").unwrap_or(&s));
            out.push('j');
        }
        Constant::Str(s) => out.push_str(&repr_str(s)),
        Constant::Bytes(b) => out.push_str(&repr_bytes(b)),
    }
}

/// A float literal: its repr, with infinity (`1e309` overflowing) written
/// as a literal that reads back as infinity.
fn float_text(x: f64) -> String {
    if x.is_infinite() {
        "1e309".into()
    } else {
        float_repr(x)
    }
}

/// The inside of an f-string: literal text with its braces doubled, and
/// each field as `{expr!c:spec}`.
fn fstring_body(out: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::JoinedStr(parts) => {
            for p in parts {
                fstring_body(out, p);
            }
        }
        ExprKind::Constant(Constant::Str(s)) => {
            out.push_str(&s.replace('{', "{{").replace('}', "}}"));
        }
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => {
            let mut inner = String::new();
            expr(&mut inner, value, Prec::Test.up());
            out.push('{');
            // `{{` would read as an escaped brace.
            if inner.starts_with('{') {
                out.push(' ');
            }
            out.push_str(&inner);
            if let Some(c) = conversion {
                out.push('!');
                out.push(*c);
            }
            if let Some(spec) = format_spec {
                out.push(':');
                fstring_body(out, spec);
            }
            out.push('}');
        }
        _ => expr(out, e, Prec::Test),
    }
}

fn binop(op: BinOp) -> (Prec, &'static str) {
    match op {
        BinOp::Add => (Prec::Arith, " + "),
        BinOp::Sub => (Prec::Arith, " - "),
        BinOp::Mult => (Prec::Term, " * "),
        BinOp::MatMult => (Prec::Term, " @ "),
        BinOp::Div => (Prec::Term, " / "),
        BinOp::Mod => (Prec::Term, " % "),
        BinOp::FloorDiv => (Prec::Term, " // "),
        BinOp::LShift => (Prec::Shift, " << "),
        BinOp::RShift => (Prec::Shift, " >> "),
        BinOp::BitOr => (Prec::BitOr, " | "),
        BinOp::BitXor => (Prec::BitXor, " ^ "),
        BinOp::BitAnd => (Prec::BitAnd, " & "),
        BinOp::Pow => (Prec::Power, " ** "),
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => " < ",
        CmpOp::LtE => " <= ",
        CmpOp::Eq => " == ",
        CmpOp::NotEq => " != ",
        CmpOp::Gt => " > ",
        CmpOp::GtE => " >= ",
        CmpOp::Is => " is ",
        CmpOp::IsNot => " is not ",
        CmpOp::In => " in ",
        CmpOp::NotIn => " not in ",
    }
}
