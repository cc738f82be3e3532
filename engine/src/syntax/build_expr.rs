//! Pest pairs → expression AST: the shared `Builder`, operator precedence
//! (an iterative shunting-yard over the flat `disjunction` sequence), atoms,
//! trailers, collections, comprehensions and targets.

use std::cell::Cell;
use std::iter::Peekable;

use pest::iterators::{Pair, Pairs};

use super::indent::Prepared;
use super::parser::Rule;
use super::source::SourceMap;
use super::{numbers, strings, SyntaxError, SyntaxErrorKind};
use crate::ast::*;

pub(crate) type Res<T> = Result<T, SyntaxError>;
pub(crate) type It<'i> = Peekable<Pairs<'i, Rule>>;

/// Nesting (operators, brackets, trailers) allowed in one expression tree
/// path before the parser gives up with "too complex".
const MAX_DEPTH: usize = 1000;

pub(crate) struct Builder<'a> {
    pub map: &'a SourceMap<'a>,
    pub prep: &'a Prepared,
    /// Output offset where the chunk given to pest starts.
    pub chunk: usize,
    /// Source offset of the scanned text (non-zero for f-string fields).
    pub base: usize,
    pub filename: &'a str,
    pub depth: Cell<usize>,
    /// Errors get CPython's "f-string: " prefix.
    pub fstring: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum Op {
    Bin(BinOp),
    Cmp(CmpOp),
    And,
    Or,
    Not,
    Unary(UnaryOp),
}

fn prec(op: Op) -> u8 {
    match op {
        Op::Or => 1,
        Op::And => 2,
        Op::Not => 3,
        Op::Cmp(_) => 4,
        Op::Bin(b) => match b {
            BinOp::BitOr => 5,
            BinOp::BitXor => 6,
            BinOp::BitAnd => 7,
            BinOp::LShift | BinOp::RShift => 8,
            BinOp::Add | BinOp::Sub => 9,
            BinOp::Pow => 12,
            _ => 10,
        },
        Op::Unary(_) => 11,
    }
}

pub(crate) struct Operand {
    pub e: Expr,
    /// Where the operand's text starts (a parenthesised atom starts at `(`).
    start: Loc,
    /// 1: a Compare, 2: an And, 3: an Or built from this operator chain.
    chain: u8,
}

pub(crate) fn mk(kind: ExprKind, loc: Loc) -> Expr {
    Expr { kind, loc }
}

pub(crate) fn bx(e: Expr) -> Box<Expr> {
    Box::new(e)
}

impl<'a> Builder<'a> {
    pub fn offset(&self, pos: usize) -> usize {
        self.base + self.prep.to_source(self.chunk + pos)
    }

    pub fn loc_at(&self, pos: usize) -> Loc {
        self.map.loc(self.offset(pos))
    }

    pub fn loc(&self, p: &Pair<Rule>) -> Loc {
        self.loc_at(p.as_span().start())
    }

    pub fn error_loc(&self, msg: &str, loc: Loc) -> SyntaxError {
        let msg = if self.fstring && !msg.starts_with("f-string") {
            format!("f-string: {}", msg)
        } else {
            msg.to_string()
        };
        SyntaxError::new(
            SyntaxErrorKind::SyntaxError,
            msg,
            self.filename,
            loc.line,
            loc.col + 1,
        )
    }

    pub fn err(&self, p: &Pair<Rule>, msg: &str) -> SyntaxError {
        self.error_loc(msg, self.loc(p))
    }

    pub fn internal(&self, p: &Pair<Rule>) -> SyntaxError {
        self.err(p, "invalid syntax")
    }

    pub(crate) fn nested<T>(&self, extra: usize, loc: Loc, f: impl FnOnce() -> Res<T>) -> Res<T> {
        let d = self.depth.get();
        if d + extra + 1 > MAX_DEPTH {
            return Err(self.error_loc("too complex", loc));
        }
        self.depth.set(d + extra + 1);
        let r = f();
        self.depth.set(d);
        r
    }

    /// The expression held by a wrapper pair (`default`, `returns`, ...).
    pub fn expr(&self, p: Pair<Rule>) -> Res<Expr> {
        let loc = self.loc(&p);
        let mut it = p.into_inner().peekable();
        self.expr_seq(&mut it)?
            .ok_or_else(|| self.error_loc("invalid syntax", loc))
    }

