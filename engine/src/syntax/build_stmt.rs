//! Pest pairs → statement AST: simple statements, assignments, imports,
//! compound statements with their blocks, decorators and class headers.

use pest::iterators::Pair;

use super::build_expr::{Builder, Res};
use super::parser::Rule;
use crate::ast::*;

fn stmt(kind: StmtKind, loc: Loc) -> Stmt {
    Stmt { kind, loc }
}

fn name_of(p: Option<Pair<Rule>>) -> String {
    p.map(|n| n.as_str().to_string()).unwrap_or_default()
}

impl<'a> Builder<'a> {
    /// Statements among `pairs` (other pairs such as EOI are skipped).
    pub fn statements<'i>(
        &self,
        pairs: impl Iterator<Item = Pair<'i, Rule>>,
        out: &mut Vec<Stmt>,
    ) -> Res<()> {
        for p in pairs {
            if matches!(p.as_rule(), Rule::EOI) {
                continue;
            }
            out.push(self.statement(p)?);
        }
        Ok(())
    }

    fn block(&self, p: Pair<Rule>) -> Res<Vec<Stmt>> {
        let mut out = Vec::new();
        self.statements(p.into_inner(), &mut out)?;
        Ok(out)
    }

    fn statement(&self, p: Pair<Rule>) -> Res<Stmt> {
        let loc = self.loc(&p);
        let kind = match p.as_rule() {
            Rule::expr_stmt => return self.expr_stmt(p),
            Rule::pass_stmt => StmtKind::Pass,
            Rule::break_stmt => StmtKind::Break,
            Rule::continue_stmt => StmtKind::Continue,
            Rule::return_stmt => match p.into_inner().next() {
                Some(q) => StmtKind::Return(Some(self.star_expressions(q)?)),
                None => StmtKind::Return(None),
            },
            Rule::raise_stmt => {
                let mut inner = p.into_inner().peekable();
                let exc = self.expr_seq(&mut inner)?;
                let cause = match inner.next() {
                    Some(c) => Some(self.expr(c)?),
                    None => None,
                };
                StmtKind::Raise { exc, cause }
            }
            Rule::global_stmt => {
                StmtKind::Global(p.into_inner().map(|n| n.as_str().to_string()).collect())
            }
            Rule::nonlocal_stmt => {
                StmtKind::Nonlocal(p.into_inner().map(|n| n.as_str().to_string()).collect())
            }
            Rule::del_stmt => {
                let targets = p
                    .into_inner()
                    .next()
                    .ok_or_else(|| self.error_loc("invalid syntax", loc))?;
                let mut items = Vec::new();
                for q in targets.into_inner() {
                    if q.as_rule() != Rule::trailing_comma {
                        items.push(self.target(q)?);
                    }
                }
                StmtKind::Delete(items)
            }
            Rule::assert_stmt => {
                let mut inner = p.into_inner().peekable();
                let test = self
                    .expr_seq(&mut inner)?
                    .ok_or_else(|| self.error_loc("invalid syntax", loc))?;
                let msg = match inner.next() {
                    Some(m) => Some(self.expr(m)?),
                    None => None,
                };
                StmtKind::Assert { test, msg }
            }
            Rule::import_name => {
                let mut names = Vec::new();
                for q in p.into_inner() {
                    let mut inner = q.into_inner();
                    let dotted = inner
                        .next()
                        .ok_or_else(|| self.error_loc("invalid syntax", loc))?;
                    names.push(Alias {
                        name: self.dotted(dotted),
                        asname: inner.next().map(|n| n.as_str().to_string()),
                    });
                }
                StmtKind::Import(names)
            }
            Rule::import_from => {
                let mut level = 0;
                let mut module = None;
                let mut names = Vec::new();
                for q in p.into_inner() {
                    match q.as_rule() {
                        Rule::import_dots => level += q.as_str().len() as u32,
                        Rule::dotted_name => module = Some(self.dotted(q)),
                        Rule::import_star => names.push(Alias {
                            name: "*".to_string(),
                            asname: None,
                        }),
                        _ => {
                            let mut inner = q.into_inner();
                            let name = name_of(inner.next());
                            names.push(Alias {
                                name,
                                asname: inner.next().map(|n| n.as_str().to_string()),
                            });
                        }
                    }
                }
                StmtKind::ImportFrom {
                    module,
                    names,
                    level,
                }
            }
            Rule::if_stmt => return self.if_stmt(p),
            Rule::match_stmt => return self.match_stmt(p),
            Rule::while_stmt => {
                let mut inner = p.into_inner().peekable();
                let test = self
                    .expr_seq(&mut inner)?
                    .ok_or_else(|| self.error_loc("invalid syntax", loc))?;
                let body = self.block(
                    inner
                        .next()
                        .ok_or_else(|| self.error_loc("invalid syntax", loc))?,
                )?;
                let orelse = match inner.next() {
                    Some(e) => self.else_block(e)?,
                    None => Vec::new(),
                };
                StmtKind::While { test, body, orelse }
            }
            Rule::for_stmt => {
                let mut is_async = false;
                let (mut target, mut iter, mut body, mut orelse) =
                    (None, None, Vec::new(), Vec::new());
                for q in p.into_inner() {
                    match q.as_rule() {
                        Rule::async_kw => is_async = true,
                        Rule::star_targets => target = Some(self.targets(q)?),
                        Rule::star_expressions => iter = Some(self.star_expressions(q)?),
                        Rule::block => body = self.block(q)?,
                        _ => orelse = self.else_block(q)?,
                    }
                }
                let (Some(target), Some(iter)) = (target, iter) else {
                    return Err(self.error_loc("invalid syntax", loc));
                };
                StmtKind::For {
                    target,
                    iter,
                    body,
                    orelse,
                    is_async,
                }
            }
            Rule::with_stmt => {
                let mut is_async = false;
                let mut items = Vec::new();
                let mut body = Vec::new();
                for q in p.into_inner() {
                    match q.as_rule() {
                        Rule::async_kw => is_async = true,
                        Rule::with_item => {
                            let mut inner = q.into_inner().peekable();
                            let context = self
                                .expr_seq(&mut inner)?
                                .ok_or_else(|| self.error_loc("invalid syntax", loc))?;
                            let target = match inner.next() {
                                Some(t) => Some(self.target(t)?),
                                None => None,
                            };
                            items.push(WithItem { context, target });
                        }
                        _ => body = self.block(q)?,
                    }
                }
                StmtKind::With {
                    items,
                    body,
                    is_async,
                }
            }
            Rule::try_stmt => {
                let mut t = Try {
                    body: Vec::new(),
                    handlers: Vec::new(),
                    orelse: Vec::new(),
                    finalbody: Vec::new(),
                };
                for q in p.into_inner() {
                    match q.as_rule() {
                        Rule::block => t.body = self.block(q)?,
                        Rule::except_clause => t.handlers.push(self.handler(q)?),
                        Rule::else_clause => t.orelse = self.else_block(q)?,
                        _ => t.finalbody = self.else_block(q)?,
                    }
                }
                StmtKind::Try(Box::new(t))
            }
            Rule::function_def => return self.function_def(p, Vec::new()),
            Rule::class_def => return self.class_def(p, Vec::new()),
            Rule::decorated => {
                let mut decorators = Vec::new();
                for q in p.into_inner() {
                    match q.as_rule() {
                        Rule::decorator => decorators.push(self.expr(q)?),
                        Rule::function_def => return self.function_def(q, decorators),
                        _ => return self.class_def(q, decorators),
                    }
                }
                return Err(self.error_loc("invalid syntax", loc));
            }
            _ => return Err(self.internal(&p)),
        };
        Ok(stmt(kind, loc))
    }

    fn dotted(&self, p: Pair<Rule>) -> String {
        let parts: Vec<&str> = p.into_inner().map(|n| n.as_str()).collect();
        parts.join(".")
    }

    /// The body of an `else:`/`finally:` clause.
    fn else_block(&self, p: Pair<Rule>) -> Res<Vec<Stmt>> {
        let loc = self.loc(&p);
        let b = p
            .into_inner()
            .next()
            .ok_or_else(|| self.error_loc("invalid syntax", loc))?;
        self.block(b)
    }

    fn if_stmt(&self, p: Pair<Rule>) -> Res<Stmt> {
        let loc = self.loc(&p);
        let mut inner = p.into_inner().peekable();
        let test = self
            .expr_seq(&mut inner)?
            .ok_or_else(|| self.error_loc("invalid syntax", loc))?;
        let body = self.block(
            inner
                .next()
                .ok_or_else(|| self.error_loc("invalid syntax", loc))?,
        )?;
        // elif chains nest in orelse; build them from the last one back.
        let mut elifs = Vec::new();
        let mut orelse = Vec::new();
        for q in inner {
            if q.as_rule() == Rule::elif_clause {
                let eloc = self.loc(&q);
                let mut it = q.into_inner().peekable();
                let t = self
                    .expr_seq(&mut it)?
                    .ok_or_else(|| self.error_loc("invalid syntax", eloc))?;
                let b = self.block(
                    it.next()
                        .ok_or_else(|| self.error_loc("invalid syntax", eloc))?,
                )?;
                elifs.push((t, b, eloc));
            } else {
                orelse = self.else_block(q)?;
            }
        }
        while let Some((t, b, eloc)) = elifs.pop() {
            orelse = vec![stmt(
                StmtKind::If {
                    test: t,
                    body: b,
                    orelse,
                },
                eloc,
            )];
        }
        Ok(stmt(StmtKind::If { test, body, orelse }, loc))
    }

    fn handler(&self, p: Pair<Rule>) -> Res<ExceptHandler> {
        let loc = self.loc(&p);
        let mut it = p.into_inner().peekable();
        let mut typ = None;
        let mut name = None;
        let mut body = Vec::new();
        while let Some(q) = it.peek() {
            match q.as_rule() {
                Rule::block => {
                    let Some(q) = it.next() else { break };
                    body = self.block(q)?;
                }
                Rule::NAME if typ.is_some() => name = it.next().map(|n| n.as_str().to_string()),
                _ => typ = self.expr_seq(&mut it)?,
            }
        }
        Ok(ExceptHandler {
            typ,
            name,
            body,
            loc,
        })
    }

    fn function_def(&self, p: Pair<Rule>, decorators: Vec<Expr>) -> Res<Stmt> {
        let loc = self.loc(&p);
        let mut f = FunctionDef {
            name: String::new(),
            args: Arguments::default(),
            body: Vec::new(),
            decorators,
            returns: None,
            is_async: false,
        };
        for q in p.into_inner() {
            match q.as_rule() {
                Rule::async_kw => f.is_async = true,
                Rule::NAME => f.name = q.as_str().to_string(),
                Rule::params => f.args = self.parameters(q)?,
                Rule::returns => f.returns = Some(self.expr(q)?),
                _ => f.body = self.block(q)?,
            }
        }
        Ok(stmt(StmtKind::FunctionDef(Box::new(f)), loc))
    }

    fn class_def(&self, p: Pair<Rule>, decorators: Vec<Expr>) -> Res<Stmt> {
        let loc = self.loc(&p);
        let mut c = ClassDef {
            name: String::new(),
            bases: Vec::new(),
            keywords: Vec::new(),
            body: Vec::new(),
            decorators,
        };
        let mut inner = p.into_inner();
        c.name = name_of(inner.next());
        for q in inner {
            if q.as_rule() == Rule::class_args {
                let (bases, keywords) = self.call_args(q)?;
                c.bases = bases;
                c.keywords = keywords;
            } else {
                c.body = self.block(q)?;
            }
        }
        Ok(stmt(StmtKind::ClassDef(Box::new(c)), loc))
    }

    fn expr_stmt(&self, p: Pair<Rule>) -> Res<Stmt> {
        let loc = self.loc(&p);
        let mut it = p.into_inner().peekable();
        let first_text_paren = it.peek().is_some_and(|q| q.as_str().starts_with('('));
        let first = self
            .expr_seq(&mut it)?
            .ok_or_else(|| self.error_loc("invalid syntax", loc))?;
        let Some(next) = it.peek() else {
            return Ok(stmt(StmtKind::Expr(first), loc));
        };
        match next.as_rule() {
            Rule::annotation => {
                let Some(q) = it.next() else {
                    return Err(self.error_loc("invalid syntax", loc));
                };
                let mut inner = q.into_inner().peekable();
                let annotation = self
                    .expr_seq(&mut inner)?
                    .ok_or_else(|| self.error_loc("invalid syntax", loc))?;
                let value = self.expr_seq(&mut inner)?;
                let simple = matches!(first.kind, ExprKind::Name(_)) && !first_text_paren;
                Ok(stmt(
                    StmtKind::AnnAssign {
                        target: first,
                        annotation,
                        value,
                        simple,
                    },
                    loc,
                ))
            }
            Rule::augassign => {
                let Some(q) = it.next() else {
                    return Err(self.error_loc("invalid syntax", loc));
                };
                let op = match q.as_str().trim_end_matches('=') {
                    "+" => BinOp::Add,
                    "-" => BinOp::Sub,
                    "*" => BinOp::Mult,
                    "@" => BinOp::MatMult,
                    "/" => BinOp::Div,
                    "%" => BinOp::Mod,
                    "&" => BinOp::BitAnd,
                    "|" => BinOp::BitOr,
                    "^" => BinOp::BitXor,
                    "<<" => BinOp::LShift,
                    ">>" => BinOp::RShift,
                    "**" => BinOp::Pow,
                    _ => BinOp::FloorDiv,
                };
                let value = self
                    .expr_seq(&mut it)?
                    .ok_or_else(|| self.error_loc("invalid syntax", loc))?;
                Ok(stmt(
                    StmtKind::AugAssign {
                        target: first,
                        op,
                        value,
                    },
                    loc,
                ))
            }
            _ => {
                let mut targets = vec![first];
                while let Some(e) = self.expr_seq(&mut it)? {
                    targets.push(e);
                }
                let value = targets
                    .pop()
                    .ok_or_else(|| self.error_loc("invalid syntax", loc))?;
                Ok(stmt(StmtKind::Assign { targets, value }, loc))
            }
        }
    }
}
