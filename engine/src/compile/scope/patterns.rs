//! Scope analysis of `case` patterns: the names a pattern captures are
//! bound in the enclosing scope (as CPython's symtable does for `match`).

use super::{Builder, SResult, DEF_LOCAL};
use crate::ast;

impl<'f> Builder<'f> {
    /// Captured names become locals; value patterns and class names are uses.
    pub(super) fn visit_pattern(&mut self, p: &ast::Pattern) -> SResult<()> {
        use ast::PatternKind as P;
        match &p.kind {
            P::Value(e) => self.visit_expr(e),
            P::Singleton(_) | P::Star(None) => Ok(()),
            P::Star(Some(n)) => self.add_def(n, DEF_LOCAL, p.loc),
            P::Sequence(ps) | P::Or(ps) => ps.iter().try_for_each(|q| self.visit_pattern(q)),
            P::Mapping {
                keys,
                patterns,
                rest,
            } => {
                self.visit_exprs(keys)?;
                patterns.iter().try_for_each(|q| self.visit_pattern(q))?;
                match rest {
                    Some(n) => self.add_def(n, DEF_LOCAL, p.loc),
                    None => Ok(()),
                }
            }
            P::Class {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.visit_expr(cls)?;
                patterns
                    .iter()
                    .chain(kwd_patterns)
                    .try_for_each(|q| self.visit_pattern(q))
            }
            P::As { pattern, name } => {
                if let Some(q) = pattern {
                    self.visit_pattern(q)?;
                }
                match name {
                    Some(n) => self.add_def(n, DEF_LOCAL, p.loc),
                    None => Ok(()),
                }
            }
        }
    }
}
