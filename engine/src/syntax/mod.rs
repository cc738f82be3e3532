//! Source text → AST: the tokenizer pre-pass (`indent.rs`), the pest grammar
//! (`grammar.pest`, `parser.rs`) and the tree builders (`build_*.rs`).

mod build_args;
mod build_expr;
mod build_match;
mod build_stmt;
mod error;
mod indent;
mod numbers;
mod parser;
mod source;
mod strings;
#[cfg(test)]
mod tests;

use std::borrow::Cow;
use std::cell::Cell;

use pest::Parser;

pub use error::{SyntaxError, SyntaxErrorKind};

use crate::ast;
use build_expr::{Builder, Res};
use indent::{Mode, PreError, Prepared};
use parser::{PyParser, Rule};
use source::SourceMap;

/// Parses a module (`exec` mode).
pub fn parse_module(source: &str, filename: &str) -> Result<ast::Module, SyntaxError> {
    let text = normalize(source);
    let map = SourceMap::new(&text);
    let prep = indent::prepare(&text, 0, &map, Mode::File);
    with_stack(prep.max_nesting, || module(&prep, &map, filename)).map_err(|e| e.with_source(&text))
}

/// Parses the argument of `eval()`: one expression list, surrounding
/// whitespace and trailing newlines allowed.
pub fn parse_expression(source: &str, filename: &str) -> Result<ast::Expr, SyntaxError> {
    let text = normalize(source);
    let map = SourceMap::new(&text);
    let prep = indent::prepare(&text, 0, &map, Mode::Eval);
    with_stack(prep.max_nesting, || expression(&prep, &map, filename))
        .map_err(|e| e.with_source(&text))
}

/// Drops a UTF-8 BOM and turns `\r\n` / `\r` line ends into `\n`.
fn normalize(source: &str) -> Cow<'_, str> {
    let s = source.strip_prefix('\u{feff}').unwrap_or(source);
    if s.contains('\r') {
        Cow::Owned(s.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(s)
    }
}

/// Bracket/lambda nesting from which parsing moves to a big-stack thread.
const NESTING_FOR_BIG_STACK: usize = 24;
const BIG_STACK: usize = 256 << 20;
/// Sources at least this long are parsed on several threads.
const PARALLEL_MIN: usize = 1 << 20;

/// Runs `f` on a thread with a large stack when the source nests deeply
/// (pest recurses once per bracket or lambda level).
fn with_stack<T: Send>(nesting: usize, f: impl FnOnce() -> T + Send) -> T {
    if nesting < NESTING_FOR_BIG_STACK {
        return f();
    }
    let slot = std::sync::Mutex::new(Some(f));
    let take = || slot.lock().ok().and_then(|mut g| g.take());
    let run = || take().map(|f| f());
    let spawned = std::thread::scope(|s| {
        let handle = std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn_scoped(s, run);
        match handle {
            Ok(h) => match h.join() {
                Ok(v) => v,
                Err(p) => std::panic::resume_unwind(p),
            },
            Err(_) => None,
        }
    });
    match spawned {
        Some(v) => v,
        None => match take() {
            Some(f) => f(),
            None => unreachable_result(),
        },
    }
}

#[cold]
fn unreachable_result<T>() -> T {
    panic!("parser thread lost its work")
}

fn module(prep: &Prepared, map: &SourceMap, filename: &str) -> Res<ast::Module> {
    let bounds: Vec<(usize, usize)> = prep
        .chunks
        .iter()
        .scan(0, |start, &end| Some((std::mem::replace(start, end), end)))
        .collect();
    let workers = if prep.text.len() < PARALLEL_MIN {
        1
    } else {
        std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(4)
            .min(bounds.len())
    };
    let results: Vec<Res<Vec<ast::Stmt>>> = if workers <= 1 {
        bounds
            .iter()
            .map(|&(s, e)| chunk(prep, map, filename, s, e))
            .collect()
    } else {
        let slots: Vec<std::sync::Mutex<Option<Res<Vec<ast::Stmt>>>>> =
            bounds.iter().map(|_| std::sync::Mutex::new(None)).collect();
        let work = |w: usize| {
            for (i, &(s, e)) in bounds.iter().enumerate().skip(w).step_by(workers) {
                let r = chunk(prep, map, filename, s, e);
                if let Ok(mut slot) = slots[i].lock() {
                    *slot = Some(r);
                }
            }
        };
        let stack = if prep.max_nesting >= NESTING_FOR_BIG_STACK {
            BIG_STACK
        } else {
            16 << 20
        };
        std::thread::scope(|scope| {
            for w in 0..workers {
                let spawned = std::thread::Builder::new()
                    .stack_size(stack)
                    .spawn_scoped(scope, move || work(w));
                if spawned.is_err() {
                    work(w);
                }
            }
        });
        slots
            .into_iter()
            .map(|m| {
                m.into_inner()
                    .ok()
                    .flatten()
                    .unwrap_or_else(|| Ok(Vec::new()))
            })
            .collect()
    };
    let mut body = Vec::new();
    for r in results {
        body.extend(r?);
    }
    match &prep.error {
        Some(pe) => Err(pre_error(pe, 0, map, filename, false)),
        None => Ok(ast::Module { body }),
    }
}

