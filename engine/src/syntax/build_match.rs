//! Pest pairs → `match` statement AST: the subject, `case` blocks with their
//! guards, and the patterns of PEP 634 (CPython's `ast.match_case`/`pattern`).

use pest::iterators::Pair;

use super::build_expr::{bx, mk, Builder, Res};
use super::parser::Rule;
use crate::ast::*;

fn pat(kind: PatternKind, loc: Loc) -> Pattern {
    Pattern { kind, loc }
}

impl<'a> Builder<'a> {
    pub(super) fn match_stmt(&self, p: Pair<Rule>) -> Res<Stmt> {
        let loc = self.loc(&p);
        let mut inner = p.into_inner();
        let subject = match inner.next() {
            Some(s) => self.star_expressions(s)?,
            None => return Err(self.error_loc("invalid syntax", loc)),
        };
        let mut cases = Vec::new();
        for c in inner {
            cases.push(self.case_block(c)?);
        }
        Ok(Stmt {
            kind: StmtKind::Match { subject, cases },
            loc,
        })
    }

    fn case_block(&self, p: Pair<Rule>) -> Res<MatchCase> {
        let loc = self.loc(&p);
        let mut pattern = None;
        let mut guard = None;
        let mut body = Vec::new();
        for q in p.into_inner() {
            match q.as_rule() {
                Rule::patterns => pattern = Some(self.top_patterns(q)?),
                Rule::guard => guard = Some(self.expr(q)?),
                _ => {
                    let mut stmts = Vec::new();
                    self.statements(q.into_inner(), &mut stmts)?;
                    body = stmts;
                }
            }
        }
        let pattern = pattern.ok_or_else(|| self.error_loc("invalid syntax", loc))?;
        Ok(MatchCase {
            pattern,
            guard,
            body,
        })
    }

    /// `case a, *b:` is a sequence without brackets; one plain pattern is itself.
    fn top_patterns(&self, p: Pair<Rule>) -> Res<Pattern> {
        let loc = self.loc(&p);
        let (mut items, trailing) = self.pattern_items(p)?;
        let single = items.len() == 1 && !trailing;
        if single && !matches!(items[0].kind, PatternKind::Star(_)) {
            return Ok(items.remove(0));
        }
        Ok(pat(PatternKind::Sequence(items), loc))
    }

    /// The comma-separated patterns inside `patterns`, `(...)` or `[...]`.
    fn pattern_items(&self, p: Pair<Rule>) -> Res<(Vec<Pattern>, bool)> {
        let mut items = Vec::new();
        let mut trailing = false;
        for q in p.into_inner() {
            match q.as_rule() {
                Rule::trailing_comma => trailing = true,
                _ => items.push(self.pattern(q)?),
            }
        }
        Ok((items, trailing))
    }

    /// Any pattern pair: `pattern` (or-pattern with `as`), `star_pattern`, or a closed one.
    fn pattern(&self, p: Pair<Rule>) -> Res<Pattern> {
        let loc = self.loc(&p);
        match p.as_rule() {
            Rule::pattern => {
                let mut inner = p.into_inner();
                let or = inner
                    .next()
                    .ok_or_else(|| self.error_loc("invalid syntax", loc))?;
                let body = self.or_pattern(or)?;
                match inner.next() {
                    Some(n) if n.as_str() == "_" => Err(self.err(&n, "cannot use '_' as a target")),
                    Some(n) => Ok(pat(
                        PatternKind::As {
                            pattern: Some(Box::new(body)),
                            name: Some(n.as_str().to_string()),
                        },
                        loc,
                    )),
                    None => Ok(body),
                }
            }
            Rule::star_pattern => {
                let name = p.into_inner().next().map(|n| n.as_str().to_string());
                Ok(pat(PatternKind::Star(name.filter(|n| n != "_")), loc))
            }
            _ => self.closed_pattern(p),
        }
    }

    fn or_pattern(&self, p: Pair<Rule>) -> Res<Pattern> {
        let loc = self.loc(&p);
        let mut alts = Vec::new();
        for q in p.into_inner() {
            alts.push(self.closed_pattern(q)?);
        }
        if alts.len() == 1 {
            return Ok(alts.remove(0));
        }
        Ok(pat(PatternKind::Or(alts), loc))
    }

    fn closed_pattern(&self, p: Pair<Rule>) -> Res<Pattern> {
        let loc = self.loc(&p);
        let kind = match p.as_rule() {
            Rule::literal_pattern => return self.literal_pattern(p),
            Rule::capture_pattern => {
                let name = p.as_str().trim().to_string();
                PatternKind::As {
                    pattern: None,
                    name: (name != "_").then_some(name),
                }
            }
            Rule::value_pattern => PatternKind::Value(self.dotted_expr(p)),
            Rule::group_pattern => {
                let (mut items, trailing) = self.pattern_items(p)?;
                if items.len() == 1 && !trailing {
                    if matches!(items[0].kind, PatternKind::Star(_)) {
                        return Err(self.error_loc("invalid syntax", items[0].loc));
                    }
                    return Ok(items.remove(0));
                }
                PatternKind::Sequence(items)
            }
            Rule::list_pattern => PatternKind::Sequence(self.pattern_items(p)?.0),
            Rule::mapping_pattern => return self.mapping_pattern(p),
            Rule::class_pattern => return self.class_pattern(p),
            _ => return Err(self.internal(&p)),
        };
        Ok(pat(kind, loc))
    }

