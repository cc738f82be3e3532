//! Statements: assignments, control flow, loops, try/except/finally, with,
//! imports, and the unwinding done by return/break/continue.

use std::rc::Rc;

use crate::ast::{self, Expr, ExprKind, Stmt, StmtKind};
use crate::bytecode::{Constant, Op};

use super::expr::const_value;
use super::scope::ScopeKind;
use super::{CResult, Compiler, Ctx, FBlock, FBlockKind};

impl<'a> Compiler<'a> {
    pub fn stmt(&mut self, s: &'a Stmt) -> CResult {
        self.set_line(s.loc);
        match &s.kind {
            StmtKind::FunctionDef(f) => self.function_def(f, s.loc)?,
            StmtKind::ClassDef(c) => self.class_def(c, s.loc)?,
            StmtKind::Return(v) => self.return_stmt(v.as_ref(), s)?,
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.check_assign_target(t, targets.len() == 1)?;
                }
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.b().emit(Op::Copy, 1);
                    }
                    self.store_target(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_ref(), *simple)?,
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    self.async_for(target, iter, body, orelse, s)?
                } else {
                    self.for_loop(target, iter, body, orelse)?
                }
            }
            StmtKind::While { test, body, orelse } => self.while_loop(test, body, orelse)?,
            StmtKind::If { test, body, orelse } => {
                let end = self.b().new_label();
                let next = if orelse.is_empty() {
                    end
                } else {
                    self.b().new_label()
                };
                self.jump_if(test, next, false)?;
                self.body(body)?;
                if !orelse.is_empty() {
                    self.b().jump(Op::Jump, end);
                    self.b().bind(next);
                    self.body(orelse)?;
                }
                self.b().bind(end);
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async && !self.u().is_async_function() {
                    return Err(self.err("'async with' outside async function", s.loc));
                }
                self.with(items, 0, body, *is_async)?
            }
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.b().emit(Op::RaiseVarargs, n);
            }
            StmtKind::Try(t) => {
                if t.finalbody.is_empty() {
                    self.try_except(t)?
                } else {
                    self.try_finally(t)?
                }
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases)?,
            StmtKind::Assert { test, msg } => {
                let end = self.b().new_label();
                self.jump_if(test, end, true)?;
                self.b().emit(Op::LoadAssertionError, 0);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.b().emit(Op::Call, 1);
                }
                self.b().emit(Op::RaiseVarargs, 1);
                self.b().bind(end);
            }
            StmtKind::Import(names) => self.import(names)?,
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                let future = *level == 0 && module.as_deref() == Some("__future__");
                if future && !self.future_imports.iter().any(|f| std::ptr::eq(f, s)) {
                    return Err(super::future::misplaced(self.filename, s));
                }
                self.import_from(module.as_deref(), names, *level)?
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) | StmtKind::Pass => {}
            StmtKind::Expr(e) => {
                if self.u().interactive && self.units.len() == 1 {
                    self.expr(e)?;
                    self.b().emit(Op::PrintExpr, 0);
                } else if !matches!(e.kind, ExprKind::Constant(_)) {
                    self.expr(e)?;
                    self.b().emit(Op::PopTop, 0);
                }
            }
            StmtKind::Break => self.break_continue(s, true)?,
            StmtKind::Continue => self.break_continue(s, false)?,
        }
        Ok(())
    }

    pub fn body(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn push_fblock(&mut self, kind: FBlockKind<'a>) {
        let handlers_before = self.u().b.handlers.len();
        self.unit().fblocks.push(FBlock {
            kind,
            handlers_before,
        });
    }

    fn push_fblock_at(&mut self, kind: FBlockKind<'a>, handlers_before: usize) {
        self.unit().fblocks.push(FBlock {
            kind,
            handlers_before,
        });
    }

    fn pop_fblock(&mut self) {
        self.unit().fblocks.pop();
    }

    fn ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult {
        match &target.kind {
            ExprKind::Tuple(_) | ExprKind::List(_) => {
                let what = if matches!(target.kind, ExprKind::Tuple(_)) {
                    "tuple"
                } else {
                    "list"
                };
                return Err(self.err(
                    format!("only single target (not {}) can be annotated", what),
                    target.loc,
                ));
            }
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
            _ => return Err(self.err("illegal target for annotation", target.loc)),
        }
        if let Some(v) = value {
            self.expr(v)?;
            self.store_target(target)?;
        }
        let module_or_class = matches!(self.u().kind, ScopeKind::Module | ScopeKind::Class);
        match &target.kind {
            ExprKind::Name(n) if simple => {
                if module_or_class {
                    self.annotation(annotation)?;
                    self.b().emit_name(Op::LoadName, "__annotations__");
                    let key = self.mangle(n).into_owned();
                    self.b().load_const(Constant::Str(Rc::from(key.as_str())));
                    self.b().emit(Op::StoreSubscr, 0);
                }
                return Ok(());
            }
            ExprKind::Attribute { value: obj, .. } if value.is_none() => {
                self.expr(obj)?;
                self.b().emit(Op::PopTop, 0);
            }
            ExprKind::Subscript { value: obj, slice } if value.is_none() => {
                self.expr(obj)?;
                self.b().emit(Op::PopTop, 0);
                self.slice_or_expr(slice)?;
                self.b().emit(Op::PopTop, 0);
            }
            _ => {}
        }
        if module_or_class && !self.future.annotations {
            self.expr(annotation)?;
            self.b().emit(Op::PopTop, 0);
        }
        Ok(())
    }

    /// An annotation's value: evaluated, or (`from __future__ import
    /// annotations`) its source text.
    pub(crate) fn annotation(&mut self, ann: &'a Expr) -> CResult {
        if self.future.annotations {
            let text = super::unparse::annotation_text(ann);
            self.b().load_const(Constant::Str(Rc::from(text.as_str())));
            return Ok(());
        }
        self.expr(ann)
    }

    fn for_loop(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        self.check_target(target)?;
        let start = self.b().new_label();
        let cleanup = self.b().new_label();
        let exit = self.b().new_label();
        self.expr(iter)?;
        self.b().emit(Op::GetIter, 0);
        self.b().bind(start);
        self.b().jump(Op::ForIter, cleanup);
        self.push_fblock(FBlockKind::ForLoop { start, exit });
        self.store_target(target)?;
        self.body(body)?;
        self.b().jump(Op::Jump, start);
        self.pop_fblock();
        self.b().bind(cleanup);
        self.body(orelse)?;
        self.b().bind(exit);
        Ok(())
    }

    fn async_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
        s: &'a Stmt,
    ) -> CResult {
        if !self.u().is_async_function() {
            return Err(self.err("'async for' outside async function", s.loc));
        }
        self.check_target(target)?;
        let start = self.b().new_label();
        let except = self.b().new_label();
        let exit = self.b().new_label();
        self.expr(iter)?;
        self.b().emit(Op::GetAIter, 0);
        self.b().bind(start);
        let d = self.u().b.depth as u32;
        self.push_fblock(FBlockKind::ForLoop { start, exit });
        self.b().push_handler(except, d);
        self.b().emit(Op::GetANext, 0);
        self.await_tos(0);
        self.b().pop_handler();
        self.store_target(target)?;
        self.body(body)?;
        self.b().jump(Op::Jump, start);
        self.pop_fblock();
        self.b().bind_at(except, d + 1);
        self.b().emit(Op::EndAsyncFor, 0);
        self.body(orelse)?;
        self.b().bind(exit);
        Ok(())
    }

    /// A `while` loop tests at the top once and then at the bottom (as
    /// CPython 3.11 does), so an iteration runs one conditional back-edge
    /// instead of a jump and a test; `while True:` has no test at all.
    fn while_loop(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let top = self.b().new_label();
        let start = self.b().new_label();
        let anchor = self.b().new_label();
        let exit = self.b().new_label();
        let always = is_true_constant(test);
        if always {
            self.b().bind(start);
        } else {
            self.jump_if(test, anchor, false)?;
        }
        self.b().bind(top);
        self.push_fblock(FBlockKind::WhileLoop { start, exit });
        self.body(body)?;
        if always {
            self.b().jump(Op::Jump, start);
        } else {
            // `continue` comes here, to the bottom test.
            self.b().bind(start);
            self.set_line(test.loc);
            self.jump_if(test, top, true)?;
        }
        self.pop_fblock();
        self.b().bind(anchor);
        self.body(orelse)?;
        self.b().bind(exit);
        Ok(())
    }

    /// Emits the code leaving one block early (CPython's compiler_unwind_fblock).
    fn unwind_fblock(&mut self, fb: &FBlock<'a>, preserve_tos: bool) -> CResult {
        match &fb.kind {
            FBlockKind::WhileLoop { .. } | FBlockKind::TryExcept => {}
            FBlockKind::ForLoop { .. } | FBlockKind::PopValue => {
                if preserve_tos {
                    self.b().emit(Op::Swap, 2);
                }
                self.b().emit(Op::PopTop, 0);
            }
            FBlockKind::FinallyTry { body } => {
                if preserve_tos {
                    self.push_fblock(FBlockKind::PopValue);
                }
                self.body(body)?;
                if preserve_tos {
                    self.pop_fblock();
                }
            }
            FBlockKind::FinallyEnd => {
                // Stack: [prev, exc(, value)].
                if preserve_tos {
                    self.b().emit(Op::Swap, 2);
                }
                self.b().emit(Op::PopTop, 0);
                if preserve_tos {
                    self.b().emit(Op::Swap, 2);
                }
                self.b().emit(Op::PopExcept, 0);
            }
            FBlockKind::With { is_async } => {
                // Stack: [exit(, value)].
                if preserve_tos {
                    self.b().emit(Op::Swap, 2);
                }
                self.call_exit_with_nones(*is_async);
                self.b().emit(Op::PopTop, 0);
            }
            FBlockKind::HandlerCleanup { name } => {
                // Stack: [prev(, value)].
                if preserve_tos {
                    self.b().emit(Op::Swap, 2);
                }
                self.b().emit(Op::PopExcept, 0);
                if let Some(n) = name {
                    self.b().load_const(Constant::None);
                    self.name_op(n, Ctx::Store)?;
                    self.name_op(n, Ctx::Del)?;
                }
            }
        }
        Ok(())
    }

    /// Unwinds blocks innermost-first; stops at (and returns) the innermost loop when
    /// `to_loop`. The caller restores the block and handler stacks afterwards.
    fn unwind_stack(&mut self, preserve_tos: bool, to_loop: bool) -> CResult<Option<FBlock<'a>>> {
        loop {
            let Some(top) = self.u().fblocks.last().cloned() else {
                return Ok(None);
            };
            if to_loop
                && matches!(
                    top.kind,
                    FBlockKind::WhileLoop { .. } | FBlockKind::ForLoop { .. }
                )
            {
                return Ok(Some(top));
            }
            self.pop_fblock();
            self.b().handlers.truncate(top.handlers_before);
            self.unwind_fblock(&top, preserve_tos)?;
        }
    }

    fn return_stmt(&mut self, value: Option<&'a Expr>, s: &'a Stmt) -> CResult {
        let u = self.u();
        if !matches!(u.kind, ScopeKind::Function | ScopeKind::Lambda) {
            return Err(self.err("'return' outside function", s.loc));
        }
        if value.is_some() && u.is_async && self.st.scopes[u.scope].is_generator {
            return Err(self.err("'return' with value in async generator", s.loc));
        }
        let konst = value.and_then(const_value);
        let preserve = value.is_some() && konst.is_none();
        let saved = (
            self.u().fblocks.clone(),
            self.u().b.handlers.clone(),
            self.u().b.depth,
        );
        if preserve {
            self.expr(value.unwrap())?;
        }
        self.unwind_stack(preserve, false)?;
        if !preserve {
            self.set_line(s.loc);
            self.b().load_const(konst.unwrap_or(Constant::None));
        }
        self.b().emit(Op::ReturnValue, 0);
        self.unit().fblocks = saved.0;
        self.b().handlers = saved.1;
        self.b().depth = saved.2;
        Ok(())
    }

    fn break_continue(&mut self, s: &'a Stmt, is_break: bool) -> CResult {
        let saved = (
            self.u().fblocks.clone(),
            self.u().b.handlers.clone(),
            self.u().b.depth,
        );
        let Some(lp) = self.unwind_stack(false, true)? else {
            let msg = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return Err(self.err(msg, s.loc));
        };
        self.set_line(s.loc);
        let (start, exit) = match lp.kind {
            FBlockKind::WhileLoop { start, exit } | FBlockKind::ForLoop { start, exit } => {
                (start, exit)
            }
            _ => unreachable!(),
        };
        if is_break {
            self.b().handlers.truncate(lp.handlers_before);
            self.unwind_fblock(&lp, false)?;
            self.b().jump(Op::Jump, exit);
        } else {
            self.b().jump(Op::Jump, start);
        }
        self.unit().fblocks = saved.0;
        self.b().handlers = saved.1;
        self.b().depth = saved.2;
        Ok(())
    }

    /// `[exit] → []` is not it: pushes exit(None, None, None)'s result, `[exit] → [result]`.
    fn call_exit_with_nones(&mut self, is_async: bool) {
        for _ in 0..3 {
            self.b().load_const(Constant::None);
        }
        self.b().emit(Op::Call, 3);
        if is_async {
            self.await_tos(2);
        }
    }

    fn try_except(&mut self, t: &'a ast::Try) -> CResult {
        let d = self.u().b.depth as u32;
        let handler = self.b().new_label();
        let cleanup = self.b().new_label();
        let end = self.b().new_label();
        self.push_fblock(FBlockKind::TryExcept);
        self.b().push_handler(handler, d);
        self.body(&t.body)?;
        self.b().pop_handler();
        self.pop_fblock();
        self.body(&t.orelse)?;
        self.b().jump(Op::Jump, end);

        // Stack at the handler: [exc]; after PushExcInfo: [prev, exc].
        self.b().bind_at(handler, d + 1);
        let before_cleanup = self.u().b.handlers.len();
        self.b().push_handler(cleanup, d + 1);
        self.b().emit(Op::PushExcInfo, 0);
        for (i, h) in t.handlers.iter().enumerate() {
            self.set_line(h.loc);
            let next = self.b().new_label();
            match &h.typ {
                Some(ty) => {
                    self.expr(ty)?;
                    self.b().emit(Op::CheckExcMatch, 0);
                    self.b().jump(Op::PopJumpIfFalse, next);
                }
                None if i + 1 < t.handlers.len() => {
                    return Err(self.err("default 'except:' must be last", h.loc));
                }
                None => {}
            }
            match &h.name {
                Some(name) => {
                    self.name_op(name, Ctx::Store)?;
                    // try: body finally: name = None; del name
                    let cleanup_end = self.b().new_label();
                    self.b().push_handler(cleanup_end, d + 1);
                    self.push_fblock_at(
                        FBlockKind::HandlerCleanup {
                            name: Some(name.clone()),
                        },
                        before_cleanup,
                    );
                    self.body(&h.body)?;
                    self.pop_fblock();
                    self.b().pop_handler();
                    self.b().pop_handler();
                    self.b().emit(Op::PopExcept, 0);
                    self.b().load_const(Constant::None);
                    self.name_op(name, Ctx::Store)?;
                    self.name_op(name, Ctx::Del)?;
                    self.b().jump(Op::Jump, end);
                    self.b().push_handler(cleanup, d + 1);
                    // Stack: [prev, exc2].
                    self.b().bind_at(cleanup_end, d + 2);
                    self.b().load_const(Constant::None);
                    self.name_op(name, Ctx::Store)?;
                    self.name_op(name, Ctx::Del)?;
                    self.b().emit(Op::Reraise, 0);
                }
                None => {
                    self.b().emit(Op::PopTop, 0);
                    self.push_fblock_at(FBlockKind::HandlerCleanup { name: None }, before_cleanup);
                    self.body(&h.body)?;
                    self.pop_fblock();
                    self.b().pop_handler();
                    self.b().emit(Op::PopExcept, 0);
                    self.b().jump(Op::Jump, end);
                    self.b().push_handler(cleanup, d + 1);
                }
            }
            self.b().bind_at(next, d + 2);
        }
        // No handler matched: re-raise (the cleanup handler restores `prev`).
        self.b().emit(Op::Reraise, 0);
        self.b().pop_handler();
        self.b().bind_at(cleanup, d + 2);
        self.pop_except_and_reraise();
        self.b().bind_at(end, d);
        Ok(())
    }

    /// `[prev, exc] → raise exc` after restoring prev as the handled exception.
    fn pop_except_and_reraise(&mut self) {
        self.b().emit(Op::Swap, 2);
        self.b().emit(Op::PopExcept, 0);
        self.b().emit(Op::Reraise, 0);
    }

    fn try_finally(&mut self, t: &'a ast::Try) -> CResult {
        let d = self.u().b.depth as u32;
        let fh = self.b().new_label();
        let cleanup = self.b().new_label();
        let end = self.b().new_label();
        let before = self.u().b.handlers.len();
        self.push_fblock(FBlockKind::FinallyTry { body: &t.finalbody });
        self.b().push_handler(fh, d);
        if t.handlers.is_empty() {
            self.body(&t.body)?;
        } else {
            self.try_except(t)?;
        }
        self.b().pop_handler();
        self.pop_fblock();
        self.body(&t.finalbody)?;
        self.b().jump(Op::Jump, end);

        self.b().bind_at(fh, d + 1);
        self.b().push_handler(cleanup, d + 1);
        self.b().emit(Op::PushExcInfo, 0);
        self.push_fblock_at(FBlockKind::FinallyEnd, before);
        self.body(&t.finalbody)?;
        self.pop_fblock();
        self.b().emit(Op::Reraise, 0);
        self.b().pop_handler();
        self.b().bind_at(cleanup, d + 2);
        self.pop_except_and_reraise();
        self.b().bind_at(end, d);
        Ok(())
    }

    fn with(
        &mut self,
        items: &'a [ast::WithItem],
        pos: usize,
        body: &'a [Stmt],
        is_async: bool,
    ) -> CResult {
        let item = &items[pos];
        if let Some(t) = &item.target {
            self.check_target(t)?;
        }
        let d = self.u().b.depth as u32;
        self.expr(&item.context)?;
        if is_async {
            self.b().emit(Op::BeforeAsyncWith, 0);
            self.await_tos(1);
        } else {
            self.b().emit(Op::BeforeWith, 0);
        }
        // Stack: [exit, enter_result].
        let wh = self.b().new_label();
        let cleanup = self.b().new_label();
        let suppress = self.b().new_label();
        let end = self.b().new_label();
        self.push_fblock(FBlockKind::With { is_async });
        self.b().push_handler(wh, d + 1);
        match &item.target {
            Some(t) => self.store_target(t)?,
            None => self.b().emit(Op::PopTop, 0),
        }
        if pos + 1 < items.len() {
            self.with(items, pos + 1, body, is_async)?;
        } else {
            self.body(body)?;
        }
        self.b().pop_handler();
        self.pop_fblock();
        self.call_exit_with_nones(is_async);
        self.b().emit(Op::PopTop, 0);
        self.b().jump(Op::Jump, end);

        // Stack: [exit, exc] → PushExcInfo → [exit, prev, exc].
        self.b().bind_at(wh, d + 2);
        self.b().push_handler(cleanup, d + 2);
        self.b().emit(Op::PushExcInfo, 0);
        self.b().emit(Op::WithExceptStart, 0);
        if is_async {
            self.await_tos(2);
        }
        self.b().jump(Op::PopJumpIfTrue, suppress);
        self.b().emit(Op::Reraise, 0);
        self.b().pop_handler();
        self.b().bind_at(cleanup, d + 3);
        self.pop_except_and_reraise();
        self.b().bind_at(suppress, d + 3);
        self.b().emit(Op::PopTop, 0);
        self.b().emit(Op::PopExcept, 0);
        self.b().emit(Op::PopTop, 0);
        self.b().bind_at(end, d);
        Ok(())
    }

    fn import(&mut self, names: &'a [ast::Alias]) -> CResult {
        for a in names {
            self.b().load_const(Constant::Int(0));
            self.b().load_const(Constant::None);
            self.b().emit_name(Op::ImportName, &a.name);
            match &a.asname {
                Some(asname) => {
                    let parts: Vec<&str> = a.name.split('.').collect();
                    for part in parts.iter().skip(1) {
                        self.b().emit_name(Op::ImportFrom, part);
                        self.b().emit(Op::Swap, 2);
                        self.b().emit(Op::PopTop, 0);
                    }
                    self.name_op(asname, Ctx::Store)?;
                }
                None => {
                    let top = a.name.split('.').next().unwrap_or(&a.name);
                    self.name_op(top, Ctx::Store)?;
                }
            }
        }
        Ok(())
    }

    fn import_from(
        &mut self,
        module: Option<&str>,
        names: &'a [ast::Alias],
        level: u32,
    ) -> CResult {
        self.b().load_const(Constant::Int(level as i64));
        let fromlist: Vec<Constant> = names
            .iter()
            .map(|a| Constant::Str(Rc::from(a.name.as_str())))
            .collect();
        self.b().load_const(Constant::Tuple(Rc::from(fromlist)));
        self.b().emit_name(Op::ImportName, module.unwrap_or(""));
        if names.len() == 1 && names[0].name == "*" {
            self.b().emit(Op::ImportStar, 0);
            return Ok(());
        }
        for a in names {
            self.b().emit_name(Op::ImportFrom, &a.name);
            self.name_op(a.asname.as_deref().unwrap_or(&a.name), Ctx::Store)?;
        }
        self.b().emit(Op::PopTop, 0);
        Ok(())
    }
}

impl super::Unit<'_> {
    pub fn is_async_function(&self) -> bool {
        self.is_async && self.kind == ScopeKind::Function
    }
}

/// Is `e` a literal whose truth is always true (`while True:`, `while 1:`)?
fn is_true_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant(c) => match c {
            ast::Constant::True | ast::Constant::Ellipsis | ast::Constant::BigInt(_) => true,
            ast::Constant::Int(i) => *i != 0,
            ast::Constant::Float(x) | ast::Constant::Imaginary(x) => *x != 0.0,
            ast::Constant::Str(t) => !t.is_empty(),
            ast::Constant::Bytes(b) => !b.is_empty(),
            ast::Constant::None | ast::Constant::False => false,
        },
        _ => false,
    }
}