    /// Reads one expression from a flattened child sequence: a lambda, a
    /// disjunction with its ternary tails, a starred item, walrus or yield.
    pub fn expr_seq(&self, it: &mut It) -> Res<Option<Expr>> {
        let Some(p) = it.next() else { return Ok(None) };
        let loc = self.loc(&p);
        let e = match p.as_rule() {
            Rule::lambdef => self.lambda(p)?,
            Rule::disjunction => {
                let body = self.operators(p)?;
                if it.peek().map(|q| q.as_rule()) == Some(Rule::ternary_tail) {
                    self.ternary(body, it)?
                } else {
                    body.e
                }
            }
            Rule::star_expr => {
                let inner = p
                    .into_inner()
                    .next()
                    .ok_or_else(|| self.error_loc("invalid syntax", loc))?;
                mk(ExprKind::Starred(bx(self.operators(inner)?.e)), loc)
            }
            Rule::walrus => {
                let mut inner = p.into_inner();
                let name = inner
                    .next()
                    .map(|n| n.as_str().to_string())
                    .unwrap_or_default();
                let mut rest = inner.peekable();
                let value = self
                    .expr_seq(&mut rest)?
                    .ok_or_else(|| self.error_loc("invalid syntax", loc))?;
                mk(
                    ExprKind::NamedExpr {
                        target: name,
                        value: bx(value),
                    },
                    loc,
                )
            }
            Rule::yield_expr => self.yield_expr(p)?,
            Rule::star_expressions => self.star_expressions(p)?,
            _ => return Err(self.internal(&p)),
        };
        Ok(Some(e))
    }

    fn ternary(&self, first: Operand, it: &mut It) -> Res<Expr> {
        let mut tails = Vec::new();
        while it.peek().map(|q| q.as_rule()) == Some(Rule::ternary_tail) {
            let Some(t) = it.next() else { break };
            let mut inner = t.into_inner();
            let (Some(cond), Some(other)) = (inner.next(), inner.next()) else {
                return Err(self.error_loc("invalid syntax", first.start));
            };
            let cond = self.operators(cond)?.e;
            let other = if other.as_rule() == Rule::lambdef {
                let l = self.loc(&other);
                Operand {
                    e: self.lambda(other)?,
                    start: l,
                    chain: 0,
                }
            } else {
                self.operators(other)?
            };
            tails.push((cond, other));
        }
        // a if c0 else b if c1 else d  ==  IfExp(c0, a, IfExp(c1, b, d))
        let mut conds = Vec::with_capacity(tails.len());
        let mut bodies = Vec::with_capacity(tails.len() + 1);
        bodies.push(first);
        for (c, o) in tails {
            conds.push(c);
            bodies.push(o);
        }
        let Some(last) = bodies.pop() else {
            return Err(self.error_loc("invalid syntax", Loc::default()));
        };
        let mut acc = last.e;
        while let (Some(c), Some(b)) = (conds.pop(), bodies.pop()) {
            acc = mk(
                ExprKind::IfExp {
                    test: bx(c),
                    body: bx(b.e),
                    orelse: bx(acc),
                },
                b.start,
            );
        }
        Ok(acc)
    }

    /// `star_expressions`: one expression, or a tuple without parentheses.
    pub fn star_expressions(&self, p: Pair<Rule>) -> Res<Expr> {
        let loc = self.loc(&p);
        let (mut items, trailing, _) = self.seq_items(&mut p.into_inner().peekable())?;
        if items.len() == 1 && !trailing {
            return Ok(items
                .pop()
                .unwrap_or_else(|| mk(ExprKind::Tuple(vec![]), loc)));
        }
        Ok(mk(ExprKind::Tuple(items), loc))
    }

