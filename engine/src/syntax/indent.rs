//! The pre-pass run before pest: a light tokenizer that reports CPython's
//! tokenizer errors (brackets, strings, numbers, characters, indentation) and
//! rewrites the source into the layout `grammar.pest` expects.
//!
//! The output keeps every source byte at the same offset except for inserted
//! markers (INDENT, DEDENT, a final newline), which are recorded in `inserts`
//! so positions can be mapped back. Comments, newlines inside brackets,
//! backslash continuations and blank lines become spaces.

use super::source::SourceMap;
use super::SyntaxErrorKind;

pub(crate) const INDENT: u8 = 1;
pub(crate) const DEDENT: u8 = 2;
/// CPython's tokenizer limit on nested brackets.
pub(crate) const MAX_PAREN: usize = 200;
/// CPython's limit on indentation levels.
const MAX_INDENT: usize = 100;
/// Nested lambdas (recursive in the grammar) allowed on one line.
const MAX_LAMBDA: usize = 200;
/// Top-level statements are handed to pest in chunks of about this size.
const CHUNK: usize = 1 << 16;
const TABSIZE: usize = 8;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Mode {
    /// A module: indentation is significant.
    File,
    /// An `eval()` expression: no indentation, trailing newlines allowed.
    Eval,
    /// An f-string replacement field: behaves as if inside parentheses.
    Inner,
}

/// Bytes inserted into the output at output offset `at`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Insert {
    pub at: usize,
    pub len: usize,
    /// Total bytes inserted before this insert.
    pub before: usize,
}

#[derive(Debug)]
pub(crate) struct PreError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    /// Offset in the scanned text (add the base for the whole source).
    pub offset: usize,
    /// Raised by CPython's tokenizer (these override a generic parser
    /// error found earlier in the file).
    pub tokenizer: bool,
}

impl PreError {
    /// "'(' was never closed", found only at the end of the input.
    pub fn is_unclosed(&self) -> bool {
        self.msg.ends_with("was never closed")
    }
}

pub(crate) struct Prepared {
    pub text: String,
    pub inserts: Vec<Insert>,
    /// Output offsets where pest chunks end (the last is `text.len()`).
    pub chunks: Vec<usize>,
    /// The first tokenizer error; `text` then stops at the start of the
    /// logical line it belongs to, and pest errors at or after `trunc` are
    /// superseded by it.
    pub error: Option<PreError>,
    pub trunc: usize,
    /// When `error` is a parser-level error: the first tokenizer error after it.
    pub later: Option<PreError>,
    /// Deepest bracket/lambda nesting seen (decides the parse stack size).
    pub max_nesting: usize,
}

impl Prepared {
    /// Maps an output offset back to an offset in the scanned text.
    pub fn to_source(&self, t: usize) -> usize {
        let idx = self.inserts.partition_point(|ins| ins.at <= t);
        if idx == 0 {
            return t;
        }
        let ins = self.inserts[idx - 1];
        t - ins.before - (t - ins.at).min(ins.len)
    }
}

struct Scanner<'a> {
    src: &'a [u8],
    text: &'a str,
    map: &'a SourceMap<'a>,
    base: usize,
    mode: Mode,
    out: Vec<u8>,
    inserts: Vec<Insert>,
    inserted: usize,
    chunks: Vec<usize>,
    /// (columns with tabs to 8, columns with tabs as 1)
    indents: Vec<(usize, usize)>,
    brackets: Vec<(u8, usize)>,
    lambdas: Vec<usize>,
    lambda_total: usize,
    max_nesting: usize,
    // State of the current logical line.
    ll_trunc: usize,
    ll_indents: usize,
    ll_start: usize,
    ll_last: u8,
    ll_active: bool,
    /// The previous logical line ended with `:` (header start offset).
    pending_header: Option<usize>,
    prev_decorator: bool,
    error: Option<PreError>,
}

type Res<T> = Result<T, PreError>;

fn is_ident_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
}

fn is_string_prefix(w: &str) -> bool {
    if w.len() > 2 {
        return false;
    }
    let w = w.to_ascii_lowercase();
    matches!(
        w.as_str(),
        "r" | "u" | "b" | "f" | "br" | "rb" | "fr" | "rf"
    )
}

