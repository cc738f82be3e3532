//! Nested code objects: `def`, `lambda`, `class` bodies and comprehensions
//! (each a function taking the outermost iterator as `.0`).

use std::rc::Rc;

use crate::ast::{self, Expr, ExprKind, Loc};
use crate::bytecode::{CodeObject, Constant, Op};

use super::scope::{NameScope, ScopeKind};
use super::{docstring, CResult, Compiler, Ctx};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Comp {
    List,
    Set,
    Dict,
    Gen,
}

impl<'a> Compiler<'a> {
    /// Pushes the closure tuple for `code` (if it has free variables) and makes the function.
    fn make_closure(&mut self, code: CodeObject, mut flags: u32) -> CResult {
        if !code.freevars.is_empty() {
            for name in code.freevars.iter() {
                let idx = self.closure_index(name);
                let Some(i) = idx else {
                    return Err(self.err(
                        format!("internal error: no cell for free variable '{}'", name),
                        Loc::default(),
                    ));
                };
                self.b().emit(Op::LoadClosure, i);
            }
            self.b().emit(Op::BuildTuple, code.freevars.len() as u32);
            flags |= 8;
        }
        self.b().load_const(Constant::Code(Rc::new(code)));
        self.b().emit(Op::MakeFunction, flags);
        Ok(())
    }

    /// Deref index, in the current unit, of the cell an inner scope captures as `name`.
    fn closure_index(&self, name: &str) -> Option<u32> {
        let u = self.u();
        if u.kind == ScopeKind::Class && name == "__class__" {
            return u.b.deref_index(name);
        }
        match self.st.scopes[u.scope].lookup(name) {
            Some(sym)
                if matches!(sym.scope, NameScope::Cell | NameScope::Free) || sym.free_class =>
            {
                u.b.deref_index(name)
            }
            _ => None,
        }
    }

