//! `dis`: prints Krait's bytecode (the listing of `krait --dis`, from
//! `crate::dis`) for functions, methods, code objects, classes, modules and
//! source strings. The opcodes are Krait's, not CPython's.

use std::fmt::Write;
use std::rc::Rc;

use super::structseq::{struct_seq_class, struct_seq_new};
use super::util::module;
use crate::bytecode::{flags, CodeObject, Op};
use crate::compile::Mode;
use crate::dis::{const_repr, disassemble, resolve, takes_arg};
use crate::error::PyResult;
use crate::object::{type_name_of, Args, DictObj, NativeFn};
use crate::value::Value;
use crate::vm::Vm;

const FUNCS: &[(&str, NativeFn)] = &[
    ("dis", dis),
    ("disassemble", dis),
    ("code_info", code_info),
    ("show_code", show_code),
    ("get_instructions", get_instructions),
];

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = module("dis", FUNCS);
    let names: Vec<Value> = Op::ALL.iter().map(|op| Value::str(op.name())).collect();
    let map = DictObj::new();
    for (i, op) in Op::ALL.iter().enumerate() {
        map.set_str(op.name(), Value::Int(i as i64));
    }
    d.set_str("opname", Value::list(names));
    d.set_str("opmap", Value::Dict(crate::gc::new(map)));
    Ok(m)
}

/// The code object behind `v`, or None when `v` has none (classes, modules).
fn code_of(vm: &mut Vm, v: &Value) -> PyResult<Option<Rc<CodeObject>>> {
    Ok(match v {
        Value::Code(c) => Some(c.clone()),
        Value::Function(f) => Some(f.code.clone()),
        Value::BoundMethod(m) => return code_of(vm, &m.func),
        Value::StaticMethod(m) => return code_of(vm, &m.func),
        Value::ClassMethod(m) => return code_of(vm, &m.func),
        Value::Str(s) => {
            // Like CPython: an expression if it parses as one, else statements.
            let src = s.as_str();
            let code = match vm.compile(src, "<dis>", Mode::Eval) {
                Ok(c) => c,
                Err(_) => vm
                    .compile(src, "<dis>", Mode::Exec)
                    .map_err(|e| vm.syntax_error_to_exc(&e))?,
            };
            Some(code)
        }
        Value::Class(_) | Value::Module(_) => None,
        _ => {
            return Err(vm.type_error(format!(
                "don't know how to disassemble {} objects",
                type_name_of(v)
            )))
        }
    })
}

/// The one argument `x` (positional or by name); `file=` is accepted and ignored.
fn target(vm: &mut Vm, args: &Args, func: &str) -> PyResult<Value> {
    let mut x = args.args.first().cloned();
    for (k, v) in &args.kwargs {
        match k.as_str() {
            "x" if x.is_none() => x = Some(v.clone()),
            "file" | "depth" | "show_caches" | "adaptive" => {}
            other => {
                return Err(vm.type_error(format!(
                    "{}() got an unexpected keyword argument '{}'",
                    func, other
                )))
            }
        }
    }
    if args.args.len() > 1 {
        return Err(vm.type_error(format!(
            "{}() takes from 0 to 1 positional arguments but {} were given",
            func,
            args.args.len()
        )));
    }
    match x {
        Some(v) => Ok(v),
        None => Err(vm.type_error(format!("{}() needs an object to disassemble", func))),
    }
}

fn dis(vm: &mut Vm, args: Args) -> PyResult {
    let x = target(vm, &args, "dis")?;
    let text = listing(vm, &x)?;
    vm.write_out(&text);
    Ok(Value::None)
}

fn listing(vm: &mut Vm, x: &Value) -> PyResult<String> {
    if let Some(code) = code_of(vm, x)? {
        return Ok(disassemble(&code));
    }
    // Classes and modules: every member that has code, sorted by name.
    let dict = match x {
        Value::Class(c) => c.dict.clone(),
        Value::Module(m) => m.dict.clone(),
        _ => return Ok(String::new()),
    };
    let mut members: Vec<(String, Value)> = dict
        .items()
        .into_iter()
        .filter_map(|(k, v)| k.as_str().map(|k| (k.to_string(), v)))
        .filter(|(_, v)| {
            matches!(
                v,
                Value::Function(_)
                    | Value::Code(_)
                    | Value::Class(_)
                    | Value::StaticMethod(_)
                    | Value::ClassMethod(_)
            )
        })
        .collect();
    members.sort_by(|a, b| a.0.cmp(&b.0));
    let mut out = String::new();
    for (name, v) in members {
        if let Value::Class(c) = &v {
            if let Value::Class(outer) = x {
                if Rc::ptr_eq(c, outer) {
                    continue;
                }
            }
        }
        let _ = writeln!(out, "Disassembly of {}:", name);
        out.push_str(&listing(vm, &v)?);
        out.push('\n');
    }
    Ok(out)
}

