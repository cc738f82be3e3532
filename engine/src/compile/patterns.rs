//! `match` statements: each case's pattern becomes type checks, comparisons
//! and jumps to the next case (CPython's `compiler_match`/`compiler_pattern_*`).
//! Unlike CPython, captured names are stored as soon as they match; PEP 634
//! leaves the bindings of a failed case unspecified.

use std::rc::Rc;

use crate::ast::{self, Expr, ExprKind, MatchCase, Pattern, PatternKind};
use crate::bytecode::{Constant, Op};

use super::codegen::Label;
use super::{CResult, Compiler, Ctx};

const COMPARE_EQ: u32 = 2;
const COMPARE_GE: u32 = 5;

/// The state threaded through one case's pattern.
struct PatternCtx {
    /// `fail_pop[n]` pops `n` items and then goes on to the failure target.
    fail_pop: Vec<Label>,
    /// Items this pattern left on the stack below the current subject.
    on_top: usize,
    /// May this (sub)pattern match everything? False for a case that is not
    /// last and has no guard, and for all but the last alternative.
    allow_irrefutable: bool,
    /// Names bound so far, for the duplicate and or-pattern checks.
    stores: Vec<String>,
}

impl PatternCtx {
    fn new(allow_irrefutable: bool) -> PatternCtx {
        PatternCtx {
            fail_pop: Vec::new(),
            on_top: 0,
            allow_irrefutable,
            stores: Vec::new(),
        }
    }
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p.kind,
        PatternKind::Star(None)
            | PatternKind::As {
                pattern: None,
                name: None
            }
    )
}

/// A literal mapping key, for the compile-time duplicate-key check.
#[derive(PartialEq)]
enum LiteralKey {
    Int(i64),
    Float(f64),
    Str(String),
    Bytes(Vec<u8>),
    None,
}

impl LiteralKey {
    /// Equal as Python compares them (`1`, `1.0` and `True` are one key).
    fn same(&self, other: &LiteralKey) -> bool {
        match (self, other) {
            (LiteralKey::Int(i), LiteralKey::Float(f))
            | (LiteralKey::Float(f), LiteralKey::Int(i)) => *i as f64 == *f,
            (a, b) => a == b,
        }
    }
}

/// The key's value and repr, for literal keys (a value pattern's key is
/// only known at run time, where MATCH_KEYS checks it).
fn literal_key(e: &Expr) -> Option<(LiteralKey, String)> {
    let (negate, c) = match &e.kind {
        ExprKind::Constant(c) => (false, c),
        ExprKind::UnaryOp {
            op: ast::UnaryOp::USub,
            operand,
        } => match &operand.kind {
            ExprKind::Constant(c) => (true, c),
            _ => return None,
        },
        _ => return None,
    };
    let sign = if negate { -1 } else { 1 };
    Some(match c {
        ast::Constant::None => (LiteralKey::None, "None".into()),
        ast::Constant::True => (LiteralKey::Int(1), "True".into()),
        ast::Constant::False => (LiteralKey::Int(0), "False".into()),
        ast::Constant::Int(i) => (LiteralKey::Int(sign * i), (sign * i).to_string()),
        ast::Constant::Float(f) if f.is_finite() => {
            let v = sign as f64 * f;
            (LiteralKey::Float(v), format!("{:?}", v))
        }
        ast::Constant::Str(s) if !s.contains(['\'', '\\']) && !s.chars().any(char::is_control) => {
            (LiteralKey::Str(s.clone()), format!("'{}'", s))
        }
        ast::Constant::Bytes(b)
            if b.iter()
                .all(|c| c.is_ascii_graphic() && *c != b'\'' && *c != b'\\') =>
        {
            (
                LiteralKey::Bytes(b.clone()),
                format!("b'{}'", String::from_utf8_lossy(b)),
            )
        }
        _ => return None,
    })
}