    /// Defaults tuple and kw-defaults dict; returns the MakeFunction flags so far.
    fn defaults(&mut self, args: &'a ast::Arguments, loc: Loc) -> CResult<u32> {
        let mut flags = 0;
        let npos = args.posonlyargs.len() + args.args.len();
        if args.defaults.len() > npos {
            return Err(self.err("more defaults than positional parameters", loc));
        }
        if !args.defaults.is_empty() {
            match args
                .defaults
                .iter()
                .map(super::expr::const_value)
                .collect::<Option<Vec<_>>>()
            {
                Some(vals) => self.b().load_const(Constant::Tuple(Rc::from(vals))),
                None => {
                    for d in &args.defaults {
                        self.expr(d)?;
                    }
                    self.b().emit(Op::BuildTuple, args.defaults.len() as u32);
                }
            }
            flags |= 1;
        }
        let mut n = 0;
        for (a, d) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = d {
                let name = self.mangle(&a.name).into_owned();
                self.b().load_const(Constant::Str(Rc::from(name.as_str())));
                self.expr(d)?;
                n += 1;
            }
        }
        if n > 0 {
            self.b().emit(Op::BuildMap, n);
            flags |= 2;
        }
        Ok(flags)
    }

    fn annotations(&mut self, args: &'a ast::Arguments, returns: Option<&'a Expr>) -> CResult<u32> {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(args.vararg.iter())
            .chain(&args.kwonlyargs)
            .chain(args.kwarg.iter());
        let mut n = 0;
        for a in all {
            if let Some(ann) = &a.annotation {
                let name = self.mangle(&a.name).into_owned();
                self.b().load_const(Constant::Str(Rc::from(name.as_str())));
                self.annotation(ann)?;
                n += 1;
            }
        }
        if let Some(r) = returns {
            self.b().load_const(Constant::Str(Rc::from("return")));
            self.annotation(r)?;
            n += 1;
        }
        if n > 0 {
            self.b().emit(Op::BuildMap, n);
            return Ok(4);
        }
        Ok(0)
    }

    fn set_arg_counts(code: &mut CodeObject, args: &ast::Arguments) {
        code.posonlyargcount = args.posonlyargs.len() as u32;
        code.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        code.kwonlyargcount = args.kwonlyargs.len() as u32;
        if args.vararg.is_some() {
            code.flags |= crate::bytecode::flags::VARARGS;
        }
        if args.kwarg.is_some() {
            code.flags |= crate::bytecode::flags::VARKEYWORDS;
        }
    }

    pub fn function_def(&mut self, f: &'a ast::FunctionDef, loc: Loc) -> CResult {
        for d in &f.decorators {
            self.expr(d)?;
        }
        let first_line = f.decorators.first().map(|d| d.loc.line).unwrap_or(loc.line);
        self.set_line(loc);
        let mut flags = self.defaults(&f.args, loc)?;
        flags |= self.annotations(&f.args, f.returns.as_ref())?;
        let scope = self.st.scope_for(f);
        self.enter_scope(scope, &f.name, first_line);
        self.b().line = loc.line;
        let doc = docstring(&f.body);
        let body = if doc.is_some() {
            &f.body[1..]
        } else {
            &f.body[..]
        };
        if let Some(d) = doc {
            self.b().add_const(Constant::Str(Rc::from(d)));
        }
        for s in body {
            self.stmt(s)?;
        }
        if !matches!(body.last().map(|s| &s.kind), Some(ast::StmtKind::Return(_))) {
            self.b().load_const(Constant::None);
            self.b().emit(Op::ReturnValue, 0);
        }
        let mut code = self.exit_scope(doc);
        Self::set_arg_counts(&mut code, &f.args);
        self.set_line(loc);
        self.make_closure(code, flags)?;
        for _ in &f.decorators {
            self.b().emit(Op::Call, 1);
        }
        self.name_op(&f.name, Ctx::Store)
    }

    pub fn lambda(&mut self, e: &'a Expr, args: &'a ast::Arguments, body: &'a Expr) -> CResult {
        let flags = self.defaults(args, e.loc)?;
        let scope = self.st.scope_for(e);
        self.enter_scope(scope, "<lambda>", e.loc.line);
        self.expr(body)?;
        self.b().emit(Op::ReturnValue, 0);
        let mut code = self.exit_scope(None);
        Self::set_arg_counts(&mut code, args);
        self.make_closure(code, flags)
    }

    pub fn class_def(&mut self, c: &'a ast::ClassDef, loc: Loc) -> CResult {
        for d in &c.decorators {
            self.expr(d)?;
        }
        let first_line = c.decorators.first().map(|d| d.loc.line).unwrap_or(loc.line);
        self.set_line(loc);
        let scope = self.st.scope_for(c);
        self.enter_scope(scope, &c.name, first_line);
        self.b().line = loc.line;
        self.b().emit_name(Op::LoadName, "__name__");
        self.b().emit_name(Op::StoreName, "__module__");
        let qualname = self.u().qualname.clone();
        self.b()
            .load_const(Constant::Str(Rc::from(qualname.as_str())));
        self.b().emit_name(Op::StoreName, "__qualname__");
        let doc = docstring(&c.body);
        self.compile_body(&c.body)?;
        if self.st.scopes[scope].needs_class_cell {
            let i = self.u().b.deref_index("__class__").unwrap_or(0);
            self.b().emit(Op::LoadClosure, i);
        } else {
            self.b().load_const(Constant::None);
        }
        self.b().emit(Op::ReturnValue, 0);
        let code = self.exit_scope(doc);
        self.set_line(loc);
        self.b().emit(Op::LoadBuildClass, 0);
        self.make_closure(code, 0)?;
        self.b()
            .load_const(Constant::Str(Rc::from(c.name.as_str())));
        self.call_helper(2, &c.bases, &c.keywords)?;
        for _ in &c.decorators {
            self.b().emit(Op::Call, 1);
        }
        self.name_op(&c.name, Ctx::Store)
    }

    pub fn comprehension(&mut self, e: &'a Expr) -> CResult {
        let (kind, name, generators, elt, val) = match &e.kind {
            ExprKind::ListComp { elt, generators } => {
                (Comp::List, "<listcomp>", generators, &**elt, None)
            }
            ExprKind::SetComp { elt, generators } => {
                (Comp::Set, "<setcomp>", generators, &**elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (Comp::Dict, "<dictcomp>", generators, &**key, Some(&**value)),
            ExprKind::GeneratorExp { elt, generators } => {
                (Comp::Gen, "<genexpr>", generators, &**elt, None)
            }
            _ => unreachable!(),
        };
        let outer_async = self.u().is_async_function() || self.u().kind == ScopeKind::Comprehension;
        let scope = self.st.scope_for(e);
        let is_async = self.st.scopes[scope].is_coroutine;
        if is_async && kind != Comp::Gen && !outer_async {
            return Err(self.err(
                "asynchronous comprehension outside of an asynchronous function",
                e.loc,
            ));
        }
        for g in generators {
            self.check_target(&g.target)?;
        }
        self.enter_scope(scope, name, e.loc.line);
        self.b().line = e.loc.line;
        match kind {
            Comp::List => self.b().emit(Op::BuildList, 0),
            Comp::Set => self.b().emit(Op::BuildSet, 0),
            Comp::Dict => self.b().emit(Op::BuildMap, 0),
            Comp::Gen => {}
        }
        self.comp_generator(generators, 0, 0, elt, val, kind)?;
        if kind == Comp::Gen {
            self.b().load_const(Constant::None);
        }
        self.b().emit(Op::ReturnValue, 0);
        let mut code = self.exit_scope(None);
        code.argcount = 1;
        self.make_closure(code, 0)?;
        self.expr(&generators[0].iter)?;
        self.b().emit(
            if generators[0].is_async {
                Op::GetAIter
            } else {
                Op::GetIter
            },
            0,
        );
        self.b().emit(Op::Call, 1);
        if is_async && kind != Comp::Gen {
            self.await_tos(0);
        }
        Ok(())
    }

    fn comp_generator(
        &mut self,
        gens: &'a [ast::Comprehension],
        index: usize,
        depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: Comp,
    ) -> CResult {
        let g = &gens[index];
        if index == 0 {
            self.b().emit(Op::LoadFast, 0);
        } else {
            self.expr(&g.iter)?;
            self.b().emit(
                if g.is_async {
                    Op::GetAIter
                } else {
                    Op::GetIter
                },
                0,
            );
        }
        let depth = depth + 1;
        let start = self.b().new_label();
        let if_cleanup = self.b().new_label();
        let anchor = self.b().new_label();
        self.b().bind(start);
        let d = self.u().b.depth as u32;
        if g.is_async {
            self.b().push_handler(anchor, d);
            self.b().emit(Op::GetANext, 0);
            self.await_tos(0);
            self.b().pop_handler();
        } else {
            self.b().jump(Op::ForIter, anchor);
        }
        self.store_target(&g.target)?;
        for cond in &g.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if index + 1 < gens.len() {
            self.comp_generator(gens, index + 1, depth, elt, val, kind)?;
        } else {
            match kind {
                Comp::Gen => {
                    self.expr(elt)?;
                    self.b().emit(Op::YieldValue, 0);
                    self.b().emit(Op::PopTop, 0);
                }
                Comp::List => {
                    self.expr(elt)?;
                    self.b().emit(Op::ListAppend, depth + 1);
                }
                Comp::Set => {
                    self.expr(elt)?;
                    self.b().emit(Op::SetAdd, depth + 1);
                }
                Comp::Dict => {
                    self.expr(elt)?;
                    self.expr(val.unwrap())?;
                    self.b().emit(Op::MapAdd, depth + 1);
                }
            }
        }
        self.b().bind(if_cleanup);
        self.b().jump(Op::Jump, start);
        if g.is_async {
            // Stack: [aiter, exc]; StopAsyncIteration ends the loop.
            self.b().bind_at(anchor, d + 1);
            self.b().emit(Op::EndAsyncFor, 0);
        } else {
            self.b().bind(anchor);
        }
        Ok(())
    }
}