/// Parses and builds the statements of one chunk of the prepared text.
fn chunk(
    prep: &Prepared,
    map: &SourceMap,
    filename: &str,
    start: usize,
    end: usize,
) -> Res<Vec<ast::Stmt>> {
    let pairs = parse_rule(Rule::file, &prep.text[start..end])
        .map_err(|pos| pest_failure(prep, map, filename, 0, start + pos, false))?;
    let b = builder(prep, map, filename, start, 0, 0, false);
    let mut body = Vec::new();
    for file in pairs {
        b.statements(file.into_inner(), &mut body)?;
    }
    Ok(body)
}

fn expression(prep: &Prepared, map: &SourceMap, filename: &str) -> Res<ast::Expr> {
    if let Some(pe) = &prep.error {
        return Err(pre_error(pe, 0, map, filename, false));
    }
    let pairs = parse_rule(Rule::eval_input, &prep.text)
        .map_err(|pos| pest_failure(prep, map, filename, 0, pos, false))?;
    let b = builder(prep, map, filename, 0, 0, 0, false);
    first_expr(&b, pairs)
}

/// Parses the expression of an f-string replacement field, which spans
/// `start..end` of the whole source.
pub(crate) fn parse_field(parent: &Builder, start: usize, end: usize) -> Res<ast::Expr> {
    let map = parent.map;
    let text = map.text.get(start..end).unwrap_or("");
    let prep = indent::prepare(text, start, map, Mode::Inner);
    if let Some(pe) = &prep.error {
        return Err(pre_error(pe, start, map, parent.filename, true));
    }
    let pairs = parse_rule(Rule::fstring_expr, &prep.text)
        .map_err(|pos| pest_failure(&prep, map, parent.filename, start, pos, true))?;
    let b = builder(
        &prep,
        map,
        parent.filename,
        0,
        start,
        parent.depth.get() + 1,
        true,
    );
    first_expr(&b, pairs)
}

fn first_expr(b: &Builder, pairs: pest::iterators::Pairs<Rule>) -> Res<ast::Expr> {
    for top in pairs {
        let mut it = top.into_inner().peekable();
        if let Some(e) = b.expr_seq(&mut it)? {
            return Ok(e);
        }
    }
    Err(b.error_loc("invalid syntax", b.loc_at(0)))
}

fn builder<'a>(
    prep: &'a Prepared,
    map: &'a SourceMap<'a>,
    filename: &'a str,
    chunk: usize,
    base: usize,
    depth: usize,
    fstring: bool,
) -> Builder<'a> {
    Builder {
        map,
        prep,
        chunk,
        base,
        filename,
        depth: Cell::new(depth),
        fstring,
    }
}

static DETAIL_USERS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Runs pest; on failure returns the furthest position any token reached,
/// found by re-parsing with pest's error detail (literals included).
fn parse_rule(rule: Rule, text: &str) -> Result<pest::iterators::Pairs<'_, Rule>, usize> {
    use std::sync::atomic::Ordering;
    let err = match PyParser::parse(rule, text) {
        Ok(pairs) => return Ok(pairs),
        Err(e) => e,
    };
    let mut pos = pest_pos(&err);
    DETAIL_USERS.fetch_add(1, Ordering::SeqCst);
    pest::set_error_detail(true);
    let detailed = PyParser::parse(rule, text);
    if DETAIL_USERS.fetch_sub(1, Ordering::SeqCst) == 1 {
        pest::set_error_detail(false);
    }
    if let Some(attempts) = detailed.err().and_then(|e| e.parse_attempts()) {
        // Positions reached only inside negative lookaheads (keyword
        // checks) do not count.
        let word = text.get(pos..attempts.max_position).unwrap_or("");
        if !attempts.expected_tokens().is_empty() && !is_keyword(word) {
            pos = pos.max(attempts.max_position);
        }
    }
    Err(pos.min(text.len()))
}

