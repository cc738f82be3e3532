//! Pest pairs → call arguments, subscript slices, lambdas and `def`/`lambda`
//! parameter lists (with CPython's ordering checks).

use pest::iterators::Pair;

use super::build_expr::{bx, mk, Builder, Res};
use super::parser::Rule;
use crate::ast::*;

impl<'a> Builder<'a> {
    /// Arguments of a call (or of a class header).
    pub fn call_args(&self, p: Pair<Rule>) -> Res<(Vec<Expr>, Vec<Keyword>)> {
        let open = self.loc(&p);
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords = Vec::new();
        let mut seen_kw = false;
        let mut seen_dstar = false;
        let mut trailing = false;
        let mut genexp: Option<Loc> = None;
        let mut it = p.into_inner().peekable();
        while let Some(q) = it.peek() {
            let qloc = self.loc(q);
            match q.as_rule() {
                Rule::trailing_comma => {
                    trailing = true;
                    it.next();
                }
                Rule::kwarg => {
                    let Some(q) = it.next() else { break };
                    let mut inner = q.into_inner();
                    let name = inner.next().map(|n| n.as_str().to_string());
                    let value = self
                        .expr_seq(&mut inner.peekable())?
                        .ok_or_else(|| self.error_loc("invalid syntax", qloc))?;
                    keywords.push(Keyword { arg: name, value });
                    seen_kw = true;
                }
                Rule::dstar_arg => {
                    let Some(q) = it.next() else { break };
                    keywords.push(Keyword {
                        arg: None,
                        value: self.expr(q)?,
                    });
                    seen_dstar = true;
                }
                Rule::for_if_clauses => {
                    let Some(q) = it.next() else { break };
                    let elt = args
                        .pop()
                        .ok_or_else(|| self.error_loc("invalid syntax", qloc))?;
                    let eloc = elt.loc;
                    let elt = self.single_elt(vec![elt], eloc)?;
                    let generators = self.comprehension(q)?;
                    if genexp.is_some() || !args.is_empty() || !keywords.is_empty() {
                        return Err(
                            self.error_loc("Generator expression must be parenthesized", eloc)
                        );
                    }
                    genexp = Some(eloc);
                    args.push(mk(
                        ExprKind::GeneratorExp {
                            elt: bx(elt),
                            generators,
                        },
                        open,
                    ));
                }
                _ => {
                    let Some(e) = self.expr_seq(&mut it)? else {
                        break;
                    };
                    if let Some(g) = genexp {
                        return Err(self.error_loc("Generator expression must be parenthesized", g));
                    }
                    if let ExprKind::Starred(_) = e.kind {
                        if seen_dstar {
                            return Err(self.error_loc(
                                "iterable argument unpacking follows keyword argument unpacking",
                                e.loc,
                            ));
                        }
                    } else if seen_dstar {
                        return Err(self.error_loc(
                            "positional argument follows keyword argument unpacking",
                            e.loc,
                        ));
                    } else if seen_kw {
                        return Err(
                            self.error_loc("positional argument follows keyword argument", e.loc)
                        );
                    }
                    args.push(e);
                }
            }
        }
        if let Some(g) = genexp {
            if trailing || !keywords.is_empty() || args.len() > 1 {
                return Err(self.error_loc("Generator expression must be parenthesized", g));
            }
        }
        Ok((args, keywords))
    }

    pub(crate) fn slices(&self, p: Pair<Rule>) -> Res<Expr> {
        let loc = self.loc(&p);
        let mut items = Vec::new();
        let mut trailing = false;
        for q in p.into_inner() {
            match q.as_rule() {
                Rule::trailing_comma => trailing = true,
                _ => items.push(self.slice_item(q)?),
            }
        }
        if items.len() == 1 && !trailing {
            return items
                .pop()
                .ok_or_else(|| self.error_loc("invalid syntax", loc));
        }
        let tloc = items.first().map_or(loc, |e| e.loc);
        Ok(mk(ExprKind::Tuple(items), tloc))
    }

    fn slice_item(&self, p: Pair<Rule>) -> Res<Expr> {
        let loc = self.loc(&p);
        let mut it = p.into_inner().peekable();
        let mut lower = None;
        let Some(first) = it.peek() else {
            return Err(self.error_loc("invalid syntax", loc));
        };
        match first.as_rule() {
            Rule::star_expr => {
                return self
                    .expr_seq(&mut it)?
                    .ok_or_else(|| self.error_loc("invalid syntax", loc))
            }
            Rule::slice_lower => {
                let Some(q) = it.next() else {
                    return Err(self.error_loc("invalid syntax", loc));
                };
                let e = self.expr(q)?;
                if it.peek().is_none() {
                    return Ok(e);
                }
                lower = Some(bx(e));
            }
            _ => {}
        }
        let tail = it
            .next()
            .ok_or_else(|| self.error_loc("invalid syntax", loc))?;
        let (mut upper, mut step) = (None, None);
        for q in tail.into_inner() {
            match q.as_rule() {
                Rule::slice_upper => upper = Some(bx(self.expr(q)?)),
                _ => step = Some(bx(self.expr(q)?)),
            }
        }
        Ok(mk(ExprKind::Slice { lower, upper, step }, loc))
    }

