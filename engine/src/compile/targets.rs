//! Assignment, deletion and augmented-assignment targets, with CPython's
//! messages for invalid targets.

use crate::ast::{self, BinOp, Expr, ExprKind, Loc};
use crate::bytecode::Op;

use super::{CResult, Compiler, Ctx};

/// CPython's description of an expression in target error messages.
pub(crate) fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant(c) => match c {
            ast::Constant::None => "None",
            ast::Constant::True => "True",
            ast::Constant::False => "False",
            ast::Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The first sub-target that cannot be assigned to (or deleted, when `del`).
fn find_invalid(t: &Expr, del: bool) -> Option<&Expr> {
    match &t.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            items.iter().find_map(|i| find_invalid(i, del))
        }
        ExprKind::Starred(inner) if !del => find_invalid(inner, del),
        _ => Some(t),
    }
}

fn is_singleton_const(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Constant(ast::Constant::None | ast::Constant::True | ast::Constant::False)
    )
}

impl<'a> Compiler<'a> {
    /// Validates the target of `=`: CPython's "here. Maybe you meant '=='" form
    /// applies to a lone target (or the last item of a bare tuple).
    pub fn check_assign_target(&self, t: &Expr, single: bool) -> CResult {
        let Some(bad) = find_invalid(t, false) else {
            return Ok(());
        };
        let mut here = false;
        if single
            && !is_singleton_const(bad)
            && !matches!(bad.kind, ExprKind::Tuple(_) | ExprKind::List(_))
        {
            if std::ptr::eq(bad, t) {
                here = true;
            } else if let ExprKind::Tuple(items) = &t.kind {
                let bare = items.first().is_some_and(|f| f.loc == t.loc);
                here = bare && items.last().is_some_and(|l| std::ptr::eq(l, bad));
            }
        }
        let msg = if here {
            format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                expr_name(bad)
            )
        } else {
            format!("cannot assign to {}", expr_name(bad))
        };
        Err(self.err(msg, bad.loc))
    }

    /// Validates a `for`/`with`/comprehension target.
    pub fn check_target(&self, t: &Expr) -> CResult {
        match find_invalid(t, false) {
            Some(bad) => Err(self.err(format!("cannot assign to {}", expr_name(bad)), bad.loc)),
            None => Ok(()),
        }
    }

    /// `[value] → []`: stores TOS into the target.
    pub fn store_target(&mut self, t: &'a Expr) -> CResult {
        let saved = self.u().b.line;
        self.set_line(t.loc);
        match &t.kind {
            ExprKind::Name(n) => self.name_op(n, Ctx::Store)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let name = self.mangle(attr).into_owned();
                self.b().emit_name(Op::StoreAttr, &name);
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.slice_or_expr(slice)?;
                self.b().emit(Op::StoreSubscr, 0);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => self.unpack_into(items, t.loc)?,
            ExprKind::Starred(_) => {
                return Err(self.err(
                    "starred assignment target must be in a list or tuple",
                    t.loc,
                ))
            }
            _ => return Err(self.err(format!("cannot assign to {}", expr_name(t)), t.loc)),
        }
        self.b().line = saved;
        Ok(())
    }

    fn unpack_into(&mut self, items: &'a [Expr], loc: Loc) -> CResult {
        let mut star = None;
        for (i, it) in items.iter().enumerate() {
            if matches!(it.kind, ExprKind::Starred(_)) {
                if star.is_some() {
                    return Err(self.err("multiple starred expressions in assignment", loc));
                }
                star = Some(i);
            }
        }
        match star {
            Some(i) => {
                let after = items.len() - i - 1;
                if i >= 256 || after >= (1 << 23) {
                    return Err(self.err("too many expressions in star-unpacking assignment", loc));
                }
                self.b().emit(Op::UnpackEx, (i | (after << 8)) as u32);
            }
            None => self.b().emit(Op::UnpackSequence, items.len() as u32),
        }
        for it in items {
            match &it.kind {
                ExprKind::Starred(inner) => self.store_target(inner)?,
                _ => self.store_target(it)?,
            }
        }
        Ok(())
    }

    /// `del target`.
    pub fn delete_target(&mut self, t: &'a Expr) -> CResult {
        if let Some(bad) = find_invalid(t, true) {
            return Err(self.err(format!("cannot delete {}", expr_name(bad)), bad.loc));
        }
        self.delete_checked(t)
    }

    fn delete_checked(&mut self, t: &'a Expr) -> CResult {
        let saved = self.u().b.line;
        self.set_line(t.loc);
        match &t.kind {
            ExprKind::Name(n) => self.name_op(n, Ctx::Del)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let name = self.mangle(attr).into_owned();
                self.b().emit_name(Op::DeleteAttr, &name);
            }
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.slice_or_expr(slice)?;
                self.b().emit(Op::DeleteSubscr, 0);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete_checked(i)?;
                }
            }
            _ => return Err(self.err(format!("cannot delete {}", expr_name(t)), t.loc)),
        }
        self.b().line = saved;
        Ok(())
    }

    /// `target op= value`, evaluating the object and key of the target once.
    pub fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> CResult {
        let inplace = op as u32 + 13;
        match &target.kind {
            ExprKind::Name(n) => {
                self.name_op(n, Ctx::Load)?;
                self.expr(value)?;
                self.b().emit(Op::BinaryOp, inplace);
                self.name_op(n, Ctx::Store)?;
            }
            ExprKind::Attribute { value: obj, attr } => {
                let name = self.mangle(attr).into_owned();
                self.expr(obj)?;
                self.b().emit(Op::Copy, 1);
                self.b().emit_name(Op::LoadAttr, &name);
                self.expr(value)?;
                self.b().emit(Op::BinaryOp, inplace);
                self.b().emit(Op::Swap, 2);
                self.b().emit_name(Op::StoreAttr, &name);
            }
            ExprKind::Subscript { value: obj, slice } => {
                self.expr(obj)?;
                self.slice_or_expr(slice)?;
                self.b().emit(Op::Copy, 2);
                self.b().emit(Op::Copy, 2);
                self.b().emit(Op::BinarySubscr, 0);
                self.expr(value)?;
                self.b().emit(Op::BinaryOp, inplace);
                self.b().emit(Op::Swap, 3);
                self.b().emit(Op::Swap, 2);
                self.b().emit(Op::StoreSubscr, 0);
            }
            _ => {
                return Err(self.err(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_name(target)
                    ),
                    target.loc,
                ))
            }
        }
        Ok(())
    }
}
