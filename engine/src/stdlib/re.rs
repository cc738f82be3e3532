//! `re`: regular expressions on the fancy-regex crate (chosen over plain
//! `regex` because CPython patterns use backreferences and lookaround, which
//! fancy-regex adds on top of `regex`'s engine). Patterns are translated from
//! CPython syntax in `re_syntax.rs`; the Python layer (`py/re.py`) builds
//! Pattern and Match objects over the native matcher made here.
//!
//! All positions crossing into Python are in characters, not bytes.

use std::cell::OnceCell;
use std::rc::Rc;

use fancy_regex::{Captures, Regex, RegexBuilder, RegexInput};

use super::re_syntax::{translate, DOTALL, IGNORECASE, MULTILINE};
use super::util::source_module;
use crate::builtins::types::native_closure;
use crate::error::PyResult;
use crate::object::{type_name_of, Args, DictObj, NativeFn, StrObj};
use crate::value::Value;
use crate::vm::Vm;

const FUNCS: &[(&str, NativeFn)] = &[("_compile_native", compile)];

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    source_module(vm, "re", FUNCS, include_str!("py/re.py"))
}

/// Modes of the native matcher.
const SEARCH: i64 = 0;
const MATCH: i64 = 1;
const FULLMATCH: i64 = 2;
/// Every non-overlapping match, with CPython's rules for empty matches.
const ALL: i64 = 3;

struct Engine {
    /// The translated pattern and flags, for the lazily built variants.
    source: String,
    flags: i64,
    groups: usize,
    regex: Regex,
    /// `(?:pattern)\z`, for fullmatch.
    full: OnceCell<Option<Regex>>,
    /// The pattern refusing empty matches (after an empty match, CPython
    /// retries at the same place for a non-empty one).
    non_empty: OnceCell<Option<Regex>>,
}

fn build(pattern: &str, flags: i64, non_empty: bool) -> Result<Regex, fancy_regex::Error> {
    let mut b = RegexBuilder::new(pattern);
    b.case_insensitive(flags & IGNORECASE != 0)
        .multi_line(flags & MULTILINE != 0)
        .dot_matches_new_line(flags & DOTALL != 0)
        .backtrack_limit(10_000_000);
    if non_empty {
        b.find_not_empty(true);
    }
    b.build()
}

/// `_compile(pattern, flags)`: `(matcher, flags, groups, groupindex, parents)`
/// or `(None, message, position)` for a bad pattern.
fn compile(vm: &mut Vm, args: Args) -> PyResult {
    let (Some(Value::Str(p)), Some(Value::Int(flags))) = (args.args.first(), args.args.get(1))
    else {
        return Err(vm.type_error("_compile(pattern: str, flags: int)"));
    };
    let t = match translate(p.as_str(), *flags) {
        Ok(t) => t,
        Err(e) => {
            let pos = e.pos.map_or(Value::None, |p| Value::Int(p as i64));
            return Ok(Value::tuple(vec![Value::None, Value::string(e.msg), pos]));
        }
    };
    let regex = match build(&t.pattern, t.flags, false) {
        Ok(r) => r,
        Err(e) => {
            let msg = crate_message(&e);
            return Ok(Value::tuple(vec![
                Value::None,
                Value::string(msg),
                Value::None,
            ]));
        }
    };
    let index = DictObj::new();
    for (name, num) in &t.names {
        index.set_str(name, Value::Int(*num as i64));
    }
    let parents = t.parents.iter().map(|&p| Value::Int(p as i64)).collect();
    let engine = Rc::new(Engine {
        source: t.pattern,
        flags: t.flags,
        groups: t.groups,
        regex,
        full: OnceCell::new(),
        non_empty: OnceCell::new(),
    });
    let matcher = native_closure("matcher", Rc::new(move |vm, args| run(vm, &engine, args)));
    Ok(Value::tuple(vec![
        matcher,
        Value::Int(t.flags),
        Value::Int(t.groups as i64),
        Value::Dict(crate::gc::new(index)),
        Value::tuple(parents),
    ]))
}

/// The crate's message for patterns the translation let through.
fn crate_message(e: &fancy_regex::Error) -> String {
    let text = e.to_string();
    if text.contains("ook-behind") || text.contains("ookbehind") {
        return "look-behind requires fixed-width pattern".into();
    }
    text
}

fn int_arg(vm: &mut Vm, args: &Args, i: usize) -> PyResult<i64> {
    match args.args.get(i) {
        None => Ok(0),
        Some(Value::Int(n)) => Ok(*n),
        Some(Value::Bool(b)) => Ok(*b as i64),
        Some(Value::BigInt(_)) => {
            Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
        Some(v @ Value::Instance(_)) => {
            let v = v.clone();
            vm.to_index(&v)
        }
        Some(v) => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name_of(v)
        ))),
    }
}

