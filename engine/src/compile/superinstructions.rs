//! Superinstructions: the compiler's last pass rewrites the head of each
//! common sequence of local-variable ops into one fused op that the
//! dispatch loop runs in one step (CPython 3.11 has `LOAD_FAST__LOAD_CONST`
//! and friends). Only the head's opcode changes: the instructions it covers
//! stay in place with their operands, so jumps
//! into the middle of a sequence, exception-table ranges and line numbers
//! are unaffected, and a fused op that cannot take its fast path does the
//! head's own work and lets the loop go on with the next instruction.
//!
//! The fused op reads the operands of the instructions after it; they are
//! in bounds because a sequence is only fused when all of it is present,
//! and their operands were checked with the original code
//! (`check_control_flow`).

use crate::bytecode::{Instr, Op};

/// What follows `LOAD_FAST LOAD_CONST` in the load half of `b[k] op= x`.
const AUG_SUBSCR_LOAD: [Instr; 3] = [
    Instr::new(Op::Copy, 2),
    Instr::new(Op::Copy, 2),
    Instr::new(Op::BinarySubscr, 0),
];

/// What follows the BINARY_OP in the store half of `b[k] op= x`.
const AUG_SUBSCR_STORE: [Instr; 3] = [
    Instr::new(Op::Swap, 3),
    Instr::new(Op::Swap, 2),
    Instr::new(Op::StoreSubscr, 0),
];

/// Rewrites the heads of fusable sequences in `instrs` (after jump targets
/// are resolved and the stack depth is computed on the plain ops).
pub(crate) fn fuse(instrs: &mut [Instr]) {
    let plain = instrs.to_vec();
    let op_at = |i: usize| plain.get(i).map(|x| x.op);
    // Is `seq` (ops and operands) what comes from instruction `at` on?
    let runs = |at: usize, seq: &[Instr]| plain.get(at..at + seq.len()) == Some(seq);
    for (i, instr) in instrs.iter_mut().enumerate() {
        let fused = match (instr.op, op_at(i + 1), op_at(i + 2), op_at(i + 3)) {
            (Op::LoadFast, Some(Op::LoadConst), Some(Op::Copy), _)
                if runs(i + 2, &AUG_SUBSCR_LOAD) =>
            {
                Op::LoadFastConstSubscrKeep
            }
            (Op::LoadFast, Some(Op::LoadConst), Some(Op::BinaryOp), Some(Op::StoreFast)) => {
                Op::LoadFastConstBinaryStore
            }
            (Op::LoadFast, Some(Op::LoadConst), Some(Op::BinaryOp), _) => Op::LoadFastConstBinary,
            (Op::LoadFast, Some(Op::LoadConst), Some(Op::CompareOp), _) => Op::LoadFastConstCompare,
            (Op::LoadFast, Some(Op::LoadConst), Some(Op::BinarySubscr), _) => {
                Op::LoadFastConstSubscr
            }
            (Op::LoadFast, Some(Op::LoadConst), ..) => Op::LoadFastLoadConst,
            (Op::LoadFast, Some(Op::LoadFast), Some(Op::BinaryOp), Some(Op::StoreFast)) => {
                Op::LoadFastFastBinaryStore
            }
            (Op::LoadFast, Some(Op::LoadFast), Some(Op::BinaryOp), _) => Op::LoadFastFastBinary,
            (Op::LoadFast, Some(Op::LoadFast), Some(Op::BinarySubscr), _) => Op::LoadFastFastSubscr,
            (Op::LoadFast, Some(Op::LoadFast), Some(Op::StoreSubscr), _) => {
                Op::LoadFastFastStoreSubscr
            }
            (Op::LoadFast, Some(Op::LoadFast), ..) => Op::LoadFastLoadFast,
            (Op::LoadFast, Some(Op::LoadAttr), ..) => Op::LoadFastAttr,
            (Op::LoadFast, Some(Op::BinaryOp), Some(Op::StoreFast), _) => Op::LoadFastBinaryStore,
            (Op::LoadFast, Some(Op::BinaryOp), ..) => Op::LoadFastBinary,
            (Op::StoreFast, Some(Op::LoadFast), ..) => Op::StoreFastLoadFast,
            (Op::BinaryOp, Some(Op::Swap), ..) if runs(i + 1, &AUG_SUBSCR_STORE) => {
                Op::BinaryOpStoreSubscr
            }
            (Op::BuildSlice, Some(Op::BinarySubscr), ..) => Op::BuildSliceSubscr,
            (Op::BuildSlice, Some(Op::StoreSubscr), ..) => Op::BuildSliceStoreSubscr,
            _ => continue,
        };
        instr.op = fused;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ops(instrs: &[Instr]) -> Vec<Op> {
        instrs.iter().map(|i| i.op).collect()
    }

    fn quicken(code: &[Instr]) -> Vec<Instr> {
        let mut out = code.to_vec();
        fuse(&mut out);
        out
    }

    #[test]
    fn heads_are_fused_and_operands_kept() {
        let code = [
            Instr::new(Op::LoadFast, 0),
            Instr::new(Op::LoadConst, 1),
            Instr::new(Op::BinaryOp, 13),
            Instr::new(Op::StoreFast, 0),
            Instr::new(Op::LoadFast, 2),
            Instr::new(Op::LoadAttr, 3),
            Instr::new(Op::ReturnValue, 0),
        ];
        let q = quicken(&code);
        let plain: Vec<Op> = q.iter().map(|i| i.op.unfused()).collect();
        assert_eq!(plain, ops(&code));
        assert_eq!(
            ops(&q),
            [
                Op::LoadFastConstBinaryStore,
                Op::LoadConst,
                Op::BinaryOp,
                Op::StoreFastLoadFast,
                Op::LoadFastAttr,
                Op::LoadAttr,
                Op::ReturnValue,
            ]
        );
        let args: Vec<u32> = q.iter().map(|i| i.arg).collect();
        assert_eq!(args, [0, 1, 13, 0, 2, 3, 0]);
    }

    #[test]
    fn a_sequence_cut_by_the_end_is_not_fused() {
        let code = [Instr::new(Op::LoadConst, 0), Instr::new(Op::LoadFast, 0)];
        assert_eq!(ops(&quicken(&code)), [Op::LoadConst, Op::LoadFast]);
        let code = [
            Instr::new(Op::LoadFast, 0),
            Instr::new(Op::LoadConst, 0),
            Instr::new(Op::ReturnValue, 0),
        ];
        assert_eq!(
            ops(&quicken(&code)),
            [Op::LoadFastLoadConst, Op::LoadConst, Op::ReturnValue]
        );
    }
}