fn is_keyword(word: &str) -> bool {
    matches!(
        word,
        "False"
            | "None"
            | "True"
            | "and"
            | "as"
            | "assert"
            | "async"
            | "await"
            | "break"
            | "class"
            | "continue"
            | "def"
            | "del"
            | "elif"
            | "else"
            | "except"
            | "finally"
            | "for"
            | "from"
            | "global"
            | "if"
            | "import"
            | "in"
            | "is"
            | "lambda"
            | "nonlocal"
            | "not"
            | "or"
            | "pass"
            | "raise"
            | "return"
            | "try"
            | "while"
            | "with"
            | "yield"
    )
}

fn pest_pos(e: &pest::error::Error<Rule>) -> usize {
    match e.location {
        pest::error::InputLocation::Pos(p) => p,
        pest::error::InputLocation::Span((s, _)) => s,
    }
}

fn pre_error(
    pe: &PreError,
    base: usize,
    map: &SourceMap,
    filename: &str,
    fstring: bool,
) -> SyntaxError {
    let loc = map.loc(base + pe.offset);
    let msg = if fstring && !pe.msg.starts_with("f-string") {
        format!("f-string: {}", pe.msg)
    } else {
        pe.msg.clone()
    };
    SyntaxError::new(pe.kind, msg, filename, loc.line, loc.col + 1)
}

/// Turns a pest failure at output offset `pos` into CPython's message.
fn pest_failure(
    prep: &Prepared,
    map: &SourceMap,
    filename: &str,
    base: usize,
    pos: usize,
    fstring: bool,
) -> SyntaxError {
    let unclosed = prep.error.as_ref().filter(|pe| pe.is_unclosed());
    let mut generic = false;
    if let (Some(pe), true) = (unclosed, pos < prep.trunc) {
        // `def f(:` fails on the `:` before the tokenizer reaches the end of
        // the file, so CPython says "invalid syntax" there.
        let at = prep.to_source(pos);
        let c = map.text.get(base + at..).and_then(|t| t.chars().next());
        if at > pe.offset {
            generic = matches!(c, Some(':' | ';' | ',' | ')' | ']' | '}'));
            if !generic {
                return pre_error(pe, base, map, filename, fstring);
            }
        }
    }
    if let Some(pe) = prep.error.as_ref().filter(|_| !generic) {
        if pos >= prep.trunc {
            let best = if pe.tokenizer {
                pe
            } else {
                prep.later.as_ref().unwrap_or(pe)
            };
            return pre_error(best, base, map, filename, fstring);
        }
        // CPython re-tokenizes the rest of the file after a generic parser
        // error and reports a tokenizer error instead if it finds one.
        let tok = if pe.tokenizer {
            Some(pe)
        } else {
            prep.later.as_ref()
        };
        if let Some(tok) = tok.filter(|t| t.kind == SyntaxErrorKind::SyntaxError) {
            return pre_error(tok, base, map, filename, fstring);
        }
    }
    let offset = base + prep.to_source(pos);
    let loc = map.loc(offset);
    let msg = if fstring {
        "f-string: invalid syntax"
    } else {
        diagnose(map.text, offset)
    };
    SyntaxError::new(
        SyntaxErrorKind::SyntaxError,
        msg,
        filename,
        loc.line,
        loc.col + 1,
    )
}

/// Picks a more specific message than "invalid syntax" where CPython does.
fn diagnose(text: &str, offset: usize) -> &'static str {
    let offset = offset.min(text.len());
    let line_start = text[..offset].rfind('\n').map_or(0, |p| p + 1);
    let line_end = text[offset..].find('\n').map_or(text.len(), |p| offset + p);
    let line = &text[line_start..line_end];
    let rest = &text[offset..line_end];
    let mut words = line
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty());
    let mut first = words.next().unwrap_or("");
    if first == "async" {
        first = words.next().unwrap_or("");
    }
    let trimmed = line.trim_start();
    let starts_with_word = trimmed.starts_with(first) && !first.is_empty();
    let compound = matches!(
        first,
        "if" | "elif"
            | "else"
            | "while"
            | "for"
            | "try"
            | "except"
            | "finally"
            | "with"
            | "def"
            | "class"
    );
    if compound && starts_with_word && rest.trim().is_empty() && !line.contains(':') {
        return "expected ':'";
    }
    "invalid syntax"
}
