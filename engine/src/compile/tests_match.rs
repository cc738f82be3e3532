//! Compiler tests for `match`: the emitted pattern code, stack depths that
//! agree on every path, and CPython's compile-time pattern errors.

use crate::bytecode::{CodeObject, Op};

use super::codegen::{is_terminal, stack_effect};
use super::tests::{ops, verify};
use super::{compile_module, Mode};

fn compile_src(src: &str) -> Result<std::rc::Rc<CodeObject>, crate::syntax::SyntaxError> {
    let m = crate::syntax::parse_module(src, "m.py").unwrap_or_else(|e| panic!("{}", e.render()));
    compile_module(&m, "m.py", Mode::Exec)
}

/// Every instruction is reached with one stack depth, whatever the path
/// (the fail-pop chains join paths that popped different amounts).
fn check_depths(code: &CodeObject) {
    let n = code.instrs.len();
    let mut depth: Vec<Option<i32>> = vec![None; n + 1];
    let mut work = vec![(0usize, 0i32)];
    while let Some((pc, d)) = work.pop() {
        if pc >= n {
            continue;
        }
        match depth[pc] {
            Some(old) => {
                assert_eq!(old, d, "depth mismatch at {} in {}", pc, code.qualname);
                continue;
            }
            None => depth[pc] = Some(d),
        }
        let ins = code.instrs[pc];
        let (fall, jump) = stack_effect(ins.op, ins.arg);
        assert!(d + fall.min(jump) >= 0, "underflow at {}", pc);
        assert!(
            d + fall.max(jump) <= code.max_stack as i32,
            "over max_stack at {}",
            pc
        );
        if ins.op.is_jump() {
            work.push((ins.arg as usize, d + jump));
        }
        if !is_terminal(ins.op) {
            work.push((pc + 1, d + fall));
        }
    }
    for c in &code.consts {
        if let crate::bytecode::Constant::Code(inner) = c {
            check_depths(inner);
        }
    }
}

fn ok(src: &str) -> std::rc::Rc<CodeObject> {
    let code = compile_src(src).unwrap_or_else(|e| panic!("{}", e.render()));
    verify(&code);
    check_depths(&code);
    code
}

fn err(src: &str) -> (String, u32) {
    match compile_src(src) {
        Ok(_) => panic!("expected a SyntaxError for {:?}", src),
        Err(e) => (e.msg, e.line),
    }
}

#[test]
fn every_pattern_kind_keeps_the_stack_consistent() {
    ok("match v:\n case 1 | 2:\n  a = 1\n case [x, *ys, z] if x:\n  pass\n case {'k': [a, b], **rest}:\n  pass\n case P(1, y=([q] | q)) as whole:\n  pass\n case (None | True) as s:\n  pass\n case str() | bytes():\n  pass\n case _:\n  pass\n");
    ok("def f(v):\n for i in v:\n  match i:\n   case [a, [b, c]]:\n    continue\n   case {**r}:\n    return r\n   case int(n) if n > 3:\n    break\n");
    ok("match a, b:\n case (1, 2) | (2, 1):\n  pass\n");
    ok(include_str!(
        "../../../tests/scripts/syntax/match_patterns.py"
    ));
}

#[test]
fn sequence_code_uses_the_match_ops() {
    let code = ok("match v:\n case [a, b]:\n  pass\n");
    let o = ops(&code);
    for op in [Op::MatchSequence, Op::GetLen, Op::UnpackSequence] {
        assert!(o.contains(&op), "{:?} missing from {:?}", op, o);
    }
    let code = ok("match v:\n case {'a': 1, **r}:\n  pass\n case C(x=1):\n  pass\n");
    let o = ops(&code);
    for op in [
        Op::MatchMapping,
        Op::MatchKeys,
        Op::CopyDictWithoutKeys,
        Op::MatchClass,
    ] {
        assert!(o.contains(&op), "{:?} missing from {:?}", op, o);
    }
}

#[test]
fn pattern_errors_match_cpython() {
    let cases: &[(&str, &str, u32)] = &[
        (
            "match x:\n case _:\n  pass\n case 1:\n  pass\n",
            "wildcard makes remaining patterns unreachable",
            2,
        ),
        (
            "match x:\n case 1:\n  pass\n case y:\n  pass\n case 2:\n  pass\n",
            "name capture 'y' makes remaining patterns unreachable",
            4,
        ),
        (
            "match x:\n case [*a, *b]:\n  pass\n",
            "multiple starred names in sequence pattern",
            2,
        ),
        (
            "match x:\n case [a, a]:\n  pass\n",
            "multiple assignments to name 'a' in pattern",
            2,
        ),
        (
            "match x:\n case (a as b) as b:\n  pass\n",
            "multiple assignments to name 'b' in pattern",
            2,
        ),
        (
            "match x:\n case [a] | (b,):\n  pass\n",
            "alternative patterns bind different names",
            2,
        ),
        (
            "match x:\n case {'a': 1, 'a': 2}:\n  pass\n",
            "mapping pattern checks duplicate key ('a')",
            2,
        ),
        (
            "match x:\n case x | 1:\n  pass\n",
            "name capture 'x' makes remaining patterns unreachable",
            2,
        ),
    ];
    for (src, msg, line) in cases {
        assert_eq!(err(src), (msg.to_string(), *line), "{:?}", src);
    }
    // A guard or the last position makes an irrefutable pattern fine.
    ok("match x:\n case y if y:\n  pass\n case _:\n  pass\n");
}