    /// `-1`, `1.5`, `2+3j`, `'a' 'b'`, `None`/`True`/`False`.
    fn literal_pattern(&self, p: Pair<Rule>) -> Res<Pattern> {
        let loc = self.loc(&p);
        let mut inner = p.into_inner().peekable();
        let neg = inner
            .peek()
            .is_some_and(|q| q.as_rule() == Rule::pattern_neg);
        if neg {
            inner.next();
        }
        let first = inner
            .next()
            .ok_or_else(|| self.error_loc("invalid syntax", loc))?;
        match first.as_rule() {
            Rule::const_kw => {
                let c = match first.as_str() {
                    "True" => Constant::True,
                    "False" => Constant::False,
                    _ => Constant::None,
                };
                return Ok(pat(PatternKind::Singleton(c), loc));
            }
            Rule::strings => {
                let e = self.atom(first)?;
                if !matches!(e.kind, ExprKind::Constant(_)) {
                    return Err(self.error_loc(
                        "patterns may only match literals and attribute lookups",
                        loc,
                    ));
                }
                return Ok(pat(PatternKind::Value(e), loc));
            }
            _ => {}
        }
        let mut value = self.atom(first)?;
        let real_imaginary = matches!(value.kind, ExprKind::Constant(Constant::Imaginary(_)));
        if neg {
            value = mk(
                ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: bx(value),
                },
                loc,
            );
        }
        if let Some(sign) = inner.next() {
            if real_imaginary {
                return Err(self.error_loc("real number required in complex literal", loc));
            }
            let imag_pair = inner
                .next()
                .ok_or_else(|| self.error_loc("invalid syntax", loc))?;
            let imag_loc = self.loc(&imag_pair);
            let imag = self.atom(imag_pair)?;
            if !matches!(imag.kind, ExprKind::Constant(Constant::Imaginary(_))) {
                return Err(
                    self.error_loc("imaginary number required in complex literal", imag_loc)
                );
            }
            let op = if sign.as_str() == "+" {
                BinOp::Add
            } else {
                BinOp::Sub
            };
            value = mk(
                ExprKind::BinOp {
                    left: bx(value),
                    op,
                    right: bx(imag),
                },
                loc,
            );
        }
        Ok(pat(PatternKind::Value(value), loc))
    }

    /// `a.b.c` (from `value_pattern` or `name_or_attr`) as an attribute chain.
    fn dotted_expr(&self, p: Pair<Rule>) -> Expr {
        let mut e: Option<Expr> = None;
        for n in p.into_inner() {
            let loc = self.loc(&n);
            let name = n.as_str().to_string();
            e = Some(match e {
                None => mk(ExprKind::Name(name), loc),
                Some(v) => {
                    let vloc = v.loc;
                    mk(
                        ExprKind::Attribute {
                            value: bx(v),
                            attr: name,
                        },
                        vloc,
                    )
                }
            });
        }
        e.unwrap_or_else(|| mk(ExprKind::Name(String::new()), Loc::default()))
    }

    fn mapping_pattern(&self, p: Pair<Rule>) -> Res<Pattern> {
        let loc = self.loc(&p);
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest = None;
        for q in p.into_inner() {
            if rest.is_some() {
                // `**rest` must come last.
                return Err(self.err(&q, "invalid syntax"));
            }
            match q.as_rule() {
                Rule::double_star_pattern => {
                    let name = q
                        .into_inner()
                        .next()
                        .map(|n| n.as_str().to_string())
                        .unwrap_or_default();
                    if name == "_" {
                        return Err(self.error_loc("invalid syntax", loc));
                    }
                    rest = Some(name);
                }
                _ => {
                    let mut kv = q.into_inner();
                    let (Some(k), Some(v)) = (kv.next(), kv.next()) else {
                        return Err(self.error_loc("invalid syntax", loc));
                    };
                    let key = match k.as_rule() {
                        Rule::value_pattern => self.dotted_expr(k),
                        _ => match self.literal_pattern(k)?.kind {
                            PatternKind::Value(e) => e,
                            PatternKind::Singleton(c) => mk(ExprKind::Constant(c), loc),
                            _ => return Err(self.error_loc("invalid syntax", loc)),
                        },
                    };
                    keys.push(key);
                    patterns.push(self.pattern(v)?);
                }
            }
        }
        Ok(pat(
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            },
            loc,
        ))
    }

    fn class_pattern(&self, p: Pair<Rule>) -> Res<Pattern> {
        let loc = self.loc(&p);
        let mut inner = p.into_inner();
        let cls = match inner.next() {
            Some(c) => self.dotted_expr(c),
            None => return Err(self.error_loc("invalid syntax", loc)),
        };
        let mut patterns = Vec::new();
        let mut kwd_attrs: Vec<String> = Vec::new();
        let mut kwd_patterns = Vec::new();
        for q in inner {
            if q.as_rule() == Rule::keyword_pattern {
                let mut kv = q.into_inner();
                let (Some(k), Some(v)) = (kv.next(), kv.next()) else {
                    return Err(self.error_loc("invalid syntax", loc));
                };
                let name = k.as_str().to_string();
                if kwd_attrs.contains(&name) {
                    return Err(self.err(
                        &k,
                        &format!("attribute name repeated in class pattern: {}", name),
                    ));
                }
                kwd_attrs.push(name);
                kwd_patterns.push(self.pattern(v)?);
            } else {
                if !kwd_attrs.is_empty() {
                    return Err(self.err(&q, "positional patterns follow keyword patterns"));
                }
                patterns.push(self.pattern(q)?);
            }
        }
        Ok(pat(
            PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            },
            loc,
        ))
    }
}