fn flag_names(f: u32) -> String {
    let names = [
        (flags::OPTIMIZED, "OPTIMIZED"),
        (flags::NEWLOCALS, "NEWLOCALS"),
        (flags::VARARGS, "VARARGS"),
        (flags::VARKEYWORDS, "VARKEYWORDS"),
        (flags::NESTED, "NESTED"),
        (flags::GENERATOR, "GENERATOR"),
        (flags::COROUTINE, "COROUTINE"),
        (flags::ASYNC_GENERATOR, "ASYNC_GENERATOR"),
    ];
    let parts: Vec<&str> = names
        .iter()
        .filter(|(bit, _)| f & bit != 0)
        .map(|(_, n)| *n)
        .collect();
    if parts.is_empty() {
        "0x0".into()
    } else {
        parts.join(", ")
    }
}

/// CPython's `code_info` layout over Krait's code object.
fn info(code: &CodeObject) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Name:              {}", code.name);
    let _ = writeln!(out, "Filename:          {}", code.filename);
    let _ = writeln!(out, "Argument count:    {}", code.argcount);
    let _ = writeln!(out, "Positional-only arguments: {}", code.posonlyargcount);
    let _ = writeln!(out, "Kw-only arguments: {}", code.kwonlyargcount);
    let _ = writeln!(out, "Number of locals:  {}", code.varnames.len());
    let _ = writeln!(out, "Stack size:        {}", code.max_stack);
    let _ = writeln!(out, "Flags:             {}", flag_names(code.flags));
    let lists: [(&str, Vec<String>); 5] = [
        ("Constants", code.consts.iter().map(const_repr).collect()),
        ("Names", code.names.iter().map(|n| n.to_string()).collect()),
        (
            "Variable names",
            code.varnames.iter().map(|n| n.to_string()).collect(),
        ),
        (
            "Free variables",
            code.freevars.iter().map(|n| n.to_string()).collect(),
        ),
        (
            "Cell variables",
            code.cellvars.iter().map(|n| n.to_string()).collect(),
        ),
    ];
    for (title, items) in lists {
        if items.is_empty() {
            continue;
        }
        let _ = writeln!(out, "{}:", title);
        for (i, item) in items.iter().enumerate() {
            let _ = writeln!(out, "{:>4}: {}", i, item);
        }
    }
    out.pop();
    out
}

fn code_info(vm: &mut Vm, args: Args) -> PyResult {
    let x = target(vm, &args, "code_info")?;
    match code_of(vm, &x)? {
        Some(code) => Ok(Value::string(info(&code))),
        None => Err(vm.type_error(format!(
            "don't know how to disassemble {} objects",
            type_name_of(&x)
        ))),
    }
}

fn show_code(vm: &mut Vm, args: Args) -> PyResult {
    let text = code_info(vm, args)?;
    if let Value::Str(s) = &text {
        vm.write_out(s.as_str());
        vm.write_out("\n");
    }
    Ok(Value::None)
}

const INSTRUCTION_FIELDS: &[&str] = &[
    "opname",
    "opcode",
    "arg",
    "argrepr",
    "offset",
    "starts_line",
    "is_jump_target",
];

/// `get_instructions(x)`: one Instruction per Krait instruction of `x`'s own
/// code (nested code objects are not entered, as in CPython).
fn get_instructions(vm: &mut Vm, args: Args) -> PyResult {
    let x = target(vm, &args, "get_instructions")?;
    let Some(code) = code_of(vm, &x)? else {
        return Err(vm.type_error(format!(
            "don't know how to disassemble {} objects",
            type_name_of(&x)
        )));
    };
    let targets: std::collections::HashSet<u32> = code
        .instrs
        .iter()
        .filter(|i| i.op.is_jump())
        .map(|i| i.arg)
        .chain(code.exception_table.iter().map(|e| e.target))
        .collect();
    let cls = struct_seq_class(vm, "", "Instruction", INSTRUCTION_FIELDS)?;
    let mut out = Vec::with_capacity(code.instrs.len());
    let mut last_line = None;
    for (pc, ins) in code.instrs.iter().enumerate() {
        // Superinstruction heads show as the op they stand for.
        let op = ins.op.unfused();
        let line = code.line_of(pc);
        let starts = if last_line != Some(line) {
            last_line = Some(line);
            Value::Int(line as i64)
        } else {
            Value::None
        };
        let (arg, argrepr) = if takes_arg(op) {
            let r = resolve(&code, op, ins.arg).unwrap_or_default();
            (Value::Int(ins.arg as i64), Value::string(r))
        } else {
            (Value::None, Value::str(""))
        };
        let values = vec![
            Value::str(op.name()),
            Value::Int(op as u8 as i64),
            arg,
            argrepr,
            Value::Int(pc as i64),
            starts,
            Value::Bool(targets.contains(&(pc as u32))),
        ];
        out.push(struct_seq_new(&cls, values));
    }
    Ok(Value::list(out))
}
