//! Expressions: constants and folding, operators, comparisons, conditional
//! jumps, calls, displays, f-strings, subscripts, yield and await.

use std::rc::Rc;

use crate::ast::{self, BoolOp, CmpOp, Expr, ExprKind, Keyword, UnaryOp};
use crate::bytecode::{Constant, Op};

use super::codegen::Label;
use super::scope::ScopeKind;
use super::{CResult, Compiler, Ctx};

/// An AST literal as a bytecode constant.
pub(crate) fn convert_const(c: &ast::Constant) -> Constant {
    match c {
        ast::Constant::None => Constant::None,
        ast::Constant::True => Constant::Bool(true),
        ast::Constant::False => Constant::Bool(false),
        ast::Constant::Ellipsis => Constant::Ellipsis,
        ast::Constant::Int(i) => Constant::Int(*i),
        ast::Constant::BigInt(s) => Constant::BigInt(s.clone()),
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Imaginary(f) => Constant::Imaginary(*f),
        ast::Constant::Str(s) => Constant::Str(Rc::from(s.as_str())),
        ast::Constant::Bytes(b) => Constant::Bytes(Rc::from(b.as_slice())),
    }
}

fn negate(c: Constant) -> Option<Constant> {
    Some(match c {
        Constant::Int(i) => match i.checked_neg() {
            Some(n) => Constant::Int(n),
            None => Constant::BigInt(format!("{}", -(i as i128))),
        },
        Constant::BigInt(s) => {
            let neg = match s.strip_prefix('-') {
                Some(rest) => rest.to_string(),
                None => format!("-{}", s),
            };
            match neg.parse::<i64>() {
                Ok(i) => Constant::Int(i),
                Err(_) => Constant::BigInt(neg),
            }
        }
        Constant::Float(f) => Constant::Float(-f),
        // -1j is complex(-0.0, -1.0) at run time; a folded constant would lose the -0.0.
        _ => return None,
    })
}

/// The constant an expression folds to: literals, `-<number>`, tuples of constants.
pub(crate) fn const_value(e: &Expr) -> Option<Constant> {
    match &e.kind {
        ExprKind::Constant(c) => Some(convert_const(c)),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => match &operand.kind {
            ExprKind::Constant(c) => negate(convert_const(c)),
            _ => None,
        },
        ExprKind::Tuple(items) => {
            let vals: Option<Vec<Constant>> = items.iter().map(const_value).collect();
            vals.map(|v| Constant::Tuple(Rc::from(v)))
        }
        _ => None,
    }
}

pub(crate) fn cmp_arg(op: CmpOp) -> (Op, u32) {
    match op {
        CmpOp::Lt => (Op::CompareOp, 0),
        CmpOp::LtE => (Op::CompareOp, 1),
        CmpOp::Eq => (Op::CompareOp, 2),
        CmpOp::NotEq => (Op::CompareOp, 3),
        CmpOp::Gt => (Op::CompareOp, 4),
        CmpOp::GtE => (Op::CompareOp, 5),
        CmpOp::Is => (Op::IsOp, 0),
        CmpOp::IsNot => (Op::IsOp, 1),
        CmpOp::In => (Op::ContainsOp, 0),
        CmpOp::NotIn => (Op::ContainsOp, 1),
    }
}

/// Which collection a display / unpacking builds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Seq {
    List,
    Tuple,
    Set,
}

