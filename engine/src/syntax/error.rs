//! The syntax error shared by the parser and the compiler, rendered the way
//! CPython prints `SyntaxError` / `IndentationError` / `TabError`.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    /// The message after `SyntaxError: `, e.g. "invalid syntax".
    pub msg: String,
    pub filename: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column of the caret (CPython's `offset`).
    pub col: u32,
    /// The offending source line without its newline, if known.
    pub text: Option<String>,
}

impl SyntaxError {
    pub fn new(
        kind: SyntaxErrorKind,
        msg: impl Into<String>,
        filename: &str,
        line: u32,
        col: u32,
    ) -> Self {
        SyntaxError {
            kind,
            msg: msg.into(),
            filename: filename.to_string(),
            line,
            col,
            text: None,
        }
    }

    /// Fills `text` from the source if it is not set yet.
    pub fn with_source(mut self, source: &str) -> Self {
        if self.text.is_none() && self.line > 0 {
            self.text = source
                .lines()
                .nth(self.line as usize - 1)
                .map(|l| l.to_string());
        }
        self
    }

    /// The CPython-style report: location, source line, caret, and the
    /// final `Kind: message` line (no trailing newline).
    pub fn render(&self) -> String {
        let mut out = format!("  File \"{}\", line {}\n", self.filename, self.line);
        if let Some(text) = &self.text {
            let trimmed = text.trim_start();
            let indent = text.chars().count() - trimmed.chars().count();
            let trimmed = trimmed.trim_end();
            out.push_str(&format!("    {}\n", trimmed));
            let caret_col = (self.col as usize).saturating_sub(1).saturating_sub(indent);
            let caret_col = caret_col.min(trimmed.chars().count());
            out.push_str(&format!("    {}^\n", " ".repeat(caret_col)));
        }
        out.push_str(&format!("{}: {}", self.kind.name(), self.msg));
        out
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.render())
    }
}
