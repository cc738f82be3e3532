//! The per-code-object builder: emits instructions with line numbers, interns
//! constants and names, resolves labels, derives the exception table from the
//! handler active at each instruction, and computes the maximum stack depth.

use std::rc::Rc;

use crate::bytecode::{CodeObject, Constant, ExceptionEntry, Instr, Op};
use crate::compile::superinstructions;

/// A jump target, bound to an instruction index later.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(pub usize);

/// An exception handler covering the instructions emitted while it is active.
/// `depth` is the stack depth the interpreter truncates to before pushing the exception.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handler {
    pub target: Label,
    pub depth: u32,
}

#[derive(Default)]
pub struct CodeBuilder {
    pub instrs: Vec<Instr>,
    pub lines: Vec<u32>,
    handler_of: Vec<Option<Handler>>,
    pub consts: Vec<Constant>,
    pub names: Vec<Rc<str>>,
    pub varnames: Vec<Rc<str>>,
    pub cellvars: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    labels: Vec<Option<u32>>,
    label_depth: Vec<Option<i32>>,
    /// Source line given to the next instructions.
    pub line: u32,
    /// Stack depth after the last emitted instruction (on the fall-through path).
    pub depth: i32,
    max_depth: i32,
    /// Active exception handlers, innermost last.
    pub handlers: Vec<Handler>,
}

/// Stack effect of an instruction: (fall-through, when jumping).
pub fn stack_effect(op: Op, arg: u32) -> (i32, i32) {
    // A superinstruction head (never emitted) has its plain op's effect,
    // the instructions it covers being counted on their own.
    let op = op.unfused();
    let a = arg as i32;
    let e = match op {
        Op::Nop
        | Op::Swap
        | Op::LoadAttr
        | Op::UnaryNegative
        | Op::UnaryPositive
        | Op::UnaryNot => 0,
        Op::UnaryInvert
        | Op::ListToTuple
        | Op::GetIter
        | Op::SetupAnnotations
        | Op::CheckExcMatch => 0,
        Op::YieldValue | Op::GetYieldFromIter | Op::GetAwaitable | Op::GetAIter | Op::Jump => 0,
        Op::DeleteFast | Op::DeleteDeref | Op::DeleteName | Op::DeleteGlobal => 0,
        Op::PopTop => -1,
        Op::Copy
        | Op::LoadConst
        | Op::LoadFast
        | Op::LoadDeref
        | Op::LoadClosure
        | Op::LoadClassDeref => 1,
        Op::LoadName
        | Op::LoadGlobal
        | Op::LoadMethod
        | Op::LoadBuildClass
        | Op::LoadAssertionError => 1,
        Op::StoreFast | Op::StoreDeref | Op::StoreName | Op::StoreGlobal => -1,
        Op::StoreAttr => -2,
        Op::DeleteAttr => -1,
        Op::CallMethod => -(a + 1),
        Op::Call => -a,
        Op::CallKw => -(a + 1),
        Op::CallFunctionEx => -1 - (a & 1),
        Op::BinaryOp | Op::CompareOp | Op::IsOp | Op::ContainsOp | Op::BinarySubscr => -1,
        Op::StoreSubscr => -3,
        Op::DeleteSubscr => -2,
        Op::BuildSlice | Op::BuildTuple | Op::BuildList | Op::BuildSet | Op::BuildString => 1 - a,
        Op::BuildMap => 1 - 2 * a,
        Op::FormatValue => {
            if a & 4 != 0 {
                -1
            } else {
                0
            }
        }
        Op::ListAppend
        | Op::SetAdd
        | Op::ListExtend
        | Op::SetUpdate
        | Op::DictUpdate
        | Op::DictMerge => -1,
        Op::MapAdd => -2,
        Op::UnpackSequence => a - 1,
        Op::UnpackEx => (a & 0xff) + (a >> 8),
        Op::PopJumpIfFalse | Op::PopJumpIfTrue | Op::PopJumpBackIfFalse | Op::PopJumpBackIfTrue => {
            -1
        }
        Op::JumpIfFalseOrPop | Op::JumpIfTrueOrPop => return (-1, 0),
        Op::ForIter => return (1, -1),
        Op::MakeFunction => -((a & 15).count_ones() as i32),
        Op::ReturnValue | Op::PrintExpr | Op::Reraise | Op::PopExcept | Op::YieldFrom => -1,
        Op::RaiseVarargs => -a,
        Op::PushExcInfo
        | Op::BeforeWith
        | Op::WithExceptStart
        | Op::GetANext
        | Op::BeforeAsyncWith => 1,
        Op::EndAsyncFor => -2,
        Op::ImportName | Op::ImportStar => -1,
        Op::ImportFrom => 1,
        Op::MatchSequence | Op::MatchMapping | Op::GetLen | Op::MatchKeys => 1,
        Op::MatchClass => -2,
        Op::CopyDictWithoutKeys => 0,
        // Superinstruction heads: `unfused` mapped each to its plain op.
        _ => unreachable!("{} is a superinstruction head", op.name()),
    };
    (e, e)
}