impl<'a> Compiler<'a> {
    pub fn expr(&mut self, e: &'a Expr) -> CResult {
        let saved = self.u().b.line;
        self.set_line(e.loc);
        self.expr_inner(e)?;
        self.b().line = saved;
        Ok(())
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult {
        if let Some(c) = const_value(e) {
            self.b().load_const(c);
            return Ok(());
        }
        match &e.kind {
            ExprKind::Constant(_) => unreachable!("constants fold"),
            ExprKind::BoolOp { op, values } => {
                let end = self.b().new_label();
                let jump = if *op == BoolOp::And {
                    Op::JumpIfFalseOrPop
                } else {
                    Op::JumpIfTrueOrPop
                };
                for v in &values[..values.len() - 1] {
                    self.expr(v)?;
                    self.b().jump(jump, end);
                }
                self.expr(values.last().unwrap())?;
                self.b().bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.b().emit(Op::Copy, 1);
                self.name_op(target, Ctx::Store)?;
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.b().emit(Op::BinaryOp, *op as u32);
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                let o = match op {
                    UnaryOp::Invert => Op::UnaryInvert,
                    UnaryOp::Not => Op::UnaryNot,
                    UnaryOp::UAdd => Op::UnaryPositive,
                    UnaryOp::USub => Op::UnaryNegative,
                };
                self.b().emit(o, 0);
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.b().new_label();
                let next = self.b().new_label();
                self.jump_if(test, next, false)?;
                self.expr(body)?;
                self.b().jump(Op::Jump, end);
                self.b().bind(next);
                self.expr(orelse)?;
                self.b().bind(end);
            }
            ExprKind::Dict { keys, values } => self.dict(keys, values)?,
            ExprKind::Set(items) => self.starunpack(items, Seq::Set, 0)?,
            ExprKind::List(items) => self.starunpack(items, Seq::List, 0)?,
            ExprKind::Tuple(items) => self.starunpack(items, Seq::Tuple, 0)?,
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.comprehension(e)?,
            ExprKind::Await(v) => {
                let u = self.u();
                match u.kind {
                    ScopeKind::Module | ScopeKind::Class => {
                        return Err(self.err("'await' outside function", e.loc))
                    }
                    ScopeKind::Comprehension => {}
                    _ if !u.is_async || u.kind == ScopeKind::Lambda => {
                        return Err(self.err("'await' outside async function", e.loc))
                    }
                    _ => {}
                }
                self.expr(v)?;
                self.await_tos(0);
            }
            ExprKind::Yield(v) => {
                self.check_in_function(e)?;
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.b().load_const(Constant::None),
                }
                self.b().emit(Op::YieldValue, 0);
            }
            ExprKind::YieldFrom(v) => {
                self.check_in_function(e)?;
                if self.u().is_async {
                    return Err(self.err("'yield from' inside async function", e.loc));
                }
                self.expr(v)?;
                self.b().emit(Op::GetYieldFromIter, 0);
                self.b().load_const(Constant::None);
                self.b().emit(Op::YieldFrom, 0);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords)?,
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.expr(value)?;
                let mut arg = match conversion {
                    None => 0,
                    Some('s') => 1,
                    Some('r') => 2,
                    Some('a') => 3,
                    Some(c) => {
                        return Err(self.err(format!("invalid conversion character '{}'", c), e.loc))
                    }
                };
                if let Some(spec) = format_spec {
                    self.expr(spec)?;
                    arg |= 4;
                }
                self.b().emit(Op::FormatValue, arg);
            }
            ExprKind::JoinedStr(parts) => {
                for p in parts {
                    self.expr(p)?;
                }
                if parts.len() != 1 {
                    self.b().emit(Op::BuildString, parts.len() as u32);
                }
            }
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let name = self.mangle(attr).into_owned();
                self.b().emit_name(Op::LoadAttr, &name);
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.slice_or_expr(slice)?;
                self.b().emit(Op::BinarySubscr, 0);
            }
            ExprKind::Starred(_) => {
                return Err(self.err("can't use starred expression here", e.loc))
            }
            ExprKind::Name(n) => self.name_op(n, Ctx::Load)?,
            ExprKind::Slice { .. } => return Err(self.err("slice outside of a subscript", e.loc)),
        }
        Ok(())
    }

    fn check_in_function(&self, e: &Expr) -> CResult {
        match self.u().kind {
            ScopeKind::Module | ScopeKind::Class => {
                Err(self.err("'yield' outside function", e.loc))
            }
            _ => Ok(()),
        }
    }

    /// `[awaitable-source] → [result]`: GetAwaitable arg; LoadConst None; YieldFrom.
    pub fn await_tos(&mut self, arg: u32) {
        self.b().emit(Op::GetAwaitable, arg);
        self.b().load_const(Constant::None);
        self.b().emit(Op::YieldFrom, 0);
    }

    /// A subscript's index: slices become BuildSlice.
    pub fn slice_or_expr(&mut self, e: &'a Expr) -> CResult {
        if let ExprKind::Slice { lower, upper, step } = &e.kind {
            let mut n = 2;
            for part in [lower, upper] {
                match part {
                    Some(x) => self.expr(x)?,
                    None => self.b().load_const(Constant::None),
                }
            }
            if let Some(s) = step {
                self.expr(s)?;
                n = 3;
            }
            self.b().emit(Op::BuildSlice, n);
            return Ok(());
        }
        if let ExprKind::Tuple(items) = &e.kind {
            if const_value(e).is_none() {
                for i in items {
                    if matches!(i.kind, ExprKind::Starred(_)) {
                        return self.starunpack(items, Seq::Tuple, 0);
                    }
                }
                for i in items {
                    self.slice_or_expr(i)?;
                }
                self.b().emit(Op::BuildTuple, items.len() as u32);
                return Ok(());
            }
        }
        self.expr(e)
    }

    fn compare(&mut self, left: &'a Expr, ops: &[CmpOp], comps: &'a [Expr]) -> CResult {
        self.expr(left)?;
        let n = ops.len() - 1;
        if n == 0 {
            self.expr(&comps[0])?;
            let (op, arg) = cmp_arg(ops[0]);
            self.b().emit(op, arg);
            return Ok(());
        }
        let cleanup = self.b().new_label();
        for i in 0..n {
            self.expr(&comps[i])?;
            self.b().emit(Op::Swap, 2);
            self.b().emit(Op::Copy, 2);
            let (op, arg) = cmp_arg(ops[i]);
            self.b().emit(op, arg);
            self.b().jump(Op::JumpIfFalseOrPop, cleanup);
        }
        self.expr(&comps[n])?;
        let (op, arg) = cmp_arg(ops[n]);
        self.b().emit(op, arg);
        let end = self.b().new_label();
        self.b().jump(Op::Jump, end);
        self.b().bind(cleanup);
        self.b().emit(Op::Swap, 2);
        self.b().emit(Op::PopTop, 0);
        self.b().bind(end);
        Ok(())
    }

    /// Evaluates `e` as a condition and jumps to `target` when its truth equals `cond`.
    pub fn jump_if(&mut self, e: &'a Expr, target: Label, cond: bool) -> CResult {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, target, !cond),
            ExprKind::BoolOp { op, values } => {
                let is_or = *op == BoolOp::Or;
                let next2 = if is_or != cond {
                    self.b().new_label()
                } else {
                    target
                };
                for v in &values[..values.len() - 1] {
                    self.jump_if(v, next2, is_or)?;
                }
                self.jump_if(values.last().unwrap(), target, cond)?;
                if next2 != target {
                    self.b().bind(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.b().new_label();
                let next2 = self.b().new_label();
                self.jump_if(test, next2, false)?;
                self.jump_if(body, target, cond)?;
                self.b().jump(Op::Jump, end);
                self.b().bind(next2);
                self.jump_if(orelse, target, cond)?;
                self.b().bind(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() > 1 => {
                let saved = self.u().b.line;
                self.set_line(e.loc);
                self.expr(left)?;
                let n = ops.len() - 1;
                let cleanup = self.b().new_label();
                for i in 0..n {
                    self.expr(&comparators[i])?;
                    self.b().emit(Op::Swap, 2);
                    self.b().emit(Op::Copy, 2);
                    let (op, arg) = cmp_arg(ops[i]);
                    self.b().emit(op, arg);
                    self.b().jump(Op::PopJumpIfFalse, cleanup);
                }
                self.expr(&comparators[n])?;
                let (op, arg) = cmp_arg(ops[n]);
                self.b().emit(op, arg);
                self.b().jump(
                    if cond {
                        Op::PopJumpIfTrue
                    } else {
                        Op::PopJumpIfFalse
                    },
                    target,
                );
                let end = self.b().new_label();
                self.b().jump(Op::Jump, end);
                self.b().bind(cleanup);
                self.b().emit(Op::PopTop, 0);
                if !cond {
                    self.b().jump(Op::Jump, target);
                }
                self.b().bind(end);
                self.b().line = saved;
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        self.b().jump(
            if cond {
                Op::PopJumpIfTrue
            } else {
                Op::PopJumpIfFalse
            },
            target,
        );
        Ok(())
    }

    /// Lists, tuples and sets, with `*x` items via ListExtend/SetUpdate.
    /// `pushed` items already on the stack become the first elements.
    pub fn starunpack(&mut self, items: &'a [Expr], seq: Seq, pushed: u32) -> CResult {
        let (build, add, extend) = match seq {
            Seq::List | Seq::Tuple => (Op::BuildList, Op::ListAppend, Op::ListExtend),
            Seq::Set => (Op::BuildSet, Op::SetAdd, Op::SetUpdate),
        };
        let starred = items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_)));
        if !starred {
            for i in items {
                self.expr(i)?;
            }
            let n = pushed + items.len() as u32;
            let op = if seq == Seq::Tuple {
                Op::BuildTuple
            } else {
                build
            };
            self.b().emit(op, n);
            return Ok(());
        }
        let mut built = false;
        for (i, item) in items.iter().enumerate() {
            if let ExprKind::Starred(inner) = &item.kind {
                if !built {
                    self.b().emit(build, pushed + i as u32);
                    built = true;
                }
                self.expr(inner)?;
                self.b().emit(extend, 1);
            } else {
                self.expr(item)?;
                if built {
                    self.b().emit(add, 1);
                }
            }
        }
        if seq == Seq::Tuple {
            self.b().emit(Op::ListToTuple, 0);
        }
        Ok(())
    }

    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let mut have_dict = false;
        let mut run = 0u32;
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    run += 1;
                }
                None => {
                    if run > 0 {
                        self.b().emit(Op::BuildMap, run);
                        if have_dict {
                            self.b().emit(Op::DictUpdate, 1);
                        }
                        have_dict = true;
                        run = 0;
                    }
                    if !have_dict {
                        self.b().emit(Op::BuildMap, 0);
                        have_dict = true;
                    }
                    self.expr(v)?;
                    self.b().emit(Op::DictUpdate, 1);
                }
            }
        }
        if run > 0 || !have_dict {
            self.b().emit(Op::BuildMap, run);
            if have_dict {
                self.b().emit(Op::DictUpdate, 1);
            }
        }
        Ok(())
    }

    fn call(&mut self, func: &'a Expr, args: &'a [Expr], keywords: &'a [Keyword]) -> CResult {
        let plain =
            keywords.is_empty() && !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
        if let (true, ExprKind::Attribute { value, attr }) = (plain, &func.kind) {
            self.expr(value)?;
            let saved = self.u().b.line;
            self.set_line(func.loc);
            let name = self.mangle(attr).into_owned();
            self.b().emit_name(Op::LoadMethod, &name);
            self.b().line = saved;
            for a in args {
                self.expr(a)?;
            }
            self.b().emit(Op::CallMethod, args.len() as u32);
            return Ok(());
        }
        self.expr(func)?;
        self.call_helper(0, args, keywords)
    }

    /// The argument part of a call; `pushed` extra positional values are already
    /// on the stack after the callable (the class body function and name).
    pub fn call_helper(
        &mut self,
        pushed: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult {
        self.check_keywords(keywords)?;
        let starred = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
        let dstar = keywords.iter().any(|k| k.arg.is_none());
        if !starred && !dstar {
            for a in args {
                self.expr(a)?;
            }
            let n = pushed + args.len() as u32;
            if keywords.is_empty() {
                self.b().emit(Op::Call, n);
            } else {
                let mut names = Vec::new();
                for k in keywords {
                    self.expr(&k.value)?;
                    names.push(Constant::Str(Rc::from(k.arg.as_deref().unwrap())));
                }
                self.b().load_const(Constant::Tuple(Rc::from(names)));
                self.b().emit(Op::CallKw, n + keywords.len() as u32);
            }
            return Ok(());
        }
        // CallFunctionEx: a positional tuple and an optional kwargs dict. A lone
        // `*x` goes as it is, so the call itself reports a non-iterable x
        // ("f() argument after * must be an iterable"), as in CPython.
        match args {
            [Expr {
                kind: ExprKind::Starred(inner),
                ..
            }] if pushed == 0 => self.expr(inner)?,
            _ => self.starunpack(args, Seq::Tuple, pushed)?,
        }
        if !keywords.is_empty() {
            let mut have_dict = false;
            let mut run = 0u32;
            for k in keywords {
                match &k.arg {
                    Some(name) => {
                        self.b().load_const(Constant::Str(Rc::from(name.as_str())));
                        self.expr(&k.value)?;
                        run += 1;
                    }
                    None => {
                        if run > 0 {
                            self.b().emit(Op::BuildMap, run);
                            if have_dict {
                                self.b().emit(Op::DictMerge, 1);
                            }
                            have_dict = true;
                            run = 0;
                        }
                        if !have_dict {
                            self.b().emit(Op::BuildMap, 0);
                            have_dict = true;
                        }
                        self.expr(&k.value)?;
                        self.b().emit(Op::DictMerge, 1);
                    }
                }
            }
            if run > 0 {
                self.b().emit(Op::BuildMap, run);
                if have_dict {
                    self.b().emit(Op::DictMerge, 1);
                }
            }
            self.b().emit(Op::CallFunctionEx, 1);
        } else {
            self.b().emit(Op::CallFunctionEx, 0);
        }
        Ok(())
    }

    fn check_keywords(&self, keywords: &[Keyword]) -> CResult {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            if keywords[..i].iter().any(|p| p.arg.as_deref() == Some(name)) {
                // The keyword has no location of its own: `name=` precedes the value.
                let col = k
                    .value
                    .loc
                    .col
                    .saturating_sub(name.chars().count() as u32 + 1);
                let loc = crate::ast::Loc {
                    line: k.value.loc.line,
                    col,
                };
                return Err(self.err(format!("keyword argument repeated: {}", name), loc));
            }
        }
        Ok(())
    }
}
