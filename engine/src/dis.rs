//! The disassembler: a CPython-`dis`-like listing of a code object, its
//! exception table, and every nested code object.

use std::fmt::Write;

use crate::bytecode::{CodeObject, Constant, Op};
use crate::text::float_repr::float_repr;
use crate::text::str_ops::{repr_bytes, repr_str};

/// The Python repr of a compile-time constant.
pub fn const_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(s) => s.clone(),
        Constant::Float(f) => float_repr(*f),
        Constant::Imaginary(f) => {
            let r = float_repr(*f);
            let r = r.strip_suffix(".0").unwrap_or(&r).to_string();
            format!("{}j", r)
        }
        Constant::Str(s) => repr_str(s),
        Constant::Bytes(b) => repr_bytes(b),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Constant::Code(code) => code_header(code),
    }
}

fn code_header(code: &CodeObject) -> String {
    format!(
        "<code object {}, file \"{}\", line {}>",
        code.name, code.filename, code.first_line
    )
}

const COMPARE: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];

/// The resolved argument shown in parentheses, if any.
pub(crate) fn resolve(code: &CodeObject, op: Op, arg: u32) -> Option<String> {
    let a = arg as usize;
    let deref = |i: usize| {
        let n = code.cellvars.len();
        if i < n {
            code.cellvars.get(i).map(|s| s.to_string())
        } else {
            code.freevars.get(i - n).map(|s| s.to_string())
        }
    };
    match op {
        Op::LoadConst => code.consts.get(a).map(const_repr),
        Op::LoadFast | Op::StoreFast | Op::DeleteFast => {
            code.varnames.get(a).map(|s| s.to_string())
        }
        Op::LoadDeref | Op::StoreDeref | Op::DeleteDeref | Op::LoadClosure | Op::LoadClassDeref => {
            deref(a)
        }
        _ if op.uses_name() => code.names.get(a).map(|s| s.to_string()),
        _ if op.is_jump() => Some(format!("to {}", arg)),
        Op::CompareOp => COMPARE.get(a).map(|s| s.to_string()),
        Op::IsOp => Some(if arg == 1 { "is not" } else { "is" }.into()),
        Op::ContainsOp => Some(if arg == 1 { "not in" } else { "in" }.into()),
        Op::BinaryOp => {
            let inplace = arg >= 13;
            let base = crate::ast::BinOp::from_u8((arg % 13) as u8)?;
            Some(if inplace {
                format!("{}=", base.symbol())
            } else {
                base.symbol().to_string()
            })
        }
        Op::MakeFunction => {
            let names = ["defaults", "kwdefaults", "annotations", "closure"];
            let parts: Vec<&str> = (0..4)
                .filter(|b| arg & (1 << b) != 0)
                .map(|b| names[b])
                .collect();
            if parts.is_empty() {
                None
            } else {
                Some(parts.join(", "))
            }
        }
        Op::FormatValue => {
            let conv = ["", "str", "repr", "ascii"][(arg & 3) as usize];
            let spec = if arg & 4 != 0 { "with format" } else { "" };
            let s = [conv, spec]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(", ");
            if s.is_empty() {
                None
            } else {
                Some(s)
            }
        }
        _ => None,
    }
}

pub(crate) fn takes_arg(op: Op) -> bool {
    !matches!(
        op,
        Op::Nop
            | Op::PopTop
            | Op::UnaryNegative
            | Op::UnaryPositive
            | Op::UnaryNot
            | Op::UnaryInvert
            | Op::BinarySubscr
            | Op::StoreSubscr
            | Op::DeleteSubscr
            | Op::ListToTuple
            | Op::GetIter
            | Op::ReturnValue
            | Op::LoadBuildClass
            | Op::SetupAnnotations
            | Op::LoadAssertionError
            | Op::PrintExpr
            | Op::Reraise
            | Op::PushExcInfo
            | Op::PopExcept
            | Op::CheckExcMatch
            | Op::BeforeWith
            | Op::WithExceptStart
            | Op::YieldValue
            | Op::GetYieldFromIter
            | Op::YieldFrom
            | Op::GetAIter
            | Op::GetANext
            | Op::EndAsyncFor
            | Op::BeforeAsyncWith
            | Op::ImportStar
            | Op::MatchSequence
            | Op::MatchMapping
            | Op::GetLen
            | Op::MatchKeys
            | Op::CopyDictWithoutKeys
    )
}

