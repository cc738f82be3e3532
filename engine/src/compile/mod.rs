//! AST → bytecode: scope analysis (`scope`) and code generation (`codegen`
//! builder; `expr`, `stmt`, `function`, `targets` emit the code).

mod analyze;
mod codegen;
mod expr;
mod function;
mod future;
mod patterns;
mod scope;
mod stmt;
mod superinstructions;
mod targets;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_errors;
#[cfg(test)]
mod tests_flow;
#[cfg(test)]
mod tests_match;
#[cfg(test)]
mod tests_stmts;
mod unparse;

use std::borrow::Cow;
use std::rc::Rc;

use crate::ast::{self, Loc, Stmt};
use crate::bytecode::{flags, CodeObject, Constant, Op};
use crate::syntax::{SyntaxError, SyntaxErrorKind};

use codegen::{CodeBuilder, Label};
use scope::{NameScope, ScopeKind, SymbolTable};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Interactive,
}

/// Exec: a module body (returns None at the end). Interactive: like Exec but
/// expression statements at top level use PrintExpr instead of PopTop.
pub fn compile_module(
    module: &ast::Module,
    filename: &str,
    mode: Mode,
) -> Result<Rc<CodeObject>, SyntaxError> {
    let future = future::scan(&module.body, filename)?;
    let st = scope::build_module(module, filename, future.annotations)?;
    let mut c = Compiler::new(filename, st);
    c.future = future;
    c.future_imports = &module.body[..future.leading];
    c.enter_scope(0, "<module>", 1);
    c.unit().interactive = mode == Mode::Interactive;
    c.compile_body(&module.body)?;
    c.b().load_const(Constant::None);
    c.b().emit(Op::ReturnValue, 0);
    Ok(Rc::new(c.exit_scope(None)))
}

/// Eval: an expression whose value the code returns.
pub fn compile_expression(expr: &ast::Expr, filename: &str) -> Result<Rc<CodeObject>, SyntaxError> {
    let st = scope::build_expression(expr, filename)?;
    let mut c = Compiler::new(filename, st);
    c.enter_scope(0, "<module>", 1);
    c.expr(expr)?;
    c.b().emit(Op::ReturnValue, 0);
    Ok(Rc::new(c.exit_scope(None)))
}

type CResult<T = ()> = Result<T, SyntaxError>;

/// A SyntaxError at an AST location (columns become 1-based).
pub(crate) fn error(filename: &str, msg: impl Into<String>, loc: Loc) -> SyntaxError {
    SyntaxError::new(
        SyntaxErrorKind::SyntaxError,
        msg,
        filename,
        loc.line,
        loc.col + 1,
    )
}

/// Private name mangling: `__x` inside class `C` becomes `_C__x`.
pub(crate) fn mangle<'n>(private: Option<&str>, name: &'n str) -> Cow<'n, str> {
    let Some(p) = private else {
        return Cow::Borrowed(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let stripped = p.trim_start_matches('_');
    if stripped.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{}{}", stripped, name))
}

/// A block that `return`/`break`/`continue` must unwind (CPython's fblock).
#[derive(Clone)]
pub(crate) enum FBlockKind<'a> {
    WhileLoop { start: Label, exit: Label },
    ForLoop { start: Label, exit: Label },
    TryExcept,
    FinallyTry { body: &'a [Stmt] },
    FinallyEnd,
    With { is_async: bool },
    HandlerCleanup { name: Option<String> },
    PopValue,
}

#[derive(Clone)]
pub(crate) struct FBlock<'a> {
    pub kind: FBlockKind<'a>,
    /// The handler-stack height to restore while unwinding this block.
    pub handlers_before: usize,
}

/// One code object under construction.
pub(crate) struct Unit<'a> {
    pub b: CodeBuilder,
    pub scope: usize,
    pub kind: ScopeKind,
    pub is_async: bool,
    pub name: String,
    pub qualname: String,
    pub private: Option<String>,
    pub first_line: u32,
    pub fblocks: Vec<FBlock<'a>>,
    pub interactive: bool,
}

pub(crate) struct Compiler<'a> {
    pub filename: &'a str,
    pub st: SymbolTable,
    pub units: Vec<Unit<'a>>,
    /// The module's future features.
    pub future: future::Future,
    /// The docstring and future imports at the module's top, where a
    /// future import may stand.
    pub future_imports: &'a [Stmt],
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Ctx {
    Load,
    Store,
    Del,
}