/// `matcher(mode, string, pos, endpos[, count])`.
fn run(vm: &mut Vm, e: &Engine, args: Args) -> PyResult {
    let mode = int_arg(vm, &args, 0)?;
    let s: Rc<StrObj> = match args.args.get(1) {
        Some(Value::Str(s)) => s.clone(),
        Some(v) => {
            return Err(vm.type_error(format!(
                "expected string or bytes-like object, got '{}'",
                type_name_of(v)
            )))
        }
        None => return Err(vm.type_error("matcher needs a string")),
    };
    let len = s.char_len() as i64;
    let pos = int_arg(vm, &args, 2)?.clamp(0, len);
    let endpos = int_arg(vm, &args, 3)?.clamp(0, len);
    let count = int_arg(vm, &args, 4)?;
    if endpos < pos {
        return Ok(if mode == ALL {
            Value::list(vec![])
        } else {
            Value::None
        });
    }
    let text = &s.as_str()[..s.byte_offset(endpos as usize)];
    let start = s.byte_offset(pos as usize);
    let mut conv = CharPos {
        text,
        ascii: s.is_ascii(),
        byte: start,
        chr: pos as usize,
    };
    let found = match mode {
        SEARCH => e.regex.captures_from_pos(text, start),
        MATCH => e
            .regex
            .captures_input(RegexInput::new(text).from_pos(start).anchored(true)),
        FULLMATCH => {
            let full = e
                .full
                .get_or_init(|| build(&format!("(?:{})\\z", e.source), e.flags, false).ok());
            match full {
                Some(r) => r.captures_input(RegexInput::new(text).from_pos(start).anchored(true)),
                None => Ok(None),
            }
        }
        _ => return all(vm, e, text, start, count, &mut conv),
    };
    match found {
        Ok(Some(c)) => Ok(spans(&c, e.groups, &mut conv)),
        Ok(None) => Ok(Value::None),
        Err(err) => Err(runtime(vm, &err)),
    }
}

fn runtime(vm: &mut Vm, err: &fancy_regex::Error) -> crate::error::PyErr {
    vm.new_error(
        "RecursionError",
        &format!("regular expression too complex to match ({})", err),
    )
}

/// Every match from byte `start`: after an empty match the next one must not
/// be empty at the same place (tried first), else the search moves on a char.
fn all(
    vm: &mut Vm,
    e: &Engine,
    text: &str,
    start: usize,
    count: i64,
    conv: &mut CharPos,
) -> PyResult {
    let mut out = Vec::new();
    let mut at = start;
    let mut must_advance = false;
    while at <= text.len() && (count <= 0 || (out.len() as i64) < count) {
        let found = if must_advance {
            let ne = e
                .non_empty
                .get_or_init(|| build(&e.source, e.flags, true).ok());
            let here = match ne {
                Some(r) => r
                    .captures_input(RegexInput::new(text).from_pos(at).anchored(true))
                    .map_err(|err| runtime(vm, &err))?,
                None => None,
            };
            match here {
                Some(c) => Some(c),
                None => {
                    let Some(ch) = text[at..].chars().next() else {
                        break;
                    };
                    e.regex
                        .captures_from_pos(text, at + ch.len_utf8())
                        .map_err(|err| runtime(vm, &err))?
                }
            }
        } else {
            e.regex
                .captures_from_pos(text, at)
                .map_err(|err| runtime(vm, &err))?
        };
        let Some(c) = found else { break };
        let m = c.get(0).map_or((at, at), |m| (m.start(), m.end()));
        out.push(spans(&c, e.groups, conv));
        must_advance = m.0 == m.1;
        at = m.1;
    }
    Ok(Value::list(out))
}

/// Converts byte offsets into char offsets, walking forward from the last answer.
struct CharPos<'a> {
    text: &'a str,
    ascii: bool,
    byte: usize,
    chr: usize,
}

impl CharPos<'_> {
    fn of(&mut self, b: usize) -> usize {
        if self.ascii {
            return b;
        }
        if b < self.byte {
            self.byte = 0;
            self.chr = 0;
        }
        self.chr += self.text[self.byte..b].chars().count();
        self.byte = b;
        self.chr
    }
}

/// `(start0, end0, start1, end1, ...)` in chars, -1 for groups that did not take part.
fn spans(c: &Captures<'_, str>, groups: usize, conv: &mut CharPos) -> Value {
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for g in 0..=groups {
        if let Some(m) = c.get(g) {
            pairs.push((g, m.start(), m.end()));
        }
    }
    // Convert in increasing byte order so the walk stays forward.
    let mut bytes: Vec<usize> = pairs.iter().flat_map(|&(_, s, e)| [s, e]).collect();
    bytes.sort_unstable();
    bytes.dedup();
    let chars: Vec<usize> = bytes.iter().map(|&b| conv.of(b)).collect();
    let find = |b: usize| chars[bytes.binary_search(&b).unwrap_or(0)] as i64;
    let mut out = vec![Value::Int(-1); 2 * (groups + 1)];
    for (g, s, e) in pairs {
        out[2 * g] = Value::Int(find(s));
        out[2 * g + 1] = Value::Int(find(e));
    }
    Value::tuple(out)
}