    /// Items of a comma-separated sequence, whether it had a trailing comma,
    /// and its comprehension clauses if any.
    fn seq_items<'i>(
        &self,
        it: &mut Peekable<Pairs<'i, Rule>>,
    ) -> Res<(Vec<Expr>, bool, Option<Pair<'i, Rule>>)> {
        let mut items = Vec::new();
        let mut trailing = false;
        let mut comp = None;
        while let Some(p) = it.peek() {
            match p.as_rule() {
                Rule::trailing_comma => {
                    trailing = true;
                    it.next();
                }
                Rule::for_if_clauses => comp = it.next(),
                _ => {
                    if let Some(e) = self.expr_seq(it)? {
                        items.push(e);
                    }
                }
            }
        }
        Ok((items, trailing, comp))
    }

    /// Resolves the flat operator sequence of `disjunction`/`bitwise_or`.
    pub(crate) fn operators(&self, p: Pair<Rule>) -> Res<Operand> {
        let mut ops: Vec<(Op, Loc)> = Vec::new();
        let mut vals: Vec<Operand> = Vec::new();
        let mut await_loc: Option<Loc> = None;
        let mut start: Option<Loc> = None;
        let mut it = p.into_inner().peekable();
        while let Some(q) = it.next() {
            let rule = q.as_rule();
            match rule {
                Rule::not_op | Rule::unary_op => {
                    let loc = self.loc(&q);
                    let op = match q.as_str() {
                        "-" => Op::Unary(UnaryOp::USub),
                        "+" => Op::Unary(UnaryOp::UAdd),
                        "~" => Op::Unary(UnaryOp::Invert),
                        _ => Op::Not,
                    };
                    if self.depth.get() + ops.len() + 1 > MAX_DEPTH {
                        return Err(self.error_loc("too complex", loc));
                    }
                    start.get_or_insert(loc);
                    ops.push((op, loc));
                }
                Rule::await_kw => {
                    let loc = self.loc(&q);
                    start.get_or_insert(loc);
                    await_loc = Some(loc);
                }
                Rule::bool_op | Rule::arith_op | Rule::cmp_op => {
                    let op = self.binary_op(&q)?;
                    let pr = prec(op);
                    let right = op == Op::Bin(BinOp::Pow);
                    while let Some(&(top, _)) = ops.last() {
                        let tp = prec(top);
                        if tp > pr || (tp == pr && !right) {
                            self.reduce(&q, &mut ops, &mut vals)?;
                        } else {
                            break;
                        }
                    }
                    if self.depth.get() + ops.len() + 1 > MAX_DEPTH {
                        return Err(self.err(&q, "too complex"));
                    }
                    ops.push((op, self.loc(&q)));
                }
                _ => {
                    let loc = self.loc(&q);
                    let e = self.nested(ops.len(), loc, || self.primary(q, &mut it))?;
                    let e = match await_loc.take() {
                        Some(al) => mk(ExprKind::Await(bx(e)), al),
                        None => e,
                    };
                    vals.push(Operand {
                        e,
                        start: start.take().unwrap_or(loc),
                        chain: 0,
                    });
                }
            }
        }
        let anchor = self.loc_at(0);
        while !ops.is_empty() {
            self.reduce_at(anchor, &mut ops, &mut vals)?;
        }
        vals.pop()
            .ok_or_else(|| self.error_loc("invalid syntax", anchor))
    }

    fn binary_op(&self, q: &Pair<Rule>) -> Res<Op> {
        let text = q.as_str();
        Ok(match q.as_rule() {
            Rule::bool_op => {
                if text.starts_with('a') {
                    Op::And
                } else {
                    Op::Or
                }
            }
            Rule::cmp_op => Op::Cmp(match text {
                "==" => CmpOp::Eq,
                "!=" => CmpOp::NotEq,
                "<=" => CmpOp::LtE,
                ">=" => CmpOp::GtE,
                "<" => CmpOp::Lt,
                ">" => CmpOp::Gt,
                "in" => CmpOp::In,
                "is" => CmpOp::Is,
                _ if text.starts_with("not") => CmpOp::NotIn,
                _ => CmpOp::IsNot,
            }),
            _ => Op::Bin(match text {
                "**" => BinOp::Pow,
                "//" => BinOp::FloorDiv,
                "<<" => BinOp::LShift,
                ">>" => BinOp::RShift,
                "+" => BinOp::Add,
                "-" => BinOp::Sub,
                "*" => BinOp::Mult,
                "/" => BinOp::Div,
                "%" => BinOp::Mod,
                "@" => BinOp::MatMult,
                "&" => BinOp::BitAnd,
                "|" => BinOp::BitOr,
                "^" => BinOp::BitXor,
                _ => return Err(self.internal(q)),
            }),
        })
    }

    fn reduce(&self, q: &Pair<Rule>, ops: &mut Vec<(Op, Loc)>, vals: &mut Vec<Operand>) -> Res<()> {
        self.reduce_at(self.loc(q), ops, vals)
    }

    fn reduce_at(&self, anchor: Loc, ops: &mut Vec<(Op, Loc)>, vals: &mut Vec<Operand>) -> Res<()> {
        let bad = || self.error_loc("invalid syntax", anchor);
        let (op, oloc) = ops.pop().ok_or_else(bad)?;
        let right = vals.pop().ok_or_else(bad)?;
        if let Op::Not | Op::Unary(_) = op {
            let uop = if let Op::Unary(u) = op {
                u
            } else {
                UnaryOp::Not
            };
            let e = mk(
                ExprKind::UnaryOp {
                    op: uop,
                    operand: bx(right.e),
                },
                oloc,
            );
            vals.push(Operand {
                e,
                start: oloc,
                chain: 0,
            });
            return Ok(());
        }
        let mut left = vals.pop().ok_or_else(bad)?;
        let loc = left.start;
        let (e, chain) = match op {
            Op::And | Op::Or => {
                let (bop, chain) = if op == Op::And {
                    (BoolOp::And, 2)
                } else {
                    (BoolOp::Or, 3)
                };
                if left.chain == chain {
                    if let ExprKind::BoolOp { values, .. } = &mut left.e.kind {
                        values.push(right.e);
                    }
                    (left.e, chain)
                } else {
                    (
                        mk(
                            ExprKind::BoolOp {
                                op: bop,
                                values: vec![left.e, right.e],
                            },
                            loc,
                        ),
                        chain,
                    )
                }
            }
            Op::Cmp(c) => {
                if left.chain == 1 {
                    if let ExprKind::Compare {
                        ops, comparators, ..
                    } = &mut left.e.kind
                    {
                        ops.push(c);
                        comparators.push(right.e);
                    }
                    (left.e, 1)
                } else {
                    let e = ExprKind::Compare {
                        left: bx(left.e),
                        ops: vec![c],
                        comparators: vec![right.e],
                    };
                    (mk(e, loc), 1)
                }
            }
            Op::Bin(b) => (
                mk(
                    ExprKind::BinOp {
                        left: bx(left.e),
                        op: b,
                        right: bx(right.e),
                    },
                    loc,
                ),
                0,
            ),
            Op::Not | Op::Unary(_) => return Err(bad()),
        };
        vals.push(Operand {
            e,
            start: loc,
            chain,
        });
        Ok(())
    }

    /// An atom followed by any trailers taken from `it`.
    pub fn primary(&self, atom: Pair<Rule>, it: &mut It) -> Res<Expr> {
        let start = self.loc(&atom);
        let mut e = self.atom(atom)?;
        let mut count = 0usize;
        while let Some(t) = it.peek() {
            let rule = t.as_rule();
            if !matches!(rule, Rule::call | Rule::subscript | Rule::attribute) {
                break;
            }
            let Some(t) = it.next() else { break };
            count += 1;
            if self.depth.get() + count > MAX_DEPTH {
                return Err(self.err(&t, "too complex"));
            }
            e = match rule {
                Rule::attribute => {
                    let name = t
                        .into_inner()
                        .next()
                        .map(|n| n.as_str().to_string())
                        .unwrap_or_default();
                    mk(
                        ExprKind::Attribute {
                            value: bx(e),
                            attr: name,
                        },
                        start,
                    )
                }
                Rule::call => {
                    let (args, keywords) = self.call_args(t)?;
                    mk(
                        ExprKind::Call {
                            func: bx(e),
                            args,
                            keywords,
                        },
                        start,
                    )
                }
                _ => {
                    let slice = self.slices(t)?;
                    mk(
                        ExprKind::Subscript {
                            value: bx(e),
                            slice: bx(slice),
                        },
                        start,
                    )
                }
            };
        }
        Ok(e)
    }

    pub(crate) fn atom(&self, p: Pair<Rule>) -> Res<Expr> {
        let loc = self.loc(&p);
        let kind = match p.as_rule() {
            Rule::NAME => ExprKind::Name(p.as_str().to_string()),
            Rule::number => match numbers::parse_number(p.as_str()) {
                Ok(c) => ExprKind::Constant(c),
                Err(msg) => return Err(self.err(&p, &msg)),
            },
            Rule::const_kw => ExprKind::Constant(match p.as_str() {
                "True" => Constant::True,
                "False" => Constant::False,
                _ => Constant::None,
            }),
            Rule::ellipsis => ExprKind::Constant(Constant::Ellipsis),
            Rule::strings => return strings::build_strings(self, p),
            Rule::paren_atom => return self.paren_atom(p),
            Rule::list_atom => {
                let (items, _, comp) = self.seq_items(&mut p.into_inner().peekable())?;
                match comp {
                    Some(c) => {
                        let elt = self.single_elt(items, loc)?;
                        ExprKind::ListComp {
                            elt: bx(elt),
                            generators: self.comprehension(c)?,
                        }
                    }
                    None => ExprKind::List(items),
                }
            }
            Rule::brace_atom => return self.brace_atom(p),
            _ => return Err(self.internal(&p)),
        };
        Ok(mk(kind, loc))
    }

    pub(crate) fn single_elt(&self, mut items: Vec<Expr>, loc: Loc) -> Res<Expr> {
        let elt = items
            .pop()
            .ok_or_else(|| self.error_loc("invalid syntax", loc))?;
        if let ExprKind::Starred(_) = elt.kind {
            return Err(self.error_loc(
                "iterable unpacking cannot be used in comprehension",
                elt.loc,
            ));
        }
        Ok(elt)
    }

    fn paren_atom(&self, p: Pair<Rule>) -> Res<Expr> {
        let loc = self.loc(&p);
        let mut it = p.into_inner().peekable();
        if it.peek().map(|q| q.as_rule()) == Some(Rule::yield_expr) {
            let y = it
                .next()
                .ok_or_else(|| self.error_loc("invalid syntax", loc))?;
            return self.yield_expr(y);
        }
        let (mut items, trailing, comp) = self.seq_items(&mut it)?;
        if let Some(c) = comp {
            let elt = self.single_elt(items, loc)?;
            return Ok(mk(
                ExprKind::GeneratorExp {
                    elt: bx(elt),
                    generators: self.comprehension(c)?,
                },
                loc,
            ));
        }
        if items.len() == 1 && !trailing {
            let e = items
                .pop()
                .ok_or_else(|| self.error_loc("invalid syntax", loc))?;
            if let ExprKind::Starred(_) = e.kind {
                return Err(self.error_loc("cannot use starred expression here", e.loc));
            }
            return Ok(e);
        }
        Ok(mk(ExprKind::Tuple(items), loc))
    }

    fn brace_atom(&self, p: Pair<Rule>) -> Res<Expr> {
        enum Entry {
            Unpack(Expr),
            Single(Expr),
            Pair(Expr, Expr),
        }
        let loc = self.loc(&p);
        let mut it = p.into_inner().peekable();
        let mut entries = Vec::new();
        let mut comp = None;
        while let Some(q) = it.peek() {
            match q.as_rule() {
                Rule::trailing_comma => {
                    it.next();
                }
                Rule::for_if_clauses => comp = it.next(),
                Rule::dict_unpack => {
                    let Some(q) = it.next() else { break };
                    let inner = q
                        .into_inner()
                        .next()
                        .ok_or_else(|| self.error_loc("invalid syntax", loc))?;
                    entries.push(Entry::Unpack(self.operators(inner)?.e));
                }
                _ => {
                    let Some(key) = self.expr_seq(&mut it)? else {
                        break;
                    };
                    if it.peek().map(|q| q.as_rule()) == Some(Rule::dict_value) {
                        let v = it
                            .next()
                            .ok_or_else(|| self.error_loc("invalid syntax", loc))?;
                        entries.push(Entry::Pair(key, self.expr(v)?));
                    } else {
                        entries.push(Entry::Single(key));
                    }
                }
            }
        }
        if let Some(c) = comp {
            let generators = self.comprehension(c)?;
            return match entries.pop() {
                Some(Entry::Pair(k, v)) => Ok(mk(
                    ExprKind::DictComp {
                        key: bx(k),
                        value: bx(v),
                        generators,
                    },
                    loc,
                )),
                Some(Entry::Single(e)) => {
                    let elt = self.single_elt(vec![e], loc)?;
                    Ok(mk(
                        ExprKind::SetComp {
                            elt: bx(elt),
                            generators,
                        },
                        loc,
                    ))
                }
                Some(Entry::Unpack(e)) => {
                    Err(self
                        .error_loc("dict unpacking cannot be used in dict comprehension", e.loc))
                }
                None => Err(self.error_loc("invalid syntax", loc)),
            };
        }
        let is_set = matches!(entries.first(), Some(Entry::Single(_)));
        if is_set {
            let mut items = Vec::with_capacity(entries.len());
            for e in entries {
                match e {
                    Entry::Single(e) => items.push(e),
                    Entry::Pair(k, _) | Entry::Unpack(k) => {
                        return Err(self.error_loc("invalid syntax", k.loc))
                    }
                }
            }
            return Ok(mk(ExprKind::Set(items), loc));
        }
        let mut keys = Vec::with_capacity(entries.len());
        let mut values = Vec::with_capacity(entries.len());
        for e in entries {
            match e {
                Entry::Pair(k, v) => {
                    keys.push(Some(k));
                    values.push(v);
                }
                Entry::Unpack(v) => {
                    keys.push(None);
                    values.push(v);
                }
                Entry::Single(e) => {
                    return Err(self.error_loc("':' expected after dictionary key", e.loc))
                }
            }
        }
        Ok(mk(ExprKind::Dict { keys, values }, loc))
    }

    pub fn comprehension(&self, p: Pair<Rule>) -> Res<Vec<Comprehension>> {
        let mut out = Vec::new();
        for clause in p.into_inner() {
            let loc = self.loc(&clause);
            let mut is_async = false;
            let mut target = None;
            let mut iter = None;
            let mut ifs = Vec::new();
            for q in clause.into_inner() {
                match q.as_rule() {
                    Rule::async_kw => is_async = true,
                    Rule::star_targets => target = Some(self.targets(q)?),
                    Rule::disjunction => iter = Some(self.operators(q)?.e),
                    Rule::comp_if => {
                        let cond = q
                            .into_inner()
                            .next()
                            .ok_or_else(|| self.error_loc("invalid syntax", loc))?;
                        ifs.push(self.operators(cond)?.e);
                    }
                    _ => return Err(self.internal(&q)),
                }
            }
            let (Some(target), Some(iter)) = (target, iter) else {
                return Err(self.error_loc("invalid syntax", loc));
            };
            out.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
        }
        Ok(out)
    }

    /// `star_targets`: one target or a tuple of them.
    pub fn targets(&self, p: Pair<Rule>) -> Res<Expr> {
        let loc = self.loc(&p);
        let mut items = Vec::new();
        let mut trailing = false;
        for q in p.into_inner() {
            match q.as_rule() {
                Rule::trailing_comma => trailing = true,
                _ => items.push(self.target(q)?),
            }
        }
        if items.len() == 1 && !trailing {
            return items
                .pop()
                .ok_or_else(|| self.error_loc("invalid syntax", loc));
        }
        Ok(mk(ExprKind::Tuple(items), loc))
    }

    pub fn target(&self, p: Pair<Rule>) -> Res<Expr> {
        let loc = self.loc(&p);
        match p.as_rule() {
            Rule::star_target_starred => {
                let inner = p
                    .into_inner()
                    .next()
                    .ok_or_else(|| self.error_loc("invalid syntax", loc))?;
                Ok(mk(ExprKind::Starred(bx(self.target(inner)?)), loc))
            }
            Rule::target => {
                let mut it = p.into_inner().peekable();
                let atom = it
                    .next()
                    .ok_or_else(|| self.error_loc("invalid syntax", loc))?;
                self.nested(0, loc, || self.primary(atom, &mut it))
            }
            _ => Err(self.internal(&p)),
        }
    }

    fn yield_expr(&self, p: Pair<Rule>) -> Res<Expr> {
        let loc = self.loc(&p);
        match p.into_inner().next() {
            None => Ok(mk(ExprKind::Yield(None), loc)),
            Some(q) if q.as_rule() == Rule::yield_from => {
                Ok(mk(ExprKind::YieldFrom(bx(self.expr(q)?)), loc))
            }
            Some(q) => Ok(mk(
                ExprKind::Yield(Some(bx(self.star_expressions(q)?))),
                loc,
            )),
        }
    }
}
