//! Symbol table: a pre-pass over the AST that classifies every name of every
//! scope as local, cell, free or global (CPython's symtable.c, redone).

use std::collections::{HashMap, HashSet};

use crate::ast::{self, Expr, ExprKind, Loc, Stmt, StmtKind};
use crate::syntax::SyntaxError;

use super::mangle;

mod patterns;

pub const DEF_LOCAL: u32 = 1;
pub const DEF_GLOBAL: u32 = 2;
pub const DEF_NONLOCAL: u32 = 4;
pub const DEF_PARAM: u32 = 8;
pub const USE: u32 = 16;
pub const DEF_IMPORT: u32 = 32;
pub const DEF_ANNOT: u32 = 64;
pub const DEF_COMP_ITER: u32 = 128;
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    pub fn is_function_like(self) -> bool {
        matches!(
            self,
            ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
        )
    }
}

/// Where a name lives, once analysis is done.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

#[derive(Clone, Debug)]
pub struct Symbol {
    pub flags: u32,
    pub scope: NameScope,
    /// A class-body local that a method also sees as a free variable of an
    /// enclosing function (the class code passes the cell through).
    pub free_class: bool,
    /// Where a `global`/`nonlocal` directive for it appeared.
    pub directive: Option<Loc>,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub loc: Loc,
    /// Symbol names in order of first appearance.
    pub order: Vec<String>,
    pub symbols: HashMap<String, Symbol>,
    pub params: Vec<String>,
    pub children: Vec<usize>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    pub nested: bool,
    pub needs_class_cell: bool,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// For comprehension scopes: the comprehension kind name, e.g. "list comprehension".
    pub comp_kind: Option<&'static str>,
}

impl Scope {
    fn new(kind: ScopeKind, loc: Loc, nested: bool) -> Scope {
        Scope {
            kind,
            loc,
            order: Vec::new(),
            symbols: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            nested,
            needs_class_cell: false,
            varnames: Vec::new(),
            cellvars: Vec::new(),
            freevars: Vec::new(),
            comp_kind: None,
        }
    }

    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.symbols.get(name)
    }

    /// The resolved scope of a (mangled) name; unknown names are implicit globals.
    pub fn scope_of(&self, name: &str) -> NameScope {
        self.symbols
            .get(name)
            .map(|s| s.scope)
            .unwrap_or(NameScope::GlobalImplicit)
    }
}

/// All scopes of a module, keyed by the address of the AST node that opens them.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    pub by_node: HashMap<usize, usize>,
}

impl SymbolTable {
    pub fn scope_for<T>(&self, node: &T) -> usize {
        self.by_node[&(node as *const T as usize)]
    }
}

struct Builder<'f> {
    filename: &'f str,
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    stack: Vec<usize>,
    /// Class name for private-name mangling, per open scope.
    private: Vec<Option<String>>,
    /// Annotations are kept as text (`from __future__ import annotations`).
    string_annotations: bool,
}

type SResult<T> = Result<T, SyntaxError>;

/// `string_annotations`: the module has `from __future__ import annotations`,
/// so annotations are text and their names are not uses.
pub fn build_module(
    module: &ast::Module,
    filename: &str,
    string_annotations: bool,
) -> SResult<SymbolTable> {
    let mut b = Builder::new(filename);
    b.string_annotations = string_annotations;
    b.push_scope(ScopeKind::Module, "top", Loc::default(), 0);
    for s in &module.body {
        b.visit_stmt(s)?;
    }
    b.finish()
}

pub fn build_expression(expr: &Expr, filename: &str) -> SResult<SymbolTable> {
    let mut b = Builder::new(filename);
    b.push_scope(ScopeKind::Module, "top", Loc::default(), 0);
    b.visit_expr(expr)?;
    b.finish()
}

impl<'f> Builder<'f> {
    fn new(filename: &'f str) -> Self {
        Builder {
            filename,
            scopes: Vec::new(),
            by_node: HashMap::new(),
            stack: Vec::new(),
            private: Vec::new(),
            string_annotations: false,
        }
    }