    pub(crate) fn lambda(&self, p: Pair<Rule>) -> Res<Expr> {
        let loc = self.loc(&p);
        let mut it = p.into_inner().peekable();
        let args = if it.peek().map(|q| q.as_rule()) == Some(Rule::lambda_params) {
            let q = it
                .next()
                .ok_or_else(|| self.error_loc("invalid syntax", loc))?;
            self.parameters(q)?
        } else {
            Arguments::default()
        };
        let body = self
            .nested(0, loc, || self.expr_seq(&mut it))?
            .ok_or_else(|| self.error_loc("invalid syntax", loc))?;
        Ok(mk(
            ExprKind::Lambda {
                args: Box::new(args),
                body: bx(body),
            },
            loc,
        ))
    }

    /// A `def` or `lambda` parameter list, checked like CPython's parser.
    pub fn parameters(&self, p: Pair<Rule>) -> Res<Arguments> {
        let mut a = Arguments::default();
        let mut seen_slash = false;
        let mut seen_star = false;
        let mut bare_star: Option<Loc> = None;
        let mut seen_kwarg = false;
        let mut seen_default = false;
        for q in p.into_inner() {
            let loc = self.loc(&q);
            if seen_kwarg {
                return Err(self.error_loc("arguments cannot follow var-keyword argument", loc));
            }
            match q.as_rule() {
                Rule::slash => {
                    if seen_slash {
                        return Err(self.error_loc("/ may appear only once", loc));
                    }
                    if seen_star {
                        return Err(self.error_loc("/ must be ahead of *", loc));
                    }
                    if a.args.is_empty() {
                        return Err(self.error_loc("at least one argument must precede /", loc));
                    }
                    seen_slash = true;
                    a.posonlyargs = std::mem::take(&mut a.args);
                }
                Rule::varargs_param | Rule::lambda_varargs_param => {
                    if seen_star {
                        return Err(self.error_loc("* argument may appear only once", loc));
                    }
                    seen_star = true;
                    match q.into_inner().next() {
                        Some(arg) => a.vararg = Some(self.arg(arg)?),
                        None => bare_star = Some(loc),
                    }
                }
                Rule::kwargs_param | Rule::lambda_kwargs_param => {
                    if let (Some(b), true) = (bare_star, a.kwonlyargs.is_empty()) {
                        return Err(self.error_loc("named arguments must follow bare *", b));
                    }
                    let arg = q
                        .into_inner()
                        .next()
                        .ok_or_else(|| self.error_loc("invalid syntax", loc))?;
                    a.kwarg = Some(self.arg(arg)?);
                    seen_kwarg = true;
                }
                Rule::param_with_default | Rule::lambda_param_with_default => {
                    let mut inner = q.into_inner();
                    let arg = inner
                        .next()
                        .ok_or_else(|| self.error_loc("invalid syntax", loc))?;
                    let arg = self.arg(arg)?;
                    let default = match inner.next() {
                        Some(d) => Some(self.expr(d)?),
                        None => None,
                    };
                    if seen_star {
                        a.kwonlyargs.push(arg);
                        a.kw_defaults.push(default);
                    } else {
                        match default {
                            Some(d) => {
                                seen_default = true;
                                a.defaults.push(d);
                            }
                            None if seen_default => {
                                return Err(self.error_loc(
                                    "non-default argument follows default argument",
                                    loc,
                                ));
                            }
                            None => {}
                        }
                        a.args.push(arg);
                    }
                }
                _ => return Err(self.internal(&q)),
            }
        }
        if let (Some(b), true) = (bare_star, a.kwonlyargs.is_empty()) {
            return Err(self.error_loc("named arguments must follow bare *", b));
        }
        Ok(a)
    }

    fn arg(&self, p: Pair<Rule>) -> Res<Arg> {
        let loc = self.loc(&p);
        let mut it = p.into_inner().peekable();
        let name = it
            .next()
            .map(|n| n.as_str().to_string())
            .unwrap_or_default();
        let annotation = self.expr_seq(&mut it)?;
        Ok(Arg {
            name,
            annotation,
            loc,
        })
    }
}
