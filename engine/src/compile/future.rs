//! `from __future__ import ...`: the statements that change how the rest of
//! a module compiles. They must come first (after the docstring); Krait acts
//! on `annotations` (PEP 563: annotations are kept as their source text) and
//! accepts the features every Python 3 has on anyway.

use crate::ast::{ExprKind, Stmt, StmtKind};
use crate::syntax::SyntaxError;

/// Features CPython 3.11 knows; all but `annotations` are always on.
const KNOWN: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// What a module's future imports switched on.
#[derive(Clone, Copy, Default)]
pub(crate) struct Future {
    /// PEP 563: annotations are strings, not evaluated.
    pub annotations: bool,
    /// How many leading statements are the docstring and the future imports:
    /// a future import anywhere else is an error.
    pub leading: usize,
}

/// Reads the future imports at the top of a module body.
pub(crate) fn scan(body: &[Stmt], filename: &str) -> Result<Future, SyntaxError> {
    let mut future = Future::default();
    let mut rest = body.iter().enumerate().peekable();
    if let Some((_, first)) = rest.peek() {
        if matches!(&first.kind, StmtKind::Expr(e) if matches!(
            &e.kind,
            ExprKind::Constant(crate::ast::Constant::Str(_))
        )) {
            rest.next();
        }
    }
    for (i, s) in rest {
        let StmtKind::ImportFrom {
            module: Some(m),
            names,
            level: 0,
        } = &s.kind
        else {
            break;
        };
        if m != "__future__" {
            break;
        }
        for a in names {
            match a.name.as_str() {
                "annotations" => future.annotations = true,
                "braces" => return Err(super::error(filename, "not a chance", s.loc)),
                name if KNOWN.contains(&name) => {}
                name => {
                    return Err(super::error(
                        filename,
                        format!("future feature {} is not defined", name),
                        s.loc,
                    ))
                }
            }
        }
        future.leading = i + 1;
    }
    Ok(future)
}

/// The error for a future import past the module's first statements.
pub(crate) fn misplaced(filename: &str, s: &Stmt) -> SyntaxError {
    super::error(
        filename,
        "from __future__ imports must occur at the beginning of the file",
        s.loc,
    )
}