    fn err(&self, msg: impl Into<String>, loc: Loc) -> SyntaxError {
        super::error(self.filename, msg, loc)
    }

    fn finish(mut self) -> SResult<SymbolTable> {
        self.stack.pop();
        let mut t = SymbolTable {
            scopes: self.scopes,
            by_node: self.by_node,
        };
        super::analyze::analyze(&mut t, 0, &HashSet::new(), self.filename)?;
        Ok(t)
    }

    fn cur(&mut self) -> &mut Scope {
        let i = *self.stack.last().unwrap();
        &mut self.scopes[i]
    }

    fn push_scope(&mut self, kind: ScopeKind, name: &str, loc: Loc, key: usize) -> usize {
        let nested = match self.stack.last() {
            Some(&p) => self.scopes[p].nested || self.scopes[p].kind.is_function_like(),
            None => false,
        };
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, loc, nested));
        if let Some(&p) = self.stack.last() {
            self.scopes[p].children.push(id);
        }
        if key != 0 {
            self.by_node.insert(key, id);
        }
        self.stack.push(id);
        let private = if kind == ScopeKind::Class {
            Some(name.to_string())
        } else {
            self.private.last().cloned().flatten()
        };
        self.private.push(private);
        id
    }

    fn pop_scope(&mut self) {
        self.stack.pop();
        self.private.pop();
    }

    fn mangle(&self, name: &str) -> String {
        mangle(self.private.last().and_then(|p| p.as_deref()), name).into_owned()
    }

    fn add_def_in(&mut self, scope: usize, name: &str, flag: u32, loc: Loc) -> SResult<()> {
        let s = &mut self.scopes[scope];
        match s.symbols.get_mut(name) {
            Some(sym) => {
                if flag & DEF_PARAM != 0 && sym.flags & DEF_PARAM != 0 {
                    return Err(self.err(
                        format!("duplicate argument '{}' in function definition", name),
                        loc,
                    ));
                }
                sym.flags |= flag;
            }
            None => {
                s.order.push(name.to_string());
                s.symbols.insert(
                    name.to_string(),
                    Symbol {
                        flags: flag,
                        scope: NameScope::GlobalImplicit,
                        free_class: false,
                        directive: None,
                    },
                );
            }
        }
        if flag & DEF_PARAM != 0 {
            self.scopes[scope].params.push(name.to_string());
        }
        Ok(())
    }

    fn add_def(&mut self, name: &str, flag: u32, loc: Loc) -> SResult<()> {
        let name = self.mangle(name);
        let cur = *self.stack.last().unwrap();
        self.add_def_in(cur, &name, flag, loc)
    }

    fn visit_body(&mut self, body: &[Stmt]) -> SResult<()> {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    fn visit_stmt(&mut self, s: &Stmt) -> SResult<()> {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                self.add_def(&f.name, DEF_LOCAL, s.loc)?;
                self.visit_exprs(&f.decorators)?;
                self.visit_arg_defaults(&f.args)?;
                if !self.string_annotations {
                    self.visit_arg_annotations(&f.args)?;
                    if let Some(r) = &f.returns {
                        self.visit_expr(r)?;
                    }
                }
                let key = &**f as *const ast::FunctionDef as usize;
                self.push_scope(ScopeKind::Function, &f.name, s.loc, key);
                if f.is_async {
                    self.cur().is_coroutine = true;
                }
                self.visit_params(&f.args, s.loc)?;
                self.visit_body(&f.body)?;
                self.pop_scope();
            }
            StmtKind::ClassDef(c) => {
                self.add_def(&c.name, DEF_LOCAL, s.loc)?;
                self.visit_exprs(&c.bases)?;
                for k in &c.keywords {
                    self.visit_expr(&k.value)?;
                }
                self.visit_exprs(&c.decorators)?;
                let key = &**c as *const ast::ClassDef as usize;
                self.push_scope(ScopeKind::Class, &c.name, s.loc, key);
                self.visit_body(&c.body)?;
                self.pop_scope();
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.visit_target(t, DEF_LOCAL)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                for t in targets {
                    self.visit_target(t, DEF_LOCAL)?;
                }
                self.visit_expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                if let ExprKind::Name(n) = &target.kind {
                    self.add_def(n, DEF_LOCAL | USE, target.loc)?;
                } else {
                    self.visit_target(target, DEF_LOCAL)?;
                }
                self.visit_expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name(n) = &target.kind {
                    let m = self.mangle(n);
                    let cur = *self.stack.last().unwrap();
                    if let Some(sym) = self.scopes[cur].symbols.get(&m) {
                        if sym.flags & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && *simple {
                            let what = if sym.flags & DEF_GLOBAL != 0 {
                                "global"
                            } else {
                                "nonlocal"
                            };
                            return Err(self.err(
                                format!("annotated name '{}' can't be {}", n, what),
                                target.loc,
                            ));
                        }
                    }
                    let mut flag = DEF_LOCAL;
                    if *simple {
                        flag |= DEF_ANNOT;
                    }
                    self.add_def(n, flag, target.loc)?;
                } else {
                    self.visit_target(target, DEF_LOCAL)?;
                }
                if !self.string_annotations {
                    self.visit_expr(annotation)?;
                }
                if let Some(v) = value {
                    self.visit_expr(v)?;
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.visit_target(target, DEF_LOCAL)?;
                self.visit_expr(iter)?;
                self.visit_body(body)?;
                self.visit_body(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_body(body)?;
                self.visit_body(orelse)?;
            }
            StmtKind::With { items, body, .. } => {
                for it in items {
                    self.visit_expr(&it.context)?;
                    if let Some(t) = &it.target {
                        self.visit_target(t, DEF_LOCAL)?;
                    }
                }
                self.visit_body(body)?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                }
                if let Some(c) = cause {
                    self.visit_expr(c)?;
                }
            }
            StmtKind::Try(t) => {
                self.visit_body(&t.body)?;
                for h in &t.handlers {
                    if let Some(ty) = &h.typ {
                        self.visit_expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n, DEF_LOCAL, h.loc)?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(&t.orelse)?;
                self.visit_body(&t.finalbody)?;
            }
            StmtKind::Match { subject, cases } => {
                self.visit_expr(subject)?;
                for c in cases {
                    self.visit_pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_body(&c.body)?;
                }
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                if let Some(m) = msg {
                    self.visit_expr(m)?;
                }
            }
            StmtKind::Import(names) => {
                for a in names {
                    let bound = match &a.asname {
                        Some(n) => n.as_str(),
                        None => a.name.split('.').next().unwrap_or(&a.name),
                    };
                    self.add_def(bound, DEF_IMPORT, s.loc)?;
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name == "*" {
                        if self.cur().kind != ScopeKind::Module {
                            return Err(self.err("import * only allowed at module level", s.loc));
                        }
                        continue;
                    }
                    let bound = a.asname.as_deref().unwrap_or(&a.name);
                    self.add_def(bound, DEF_IMPORT, s.loc)?;
                }
            }
            StmtKind::Global(names) => self.visit_directive(names, DEF_GLOBAL, s.loc)?,
            StmtKind::Nonlocal(names) => {
                if self.cur().kind == ScopeKind::Module {
                    return Err(self.err("nonlocal declaration not allowed at module level", s.loc));
                }
                self.visit_directive(names, DEF_NONLOCAL, s.loc)?
            }
            StmtKind::Expr(e) => self.visit_expr(e)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn visit_directive(&mut self, names: &[String], flag: u32, loc: Loc) -> SResult<()> {
        let what = if flag == DEF_GLOBAL {
            "global"
        } else {
            "nonlocal"
        };
        for n in names {
            let m = self.mangle(n);
            let cur = *self.stack.last().unwrap();
            let prev = self.scopes[cur]
                .symbols
                .get(&m)
                .map(|s| s.flags)
                .unwrap_or(0);
            if prev & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT | DEF_IMPORT) != 0 {
                let msg = if prev & DEF_PARAM != 0 {
                    format!("name '{}' is parameter and {}", n, what)
                } else if prev & USE != 0 {
                    format!("name '{}' is used prior to {} declaration", n, what)
                } else if prev & DEF_ANNOT != 0 {
                    format!("annotated name '{}' can't be {}", n, what)
                } else {
                    format!("name '{}' is assigned to before {} declaration", n, what)
                };
                return Err(self.err(msg, loc));
            }
            self.add_def_in(cur, &m, flag, loc)?;
            let sym = self.scopes[cur].symbols.get_mut(&m).unwrap();
            sym.directive.get_or_insert(loc);
        }
        Ok(())
    }

    fn visit_params(&mut self, args: &ast::Arguments, _loc: Loc) -> SResult<()> {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            self.add_def(&a.name, DEF_PARAM, a.loc)?;
        }
        if let Some(a) = &args.vararg {
            self.add_def(&a.name, DEF_PARAM, a.loc)?;
        }
        if let Some(a) = &args.kwarg {
            self.add_def(&a.name, DEF_PARAM, a.loc)?;
        }
        Ok(())
    }

    fn visit_arg_defaults(&mut self, args: &ast::Arguments) -> SResult<()> {
        self.visit_exprs(&args.defaults)?;
        for d in args.kw_defaults.iter().flatten() {
            self.visit_expr(d)?;
        }
        Ok(())
    }

    fn visit_arg_annotations(&mut self, args: &ast::Arguments) -> SResult<()> {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(args.vararg.iter())
            .chain(&args.kwonlyargs)
            .chain(args.kwarg.iter());
        for a in all {
            if let Some(ann) = &a.annotation {
                self.visit_expr(ann)?;
            }
        }
        Ok(())
    }

    fn visit_exprs(&mut self, es: &[Expr]) -> SResult<()> {
        for e in es {
            self.visit_expr(e)?;
        }
        Ok(())
    }

    /// A store/delete target: names become local, sub-expressions are uses.
    fn visit_target(&mut self, t: &Expr, flag: u32) -> SResult<()> {
        match &t.kind {
            ExprKind::Name(n) => self.add_def(n, flag, t.loc),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.visit_target(i, flag)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) => self.visit_target(inner, flag),
            _ => self.visit_expr(t),
        }
    }

    fn visit_expr(&mut self, e: &Expr) -> SResult<()> {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => self.visit_exprs(values)?,
            ExprKind::NamedExpr { target, value } => {
                self.visit_expr(value)?;
                self.visit_named_target(target, e.loc)?;
            }
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.visit_arg_defaults(args)?;
                self.push_scope(
                    ScopeKind::Lambda,
                    "<lambda>",
                    e.loc,
                    e as *const Expr as usize,
                );
                self.visit_params(args, e.loc)?;
                self.visit_expr(body)?;
                self.pop_scope();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    if let Some(k) = k {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(v)?;
                }
            }
            ExprKind::Set(items)
            | ExprKind::List(items)
            | ExprKind::Tuple(items)
            | ExprKind::JoinedStr(items) => self.visit_exprs(items)?,
            ExprKind::ListComp { elt, generators } => self.visit_comprehension(
                e,
                "<listcomp>",
                "list comprehension",
                generators,
                elt,
                None,
            )?,
            ExprKind::SetComp { elt, generators } => self.visit_comprehension(
                e,
                "<setcomp>",
                "set comprehension",
                generators,
                elt,
                None,
            )?,
            ExprKind::GeneratorExp { elt, generators } => self.visit_comprehension(
                e,
                "<genexpr>",
                "generator expression",
                generators,
                elt,
                None,
            )?,
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.visit_comprehension(
                e,
                "<dictcomp>",
                "dict comprehension",
                generators,
                key,
                Some(value),
            )?,
            ExprKind::Await(v) => {
                if self.cur().kind == ScopeKind::Comprehension {
                    self.cur().is_coroutine = true;
                }
                self.visit_expr(v)?;
            }
            ExprKind::Yield(v) => {
                self.check_yield(e.loc)?;
                if let Some(v) = v {
                    self.visit_expr(v)?;
                }
            }
            ExprKind::YieldFrom(v) => {
                self.check_yield(e.loc)?;
                self.visit_expr(v)?;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.visit_expr(left)?;
                self.visit_exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.visit_expr(func)?;
                self.visit_exprs(args)?;
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.visit_expr(value)?;
                if let Some(s) = format_spec {
                    self.visit_expr(s)?;
                }
            }
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.visit_expr(value)?,
            ExprKind::Subscript { value, slice } => {
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
            }
            ExprKind::Starred(v) => self.visit_expr(v)?,
            ExprKind::Name(n) => {
                self.add_def(n, USE, e.loc)?;
                let kind = self.cur().kind;
                if kind.is_function_like() && n == "super" {
                    self.add_def("__class__", USE, e.loc)?;
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
            }
        }
        Ok(())
    }

    fn check_yield(&mut self, loc: Loc) -> SResult<()> {
        let s = self.cur();
        match s.kind {
            ScopeKind::Module | ScopeKind::Class => Err(self.err("'yield' outside function", loc)),
            ScopeKind::Comprehension => {
                let what = s.comp_kind.unwrap_or("comprehension");
                Err(self.err(format!("'yield' inside {}", what), loc))
            }
            _ => {
                s.is_generator = true;
                Ok(())
            }
        }
    }

    /// `(x := v)`: inside comprehensions the name binds in the nearest
    /// enclosing non-comprehension scope.
    fn visit_named_target(&mut self, target: &str, loc: Loc) -> SResult<()> {
        let mangled = self.mangle(target);
        let cur = *self.stack.last().unwrap();
        if self.scopes[cur].kind != ScopeKind::Comprehension {
            return self.add_def_in(cur, &mangled, DEF_LOCAL, loc);
        }
        for &sid in self.stack.iter().rev() {
            let s = &self.scopes[sid];
            if s.kind == ScopeKind::Comprehension {
                if s.symbols
                    .get(&mangled)
                    .is_some_and(|sym| sym.flags & DEF_COMP_ITER != 0)
                {
                    return Err(self.err(
                        format!("assignment expression cannot rebind comprehension iteration variable '{}'", target),
                        loc,
                    ));
                }
                continue;
            }
            match s.kind {
                ScopeKind::Class => return Err(self.err(
                    "assignment expression within a comprehension cannot be used in a class body",
                    loc,
                )),
                ScopeKind::Module => {
                    self.add_def_in(sid, &mangled, DEF_LOCAL, loc)?;
                    self.add_def_in(cur, &mangled, DEF_GLOBAL, loc)?;
                }
                // `global x` in the function: the comprehension's `x :=` is global too.
                _ if s
                    .symbols
                    .get(&mangled)
                    .is_some_and(|sym| sym.flags & DEF_GLOBAL != 0) =>
                {
                    self.add_def_in(cur, &mangled, DEF_GLOBAL, loc)?;
                }
                _ => {
                    self.add_def_in(sid, &mangled, DEF_LOCAL, loc)?;
                    self.add_def_in(cur, &mangled, DEF_NONLOCAL, loc)?;
                }
            }
            return Ok(());
        }
        Ok(())
    }

    fn visit_comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        kind_name: &'static str,
        generators: &[ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> SResult<()> {
        let first = &generators[0];
        self.visit_expr(&first.iter)?;
        self.push_scope(
            ScopeKind::Comprehension,
            name,
            e.loc,
            e as *const Expr as usize,
        );
        self.cur().comp_kind = Some(kind_name);
        if name == "<genexpr>" {
            self.cur().is_generator = true;
        }
        self.add_def(".0", DEF_PARAM, e.loc)?;
        for (i, g) in generators.iter().enumerate() {
            if g.is_async {
                self.cur().is_coroutine = true;
            }
            self.visit_target(&g.target, DEF_LOCAL | DEF_COMP_ITER)?;
            if i > 0 {
                self.visit_expr(&g.iter)?;
            }
            self.visit_exprs(&g.ifs)?;
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        self.pop_scope();
        Ok(())
    }
}