/// Whether a character counts as non-printable for CPython's error message.
fn non_printable(c: char) -> bool {
    c.is_control()
        || (c.is_whitespace() && c != ' ')
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{ad}')
}

pub(crate) fn prepare(text: &str, base: usize, map: &SourceMap, mode: Mode) -> Prepared {
    let mut s = Scanner {
        src: text.as_bytes(),
        text,
        map,
        base,
        mode,
        out: Vec::with_capacity(text.len() + 64),
        inserts: Vec::new(),
        inserted: 0,
        chunks: Vec::new(),
        indents: vec![(0, 0)],
        brackets: Vec::new(),
        lambdas: vec![0],
        lambda_total: 0,
        max_nesting: 0,
        ll_trunc: 0,
        ll_indents: 1,
        ll_start: 0,
        ll_last: 0,
        ll_active: false,
        pending_header: None,
        prev_decorator: false,
        error: None,
    };
    let result = s.run();
    let mut later = None;
    let trunc = match result {
        Ok(()) => s.out.len(),
        Err(e) => {
            if !e.tokenizer && mode == Mode::File && s.ll_start < text.len() {
                // Keep looking for a tokenizer error, which CPython prefers.
                let tail = prepare(&text[s.ll_start..], base + s.ll_start, map, Mode::Eval);
                later = tail.error.filter(|t| t.tokenizer).map(|t| PreError {
                    offset: t.offset + s.ll_start,
                    ..t
                });
            }
            // An unclosed bracket keeps the text: CPython reports it only when its
            // parser runs into the end of input (see `pest_failure`).
            let unclosed = e.is_unclosed();
            s.error = Some(e);
            if unclosed {
                s.out.len()
            } else {
                s.truncate()
            }
        }
    };
    s.chunks.retain(|&c| c < trunc);
    s.chunks.push(trunc);
    let text = String::from_utf8(s.out)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    Prepared {
        text,
        inserts: s.inserts,
        chunks: s.chunks,
        error: s.error,
        trunc,
        later,
        max_nesting: s.max_nesting,
    }
}

impl<'a> Scanner<'a> {
    fn err(&self, kind: SyntaxErrorKind, msg: impl Into<String>, offset: usize) -> PreError {
        PreError {
            kind,
            msg: msg.into(),
            offset,
            tokenizer: true,
        }
    }

    /// An error CPython raises from its parser rather than its tokenizer.
    fn parser_err(&self, kind: SyntaxErrorKind, msg: impl Into<String>, offset: usize) -> PreError {
        PreError {
            kind,
            msg: msg.into(),
            offset,
            tokenizer: false,
        }
    }

    fn syn(&self, msg: impl Into<String>, offset: usize) -> PreError {
        self.err(SyntaxErrorKind::SyntaxError, msg, offset)
    }

    fn line_of(&self, offset: usize) -> u32 {
        self.map.line_of(self.base + offset)
    }

    fn insert(&mut self, byte: u8, count: usize) {
        if count == 0 {
            return;
        }
        let at = self.out.len();
        match self.inserts.last_mut() {
            Some(last) if last.at + last.len == at => last.len += count,
            _ => self.inserts.push(Insert {
                at,
                len: count,
                before: self.inserted,
            }),
        }
        self.inserted += count;
        self.out.extend(std::iter::repeat_n(byte, count));
    }

    /// Cuts the output back to the start of the erroring logical line and
    /// closes its open blocks; returns the cut point.
    fn truncate(&mut self) -> usize {
        let trunc = self.ll_trunc.min(self.out.len());
        self.out.truncate(trunc);
        self.inserts.retain(|i| i.at < trunc);
        if let Some(last) = self.inserts.last_mut() {
            last.len = last.len.min(trunc - last.at);
        }
        self.inserted = self.inserts.last().map_or(0, |i| i.before + i.len);
        if self.mode == Mode::File {
            self.insert(DEDENT, self.ll_indents.saturating_sub(1));
        }
        trunc
    }