fn disassemble_one(code: &CodeObject, out: &mut String) {
    let targets: std::collections::HashSet<u32> = code
        .instrs
        .iter()
        .filter(|i| i.op.is_jump())
        .map(|i| i.arg)
        .chain(code.exception_table.iter().map(|e| e.target))
        .collect();
    let mut last_line = None;
    for (pc, ins) in code.instrs.iter().enumerate() {
        let line = code.line_of(pc);
        let line_col = if last_line != Some(line) {
            if last_line.is_some() {
                out.push('\n');
            }
            last_line = Some(line);
            format!("{:>4}", line)
        } else {
            "    ".to_string()
        };
        let marker = if targets.contains(&(pc as u32)) {
            ">>"
        } else {
            "  "
        };
        let mut row = format!(
            "{}    {} {:>4} {}",
            line_col,
            marker,
            pc,
            ins.op.unfused().name()
        );
        if takes_arg(ins.op.unfused()) {
            row = format!("{:<38}{:>4}", row, ins.arg);
            if let Some(r) = resolve(code, ins.op.unfused(), ins.arg) {
                let _ = write!(row, " ({})", r);
            }
        }
        out.push_str(row.trim_end());
        out.push('\n');
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]",
                e.start,
                e.end.saturating_sub(1),
                e.target,
                e.depth
            );
        }
    }
}

/// A CPython-`dis`-like listing of `code` and, recursively, its nested code objects.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_one(code, &mut out);
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            let _ = write!(out, "\nDisassembly of {}:\n", code_header(inner));
            out.push_str(&disassemble(inner));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::{ExceptionEntry, Instr};
    use std::rc::Rc;

    #[test]
    fn lists_instructions_table_and_nested_code() {
        let inner = CodeObject {
            name: Rc::from("f"),
            qualname: Rc::from("f"),
            filename: Rc::from("x.py"),
            first_line: 2,
            instrs: vec![Instr::new(Op::LoadFast, 0), Instr::new(Op::ReturnValue, 0)],
            lines: vec![3, 3],
            varnames: vec![Rc::from("a")],
            ..Default::default()
        };
        let code = CodeObject {
            name: Rc::from("<module>"),
            filename: Rc::from("x.py"),
            first_line: 1,
            instrs: vec![
                Instr::new(Op::LoadConst, 0),
                Instr::new(Op::StoreName, 0),
                Instr::new(Op::LoadConst, 1),
                Instr::new(Op::MakeFunction, 0),
                Instr::new(Op::Jump, 5),
                Instr::new(Op::ReturnValue, 0),
            ],
            lines: vec![1, 1, 2, 2, 2, 2],
            consts: vec![
                Constant::Str(Rc::from("hi")),
                Constant::Code(Rc::new(inner)),
            ],
            names: vec![Rc::from("x")],
            exception_table: vec![ExceptionEntry {
                start: 0,
                end: 2,
                target: 5,
                depth: 0,
            }],
            ..Default::default()
        };
        let text = disassemble(&code);
        assert!(
            text.contains("LOAD_CONST") && text.contains("0 ('hi')"),
            "{}",
            text
        );
        assert!(
            text.contains("STORE_NAME") && text.contains("(x)"),
            "{}",
            text
        );
        assert!(text.contains("(to 5)"), "{}", text);
        assert!(text.contains(">>    5 RETURN_VALUE"), "{}", text);
        assert!(
            text.contains("ExceptionTable:\n  0 to 1 -> 5 [0]\n"),
            "{}",
            text
        );
        assert!(
            text.contains("Disassembly of <code object f, file \"x.py\", line 2>:"),
            "{}",
            text
        );
        assert!(
            text.contains("LOAD_FAST") && text.contains("(a)"),
            "{}",
            text
        );
        assert!(text.starts_with("   1 "), "{}", text);
    }

    #[test]
    fn constant_reprs() {
        assert_eq!(const_repr(&Constant::Float(1.5)), "1.5");
        assert_eq!(const_repr(&Constant::Imaginary(2.0)), "2j");
        let t = Constant::Tuple(Rc::from(vec![Constant::Int(1)]));
        assert_eq!(const_repr(&t), "(1,)");
        assert_eq!(const_repr(&Constant::Str(Rc::from("a'b"))), "\"a'b\"");
    }
}