impl<'a> Compiler<'a> {
    fn new(filename: &'a str, st: SymbolTable) -> Self {
        Compiler {
            filename,
            st,
            units: Vec::new(),
            future: future::Future::default(),
            future_imports: &[],
        }
    }

    pub fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().unwrap()
    }

    pub fn u(&self) -> &Unit<'a> {
        self.units.last().unwrap()
    }

    pub fn b(&mut self) -> &mut CodeBuilder {
        &mut self.units.last_mut().unwrap().b
    }

    pub fn err(&self, msg: impl Into<String>, loc: Loc) -> SyntaxError {
        error(self.filename, msg, loc)
    }

    pub fn set_line(&mut self, loc: Loc) {
        if loc.line > 0 {
            self.b().line = loc.line;
        }
    }

    pub fn mangle<'n>(&self, name: &'n str) -> Cow<'n, str> {
        mangle(self.u().private.as_deref(), name)
    }

    /// Opens a new code unit for scope `scope_id`.
    pub fn enter_scope(&mut self, scope_id: usize, name: &str, first_line: u32) {
        let s = &self.st.scopes[scope_id];
        let kind = s.kind;
        let mut b = CodeBuilder::new();
        b.varnames = s.varnames.iter().map(|n| Rc::from(n.as_str())).collect();
        b.cellvars = s.cellvars.iter().map(|n| Rc::from(n.as_str())).collect();
        b.freevars = s.freevars.iter().map(|n| Rc::from(n.as_str())).collect();
        b.line = first_line;
        let private = if kind == ScopeKind::Class {
            Some(name.to_string())
        } else {
            self.units.last().and_then(|u| u.private.clone())
        };
        let qualname = self.qualname_for(name, kind);
        self.units.push(Unit {
            b,
            scope: scope_id,
            kind,
            is_async: s.is_coroutine,
            name: name.to_string(),
            qualname,
            private,
            first_line,
            fblocks: Vec::new(),
            interactive: false,
        });
    }

    /// CPython's qualname rules: `C.m`, `f.<locals>.g`, a `global` declaration resets.
    fn qualname_for(&self, name: &str, kind: ScopeKind) -> String {
        if self.units.len() <= 1 {
            return name.to_string();
        }
        let parent = self.u();
        if matches!(kind, ScopeKind::Function | ScopeKind::Class) {
            let mangled = mangle(parent.private.as_deref(), name);
            if self.st.scopes[parent.scope].scope_of(&mangled) == NameScope::GlobalExplicit {
                return name.to_string();
            }
        }
        match parent.kind {
            ScopeKind::Function | ScopeKind::Lambda => {
                format!("{}.<locals>.{}", parent.qualname, name)
            }
            _ => format!("{}.{}", parent.qualname, name),
        }
    }

    /// Closes the current unit and builds its code object.
    pub fn exit_scope(&mut self, doc: Option<&str>) -> CodeObject {
        let u = self.units.pop().unwrap();
        let s = &self.st.scopes[u.scope];
        let mut code = CodeObject {
            name: Rc::from(u.name.as_str()),
            qualname: Rc::from(u.qualname.as_str()),
            filename: Rc::from(self.filename),
            first_line: u.first_line,
            doc: doc.map(Rc::from),
            ..Default::default()
        };
        let mut fl = 0;
        match s.kind {
            ScopeKind::Module => {}
            ScopeKind::Class => fl |= flags::CLASS_BODY,
            _ => {
                fl |= flags::OPTIMIZED | flags::NEWLOCALS;
                if s.nested {
                    fl |= flags::NESTED;
                }
                if s.is_coroutine && s.is_generator {
                    fl |= flags::ASYNC_GENERATOR;
                } else if s.is_coroutine {
                    fl |= flags::COROUTINE;
                } else if s.is_generator {
                    fl |= flags::GENERATOR;
                }
            }
        }
        code.flags = fl;
        code.cell_params = s
            .cellvars
            .iter()
            .map(|c| s.params.iter().position(|p| p == c).map(|i| i as u32))
            .collect();
        u.b.finish(&mut code);
        code
    }

    /// Emits the load/store/delete of a variable according to its scope.
    pub fn name_op(&mut self, name: &str, ctx: Ctx) -> CResult {
        let mangled = self.mangle(name).into_owned();
        let u = self.u();
        let kind = u.kind;
        let sym = self.st.scopes[u.scope].lookup(&mangled);
        let (sc, free_class) = sym
            .map(|s| (s.scope, s.free_class))
            .unwrap_or((NameScope::GlobalImplicit, false));
        let fast = kind.is_function_like();
        enum How {
            Fast,
            Deref,
            Global,
            Name,
        }
        let how = match sc {
            NameScope::Free | NameScope::Cell if !free_class => How::Deref,
            NameScope::Local if fast => How::Fast,
            NameScope::GlobalImplicit if fast => How::Global,
            NameScope::GlobalExplicit => How::Global,
            _ => How::Name,
        };
        match how {
            How::Fast => {
                let Some(i) = self.u().b.varname_index(&mangled) else {
                    return Err(self.err(
                        format!("internal error: no slot for '{}'", name),
                        Loc::default(),
                    ));
                };
                let op = match ctx {
                    Ctx::Load => Op::LoadFast,
                    Ctx::Store => Op::StoreFast,
                    Ctx::Del => Op::DeleteFast,
                };
                self.b().emit(op, i);
            }
            How::Deref => {
                let Some(i) = self.u().b.deref_index(&mangled) else {
                    return Err(self.err(
                        format!("internal error: no cell for '{}'", name),
                        Loc::default(),
                    ));
                };
                let op = match ctx {
                    Ctx::Load if kind == ScopeKind::Class => Op::LoadClassDeref,
                    Ctx::Load => Op::LoadDeref,
                    Ctx::Store => Op::StoreDeref,
                    Ctx::Del => Op::DeleteDeref,
                };
                self.b().emit(op, i);
            }
            How::Global => {
                let op = match ctx {
                    Ctx::Load => Op::LoadGlobal,
                    Ctx::Store => Op::StoreGlobal,
                    Ctx::Del => Op::DeleteGlobal,
                };
                self.b().emit_name(op, &mangled);
            }
            How::Name => {
                let op = match ctx {
                    Ctx::Load => Op::LoadName,
                    Ctx::Store => Op::StoreName,
                    Ctx::Del => Op::DeleteName,
                };
                self.b().emit_name(op, &mangled);
            }
        }
        Ok(())
    }

    /// Module/class bodies: SetupAnnotations, the docstring into `__doc__`, the statements.
    pub fn compile_body(&mut self, body: &'a [Stmt]) -> CResult {
        if let Some(first) = body.first() {
            self.set_line(first.loc);
        }
        if find_annotations(body) {
            self.b().emit(Op::SetupAnnotations, 0);
        }
        let mut rest = body;
        if !self.u().interactive {
            if let Some(doc) = docstring(body) {
                self.set_line(body[0].loc);
                self.b().load_const(Constant::Str(Rc::from(doc)));
                self.name_op("__doc__", Ctx::Store)?;
                rest = &body[1..];
            }
        }
        for s in rest {
            self.stmt(s)?;
        }
        Ok(())
    }
}

/// The docstring of a body, if it starts with a string literal.
pub(crate) fn docstring(body: &[Stmt]) -> Option<&str> {
    match &body.first()?.kind {
        ast::StmtKind::Expr(ast::Expr {
            kind: ast::ExprKind::Constant(ast::Constant::Str(s)),
            ..
        }) => Some(s),
        _ => None,
    }
}

/// Does a module/class body contain an annotated assignment (not inside nested scopes)?
pub(crate) fn find_annotations(body: &[Stmt]) -> bool {
    use ast::StmtKind as K;
    body.iter().any(|s| match &s.kind {
        K::AnnAssign { .. } => true,
        K::For { body, orelse, .. }
        | K::While { body, orelse, .. }
        | K::If { body, orelse, .. } => find_annotations(body) || find_annotations(orelse),
        K::With { body, .. } => find_annotations(body),
        K::Match { cases, .. } => cases.iter().any(|c| find_annotations(&c.body)),
        K::Try(t) => {
            find_annotations(&t.body)
                || find_annotations(&t.orelse)
                || find_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| find_annotations(&h.body))
        }
        _ => false,
    })
}