    fn run(&mut self) -> Res<()> {
        let n = self.src.len();
        let mut i = 0;
        let mut line_start = self.mode == Mode::File;
        loop {
            if line_start {
                match self.line_start(i)? {
                    Some(j) => i = j,
                    None => break,
                }
                line_start = false;
            }
            if i >= n {
                break;
            }
            let c = self.src[i];
            match c {
                b'\n' => {
                    if !self.brackets.is_empty() || self.mode == Mode::Inner {
                        self.out.push(b' ');
                    } else {
                        self.out.push(b'\n');
                        self.end_logical_line();
                        line_start = self.mode == Mode::File;
                    }
                    i += 1;
                }
                b'#' => {
                    let end = self.src[i..]
                        .iter()
                        .position(|&b| b == b'\n')
                        .map_or(n, |p| i + p);
                    self.out.extend(std::iter::repeat_n(b' ', end - i));
                    i = end;
                }
                b'\\' => {
                    if i + 1 >= n {
                        return Err(self.syn("unexpected EOF while parsing", i + 1));
                    }
                    if self.src[i + 1] != b'\n' {
                        return Err(self.syn(
                            "unexpected character after line continuation character",
                            i + 1,
                        ));
                    }
                    if i + 2 >= n && self.mode == Mode::File {
                        return Err(self.syn("unexpected EOF while parsing", i + 1));
                    }
                    self.out.extend_from_slice(b"  ");
                    i += 2;
                }
                b' ' | b'\t' | 0x0c => {
                    self.out.push(b' ');
                    i += 1;
                }
                b'(' | b'[' | b'{' => {
                    self.token(c);
                    self.brackets.push((c, i));
                    self.lambdas.push(0);
                    if self.brackets.len() > MAX_PAREN {
                        return Err(self.syn("too many nested parentheses", i));
                    }
                    self.max_nesting = self
                        .max_nesting
                        .max(self.brackets.len() + self.lambda_total);
                    self.out.push(c);
                    i += 1;
                }
                b')' | b']' | b'}' => {
                    self.token(c);
                    let Some((open, at)) = self.brackets.pop() else {
                        return Err(self.syn(format!("unmatched '{}'", c as char), i));
                    };
                    let expected = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if c != expected {
                        let mut msg = format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, open as char
                        );
                        if self.line_of(at) != self.line_of(i) {
                            msg.push_str(&format!(" on line {}", self.line_of(at)));
                        }
                        return Err(self.syn(msg, i));
                    }
                    let inner = self.lambdas.pop().unwrap_or(0);
                    self.lambda_total -= inner;
                    self.out.push(c);
                    i += 1;
                }
                b',' => {
                    self.token(c);
                    if let Some(top) = self.lambdas.last_mut() {
                        self.lambda_total -= *top;
                        *top = 0;
                    }
                    self.out.push(c);
                    i += 1;
                }
                b'\'' | b'"' => i = self.string(i, i)?,
                b'0'..=b'9' => i = self.number(i)?,
                b'.' if i + 1 < n && self.src[i + 1].is_ascii_digit() => i = self.number(i)?,
                _ if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => i = self.word(i)?,
                0..=0x1f | 0x7f => {
                    return Err(self.syn(format!("invalid non-printable character U+{:04X}", c), i));
                }
                _ => {
                    self.token(c);
                    self.out.push(c);
                    i += 1;
                }
            }
        }
        self.finish()
    }

    /// Records a token of the current logical line (for header detection).
    fn token(&mut self, c: u8) {
        self.ll_last = c;
        self.ll_active = true;
    }

    fn end_logical_line(&mut self) {
        let header = self.ll_active && self.ll_last == b':';
        self.pending_header = if header { Some(self.ll_start) } else { None };
        self.prev_decorator = self.src.get(self.ll_start) == Some(&b'@');
        self.ll_active = false;
        for l in self.lambdas.iter_mut() {
            *l = 0;
        }
        self.lambda_total = 0;
    }

    /// Handles indentation at the start of a physical line that starts a
    /// logical line. Returns the offset of its first token, or None at EOF.
    fn line_start(&mut self, mut i: usize) -> Res<Option<usize>> {
        let n = self.src.len();
        loop {
            let line_begin = i;
            let (mut col, mut alt) = (0usize, 0usize);
            let mut j = i;
            while j < n {
                match self.src[j] {
                    b' ' => {
                        col += 1;
                        alt += 1;
                    }
                    b'\t' => {
                        col = (col / TABSIZE + 1) * TABSIZE;
                        alt += 1;
                    }
                    0x0c => {
                        col = 0;
                        alt = 0;
                    }
                    _ => break,
                }
                j += 1;
            }
            let trunc = self.out.len();
            self.out.extend(std::iter::repeat_n(b' ', j - i));
            if j >= n {
                return Ok(None);
            }
            match self.src[j] {
                b'#' => {
                    let end = self.src[j..]
                        .iter()
                        .position(|&b| b == b'\n')
                        .map_or(n, |p| j + p);
                    self.out.extend(std::iter::repeat_n(b' ', end - j));
                    if end >= n {
                        return Ok(None);
                    }
                    self.out.push(b' ');
                    i = end + 1;
                    continue;
                }
                b'\n' => {
                    self.out.push(b' ');
                    i = j + 1;
                    continue;
                }
                _ => {}
            }
            // A real logical line.
            self.ll_trunc = trunc;
            self.ll_indents = self.indents.len();
            self.ll_start = j;
            let (top_col, top_alt) = *self.indents.last().unwrap_or(&(0, 0));
            let header = self.pending_header.take();
            let tab_error = |s: &Self| {
                s.err(
                    SyntaxErrorKind::TabError,
                    "inconsistent use of tabs and spaces in indentation",
                    line_begin,
                )
            };
            if col > top_col {
                if header.is_none() {
                    return Err(self.parser_err(
                        SyntaxErrorKind::IndentationError,
                        "unexpected indent",
                        j.saturating_sub(1),
                    ));
                }
                if alt <= top_alt {
                    return Err(tab_error(self));
                }
                self.indents.push((col, alt));
                if self.indents.len() > MAX_INDENT {
                    return Err(self.err(
                        SyntaxErrorKind::IndentationError,
                        "too many levels of indentation",
                        line_begin,
                    ));
                }
                self.insert(INDENT, 1);
            } else {
                if let Some(hstart) = header {
                    if let Some(desc) = self.header_desc_at(hstart) {
                        let msg = format!(
                            "expected an indented block after {} on line {}",
                            desc,
                            self.line_of(hstart)
                        );
                        return Err(self.parser_err(SyntaxErrorKind::IndentationError, msg, j));
                    }
                }
                if col == top_col {
                    if alt != top_alt {
                        return Err(tab_error(self));
                    }
                } else {
                    let mut count = 0;
                    while self.indents.last().is_some_and(|&(c, _)| c > col) {
                        self.indents.pop();
                        count += 1;
                    }
                    let (new_col, new_alt) = *self.indents.last().unwrap_or(&(0, 0));
                    if new_col != col {
                        let end = self.src[j..]
                            .iter()
                            .position(|&b| b == b'\n')
                            .map_or(n, |p| j + p);
                        return Err(self.err(
                            SyntaxErrorKind::IndentationError,
                            "unindent does not match any outer indentation level",
                            end,
                        ));
                    }
                    if new_alt != alt {
                        return Err(tab_error(self));
                    }
                    self.insert(DEDENT, count);
                }
            }
            if self.indents.len() == 1
                && self.out.len() - self.chunks.last().copied().unwrap_or(0) >= CHUNK
            {
                let word = self.peek_word(j);
                if !self.prev_decorator && !matches!(word, "else" | "elif" | "except" | "finally") {
                    self.chunks.push(self.out.len());
                }
            }
            return Ok(Some(j));
        }
    }

    fn peek_word(&self, j: usize) -> &'a str {
        let end = self.src[j..]
            .iter()
            .position(|&b| !is_ident_byte(b))
            .map_or(self.src.len(), |p| j + p);
        self.text.get(j..end).unwrap_or("")
    }

    /// The phrase CPython uses in "expected an indented block after ..." for
    /// the header line starting at `start`.
    fn header_desc_at(&self, start: usize) -> Option<String> {
        let mut word = self.peek_word(start);
        if word == "async" {
            let mut k = start + word.len();
            while k < self.src.len() && matches!(self.src[k], b' ' | b'\t' | 0x0c) {
                k += 1;
            }
            word = self.peek_word(k);
        }
        Some(match word {
            "def" => "function definition".to_string(),
            "class" => "class definition".to_string(),
            "if" | "elif" | "else" | "while" | "for" | "try" | "except" | "finally" | "with"
            | "match" | "case" => format!("'{}' statement", word),
            _ => return None,
        })
    }

    fn finish(&mut self) -> Res<()> {
        if let Some(&(open, at)) = self.brackets.last() {
            let msg = format!("'{}' was never closed", open as char);
            return Err(self.parser_err(SyntaxErrorKind::SyntaxError, msg, at));
        }
        if self.mode != Mode::File {
            return Ok(());
        }
        if self.ll_active {
            if self.out.last() != Some(&b'\n') {
                self.insert(b'\n', 1);
            }
            self.end_logical_line();
        }
        if let Some(hstart) = self.pending_header {
            if let Some(desc) = self.header_desc_at(hstart) {
                let end = self.src[hstart..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(self.src.len(), |p| hstart + p);
                let msg = format!(
                    "expected an indented block after {} on line {}",
                    desc,
                    self.line_of(hstart)
                );
                self.ll_trunc = self.out.len();
                self.ll_indents = self.indents.len();
                return Err(self.parser_err(SyntaxErrorKind::IndentationError, msg, end));
            }
        }
        let levels = self.indents.len() - 1;
        self.insert(DEDENT, levels);
        Ok(())
    }

    /// An identifier, keyword, or the prefix of a string literal.
    fn word(&mut self, i: usize) -> Res<usize> {
        let n = self.src.len();
        let mut j = i;
        while j < n {
            let b = self.src[j];
            if b.is_ascii_alphanumeric() || b == b'_' {
                j += 1;
            } else if b >= 0x80 {
                let ch = self.text[j..].chars().next().unwrap_or('\u{fffd}');
                if !(ch.is_alphanumeric() || ch == '_') {
                    if j == i {
                        let msg = if non_printable(ch) {
                            format!("invalid non-printable character U+{:04X}", ch as u32)
                        } else {
                            format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
                        };
                        return Err(self.syn(msg, j));
                    }
                    break;
                }
                j += ch.len_utf8();
            } else {
                break;
            }
        }
        let w = &self.text[i..j];
        if j < n && (self.src[j] == b'\'' || self.src[j] == b'"') && is_string_prefix(w) {
            return self.string(i, j);
        }
        self.token(b'a');
        if w == "lambda" {
            if let Some(top) = self.lambdas.last_mut() {
                *top += 1;
            }
            self.lambda_total += 1;
            if self.lambda_total > MAX_LAMBDA {
                return Err(self.parser_err(
                    SyntaxErrorKind::SyntaxError,
                    "too many nested parentheses",
                    i,
                ));
            }
            self.max_nesting = self
                .max_nesting
                .max(self.brackets.len() + self.lambda_total);
        }
        self.out.extend_from_slice(&self.src[i..j]);
        Ok(j)
    }

    /// A string literal whose token starts at `start` and quote at `q`.
    fn string(&mut self, start: usize, q: usize) -> Res<usize> {
        let n = self.src.len();
        let quote = self.src[q];
        let triple = q + 2 < n && self.src[q + 1] == quote && self.src[q + 2] == quote;
        let mut j = q + if triple { 3 } else { 1 };
        loop {
            if j >= n {
                let msg = if triple {
                    format!(
                        "unterminated triple-quoted string literal (detected at line {})",
                        self.line_of(n.saturating_sub(1))
                    )
                } else {
                    format!(
                        "unterminated string literal (detected at line {})",
                        self.line_of(n.saturating_sub(1))
                    )
                };
                return Err(self.syn(msg, start));
            }
            match self.src[j] {
                b'\\' => j += 2,
                b'\n' if !triple => {
                    let msg = format!(
                        "unterminated string literal (detected at line {})",
                        self.line_of(j)
                    );
                    return Err(self.syn(msg, start));
                }
                b if b == quote => {
                    if !triple {
                        j += 1;
                        break;
                    }
                    if j + 2 < n && self.src[j + 1] == quote && self.src[j + 2] == quote {
                        j += 3;
                        break;
                    }
                    j += 1;
                }
                _ => j += 1,
            }
        }
        self.token(b'"');
        self.out.extend_from_slice(&self.src[start..j]);
        Ok(j)
    }

    /// A number literal, validated like CPython's tokenizer.
    fn number(&mut self, i: usize) -> Res<usize> {
        let src = self.src;
        let n = src.len();
        let at = |k: usize| if k < n { src[k] } else { 0 };
        let mut j = i;
        let kind;
        if at(i) == b'0' && matches!(at(i + 1), b'x' | b'X' | b'o' | b'O' | b'b' | b'B') {
            let (radix, name) = match at(i + 1) | 0x20 {
                b'x' => (16, "hexadecimal"),
                b'o' => (8, "octal"),
                _ => (2, "binary"),
            };
            kind = name;
            j = i + 2;
            let is_digit = |b: u8| (b as char).is_digit(radix);
            let mut any = false;
            loop {
                let b = at(j);
                if b == b'_' {
                    if !is_digit(at(j + 1)) {
                        return Err(self.syn(format!("invalid {} literal", name), j));
                    }
                    j += 1;
                } else if is_digit(b) {
                    any = true;
                    j += 1;
                } else {
                    break;
                }
            }
            if at(j).is_ascii_digit() {
                return Err(self.syn(
                    format!("invalid digit '{}' in {} literal", at(j) as char, name),
                    j,
                ));
            }
            if !any {
                return Err(self.syn(format!("invalid {} literal", name), j - 1));
            }
        } else {
            kind = "decimal";
            let digits = |j: &mut usize| -> Result<bool, usize> {
                let start = *j;
                while at(*j).is_ascii_digit() {
                    *j += 1;
                    if at(*j) == b'_' {
                        if !at(*j + 1).is_ascii_digit() {
                            return Err(*j);
                        }
                        *j += 1;
                    }
                }
                Ok(*j > start)
            };
            let bad = |s: &Self, k: usize| s.syn("invalid decimal literal", k);
            digits(&mut j).map_err(|k| bad(self, k))?;
            let int_end = j;
            let mut is_float = false;
            if at(j) == b'.' {
                is_float = true;
                j += 1;
                digits(&mut j).map_err(|k| bad(self, k))?;
            }
            if matches!(at(j), b'e' | b'E') {
                let mut k = j + 1;
                if matches!(at(k), b'+' | b'-') {
                    k += 1;
                }
                if at(k).is_ascii_digit() {
                    j = k;
                    digits(&mut j).map_err(|k| bad(self, k))?;
                    is_float = true;
                }
            }
            let imag = matches!(at(j), b'j' | b'J');
            if imag {
                j += 1;
            }
            if !is_float && !imag && at(i) == b'0' && int_end > i + 1 {
                let nonzero = src[i..int_end]
                    .iter()
                    .any(|&b| b.is_ascii_digit() && b != b'0');
                if nonzero {
                    return Err(self.syn(
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        i,
                    ));
                }
            }
            if imag {
                if is_ident_byte(at(j)) && at(j) < 0x80 && !keyword_follows(&src[j..]) {
                    return Err(self.syn("invalid imaginary literal", j - 1));
                }
                self.finish_token(i, j);
                return Ok(j);
            }
        }
        let c = at(j);
        if c < 0x80 && is_ident_byte(c) && !keyword_follows(&src[j..]) {
            return Err(self.syn(format!("invalid {} literal", kind), j - 1));
        }
        self.finish_token(i, j);
        Ok(j)
    }

    fn finish_token(&mut self, i: usize, j: usize) {
        self.token(b'1');
        self.out.extend_from_slice(&self.src[i..j]);
    }
}

/// CPython lets a number run straight into these keywords (`1if x else 2`).
fn keyword_follows(rest: &[u8]) -> bool {
    let starts = |p: &[u8]| rest.starts_with(p);
    match rest.first() {
        Some(b'a') => starts(b"and"),
        Some(b'e') => starts(b"else"),
        Some(b'f') => starts(b"for"),
        Some(b'i') => matches!(rest.get(1), Some(b'f' | b'n' | b's')),
        Some(b'o') => starts(b"or"),
        Some(b'n') => starts(b"not"),
        _ => false,
    }
}