/// Does control never fall through to the next instruction?
pub fn is_terminal(op: Op) -> bool {
    matches!(
        op,
        Op::Jump | Op::ReturnValue | Op::RaiseVarargs | Op::Reraise
    )
}

impl CodeBuilder {
    pub fn new() -> Self {
        CodeBuilder::default()
    }

    pub fn emit(&mut self, op: Op, arg: u32) {
        let (fall, jump) = stack_effect(op, arg);
        if op.is_jump() {
            let l = arg as usize;
            let d = self.depth + jump;
            if self.labels[l].is_none() && self.label_depth[l].is_none() {
                self.label_depth[l] = Some(d);
            }
            self.max_depth = self.max_depth.max(d);
        }
        self.instrs.push(Instr::new(op, arg));
        self.lines.push(self.line);
        self.handler_of.push(self.handlers.last().copied());
        self.depth += fall;
        self.max_depth = self.max_depth.max(self.depth);
    }

    /// Emits a jump to `target`; a conditional jump to a label already bound
    /// (a loop's bottom test) becomes its backward form, which ticks the budget.
    pub fn jump(&mut self, op: Op, target: Label) {
        let backward = self.labels[target.0].is_some();
        let op = match op {
            Op::PopJumpIfFalse if backward => Op::PopJumpBackIfFalse,
            Op::PopJumpIfTrue if backward => Op::PopJumpBackIfTrue,
            op => op,
        };
        self.emit(op, target.0 as u32);
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        self.label_depth.push(None);
        Label(self.labels.len() - 1)
    }

    /// Binds a label here; the stack depth becomes the one recorded by jumps to it.
    pub fn bind(&mut self, l: Label) {
        self.labels[l.0] = Some(self.instrs.len() as u32);
        if let Some(d) = self.label_depth[l.0] {
            self.depth = d;
        }
    }

    /// Binds a label reached with a known stack depth (exception handlers).
    pub fn bind_at(&mut self, l: Label, depth: u32) {
        self.labels[l.0] = Some(self.instrs.len() as u32);
        self.depth = depth as i32;
        self.max_depth = self.max_depth.max(self.depth);
    }

    pub fn push_handler(&mut self, target: Label, depth: u32) {
        self.handlers.push(Handler { target, depth });
    }

    pub fn pop_handler(&mut self) {
        self.handlers.pop();
    }

    pub fn add_const(&mut self, c: Constant) -> u32 {
        if let Some(i) = self.consts.iter().position(|x| *x == c) {
            return i as u32;
        }
        self.consts.push(c);
        (self.consts.len() - 1) as u32
    }