impl<'a> Compiler<'a> {
    pub fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) -> CResult {
        self.expr(subject)?;
        let end = self.b().new_label();
        for (i, case) in cases.iter().enumerate() {
            let base = self.b().depth;
            let last = i + 1 == cases.len();
            let mut pc = PatternCtx::new(last || case.guard.is_some());
            self.set_line(case.pattern.loc);
            // The pattern consumes a copy; the subject stays for the next case.
            self.b().emit(Op::Copy, 1);
            self.pattern(&case.pattern, &mut pc)?;
            if let Some(g) = &case.guard {
                let fail = self.fail_label(&mut pc, 0);
                self.jump_if(g, fail, false)?;
            }
            self.b().emit(Op::PopTop, 0);
            self.body(&case.body)?;
            self.b().jump(Op::Jump, end);
            self.emit_fail_pop(&pc);
            self.b().depth = base;
        }
        self.b().emit(Op::PopTop, 0);
        self.b().bind(end);
        Ok(())
    }

    fn fail_label(&mut self, pc: &mut PatternCtx, n: usize) -> Label {
        while pc.fail_pop.len() <= n {
            let l = self.b().new_label();
            pc.fail_pop.push(l);
        }
        pc.fail_pop[n]
    }

    /// Jumps (with `op`) to the failure path that pops `n` items.
    fn jump_to_fail(&mut self, pc: &mut PatternCtx, n: usize, op: Op) {
        let l = self.fail_label(pc, n);
        self.b().jump(op, l);
    }

    /// The failure path: `fail_pop[n]` falls through n POP_TOPs to `fail_pop[0]`.
    fn emit_fail_pop(&mut self, pc: &PatternCtx) {
        for (n, &l) in pc.fail_pop.iter().enumerate().rev() {
            self.b().bind(l);
            if n > 0 {
                self.b().emit(Op::PopTop, 0);
            }
        }
    }

    /// Stores the subject (TOS) into `name`, rejecting a second binding.
    fn store_capture(&mut self, name: &str, pc: &mut PatternCtx, p: &Pattern) -> CResult {
        if pc.stores.iter().any(|n| n == name) {
            return Err(self.err(
                format!("multiple assignments to name '{}' in pattern", name),
                p.loc,
            ));
        }
        pc.stores.push(name.to_string());
        self.name_op(name, Ctx::Store)
    }

    /// A pattern nested in a sequence, mapping or class pattern: it may be irrefutable.
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult {
        let saved = std::mem::replace(&mut pc.allow_irrefutable, true);
        self.pattern(p, pc)?;
        pc.allow_irrefutable = saved;
        Ok(())
    }

    /// Matches the subject on top of the stack against `p`, consuming it.
    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternCtx) -> CResult {
        self.set_line(p.loc);
        match &p.kind {
            PatternKind::Value(e) => {
                self.expr(e)?;
                self.b().emit(Op::CompareOp, COMPARE_EQ);
                self.jump_to_fail(pc, pc.on_top, Op::PopJumpIfFalse);
            }
            PatternKind::Singleton(c) => {
                self.b().load_const(match c {
                    ast::Constant::True => Constant::Bool(true),
                    ast::Constant::False => Constant::Bool(false),
                    _ => Constant::None,
                });
                self.b().emit(Op::IsOp, 0);
                self.jump_to_fail(pc, pc.on_top, Op::PopJumpIfFalse);
            }
            PatternKind::As {
                pattern: None,
                name,
            } => {
                if !pc.allow_irrefutable {
                    let msg = match name {
                        Some(n) => {
                            format!("name capture '{}' makes remaining patterns unreachable", n)
                        }
                        None => "wildcard makes remaining patterns unreachable".to_string(),
                    };
                    return Err(self.err(msg, p.loc));
                }
                match name {
                    Some(n) => self.store_capture(n, pc, p)?,
                    None => self.b().emit(Op::PopTop, 0),
                }
            }
            PatternKind::As {
                pattern: Some(inner),
                name,
            } => {
                pc.on_top += 1;
                self.b().emit(Op::Copy, 1);
                self.pattern(inner, pc)?;
                pc.on_top -= 1;
                match name {
                    Some(n) => self.store_capture(n, pc, p)?,
                    None => self.b().emit(Op::PopTop, 0),
                }
            }
            PatternKind::Star(_) => {
                return Err(self.err("can't use starred name here", p.loc));
            }
            PatternKind::Sequence(items) => self.sequence_pattern(items, pc, p)?,
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => self.mapping_pattern(keys, patterns, rest.as_deref(), pc, p)?,
            PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.expr(cls)?;
                let names: Vec<Constant> = kwd_attrs
                    .iter()
                    .map(|a| Constant::Str(Rc::from(a.as_str())))
                    .collect();
                self.b().load_const(Constant::Tuple(Rc::from(names)));
                self.b().emit(Op::MatchClass, patterns.len() as u32);
                self.check_not_none(pc, pc.on_top + 1);
                let n = patterns.len() + kwd_patterns.len();
                if n == 0 {
                    self.b().emit(Op::PopTop, 0);
                    return Ok(());
                }
                self.b().emit(Op::UnpackSequence, n as u32);
                pc.on_top += n;
                for sub in patterns.iter().chain(kwd_patterns) {
                    pc.on_top -= 1;
                    self.subpattern(sub, pc)?;
                }
            }
            PatternKind::Or(alts) => self.or_pattern(alts, pc, p)?,
        }
        Ok(())
    }

    /// `[COPY 1, LOAD_CONST None, IS_OP 1]`, failing (popping `n`) when TOS is None.
    fn check_not_none(&mut self, pc: &mut PatternCtx, n: usize) {
        self.b().emit(Op::Copy, 1);
        self.b().load_const(Constant::None);
        self.b().emit(Op::IsOp, 1);
        self.jump_to_fail(pc, n, Op::PopJumpIfFalse);
    }

    /// Fails (popping the subject too) unless `len(subject) op size`.
    fn check_len(&mut self, pc: &mut PatternCtx, size: usize, compare: u32) {
        self.b().emit(Op::GetLen, 0);
        self.b().load_const(Constant::Int(size as i64));
        self.b().emit(Op::CompareOp, compare);
        self.jump_to_fail(pc, pc.on_top + 1, Op::PopJumpIfFalse);
    }

    fn sequence_pattern(
        &mut self,
        items: &'a [Pattern],
        pc: &mut PatternCtx,
        p: &Pattern,
    ) -> CResult {
        let mut star = None;
        for (i, item) in items.iter().enumerate() {
            if matches!(item.kind, PatternKind::Star(_)) {
                if star.is_some() {
                    return Err(self.err("multiple starred names in sequence pattern", p.loc));
                }
                star = Some(i);
            }
        }
        let size = items.len();
        self.b().emit(Op::MatchSequence, 0);
        self.jump_to_fail(pc, pc.on_top + 1, Op::PopJumpIfFalse);
        match star {
            None => self.check_len(pc, size, COMPARE_EQ),
            Some(_) if size > 1 => self.check_len(pc, size - 1, COMPARE_GE),
            Some(_) => {}
        }
        if items.iter().all(is_wildcard) {
            self.b().emit(Op::PopTop, 0);
            return Ok(());
        }
        match star {
            None => self.b().emit(Op::UnpackSequence, size as u32),
            Some(i) => self
                .b()
                .emit(Op::UnpackEx, (i | ((size - 1 - i) << 8)) as u32),
        }
        pc.on_top += size;
        for item in items {
            pc.on_top -= 1;
            match &item.kind {
                PatternKind::Star(Some(n)) => self.store_capture(n, pc, item)?,
                PatternKind::Star(None) => self.b().emit(Op::PopTop, 0),
                _ => self.subpattern(item, pc)?,
            }
        }
        Ok(())
    }

    fn mapping_pattern(
        &mut self,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&str>,
        pc: &mut PatternCtx,
        p: &Pattern,
    ) -> CResult {
        self.b().emit(Op::MatchMapping, 0);
        self.jump_to_fail(pc, pc.on_top + 1, Op::PopJumpIfFalse);
        if keys.is_empty() && rest.is_none() {
            self.b().emit(Op::PopTop, 0);
            return Ok(());
        }
        if !keys.is_empty() {
            self.check_len(pc, keys.len(), COMPARE_GE);
        }
        let mut seen: Vec<LiteralKey> = Vec::new();
        for k in keys {
            if let Some((key, r)) = literal_key(k) {
                if seen.iter().any(|s| s.same(&key)) {
                    return Err(self.err(
                        format!("mapping pattern checks duplicate key ({})", r),
                        p.loc,
                    ));
                }
                seen.push(key);
            }
            self.expr(k)?;
        }
        self.b().emit(Op::BuildTuple, keys.len() as u32);
        self.b().emit(Op::MatchKeys, 0);
        // [subject, keys, values or None]
        self.check_not_none(pc, pc.on_top + 3);
        self.b().emit(Op::UnpackSequence, keys.len() as u32);
        pc.on_top += 2 + keys.len();
        for sub in patterns {
            pc.on_top -= 1;
            self.subpattern(sub, pc)?;
        }
        pc.on_top -= 2;
        match rest {
            Some(name) => {
                self.b().emit(Op::CopyDictWithoutKeys, 0);
                self.store_capture(name, pc, p)?;
            }
            None => self.b().emit(Op::PopTop, 0),
        }
        self.b().emit(Op::PopTop, 0);
        Ok(())
    }

    /// Each alternative gets its own failure path back to a fresh copy of
    /// the subject; all must bind the same names.
    fn or_pattern(&mut self, alts: &'a [Pattern], pc: &mut PatternCtx, p: &Pattern) -> CResult {
        let end = self.b().new_label();
        let base = self.b().depth;
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in alts.iter().enumerate() {
            let last = i + 1 == alts.len();
            let mut sub = PatternCtx::new(last && pc.allow_irrefutable);
            self.b().emit(Op::Copy, 1);
            self.pattern(alt, &mut sub)?;
            let mut names = sub.stores.clone();
            names.sort();
            match &control {
                None => control = Some(names),
                Some(c) if *c != names => {
                    return Err(self.err("alternative patterns bind different names", alt.loc));
                }
                Some(_) => {}
            }
            self.b().jump(Op::Jump, end);
            self.emit_fail_pop(&sub);
            self.b().depth = base;
        }
        // No alternative matched: drop the subject and fail.
        self.b().emit(Op::PopTop, 0);
        self.jump_to_fail(pc, pc.on_top, Op::Jump);
        self.b().bind(end);
        self.b().emit(Op::PopTop, 0);
        for n in control.unwrap_or_default() {
            if pc.stores.contains(&n) {
                return Err(self.err(
                    format!("multiple assignments to name '{}' in pattern", n),
                    p.loc,
                ));
            }
            pc.stores.push(n);
        }
        Ok(())
    }
}
