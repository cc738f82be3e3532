//! `compile`, `eval` and `exec`: source text (or a code object made by
//! `compile`) run in the caller's namespaces or in dicts the caller passes.

use std::rc::Rc;

use crate::bytecode::CodeObject;
use crate::compile::Mode;
use crate::error::PyResult;
use crate::object::{type_name_of, Args, DictObj, NativeFn};
use crate::value::Value;
use crate::vm::Vm;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[("compile", compile), ("eval", eval), ("exec", exec)];

/// `compile(source, filename, mode)`: a code object for `eval`/`exec`.
fn compile(vm: &mut Vm, mut args: Args) -> PyResult {
    let names = ["source", "filename", "mode"];
    let mut given: [Option<Value>; 3] = Default::default();
    for (i, v) in args.args.drain(..).enumerate() {
        if i >= 3 {
            // flags/dont_inherit/optimize are accepted and have no effect here.
            continue;
        }
        given[i] = Some(v);
    }
    for (i, name) in names.iter().enumerate() {
        if let Some(v) = args.take_kw(name) {
            given[i] = Some(v);
        }
    }
    for (i, name) in names.iter().enumerate() {
        if given[i].is_none() {
            return Err(vm.type_error(format!(
                "compile() missing required argument '{}' (pos {})",
                name,
                i + 1
            )));
        }
    }
    let [source, filename, mode] = given.map(Option::unwrap);
    let source = source_text(vm, &source, "compile")?;
    let filename = match &filename {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(vm.type_error(format!(
                "compile() argument 'filename' must be str, not {}",
                type_name_of(other)
            )))
        }
    };
    let mode = match &mode {
        Value::Str(s) if s.as_str() == "exec" => Mode::Exec,
        Value::Str(s) if s.as_str() == "eval" => Mode::Eval,
        Value::Str(s) if s.as_str() == "single" => Mode::Interactive,
        Value::Str(_) => {
            return Err(vm.new_error(
                "ValueError",
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
        other => {
            return Err(vm.type_error(format!(
                "compile() argument 'mode' must be str, not {}",
                type_name_of(other)
            )))
        }
    };
    let code = compile_text(vm, &source, &filename, mode)?;
    Ok(Value::Code(code))
}

/// `eval(expression, globals=None, locals=None)`.
fn eval(vm: &mut Vm, args: Args) -> PyResult {
    run(vm, args, "eval", Mode::Eval)
}

/// `exec(source, globals=None, locals=None)`: always returns None.
fn exec(vm: &mut Vm, args: Args) -> PyResult {
    run(vm, args, "exec", Mode::Exec)?;
    Ok(Value::None)
}

fn run(vm: &mut Vm, mut args: Args, name: &str, mode: Mode) -> PyResult {
    let kw_globals = args.take_kw("globals");
    let kw_locals = args.take_kw("locals");
    if let Some((k, _)) = args.kwargs.first() {
        return Err(vm.type_error(format!(
            "{}() got an unexpected keyword argument '{}'",
            name,
            k.as_str()
        )));
    }
    let n = args.args.len();
    if n == 0 {
        return Err(vm.type_error(format!("{} expected at least 1 argument, got 0", name)));
    }
    if n > 3 {
        return Err(vm.type_error(format!("{} expected at most 3 arguments, got {}", name, n)));
    }
    let mut positional = args.args.drain(..);
    let source = positional.next().unwrap_or(Value::None);
    let globals = positional.next().or(kw_globals).unwrap_or(Value::None);
    let locals = positional.next().or(kw_locals).unwrap_or(Value::None);
    drop(positional);

    let globals = match globals {
        Value::None => None,
        Value::Dict(d) => Some(d),
        other => {
            let msg = if name == "eval" {
                "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
            } else {
                format!(
                    "exec() globals must be a dict, not {}",
                    type_name_of(&other)
                )
            };
            return Err(vm.type_error(msg));
        }
    };
    let locals = match locals {
        Value::None => None,
        Value::Dict(d) => Some(d),
        other => {
            return Err(vm.type_error(format!(
                "locals must be a mapping, not {}",
                type_name_of(&other)
            )))
        }
    };
    // No namespaces given: the caller's own, as CPython does.
    let (globals, locals) = match (globals, locals) {
        (Some(g), l) => {
            let l = l.unwrap_or_else(|| g.clone());
            (g, l)
        }
        (None, l) => {
            let g = caller_globals(vm)?;
            let l = match l {
                Some(l) => l,
                None => caller_locals(vm, &g)?,
            };
            (g, l)
        }
    };
    if globals.get_str("__builtins__").is_none() {
        globals.set_str("__builtins__", Value::Dict(vm.builtins.clone()));
    }

    let code = match &source {
        Value::Code(code) => code.clone(),
        other => {
            let text = source_text(vm, other, name)?;
            // eval ignores leading spaces and tabs, as CPython does.
            let text = if mode == Mode::Eval {
                text.trim_start_matches([' ', '\t']).to_string()
            } else {
                text
            };
            compile_text(vm, &text, "<string>", mode)?
        }
    };
    vm.run_code(code, globals, Some(locals))
}

/// The text of a `str`, `bytes` or `bytearray` source argument.
fn source_text(vm: &mut Vm, source: &Value, name: &str) -> PyResult<String> {
    match source {
        Value::Str(s) => Ok(s.as_str().to_string()),
        Value::Bytes(b) | Value::ByteArray(b) => match String::from_utf8(b.data.borrow().clone()) {
            Ok(s) => Ok(s),
            Err(_) => Err(vm.new_error(
                "SyntaxError",
                "source code string cannot be decoded as UTF-8",
            )),
        },
        other => {
            let what = if name == "compile" {
                "compile() arg 1 must be a string, bytes or AST object".to_string()
            } else {
                format!("{}() arg 1 must be a string, bytes or code object", name)
            };
            let _ = other;
            Err(vm.type_error(what))
        }
    }
}

fn compile_text(vm: &mut Vm, text: &str, filename: &str, mode: Mode) -> PyResult<Rc<CodeObject>> {
    if text.contains('\0') {
        return Err(vm.new_error(
            "SyntaxError",
            "source code string cannot contain null bytes",
        ));
    }
    vm.compile(text, filename, mode)
        .map_err(|e| vm.syntax_error_to_exc(&e))
}

pub(super) fn caller_globals(vm: &mut Vm) -> PyResult<Rc<DictObj>> {
    match super::functions::globals(vm, Args::new([]))? {
        Value::Dict(d) => Ok(d),
        _ => Ok(vm.main.dict.clone()),
    }
}

/// The caller's local namespace, as `locals()` gives it: inside a function a
/// snapshot, so writes do not reach the function's variables (as in CPython).
fn caller_locals(vm: &mut Vm, globals: &Rc<DictObj>) -> PyResult<Rc<DictObj>> {
    match super::functions::locals(vm, Args::new([]))? {
        Value::Dict(d) => Ok(d),
        _ => Ok(globals.clone()),
    }
}