    pub fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.emit(Op::LoadConst, i);
    }

    pub fn add_name(&mut self, name: &str) -> u32 {
        if let Some(i) = self.names.iter().position(|x| &**x == name) {
            return i as u32;
        }
        self.names.push(Rc::from(name));
        (self.names.len() - 1) as u32
    }

    pub fn emit_name(&mut self, op: Op, name: &str) {
        let i = self.add_name(name);
        self.emit(op, i);
    }

    pub fn varname_index(&self, name: &str) -> Option<u32> {
        self.varnames
            .iter()
            .position(|x| &**x == name)
            .map(|i| i as u32)
    }

    pub fn deref_index(&self, name: &str) -> Option<u32> {
        if let Some(i) = self.cellvars.iter().position(|x| &**x == name) {
            return Some(i as u32);
        }
        self.freevars
            .iter()
            .position(|x| &**x == name)
            .map(|i| (self.cellvars.len() + i) as u32)
    }

    /// Resolves labels and fills the instruction-level fields of `code`.
    pub fn finish(mut self, code: &mut CodeObject) {
        let target =
            |labels: &Vec<Option<u32>>, l: usize| labels[l].expect("jump to an unbound label");
        for ins in &mut self.instrs {
            if ins.op.is_jump() {
                ins.arg = target(&self.labels, ins.arg as usize);
            }
        }
        let mut table: Vec<ExceptionEntry> = Vec::new();
        for (pc, h) in self.handler_of.iter().enumerate() {
            let Some(h) = h else { continue };
            let t = target(&self.labels, h.target.0);
            if let Some(last) = table.last_mut() {
                if last.end == pc as u32 && last.target == t && last.depth == h.depth {
                    last.end += 1;
                    continue;
                }
            }
            table.push(ExceptionEntry {
                start: pc as u32,
                end: pc as u32 + 1,
                target: t,
                depth: h.depth,
            });
        }
        let flow = flow_max_depth(&self.instrs, &table);
        code.max_stack = (self.max_depth.max(flow).max(0)) as u32;
        superinstructions::fuse(&mut self.instrs);
        code.instrs = self.instrs;
        code.lines = self.lines;
        code.consts = self.consts;
        code.names = self.names;
        code.varnames = self.varnames;
        code.cellvars = self.cellvars;
        code.freevars = self.freevars;
        code.exception_table = table;
    }
}

/// The maximum stack depth over every reachable path (from the entry point
/// and from every exception handler), checking that paths agree on depth.
pub fn flow_max_depth(instrs: &[Instr], table: &[ExceptionEntry]) -> i32 {
    let n = instrs.len();
    let mut depth_at: Vec<Option<i32>> = vec![None; n + 1];
    let mut work: Vec<usize> = Vec::new();
    let mut max = 0;
    let visit = |pc: usize, d: i32, depth_at: &mut Vec<Option<i32>>, work: &mut Vec<usize>| {
        if pc >= depth_at.len() {
            return;
        }
        match depth_at[pc] {
            None => {
                depth_at[pc] = Some(d);
                work.push(pc);
            }
            Some(old) => {
                debug_assert_eq!(old, d, "inconsistent stack depth at instruction {}", pc);
            }
        }
    };
    if n > 0 {
        visit(0, 0, &mut depth_at, &mut work);
    }
    let mut handled = vec![false; table.len()];
    loop {
        while let Some(pc) = work.pop() {
            let d = depth_at[pc].unwrap();
            max = max.max(d);
            if pc >= n {
                continue;
            }
            let ins = instrs[pc];
            let (fall, jump) = stack_effect(ins.op, ins.arg);
            debug_assert!(
                d + fall.min(jump) >= 0,
                "stack underflow at instruction {}",
                pc
            );
            max = max.max(d + fall).max(d + jump);
            if ins.op.is_jump() {
                visit(ins.arg as usize, d + jump, &mut depth_at, &mut work);
            }
            if !is_terminal(ins.op) {
                visit(pc + 1, d + fall, &mut depth_at, &mut work);
            }
        }
        // Handlers become reachable once any instruction they cover is.
        let mut progressed = false;
        for (i, e) in table.iter().enumerate() {
            if handled[i] {
                continue;
            }
            if (e.start..e.end).any(|pc| depth_at[pc as usize].is_some()) {
                handled[i] = true;
                progressed = true;
                visit(
                    e.target as usize,
                    e.depth as i32 + 1,
                    &mut depth_at,
                    &mut work,
                );
            }
        }
        if !progressed {
            break;
        }
    }
    max
}
