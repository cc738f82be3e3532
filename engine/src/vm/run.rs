//! The dispatch loop: one `match` over the opcode per instruction. Calls to
//! script functions push a frame and continue in the same loop (no native
//! recursion), so deep script recursion never overflows the Rust stack.
//! This file is long on purpose: every opcode's fast path lives here, slow
//! paths are out-of-line helpers in the sibling modules.

use std::rc::Rc;

use crate::ast::BinOp;
use crate::bytecode::{CodeObject, Instr, Op};
use crate::error::{PyErr, PyResult};
use crate::object::class::Layout;
use crate::object::exception::TraceEntry;
use crate::object::generator::GenKind;
use crate::object::list::position;
use crate::object::{
    Args, CellObj, ClassObj, DictObj, FunctionObj, GeneratorObj, InstanceObj, TupleObj,
};
use crate::value::Value;
use crate::vm::attr_cache::AttrCache;
use crate::vm::cache::store_name_cached;
use crate::vm::call::binds_positionally;
use crate::vm::fast_loop::Stop;
use crate::vm::fast_ops;
use crate::vm::frame::{Frame, Role};
use crate::vm::str_concat;
use crate::vm::subscript::slices_natively;
use crate::vm::{CodeRuntime, Vm};

/// How a frame run by `execute` stopped.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

/// What a call from the loop did.
pub(crate) enum CallOutcome {
    /// A script frame was pushed; the loop continues in it.
    Pushed,
    /// The result is ready.
    Value(Value),
}

impl Vm {
    /// Runs a new frame to completion and returns its result.
    pub fn run_frame(&mut self, frame: Box<Frame>) -> PyResult {
        match self.execute_new(frame, None)? {
            Exit::Return(v) => Ok(v),
            Exit::Yield(_) => Err(self.new_error("SystemError", "yield outside a generator frame")),
        }
    }

    /// Pushes `frame` and runs it until it returns or yields. With `throw`,
    /// execution starts by raising that exception at the frame's position.
    pub(crate) fn execute_new(
        &mut self,
        frame: Box<Frame>,
        throw: Option<PyErr>,
    ) -> PyResult<Exit> {
        if self.frames.len() >= self.recursion_limit {
            return Err(self.new_error("RecursionError", "maximum recursion depth exceeded"));
        }
        self.tick(1)?;
        let base = self.frames.len();
        self.frames.push(frame);
        self.execute(base, throw)
    }

    /// Runs frames from `self.frames[base]` upward; handles exceptions through
    /// the exception tables, popping frames that have no handler.
    pub(crate) fn execute(&mut self, base: usize, mut pending: Option<PyErr>) -> PyResult<Exit> {
        loop {
            if let Some(err) = pending.take() {
                self.unwind(base, err)?;
            }
            match self.run_loop(base) {
                Ok(exit) => return Ok(exit),
                Err(err) => pending = Some(err),
            }
        }
    }

    /// Finds a handler for `err` in the top frame or its callers down to
    /// `base`. Ok when a handler was entered; Err when `base` was unwound.
    fn unwind(&mut self, base: usize, mut err: PyErr) -> PyResult<()> {
        let reraise = std::mem::take(&mut self.reraising);
        if !reraise {
            // Errors raised by native code inside an except block get __context__ too.
            self.set_context(&err);
        }
        let mut first = true;
        loop {
            let frame = self.frames.last_mut().expect("a frame to unwind");
            let pc = frame.pc.saturating_sub(1);
            if !(first && reraise) {
                err.push_traceback(TraceEntry {
                    code: frame.code.clone(),
                    line: frame.code.line_of(pc),
                });
            }
            first = false;
            // A halt (limits.rs) unwinds past every handler.
            let handler = match self.limits.halted {
                Some(_) => None,
                None => frame
                    .code
                    .exception_table
                    .iter()
                    .find(|e| (e.start as usize) <= pc && pc < e.end as usize)
                    .copied(),
            };
            if let Some(h) = handler {
                let keep = frame.nlocals + h.depth as usize;
                frame.stack.truncate(keep);
                frame.stack.push(err.value());
                frame.pc = h.target as usize;
                return Ok(());
            }
            if let Some(mut done) = self.frames.pop() {
                if done.is_gen() {
                    err = self.generator_raised(&mut done, err);
                }
                self.recycle_frame(done);
            }
            if self.frames.len() <= base {
                return Err(err);
            }
        }
    }

    fn top_frame(&mut self) -> *mut Frame {
        &mut **self.frames.last_mut().expect("a running frame")
    }

    /// Executes instructions until the base frame returns or yields, or an
    /// exception is raised (returned as Err with the raising frame on top).
    fn run_loop(&mut self, base: usize) -> PyResult<Exit> {
        let mut fp = self.top_frame();
        // SAFETY: `fp` points into a Box owned by `self.frames`; the box is only
        // freed by `frames.pop()`, after which `fp` is always re-fetched.
        let mut f: &mut Frame = unsafe { &mut *fp };
        // SAFETY: the frame owns its code (an Rc it never replaces while it
        // runs) and stays alive until popped, after which `code` is re-fetched.
        let mut code: &CodeObject = unsafe { &*Rc::as_ptr(&f.code) };
        let mut rt: *const CodeRuntime = self.code_runtime(code);
        // `code.instrs`' buffer, kept apart so the fetch is one load shorter.
        let mut instrs: *const Instr = code.instrs.as_ptr();
        // The program counter lives in this local (a register), not in the
        // frame: the fetch then does not wait on the last instruction's
        // store. `f.pc` is written at each fetch, so whatever reads a frame's
        // position (tracebacks, handlers, generators, `sys._getframe`) sees
        // it; a handler that moves `pc` before work that can observe the
        // frame writes it back too (`sync_pc!`).
        let mut pc: usize = f.pc;
        // The VM's pending-work flag (gc/pending.rs), read once per instruction.
        let pending: *const std::cell::Cell<bool> = self.pending_flag();

        macro_rules! reload {
            () => {{
                fp = self.top_frame();
                // SAFETY: as above: the frame box stays alive while it is on the stack.
                f = unsafe { &mut *fp };
                // SAFETY: as for `code` above.
                code = unsafe { &*Rc::as_ptr(&f.code) };
                rt = self.code_runtime(code);
                instrs = code.instrs.as_ptr();
                pc = f.pc;
            }};
        }
        macro_rules! sync_pc {
            () => {
                f.pc = pc
            };
        }
        macro_rules! rt {
            () => {
                // SAFETY: `rt` belongs to `code`, which this function keeps alive.
                unsafe { &*rt }
            };
        }
        macro_rules! pop {
            () => {{
                f.stack.pop().expect("value stack underflow")
            }};
        }
        macro_rules! top {
            () => {
                f.stack.last().expect("value stack underflow")
            };
        }
        macro_rules! name {
            ($i:expr) => {
                rt!().names[$i as usize].clone()
            };
        }

        // The call fast path: the callable below `argc` arguments is a
        // script function whose code binds positional arguments by moving
        // them (`binds_positionally`: `CodeRuntime::simple_argc`, decided
        // once per code, and enough defaults), the depth is under the limit
        // and no limit check is due. The arguments move into a pooled frame
        // and the loop goes on in it; otherwise this falls through to the
        // general call.
        macro_rules! fast_call {
            ($argc:expr) => {{
                let argc: usize = $argc;
                let func_at = f.stack.len() - argc - 1;
                if let Value::Function(func) = &f.stack[func_at] {
                    if let Some(crt) = func.code.runtime.get() {
                        let exact = crt.exact_argc as usize == argc;
                        if (exact || binds_positionally(crt, func, argc))
                            && self.frames.len() < self.recursion_limit
                            && self.limits.budget > 0
                        {
                            // The call's tick (limits.rs), with no check due.
                            self.limits.budget -= 1;
                            let crt: *const CodeRuntime = &**crt;
                            let frame = if exact {
                                self.exact_call_frame(&mut f.stack, func_at)
                            } else {
                                // The callable's slot keeps a Null until the
                                // arguments are out.
                                let Value::Function(func) = std::mem::take(&mut f.stack[func_at])
                                else {
                                    unreachable!("the callable was just matched")
                                };
                                let frame = self.enter_positional(func, &mut f.stack, func_at + 1);
                                if let Some(null) = f.stack.pop() {
                                    std::mem::forget(null);
                                }
                                frame
                            };
                            self.frames.push(frame);
                            fp = self.top_frame();
                            // SAFETY: as in `reload!`.
                            f = unsafe { &mut *fp };
                            // SAFETY: as in `reload!`.
                            code = unsafe { &*Rc::as_ptr(&f.code) };
                            rt = crt;
                            instrs = code.instrs.as_ptr();
                            pc = 0;
                            continue;
                        }
                    }
                }
            }};
        }

        // A native with a fast positional entry below `argc` arguments (self
        // first for a method), or a builtin type `fast_type_call` takes
        // (`range(n)`, `int(x)`...): called on the arguments in place, its result
        // pushed with one 16-byte store (`push_whole`), without the trip
        // through `call_from_stack` and its `CallOutcome`.
        macro_rules! native_call {
            ($argc:expr) => {{
                let argc: usize = $argc;
                let func_at = f.stack.len() - argc - 1;
                match &f.stack[func_at] {
                    Value::Builtin(b) => {
                        if let Some(pos) = b.positional_entry(&f.stack[func_at + 1..]) {
                            let r = pos(self, &f.stack[func_at + 1..]);
                            fast_ops::release_from(&mut f.stack, func_at);
                            fast_ops::push_whole(&mut f.stack, r?);
                            continue;
                        }
                    }
                    Value::Class(cls) => {
                        let args = &f.stack[func_at + 1..];
                        if let Some(r) = crate::builtins::fast_type_call(self, cls, args) {
                            fast_ops::release_from(&mut f.stack, func_at);
                            fast_ops::push_whole(&mut f.stack, r?);
                            continue;
                        }
                    }
                    _ => {}
                }
            }};
        }

        // Pushes local `i` (LOAD_FAST), raising UnboundLocalError for an
        // unbound one.
        macro_rules! push_local {
            ($i:expr) => {{
                let i = $i;
                let slot = &f.stack[i as usize];
                if slot.is_null() {
                    return Err(self.unbound_local(code, i));
                }
                let v = slot.clone();
                f.stack.push(v);
            }};
        }

        // A fused arithmetic head's result `r`, the head covering `covered`
        // instructions after itself: pushed, or (`store`) written to the
        // local of the STORE_FAST that follows them.
        macro_rules! fused_result {
            ($r:expr, $store:expr, $covered:expr) => {{
                let r = $r;
                if $store {
                    // SAFETY: the STORE_FAST this head was fused with.
                    let dst = unsafe { code.instrs.get_unchecked(pc + $covered) }.arg;
                    fast_ops::store_result(&mut f.stack[dst as usize], r);
                    pc += $covered + 1;
                } else {
                    fast_ops::push_result(&mut f.stack, r);
                    pc += $covered;
                }
            }};
        }

        // The top frame yields `v`: it goes back into its generator; a caller
        // in this loop resumed it from FOR_ITER (takes the value) or from
        // YIELD_FROM (yields it on, and resumes there).
        macro_rules! yield_value {
            ($v:expr) => {{
                let v = $v;
                loop {
                    if !self.suspend_generator_frame() || self.frames.len() <= base {
                        return Ok(Exit::Yield(v));
                    }
                    reload!();
                    if code.instrs[pc - 1].op != Op::YieldFrom {
                        f.stack.push(v);
                        break;
                    }
                    pc -= 1;
                    sync_pc!();
                }
            }};
        }

        loop {
            // Safe point: finalisers, weakref callbacks and due collections
            // queued since the last instruction run here (gc/pending.rs).
            // SAFETY: the flag lives in the VM's heap, which outlives the VM
            // and so this loop (`HeapOwner` frees it only in its own drop).
            if unsafe { (*pending).get() } {
                sync_pc!();
                self.run_pending();
            }
            // SAFETY: `pc` is in bounds: frames start at 0, and every code the
            // loop runs was checked by `check_control_flow` when its runtime
            // was built (before its first instruction): jump and handler
            // targets are instructions and the last instruction never falls
            // through, so each way `pc` changes lands on an instruction.
            // `rt` and `instrs` belong to `code`, which `f` runs.
            let stop = unsafe {
                self.run_fast(
                    base,
                    &mut f,
                    &mut code,
                    &mut rt,
                    &mut instrs,
                    &mut pc,
                    pending,
                )
            };
            // The fast lane hands back the instructions it does not take
            // (fast_loop.rs), with `pc` past them and written to the frame.
            let (op, arg) = match stop {
                Stop::Slow => {
                    // SAFETY: the lane stops with `pc` just past an instruction.
                    let Instr { op, arg } = unsafe { *instrs.add(pc - 1) };
                    (op, arg)
                }
                Stop::Pending => continue,
                Stop::Raised(e) => return Err(e),
            };
            match op {
                Op::Nop => {}
                Op::PopTop => {
                    pop!().release();
                }
                Op::Copy => {
                    let v = f.stack[f.stack.len() - arg as usize].clone();
                    f.stack.push(v);
                }
                Op::Swap => {
                    let n = f.stack.len();
                    f.stack.swap(n - 1, n - arg as usize);
                }
                Op::LoadConst => {
                    // SAFETY: `check_control_flow` checked LOAD_CONST operands
                    // against `code.consts`, which `rt.consts` mirrors.
                    let r = rt!();
                    let v = unsafe { r.consts.get_unchecked(arg as usize) };
                    f.stack.push(v.clone());
                }
                // Tested in place: the clone is then a single copy.
                Op::LoadFast => push_local!(arg),
                Op::StoreFast => {
                    let v = pop!();
                    Value::store(&mut f.stack[arg as usize], v);
                }
                // Superinstructions (compile/superinstructions.rs): the
                // operands of the instructions a head covers follow it.
                Op::LoadFastLoadConst => {
                    let r = rt!();
                    // SAFETY: the compiler fused this head with the LOAD_CONST
                    // after it, whose operand `check_control_flow` checked.
                    let v = unsafe {
                        let at = code.instrs.get_unchecked(pc).arg;
                        r.consts.get_unchecked(at as usize)
                    };
                    let slot = &f.stack[arg as usize];
                    if slot.is_null() {
                        return Err(self.unbound_local(code, arg));
                    }
                    let local = slot.clone();
                    f.stack.push(local);
                    f.stack.push(v.clone());
                    pc += 1;
                }
                Op::LoadFastLoadFast => {
                    // SAFETY: the compiler fused this head with the instruction after it.
                    let second = unsafe { code.instrs.get_unchecked(pc) }.arg;
                    let slot = &f.stack[arg as usize];
                    if slot.is_null() {
                        return Err(self.unbound_local(code, arg));
                    }
                    let first = slot.clone();
                    pc += 1;
                    sync_pc!();
                    let slot = &f.stack[second as usize];
                    if slot.is_null() {
                        drop(first);
                        return Err(self.unbound_local(code, second));
                    }
                    let second = slot.clone();
                    f.stack.push(first);
                    f.stack.push(second);
                }
                Op::LoadFastFastSubscr => {
                    // SAFETY: the compiler fused this head with the LOAD_FAST and
                    // BINARY_SUBSCR after it.
                    let second = unsafe { code.instrs.get_unchecked(pc) }.arg;
                    let (obj, key) = (&f.stack[arg as usize], &f.stack[second as usize]);
                    if !obj.is_null() && !key.is_null() {
                        // Past the BINARY_SUBSCR, as if it ran: an error is its.
                        pc += 2;
                        sync_pc!();
                        let v = match (obj, key) {
                            (Value::List(l), Value::Int(i)) => {
                                let items = l.items.borrow();
                                match position(*i, items.len()) {
                                    Some(at) => items[at].clone(),
                                    None => {
                                        drop(items);
                                        return Err(self.index_error("list index out of range"));
                                    }
                                }
                            }
                            // The operands are read in place: nothing `getitem`
                            // runs can rebind a local of this frame.
                            _ => self.getitem(obj, key)?,
                        };
                        f.stack.push(v);
                        continue;
                    }
                    // The head's own LOAD_FAST; the loop runs the rest.
                    push_local!(arg);
                }
                Op::LoadFastFastStoreSubscr => {
                    // SAFETY: the compiler fused this head with the LOAD_FAST and
                    // STORE_SUBSCR after it.
                    let second = unsafe { code.instrs.get_unchecked(pc) }.arg;
                    // The value to store is on top, above the locals.
                    let Some((top, locals)) = f.stack.split_last_mut() else {
                        unreachable!("STORE_SUBSCR has its value on the stack")
                    };
                    if let (Value::List(l), Value::Int(i)) =
                        (&locals[arg as usize], &locals[second as usize])
                    {
                        let mut items = l.items.borrow_mut();
                        if let Some(at) = position(*i, items.len()) {
                            let old = std::mem::replace(&mut items[at], std::mem::take(top));
                            drop(items);
                            old.release();
                            // The slot the value left holds Null.
                            fast_ops::pop_immediate(&mut f.stack);
                            pc += 2;
                            continue;
                        }
                    }
                    // The head's own LOAD_FAST; the loop runs the rest.
                    push_local!(arg);
                }
                Op::LoadFastFastBinary | Op::LoadFastFastBinaryStore => {
                    // SAFETY: the compiler fused this head with the LOAD_FAST and
                    // BINARY_OP (and STORE_FAST) after it.
                    let (second, bop) = unsafe {
                        (
                            code.instrs.get_unchecked(pc).arg,
                            code.instrs.get_unchecked(pc + 1).arg,
                        )
                    };
                    // Unbound locals (Null) never take the fast path.
                    let (a, b) = (&f.stack[arg as usize], &f.stack[second as usize]);
                    if let Some(r) = fast_ops::binary(a, b, bop) {
                        fused_result!(r, op == Op::LoadFastFastBinaryStore, 2);
                        continue;
                    }
                    // The head's own LOAD_FAST; the loop runs the rest.
                    push_local!(arg);
                }
                Op::LoadFastBinary | Op::LoadFastBinaryStore => {
                    // SAFETY: the compiler fused this head with the BINARY_OP (and
                    // STORE_FAST) after it.
                    let bop = unsafe { code.instrs.get_unchecked(pc) }.arg;
                    let n = f.stack.len();
                    // The left operand is on the stack (an operand, so above the
                    // locals); an unbound local (Null) never takes the fast path.
                    if let Some(r) = fast_ops::binary(&f.stack[n - 1], &f.stack[arg as usize], bop)
                    {
                        if op == Op::LoadFastBinary {
                            fast_ops::replace_top_immediate(&mut f.stack, r);
                            pc += 1;
                        } else {
                            // SAFETY: the STORE_FAST this head was fused with.
                            let dst = unsafe { code.instrs.get_unchecked(pc + 1) }.arg;
                            fast_ops::pop_immediate(&mut f.stack);
                            fast_ops::store_result(&mut f.stack[dst as usize], r);
                            pc += 2;
                        }
                        continue;
                    }
                    // The head's own LOAD_FAST; the loop runs the rest.
                    push_local!(arg);
                }
                Op::LoadFastConstSubscr | Op::LoadFastConstSubscrKeep => {
                    let r = rt!();
                    // SAFETY: the compiler fused this head with the LOAD_CONST
                    // after it, whose operand `check_control_flow` checked.
                    let key = unsafe {
                        r.consts
                            .get_unchecked(code.instrs.get_unchecked(pc).arg as usize)
                    };
                    if let (Value::List(l), Value::Int(i)) = (&f.stack[arg as usize], key) {
                        let items = l.items.borrow();
                        if let Some(at) = position(*i, items.len()) {
                            let v = items[at].clone();
                            drop(items);
                            if op == Op::LoadFastConstSubscr {
                                pc += 2;
                            } else {
                                // What the two COPYs leave under the item.
                                let list = f.stack[arg as usize].clone();
                                f.stack.push(list);
                                f.stack.push(key.clone());
                                pc += 4;
                            }
                            f.stack.push(v);
                            continue;
                        }
                    }
                    // The head's own LOAD_FAST; the loop runs the rest.
                    push_local!(arg);
                }
                Op::StoreFastLoadFast => {
                    // SAFETY: the compiler fused this head with the instruction after it.
                    let second = unsafe { code.instrs.get_unchecked(pc) }.arg;
                    let v = pop!();
                    Value::store(&mut f.stack[arg as usize], v);
                    pc += 1;
                    sync_pc!();
                    push_local!(second);
                }
                Op::LoadFastAttr => {
                    let r = rt!();
                    // SAFETY: the compiler fused this head with the LOAD_ATTR after
                    // it, whose name operand `check_control_flow` checked.
                    let name = unsafe {
                        r.names
                            .get_unchecked(code.instrs.get_unchecked(pc).arg as usize)
                    };
                    if f.stack[arg as usize].is_null() {
                        return Err(self.unbound_local(code, arg));
                    }
                    // Past the LOAD_ATTR, as if it ran: its cache and its line.
                    pc += 1;
                    sync_pc!();
                    let c = rt!().attr_cache(pc - 1);
                    if let Value::Instance(inst) = &f.stack[arg as usize] {
                        if let Some(v) = c.instance_hit(inst) {
                            fast_ops::push_whole(&mut f.stack, v);
                            continue;
                        }
                    }
                    // The object is read in place: no reference is taken for
                    // the lookup (nothing the lookup runs can rebind a local
                    // of this frame).
                    let v = self.load_attr_cached(&f.stack[arg as usize], name, c)?;
                    f.stack.push(v);
                }
                Op::LoadFastConstBinary
                | Op::LoadFastConstBinaryStore
                | Op::LoadFastConstCompare => {
                    let r = rt!();
                    // SAFETY: the compiler fused this head with the LOAD_CONST and
                    // the instruction(s) after it; `check_control_flow` checked
                    // the constant's operand.
                    let (v, second) = unsafe {
                        let at = code.instrs.get_unchecked(pc).arg;
                        (
                            r.consts.get_unchecked(at as usize),
                            code.instrs.get_unchecked(pc + 1).arg,
                        )
                    };
                    let slot = &f.stack[arg as usize];
                    if slot.is_null() {
                        return Err(self.unbound_local(code, arg));
                    }
                    match op {
                        Op::LoadFastConstCompare => {
                            if let Some(t) = fast_ops::compare(slot, v, second) {
                                // Past the COMPARE_OP; a conditional jump after
                                // it runs now, as in COMPARE_OP.
                                pc += 2;
                                let next = code.instrs[pc];
                                match next.op {
                                    Op::PopJumpIfFalse => {
                                        pc = if t { pc + 1 } else { next.arg as usize };
                                    }
                                    Op::PopJumpIfTrue => {
                                        pc = if t { next.arg as usize } else { pc + 1 };
                                    }
                                    Op::PopJumpBackIfTrue | Op::PopJumpBackIfFalse => {
                                        pc = self.branch_back(pc, next, t)?;
                                    }
                                    _ => f.stack.push(Value::Bool(t)),
                                }
                                continue;
                            }
                        }
                        _ => {
                            if let Some(result) = fast_ops::binary(slot, v, second) {
                                fused_result!(result, op == Op::LoadFastConstBinaryStore, 2);
                                continue;
                            }
                        }
                    }
                    // The slow path: LOAD_FAST and LOAD_CONST, then the loop
                    // runs the rest as it stands.
                    let local = slot.clone();
                    f.stack.push(local);
                    f.stack.push(v.clone());
                    pc += 1;
                }
                Op::DeleteFast => {
                    if f.stack[arg as usize].is_null() {
                        return Err(self.unbound_local(code, arg));
                    }
                    f.stack[arg as usize] = Value::Null;
                }
                Op::LoadDeref => {
                    let v = f.cells[arg as usize].get();
                    if v.is_null() {
                        return Err(self.unbound_deref(code, arg));
                    }
                    f.stack.push(v);
                }
                Op::StoreDeref => {
                    let v = pop!();
                    f.cells[arg as usize].set(v);
                }
                Op::DeleteDeref => {
                    if f.cells[arg as usize].get().is_null() {
                        return Err(self.unbound_deref(code, arg));
                    }
                    f.cells[arg as usize].set(Value::Null);
                }
                Op::LoadClosure => f.stack.push(Value::Cell(f.cells[arg as usize].clone())),
                Op::LoadClassDeref => {
                    let name = deref_name(code, arg);
                    let found = f.locals.as_ref().and_then(|l| l.get_str(&name));
                    let v = match found {
                        Some(v) => v,
                        None => {
                            let v = f.cells[arg as usize].get();
                            if v.is_null() {
                                return Err(self.unbound_deref(code, arg));
                            }
                            v
                        }
                    };
                    f.stack.push(v);
                }
                Op::LoadName => {
                    let name = &rt!().names[arg as usize];
                    let local = match &f.locals {
                        Some(l) if !Rc::ptr_eq(l, &f.globals) => l.get_strobj(name),
                        _ => None,
                    };
                    let v = match local {
                        Some(v) => v,
                        None => {
                            let c = &rt!().name_caches[arg as usize];
                            match self.load_global_cached(&f.globals, c, name) {
                                Some(v) => v,
                                None => self.lazy_builtin(name.as_str())?,
                            }
                        }
                    };
                    f.stack.push(v);
                }
                Op::StoreName => {
                    let name = &rt!().names[arg as usize];
                    let v = pop!();
                    match &f.locals {
                        Some(l) if !Rc::ptr_eq(l, &f.globals) => l.set_strobj(name.clone(), v),
                        _ => {
                            let c = &rt!().name_caches[arg as usize];
                            store_name_cached(&f.globals, c, name, v)
                        }
                    }
                }
                Op::DeleteName => {
                    let name = name!(arg);
                    let ns = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                    if ns.remove_str(name.as_str()).is_none() {
                        return Err(self.name_error(name.as_str()));
                    }
                }
                Op::LoadGlobal => {
                    // SAFETY: `check_control_flow` checked name operands
                    // against `code.names`, which `rt.names` and
                    // `rt.name_caches` mirror.
                    let r = rt!();
                    let (name, c) = unsafe {
                        (
                            r.names.get_unchecked(arg as usize),
                            r.name_caches.get_unchecked(arg as usize),
                        )
                    };
                    let v = match self.load_global_cached(&f.globals, c, name) {
                        Some(v) => v,
                        None => self.lazy_builtin(name.as_str())?,
                    };
                    f.stack.push(v);
                }
                Op::StoreGlobal => {
                    let v = pop!();
                    let name = &rt!().names[arg as usize];
                    store_name_cached(&f.globals, &rt!().name_caches[arg as usize], name, v);
                }
                Op::DeleteGlobal => {
                    let name = name!(arg);
                    if f.globals.remove_str(name.as_str()).is_none() {
                        return Err(self.name_error(name.as_str()));
                    }
                }
                Op::LoadAttr => {
                    let obj = pop!();
                    let c = rt!().attr_cache(pc - 1);
                    // The instance's Rc is taken out of the value so that its
                    // release is an inline decrement, not the out-of-line
                    // drop of a `Value`.
                    let obj = match obj {
                        Value::Instance(inst) => match c.instance_hit(&inst) {
                            Some(v) => {
                                drop(inst);
                                fast_ops::push_whole(&mut f.stack, v);
                                continue;
                            }
                            None => Value::Instance(inst),
                        },
                        obj => obj,
                    };
                    let v = self.load_attr_cached(&obj, &rt!().names[arg as usize], c)?;
                    f.stack.push(v);
                }
                Op::StoreAttr => {
                    let obj = pop!();
                    let v = pop!();
                    let c = rt!().attr_cache(pc - 1);
                    // As in LOAD_ATTR: the hit releases the instance inline.
                    let (obj, v) = match obj {
                        Value::Instance(inst) => match c.instance_store(&inst, v) {
                            Ok(old) => {
                                drop(inst);
                                old.release();
                                continue;
                            }
                            Err(v) => (Value::Instance(inst), v),
                        },
                        obj => (obj, v),
                    };
                    self.store_attr_cached(&obj, &rt!().names[arg as usize], v, c)?;
                }
                Op::DeleteAttr => {
                    let obj = pop!();
                    self.delattr(&obj, &name!(arg))?;
                }
                Op::LoadMethod => {
                    let obj = pop!();
                    let c = rt!().attr_cache(pc - 1);
                    match self.load_method_cached(&obj, &rt!().names[arg as usize], c)? {
                        Some(func) => {
                            f.stack.push(func);
                            f.stack.push(obj);
                        }
                        None => {
                            let v = self.getattr(&obj, &name!(arg))?;
                            f.stack.push(v);
                            f.stack.push(Value::Null);
                        }
                    }
                }
                Op::CallMethod => {
                    let argc = arg as usize;
                    let self_at = f.stack.len() - argc - 1;
                    if !f.stack[self_at].is_null() {
                        fast_call!(argc + 1);
                        native_call!(argc + 1);
                    }
                    let outcome = if f.stack[self_at].is_null() {
                        // No self (a module's function, `math.sqrt(x)`): the
                        // Null goes and it is a plain call.
                        f.stack.remove(self_at);
                        native_call!(argc);
                        self.call_from_stack(f, argc, None)?
                    } else {
                        self.call_from_stack(f, argc + 1, None)?
                    };
                    match outcome {
                        CallOutcome::Pushed => reload!(),
                        CallOutcome::Value(v) => f.stack.push(v),
                    }
                }
                Op::Call => {
                    fast_call!(arg as usize);
                    native_call!(arg as usize);
                    match self.call_from_stack(f, arg as usize, None)? {
                        CallOutcome::Pushed => reload!(),
                        CallOutcome::Value(v) => f.stack.push(v),
                    }
                }
                Op::CallKw => {
                    let names = match pop!() {
                        Value::Tuple(t) => t,
                        _ => {
                            return Err(
                                self.new_error("SystemError", "CALL_KW without a names tuple")
                            )
                        }
                    };
                    match self.call_from_stack(f, arg as usize, Some(names))? {
                        CallOutcome::Pushed => reload!(),
                        CallOutcome::Value(v) => f.stack.push(v),
                    }
                }
                Op::CallFunctionEx => {
                    let kwargs = if arg & 1 != 0 { Some(pop!()) } else { None };
                    let posargs = pop!();
                    let callable = pop!();
                    let args = self.collect_call_args(&callable, posargs, kwargs)?;
                    match self.call_pushing(callable, args)? {
                        CallOutcome::Pushed => reload!(),
                        CallOutcome::Value(v) => f.stack.push(v),
                    }
                }
                Op::BinaryOp | Op::BinaryOpStoreSubscr => {
                    let n = f.stack.len();
                    if op == Op::BinaryOpStoreSubscr {
                        // The stack is [list, key, item, x]: `list[key] = item op x`.
                        if let (Value::List(l), Value::Int(i)) = (&f.stack[n - 4], &f.stack[n - 3])
                        {
                            if let Some(r) = fast_ops::binary(&f.stack[n - 2], &f.stack[n - 1], arg)
                            {
                                // Out of range, the generic path raises.
                                let mut items = l.items.borrow_mut();
                                if let Some(at) = position(*i, items.len()) {
                                    let old = std::mem::replace(&mut items[at], r);
                                    drop(items);
                                    old.release();
                                    // Operands and key are immediates; the list is not.
                                    fast_ops::pop_immediate(&mut f.stack);
                                    fast_ops::pop_immediate(&mut f.stack);
                                    fast_ops::pop_immediate(&mut f.stack);
                                    pop!().release();
                                    pc += 3;
                                    continue;
                                }
                            }
                        }
                    }
                    if let Some(r) = fast_ops::binary(&f.stack[n - 2], &f.stack[n - 1], arg) {
                        // Its own store, so the result goes from registers to the slot.
                        fast_ops::replace_immediates(&mut f.stack, r);
                        continue;
                    }
                    if matches!(
                        (&f.stack[n - 2], &f.stack[n - 1]),
                        (Value::Str(_), Value::Str(_))
                    ) && (arg == 0 || arg == 13)
                    {
                        str_concat::concat_strs(f, code, &rt!().names);
                        continue;
                    }
                    let b = pop!();
                    let a = pop!();
                    if let Value::Instance(inst) = &a {
                        let c = rt!().attr_cache(pc - 1);
                        if let Some(func) = self.inline_binop(inst, &b, arg, c) {
                            let fits = func
                                .code
                                .runtime
                                .get()
                                .is_some_and(|crt| binds_positionally(crt, &func, 2));
                            if fits {
                                // The operands' copies bind as the call's arguments.
                                f.stack.push(a.clone());
                                f.stack.push(b.clone());
                                let at = f.stack.len() - 2;
                                let mut frame = self.enter_positional(func, &mut f.stack, at);
                                frame.set_role(Role::BinOp(arg, a, b));
                                self.push_frame(frame)?;
                                reload!();
                                continue;
                            }
                            let mut operands = [a.clone(), b.clone()];
                            if let Some(mut frame) = self.frame_from_values(&func, &mut operands) {
                                frame.set_role(Role::BinOp(arg, a, b));
                                match self.enter_function(&func, frame)? {
                                    CallOutcome::Pushed => reload!(),
                                    CallOutcome::Value(v) => f.stack.push(v),
                                }
                                continue;
                            }
                        }
                    }
                    let r = self.binary_op(&a, &b, arg)?;
                    f.stack.push(r);
                }
                Op::UnaryNegative => {
                    let a = pop!();
                    let r = match a {
                        Value::Int(i) if i != i64::MIN => Value::Int(-i),
                        Value::Float(x) => Value::Float(-x),
                        _ => self.unary_op(&a, "neg")?,
                    };
                    f.stack.push(r);
                }
                Op::UnaryPositive => {
                    let a = pop!();
                    let r = self.unary_op(&a, "pos")?;
                    f.stack.push(r);
                }
                Op::UnaryInvert => {
                    let a = pop!();
                    let r = self.unary_op(&a, "invert")?;
                    f.stack.push(r);
                }
                Op::UnaryNot => {
                    let a = pop!();
                    let t = self.truthy(&a)?;
                    f.stack.push(Value::Bool(!t));
                }
                Op::CompareOp => {
                    let n = f.stack.len();
                    match fast_ops::compare(&f.stack[n - 2], &f.stack[n - 1], arg) {
                        Some(t) => {
                            fast_ops::pop_compared(&mut f.stack);
                            // Compare-and-branch: run a following conditional jump now.
                            let next = code.instrs[pc];
                            match next.op {
                                Op::PopJumpIfFalse => {
                                    pc = if t { pc + 1 } else { next.arg as usize };
                                }
                                Op::PopJumpIfTrue => {
                                    pc = if t { next.arg as usize } else { pc + 1 };
                                }
                                Op::PopJumpBackIfTrue | Op::PopJumpBackIfFalse => {
                                    pc = self.branch_back(pc, next, t)?;
                                }
                                _ => f.stack.push(Value::Bool(t)),
                            }
                        }
                        None => {
                            let b = pop!();
                            let a = pop!();
                            let r = self.compare(&a, &b, arg)?;
                            f.stack.push(r);
                        }
                    }
                }
                Op::IsOp => {
                    let b = pop!();
                    let a = pop!();
                    f.stack.push(Value::Bool(a.is(&b) != (arg == 1)));
                }
                Op::ContainsOp => {
                    let b = pop!();
                    let a = pop!();
                    let r = self.contains(&b, &a)?;
                    f.stack.push(Value::Bool(r != (arg == 1)));
                }
                Op::BinarySubscr => {
                    let key = pop!();
                    let obj = pop!();
                    let v = match (&obj, &key) {
                        (Value::List(l), Value::Int(i)) => {
                            let items = l.items.borrow();
                            match position(*i, items.len()) {
                                Some(at) => items[at].clone(),
                                None => {
                                    drop(items);
                                    return Err(self.index_error("list index out of range"));
                                }
                            }
                        }
                        _ => self.getitem(&obj, &key)?,
                    };
                    f.stack.push(v);
                }
                Op::StoreSubscr => {
                    let key = pop!();
                    let obj = pop!();
                    let v = pop!();
                    match (&obj, &key) {
                        (Value::List(l), Value::Int(i)) => {
                            let mut items = l.items.borrow_mut();
                            match position(*i, items.len()) {
                                Some(at) => {
                                    let old = std::mem::replace(&mut items[at], v);
                                    drop(items);
                                    drop(old);
                                }
                                None => {
                                    drop(items);
                                    self.setitem(&obj, key, v)?;
                                }
                            }
                        }
                        _ => self.setitem(&obj, key, v)?,
                    }
                }
                Op::DeleteSubscr => {
                    let key = pop!();
                    let obj = pop!();
                    self.delitem(&obj, &key)?;
                }
                Op::BuildSliceSubscr | Op::BuildSliceStoreSubscr => {
                    // The sequence sits under the bounds (and, for a store,
                    // the value under it): slice it with the bounds where
                    // they lie, then skip the subscript op.
                    let n = f.stack.len();
                    let seq = &f.stack[n - 1 - arg as usize];
                    let native = if op == Op::BuildSliceSubscr {
                        slices_natively(seq)
                    } else {
                        matches!(seq, Value::List(_))
                    };
                    let step = if arg == 3 { pop!() } else { Value::None };
                    let stop = pop!();
                    let start = pop!();
                    let bounds = crate::object::SliceObj { start, stop, step };
                    if !native {
                        f.stack.push(Value::Slice(Rc::new(bounds)));
                        continue;
                    }
                    let seq = pop!();
                    if op == Op::BuildSliceSubscr {
                        let v = self.get_slice(&seq, &bounds)?;
                        f.stack.push(v);
                    } else if let Value::List(l) = &seq {
                        let v = pop!();
                        self.set_list_slice(l, &bounds, v)?;
                    }
                    pc += 1;
                }
                Op::BuildSlice => {
                    let step = if arg == 3 { pop!() } else { Value::None };
                    let stop = pop!();
                    let start = pop!();
                    f.stack.push(Value::Slice(Rc::new(crate::object::SliceObj {
                        start,
                        stop,
                        step,
                    })));
                }
                Op::BuildTuple => {
                    let t = crate::object::TupleObj::from_stack(&mut f.stack, arg as usize);
                    f.stack.push(Value::Tuple(crate::gc::new_tuple(t)));
                }
                Op::BuildList => {
                    let items = f.stack.split_off(f.stack.len() - arg as usize);
                    f.stack.push(Value::list(items));
                }
                Op::BuildSet => {
                    let items = f.stack.split_off(f.stack.len() - arg as usize);
                    let set = crate::object::SetObj::new();
                    for item in items {
                        set.add(self, item)?;
                    }
                    f.stack.push(Value::Set(crate::gc::new(set)));
                }
                Op::BuildMap => {
                    // The pairs move out one at a time (their slots left
                    // Null), so the ones still to come stay on the frame's
                    // stack, where an error's unwinding releases them.
                    let at = f.stack.len() - 2 * arg as usize;
                    let dict = DictObj::new();
                    for k in (at..f.stack.len()).step_by(2) {
                        let key = std::mem::take(&mut f.stack[k]);
                        let v = std::mem::take(&mut f.stack[k + 1]);
                        dict.set(self, key, v)?;
                    }
                    f.stack.truncate(at);
                    f.stack.push(Value::Dict(crate::gc::new(dict)));
                }
                Op::BuildString => {
                    let at = f.stack.len() - arg as usize;
                    let parts = f.stack[at..].iter().filter_map(|v| match v {
                        Value::Str(p) => Some(p.as_str()),
                        _ => None,
                    });
                    let s = Rc::new(crate::object::StrObj::concat(parts));
                    f.stack.truncate(at);
                    f.stack.push(Value::Str(s));
                }
                Op::FormatValue => {
                    let spec = if arg & 4 != 0 { Some(pop!()) } else { None };
                    let v = pop!();
                    let r = self.format_value(v, arg & 3, spec)?;
                    f.stack.push(r);
                }
                Op::ListAppend => {
                    let v = pop!();
                    let target = &f.stack[f.stack.len() - arg as usize];
                    if let Value::List(l) = target {
                        l.items.borrow_mut().push(v);
                    }
                }
                Op::SetAdd => {
                    let v = pop!();
                    let target = f.stack[f.stack.len() - arg as usize].clone();
                    if let Value::Set(s) = target {
                        s.add(self, v)?;
                    }
                }
                Op::MapAdd => {
                    let v = pop!();
                    let k = pop!();
                    let target = f.stack[f.stack.len() - arg as usize].clone();
                    if let Value::Dict(d) = target {
                        d.set(self, k, v)?;
                    }
                }
                Op::ListExtend => {
                    let it = pop!();
                    let target = f.stack[f.stack.len() - arg as usize].clone();
                    let items = self.iterate_starred(&it)?;
                    if let Value::List(l) = target {
                        l.items.borrow_mut().extend(items);
                    }
                }
                Op::SetUpdate => {
                    let it = pop!();
                    let target = f.stack[f.stack.len() - arg as usize].clone();
                    let items = self.iterate(&it)?;
                    if let Value::Set(s) = target {
                        for item in items {
                            s.add(self, item)?;
                        }
                    }
                }
                Op::DictUpdate | Op::DictMerge => {
                    let m = pop!();
                    let target = f.stack[f.stack.len() - arg as usize].clone();
                    if let Value::Dict(d) = target {
                        if op == Op::DictMerge {
                            let callee = f.stack[f.stack.len() - arg as usize - 2].clone();
                            self.dict_merge_kwargs(&d, &m, &callee)?;
                        } else {
                            self.dict_update(&d, &m)?;
                        }
                    }
                }
                Op::ListToTuple => {
                    let l = pop!();
                    let items = match &l {
                        Value::List(l) => l.items.borrow().clone(),
                        _ => Vec::new(),
                    };
                    f.stack.push(Value::tuple(items));
                }
                Op::UnpackSequence => {
                    let mut seq = pop!();
                    let n = arg as usize;
                    match &mut seq {
                        Value::Tuple(t) if t.len() == n => match Rc::get_mut(t) {
                            // A fresh tuple (`for i, x in enumerate(...)`): move the items out.
                            Some(t) => {
                                while let Some(v) = t.items.pop() {
                                    f.stack.push(v);
                                }
                            }
                            None => f.stack.extend(t.items.iter().rev().cloned()),
                        },
                        Value::List(l) if l.len() == n => {
                            f.stack.extend(l.items.borrow().iter().rev().cloned())
                        }
                        _ => {
                            let items = self.unpack_iterable(&seq, n)?;
                            f.stack.extend(items.into_iter().rev());
                        }
                    }
                }
                Op::UnpackEx => {
                    let seq = pop!();
                    let before = (arg & 0xff) as usize;
                    let after = (arg >> 8) as usize;
                    let mut items = self.iterate(&seq)?;
                    if items.len() < before + after {
                        return Err(self.value_error(format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        )));
                    }
                    let tail = items.split_off(items.len() - after);
                    let middle = items.split_off(before);
                    f.stack.extend(tail.into_iter().rev());
                    f.stack.push(Value::list(middle));
                    f.stack.extend(items.into_iter().rev());
                }
                Op::Jump => {
                    let target = arg as usize;
                    if target < pc {
                        // A loop back-edge: charge the loop body's length.
                        self.tick((pc - target) as i64)?;
                    }
                    pc = target;
                }
                Op::PopJumpIfFalse => {
                    let v = pop!();
                    let t = match v {
                        Value::Bool(b) => b,
                        _ => self.truthy(&v)?,
                    };
                    if !t {
                        pc = arg as usize;
                    }
                }
                Op::PopJumpIfTrue => {
                    let v = pop!();
                    let t = match v {
                        Value::Bool(b) => b,
                        _ => self.truthy(&v)?,
                    };
                    if t {
                        pc = arg as usize;
                    }
                }
                Op::PopJumpBackIfFalse | Op::PopJumpBackIfTrue => {
                    let v = pop!();
                    let t = match v {
                        Value::Bool(b) => b,
                        _ => self.truthy(&v)?,
                    };
                    if t == (op == Op::PopJumpBackIfTrue) {
                        let target = arg as usize;
                        self.tick((pc - target) as i64)?;
                        pc = target;
                    }
                }
                Op::JumpIfFalseOrPop => {
                    let t = self.truthy(top!())?;
                    if !t {
                        pc = arg as usize;
                    } else {
                        f.stack.pop();
                    }
                }
                Op::JumpIfTrueOrPop => {
                    let t = self.truthy(top!())?;
                    if t {
                        pc = arg as usize;
                    } else {
                        f.stack.pop();
                    }
                }
                Op::GetIter => {
                    let v = pop!();
                    let it = self.get_iter(&v)?;
                    f.stack.push(it);
                }
                Op::ForIter => {
                    // The fast lane (fast_loop.rs) steps every builtin iterator
                    // and resumes generators; this is for what it hands over
                    // (a generator it could not resume, any other object).
                    let it = top!().clone();
                    let next = self.next(&it)?;
                    match next {
                        Some(v) => f.stack.push(v),
                        None => {
                            f.stack.pop();
                            pc = arg as usize;
                        }
                    }
                }
                Op::MakeFunction => {
                    let code_v = pop!();
                    let closure = if arg & 8 != 0 { Some(pop!()) } else { None };
                    let annotations = if arg & 4 != 0 { Some(pop!()) } else { None };
                    let kwdefaults = if arg & 2 != 0 { Some(pop!()) } else { None };
                    let defaults = if arg & 1 != 0 { Some(pop!()) } else { None };
                    let func = self.make_function(
                        code_v,
                        f.globals.clone(),
                        defaults,
                        kwdefaults,
                        annotations,
                        closure,
                    )?;
                    f.stack.push(func);
                }
                Op::ReturnValue => {
                    let mut v = pop!();
                    if matches!(f.role, Role::Plain) && self.frames.len() > base + 1 {
                        // The common return: a plain frame to a caller in this loop.
                        if let Some(done) = self.frames.pop() {
                            self.recycle_frame(done);
                        }
                        reload!();
                        f.stack.push(v);
                        continue;
                    }
                    let mut from_gen = false;
                    if let Some(mut done) = self.frames.pop() {
                        match done.role {
                            Role::Plain => {}
                            Role::Gen(..) => {
                                self.finish_generator_frame(&mut done);
                                from_gen = true;
                            }
                            _ => match std::mem::replace(&mut done.role, Role::Plain) {
                                Role::Init(inst) => {
                                    if !v.is_none() {
                                        // The error belongs to the caller, now the top frame.
                                        self.recycle_frame(done);
                                        return Err(self.init_returned(&v));
                                    }
                                    v = inst;
                                }
                                Role::BinOp(op, a, b) => {
                                    self.recycle_frame(done);
                                    if matches!(v, Value::NotImplemented) {
                                        // Raised here, the error belongs to the caller.
                                        v = self.binary_op_after_forward(&a, &b, op)?;
                                    }
                                    reload!();
                                    f.stack.push(v);
                                    continue;
                                }
                                _ => unreachable!(
                                    "only __init__, operator and generator frames return specially"
                                ),
                            },
                        }
                        self.recycle_frame(done);
                    }
                    if self.frames.len() <= base {
                        return Ok(Exit::Return(v));
                    }
                    reload!();
                    if from_gen {
                        // A generator resumed in this loop finished: the
                        // caller's FOR_ITER is exhausted, or its YIELD_FROM
                        // has its result.
                        f.stack.pop();
                        let at = code.instrs[pc - 1];
                        if at.op == Op::ForIter {
                            pc = at.arg as usize;
                            continue;
                        }
                    }
                    f.stack.push(v);
                }
                Op::LoadBuildClass => {
                    let v = self
                        .builtins
                        .get_str("__build_class__")
                        .unwrap_or(Value::None);
                    f.stack.push(v);
                }
                Op::SetupAnnotations => {
                    let ns = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                    if ns.get_str("__annotations__").is_none() {
                        ns.set_str(
                            "__annotations__",
                            Value::Dict(crate::gc::new(DictObj::new())),
                        );
                    }
                }
                Op::LoadAssertionError => {
                    f.stack
                        .push(Value::Class(self.types.exception("AssertionError")));
                }
                Op::PrintExpr => {
                    let v = pop!();
                    if !v.is_none() {
                        let s = self.repr(&v)?;
                        self.write_out(&s);
                        self.write_out("\n");
                        self.builtins.set_str("_", v);
                    }
                }
                Op::RaiseVarargs => {
                    return Err(match arg {
                        0 => {
                            if self.exc_info.is_none() {
                                self.new_error("RuntimeError", "No active exception to reraise")
                            } else {
                                self.reraising = true;
                                self.exc_from_value(self.exc_info.clone())?
                            }
                        }
                        1 => {
                            let exc = pop!();
                            let err = self.exc_from_value(exc)?;
                            self.set_context(&err);
                            err
                        }
                        _ => {
                            let cause = pop!();
                            let exc = pop!();
                            let err = self.exc_from_value(exc)?;
                            self.set_cause(&err, cause)?;
                            self.set_context(&err);
                            err
                        }
                    });
                }
                Op::Reraise => {
                    let exc = pop!();
                    self.reraising = true;
                    return Err(self.exc_from_value(exc)?);
                }
                Op::PushExcInfo => {
                    let exc = pop!();
                    let prev = std::mem::replace(&mut self.exc_info, exc.clone());
                    f.stack.push(prev);
                    f.stack.push(exc);
                }
                Op::PopExcept => {
                    let prev = pop!();
                    // A generator leaving its outermost `except` shows its
                    // caller's exception again (it may have been resumed by
                    // another caller than the one it saw when entering).
                    self.exc_info = match &f.role {
                        Role::Gen(_, caller) if prev.is_none() => caller.clone(),
                        _ => prev,
                    };
                }
                Op::CheckExcMatch => {
                    let typ = pop!();
                    let exc = top!().clone();
                    let m = self.exception_matches(&exc, &typ)?;
                    f.stack.push(Value::Bool(m));
                }
                Op::BeforeWith => {
                    let mgr = pop!();
                    let (exit, entered) = self.before_with(&mgr)?;
                    f.stack.push(exit);
                    f.stack.push(entered);
                }
                Op::WithExceptStart => {
                    let n = f.stack.len();
                    let exit = f.stack[n - 3].clone();
                    let exc = f.stack[n - 1].clone();
                    let typ = Value::Class(self.type_of(&exc));
                    let tb = self.traceback_value(&exc);
                    let r = self.call(&exit, vec![typ, exc, tb])?;
                    f.stack.push(r);
                }
                Op::YieldValue => {
                    let v = pop!();
                    yield_value!(v);
                }
                Op::GetYieldFromIter => {
                    let v = pop!();
                    let it = match v {
                        Value::Generator(ref g) if g.kind == GenKind::Coroutine => {
                            return Err(self.type_error(
                                "cannot 'yield from' a coroutine object in a non-coroutine generator",
                            ));
                        }
                        Value::Generator(ref g) if g.kind == GenKind::Generator => v,
                        _ => self.get_iter(&v)?,
                    };
                    f.stack.push(it);
                }
                Op::YieldFrom => {
                    let mut v = pop!();
                    if let Value::Generator(g) = top!() {
                        if self.push_generator(g, &mut v)? {
                            reload!();
                            continue;
                        }
                    }
                    let sub = top!().clone();
                    match self.send_to(&sub, v)? {
                        Exit::Yield(y) => {
                            pc -= 1;
                            sync_pc!();
                            yield_value!(y);
                        }
                        Exit::Return(r) => {
                            f.stack.pop();
                            f.stack.push(r);
                        }
                    }
                }
                Op::GetAwaitable => {
                    let v = pop!();
                    let it = self.get_awaitable(v, arg)?;
                    f.stack.push(it);
                }
                Op::GetAIter => {
                    let v = pop!();
                    let it = self.get_aiter(&v)?;
                    f.stack.push(it);
                }
                Op::GetANext => {
                    let it = top!().clone();
                    let aw = self.get_anext(&it)?;
                    f.stack.push(aw);
                }
                Op::EndAsyncFor => {
                    let exc = pop!();
                    f.stack.pop();
                    let typ = self.types.exception("StopAsyncIteration");
                    if !self.isinstance_class(&exc, &typ) {
                        self.reraising = true;
                        return Err(self.exc_from_value(exc)?);
                    }
                }
                Op::BeforeAsyncWith => {
                    let mgr = pop!();
                    let (exit, entered) = self.before_async_with(&mgr)?;
                    f.stack.push(exit);
                    f.stack.push(entered);
                }
                Op::ImportName => {
                    let fromlist = pop!();
                    let level = pop!();
                    let level = match level {
                        Value::Int(i) => i as usize,
                        _ => 0,
                    };
                    let globals = f.globals.clone();
                    let m = self.import_name(name!(arg).as_str(), &fromlist, level, &globals)?;
                    f.stack.push(m);
                }
                Op::ImportFrom => {
                    let module = top!().clone();
                    let v = self.import_from(&module, name!(arg).as_str())?;
                    f.stack.push(v);
                }
                Op::ImportStar => {
                    let module = pop!();
                    let ns = f.locals.clone().unwrap_or_else(|| f.globals.clone());
                    self.import_star(&module, &ns)?;
                }
                Op::MatchSequence => {
                    let yes = self.match_is_sequence(top!());
                    f.stack.push(Value::Bool(yes));
                }
                Op::MatchMapping => {
                    let yes = self.match_is_mapping(top!());
                    f.stack.push(Value::Bool(yes));
                }
                Op::GetLen => {
                    let obj = top!().clone();
                    let n = self.len(&obj)?;
                    f.stack.push(Value::Int(n as i64));
                }
                Op::MatchKeys => {
                    let n = f.stack.len();
                    let (subject, keys) = (f.stack[n - 2].clone(), f.stack[n - 1].clone());
                    let values = self.match_keys(&subject, &keys)?;
                    f.stack.push(values);
                }
                Op::MatchClass => {
                    let names = pop!();
                    let cls = pop!();
                    let subject = pop!();
                    let attrs = self.match_class(&subject, &cls, &names, arg as usize)?;
                    f.stack.push(attrs);
                }
                Op::CopyDictWithoutKeys => {
                    let keys = pop!();
                    let subject = top!().clone();
                    let rest = self.copy_dict_without_keys(&subject, &keys)?;
                    f.stack.push(rest);
                }
            }
        }
    }

    /// A compare fused with the backward conditional jump `jump` at index
    /// `at`: the next pc, charging the loop body to the budget (as JUMP does)
    /// when it branches back.
    #[inline(always)]
    fn branch_back(&mut self, at: usize, jump: Instr, t: bool) -> PyResult<usize> {
        if t != (jump.op == Op::PopJumpBackIfTrue) {
            return Ok(at + 1);
        }
        let target = jump.arg as usize;
        self.tick((at + 1 - target) as i64)?;
        Ok(target)
    }

    fn unbound_local(&mut self, code: &CodeObject, slot: u32) -> PyErr {
        let name = &code.varnames[slot as usize];
        self.new_error(
            "UnboundLocalError",
            &format!(
                "cannot access local variable '{}' where it is not associated with a value",
                name
            ),
        )
    }

    fn unbound_deref(&mut self, code: &CodeObject, idx: u32) -> PyErr {
        let name = deref_name(code, idx);
        if (idx as usize) < code.cellvars.len() {
            self.new_error(
                "UnboundLocalError",
                &format!(
                    "cannot access local variable '{}' where it is not associated with a value",
                    name
                ),
            )
        } else {
            self.new_error(
                "NameError",
                &format!(
                    "cannot access free variable '{}' where it is not associated with a value in enclosing scope",
                    name
                ),
            )
        }
    }

    /// Calls the callable below `argc` arguments on the frame's stack
    /// (`kwnames` names the last values). Script functions get a new frame
    /// pushed instead of a nested run.
    pub(crate) fn call_from_stack(
        &mut self,
        f: &mut Frame,
        argc: usize,
        kwnames: Option<Rc<TupleObj>>,
    ) -> PyResult<CallOutcome> {
        let func_at = f.stack.len() - argc - 1;
        if kwnames.is_none() {
            match &f.stack[func_at] {
                Value::Function(func) if exact_positional_call(&func.code, argc) => {
                    let mut frame = self.pooled_frame(&func.code, &func.globals);
                    self.move_args_to_frame(&mut f.stack, func_at + 1, &mut frame);
                    let Some(Value::Function(func)) = f.stack.pop() else {
                        unreachable!("the callable was just matched")
                    };
                    // The callable's reference moves into the frame.
                    if func.code.cell_params.is_empty() && func.closure.is_empty() {
                        frame.func = Some(func);
                    } else {
                        self.bind_frame_cells(&mut frame, &func);
                    }
                    return self.push_frame(frame);
                }
                Value::Function(func) => {
                    let func = func.clone();
                    let frame = self.frame_from_stack(&func, &mut f.stack, func_at + 1)?;
                    f.stack.pop();
                    return self.enter_function(&func, frame);
                }
                Value::BoundMethod(bm) if matches!(bm.func, Value::Function(_)) => {
                    let Value::Function(func) = &bm.func else {
                        unreachable!()
                    };
                    let func = func.clone();
                    let self_ = bm.self_.clone();
                    let fits = func
                        .code
                        .runtime
                        .get()
                        .is_some_and(|crt| binds_positionally(crt, &func, argc + 1));
                    if fits {
                        // `self` takes the bound method's slot and binds first.
                        f.stack[func_at] = self_;
                        let frame = self.enter_positional(func, &mut f.stack, func_at);
                        return self.push_frame(frame);
                    }
                    f.stack[func_at] = Value::Function(func.clone());
                    f.stack.insert(func_at + 1, self_);
                    let frame = self.frame_from_stack(&func, &mut f.stack, func_at + 1)?;
                    f.stack.pop();
                    return self.enter_function(&func, frame);
                }
                Value::Builtin(b) => {
                    if let Some(pos) = b.positional_entry(&f.stack[func_at + 1..]) {
                        // Arguments read in place; the callable stays on the stack until done.
                        let r = pos(self, &f.stack[func_at + 1..]);
                        f.stack.truncate(func_at);
                        return r.map(CallOutcome::Value);
                    }
                }
                Value::Class(cls) => {
                    if let Some(ctor) = crate::builtins::exact_type_constructor(self, cls) {
                        // The class stays first: it is the constructor's `cls`.
                        let mut args = Args::default();
                        move_args(&mut f.stack, func_at, &mut args);
                        return ctor(self, args).map(CallOutcome::Value);
                    }
                    if let Some(func) = self.inline_init(cls) {
                        // The new instance takes the class's slot and becomes `self`.
                        let inst = if cls.layout == Layout::Exception {
                            // BaseException.__new__ keeps every argument as `args`.
                            let args = Args::new(f.stack[func_at + 1..].iter().cloned());
                            self.new_instance(cls, &args)
                        } else {
                            Value::Instance(InstanceObj::new_plain(cls.clone()))
                        };
                        f.stack[func_at] = inst.clone();
                        let simple = func
                            .code
                            .runtime
                            .get()
                            .is_some_and(|crt| binds_positionally(crt, &func, argc + 1));
                        let mut frame = if simple {
                            // As `fast_call!`: self and the arguments move in.
                            self.enter_positional(func, &mut f.stack, func_at)
                        } else {
                            self.frame_from_stack(&func, &mut f.stack, func_at)?
                        };
                        frame.set_role(Role::Init(inst));
                        // `inline_init` never picks generator code.
                        return self.push_frame(frame);
                    }
                }
                _ => {}
            }
        }
        if let Some(names) = &kwnames {
            if let Some(frame) = self.enter_keywords(&mut f.stack, func_at, names) {
                return self.push_frame(frame);
            }
        }
        let mut args = Args::default();
        if let Some(names) = kwnames {
            let kw_at = f.stack.len() - names.len();
            for (name, value) in names.items.iter().zip(f.stack.drain(kw_at..)) {
                if let Value::Str(s) = name {
                    args.kwargs.push((s.clone(), value));
                }
            }
        }
        move_args(&mut f.stack, func_at + 1, &mut args);
        let callable = f.stack.pop().expect("callable on the stack");
        if let Value::Builtin(b) = &callable {
            // The common native call, without the generic dispatch's moves of `args`.
            return b.call(self, args).map(CallOutcome::Value);
        }
        self.call_pushing(callable, args)
    }

    /// The script `__op__` to run in a pushed frame for `a op b` (not in
    /// place), when `b`'s reflected method cannot come first: `b` is not an
    /// instance of a proper subclass of `a`'s class that defines it.
    #[inline]
    pub(crate) fn inline_binop(
        &mut self,
        a: &InstanceObj,
        b: &Value,
        op: u32,
        c: &AttrCache,
    ) -> Option<Rc<FunctionObj>> {
        if op >= 13 {
            return None;
        }
        let bop = BinOp::from_u8(op as u8)?;
        let (fwd, rev, _) = bop.dunder_names();
        if let Value::Instance(bi) = b {
            if !std::ptr::eq(bi.class_addr(), a.class_addr())
                && crate::vm::ops::reflected_first(&a.class(), &bi.class(), rev)
            {
                return None;
            }
        }
        self.binop_dunder_cached(a, fwd, c)
    }

    /// The script `__init__` to run in a pushed frame when calling `cls`
    /// needs nothing else from `type.__call__`: no metaclass, object's
    /// `__new__`, a plain instance or exception layout and a non-generator
    /// `__init__`.
    fn inline_init(&mut self, cls: &Rc<ClassObj>) -> Option<Rc<FunctionObj>> {
        if !matches!(cls.layout, Layout::Object | Layout::Exception)
            || cls.metaclass.borrow().is_some()
        {
            return None;
        }
        // Read from the class's cached call info when it is current, without
        // cloning its `__new__` and `__init__` (class_call_info fills it).
        for _ in 0..2 {
            {
                let info = cls.call_info.borrow();
                if let Some(info) = &*info {
                    if info.epoch == crate::object::dict::type_epoch()
                        && info.version == cls.lookup_version()
                    {
                        return match &info.init {
                            Some(Value::Function(func))
                                if info.default_new
                                    && !info.default_init
                                    && generator_kind(&func.code).is_none() =>
                            {
                                Some(func.clone())
                            }
                            _ => None,
                        };
                    }
                }
            }
            self.class_call_info(cls);
        }
        None
    }

    /// CALL of a plain class (`Vec(x, y)`) whose `__init__` is a script
    /// function taking the arguments positionally (defaults filling the
    /// rest), for the fast lane: the `__init__` frame, with the new
    /// instance in the class's slot as `self` and as the frame's role, and
    /// the call's tick taken (as `fast_call!`). None, with nothing changed,
    /// sends the call to `call_from_stack`. Out of line: the dispatch
    /// loop's register allocation suffers from every inlined path.
    #[inline(never)]
    pub(crate) fn init_frame_from_stack(
        &mut self,
        stack: &mut Vec<Value>,
        argc: usize,
    ) -> Option<(Box<Frame>, *const CodeRuntime)> {
        let func_at = stack.len() - argc - 1;
        let Value::Class(cls) = &stack[func_at] else {
            return None;
        };
        if cls.layout != Layout::Object {
            return None;
        }
        let cls = cls.clone();
        let func = self.inline_init(&cls)?;
        let crt = func.code.runtime.get()?;
        if !binds_positionally(crt, &func, argc + 1)
            || self.frames.len() >= self.recursion_limit
            || self.limits.budget <= 0
        {
            return None;
        }
        self.limits.budget -= 1;
        let crt: *const CodeRuntime = &**crt;
        let inst = Value::Instance(InstanceObj::new_plain(cls));
        let class = std::mem::replace(&mut stack[func_at], inst.clone());
        let mut frame = self.enter_positional(func, stack, func_at);
        frame.set_role(Role::Init(inst));
        class.release();
        Some((frame, crt))
    }

    #[cold]
    fn init_returned(&mut self, v: &Value) -> PyErr {
        self.type_error(format!(
            "__init__() should return None, not '{}'",
            crate::object::type_name_of(v)
        ))
    }

    /// Calls with prepared arguments; script functions are pushed as frames.
    pub(crate) fn call_pushing(&mut self, callable: Value, args: Args) -> PyResult<CallOutcome> {
        match &callable {
            Value::Function(func) => {
                let frame = self.bind_args(func, args)?;
                self.enter_function(func, frame)
            }
            Value::BoundMethod(bm) if matches!(bm.func, Value::Function(_)) => {
                let Value::Function(func) = &bm.func else {
                    unreachable!()
                };
                let mut args = args;
                args.args.insert(0, bm.self_.clone());
                let frame = self.bind_args(func, args)?;
                self.enter_function(func, frame)
            }
            _ => Ok(CallOutcome::Value(self.call_args(&callable, args)?)),
        }
    }

    /// Pushes a bound frame, or wraps it in a generator for generator code.
    fn enter_function(
        &mut self,
        func: &Rc<FunctionObj>,
        frame: Box<Frame>,
    ) -> PyResult<CallOutcome> {
        if let Some(kind) = generator_kind(&func.code) {
            return Ok(CallOutcome::Value(self.new_generator(func, frame, kind)));
        }
        self.push_frame(frame)
    }

    /// Makes `frame` the running frame (a call), within the recursion limit.
    #[inline(always)]
    fn push_frame(&mut self, frame: Box<Frame>) -> PyResult<CallOutcome> {
        if self.frames.len() >= self.recursion_limit {
            return Err(self.new_error("RecursionError", "maximum recursion depth exceeded"));
        }
        self.tick(1)?;
        self.frames.push(frame);
        Ok(CallOutcome::Pushed)
    }

    pub(crate) fn new_generator(
        &mut self,
        func: &Rc<FunctionObj>,
        frame: Box<Frame>,
        kind: GenKind,
    ) -> Value {
        let gen = GeneratorObj {
            frame: std::cell::RefCell::new(Some(frame)),
            running: std::cell::Cell::new(false),
            started: std::cell::Cell::new(false),
            name: func.name.borrow().clone(),
            qualname: func.qualname.borrow().clone(),
            kind,
            gc: crate::gc::GcHeader::new(),
        };
        Value::Generator(crate::gc::new(gen))
    }

    /// Calls any callable with positional arguments (runs script code to completion).
    pub fn call(&mut self, callable: &Value, args: Vec<Value>) -> PyResult {
        self.call_args(callable, Args::new(args))
    }

    /// Calls any callable with prepared arguments.
    pub fn call_args(&mut self, callable: &Value, mut args: Args) -> PyResult {
        match callable {
            Value::Function(func) => {
                let fast = match args.kwargs.is_empty() {
                    true => self.frame_from_values(func, &mut args.args),
                    false => None,
                };
                let frame = match fast {
                    Some(frame) => frame,
                    None => self.bind_args(func, args)?,
                };
                if let Some(kind) = generator_kind(&func.code) {
                    return Ok(self.new_generator(func, frame, kind));
                }
                self.run_frame(frame)
            }
            Value::Builtin(b) => {
                let b = b.clone();
                b.call(self, args)
            }
            Value::BoundMethod(bm) => {
                args.args.insert(0, bm.self_.clone());
                let func = bm.func.clone();
                self.call_args(&func, args)
            }
            Value::Class(cls) => {
                let cls = cls.clone();
                self.call_class(&cls, args)
            }
            Value::StaticMethod(sm) => {
                let func = sm.func.clone();
                self.call_args(&func, args)
            }
            _ => {
                let typ = self.type_of(callable);
                match typ.lookup("__call__") {
                    Some(call) if !matches!(callable, Value::Class(_)) => {
                        args.args.insert(0, callable.clone());
                        self.call_args(&call, args)
                    }
                    _ => Err(self.type_error(format!(
                        "'{}' object is not callable",
                        crate::object::type_name_of(callable)
                    ))),
                }
            }
        }
    }

    fn make_function(
        &mut self,
        code_v: Value,
        globals: Rc<DictObj>,
        defaults: Option<Value>,
        kwdefaults: Option<Value>,
        annotations: Option<Value>,
        closure: Option<Value>,
    ) -> PyResult {
        let Value::Code(code) = code_v else {
            return Err(self.new_error("SystemError", "MAKE_FUNCTION without code"));
        };
        let defaults = match defaults {
            Some(Value::Tuple(t)) => t.items.to_vec(),
            _ => Vec::new(),
        };
        let kwdefaults = match kwdefaults {
            Some(Value::Dict(d)) => Some(d),
            _ => None,
        };
        let annotations = match annotations {
            Some(Value::Dict(d)) => Some(d),
            _ => None,
        };
        let closure: Vec<Rc<CellObj>> = match closure {
            Some(Value::Tuple(t)) => t
                .items
                .iter()
                .filter_map(|c| match c {
                    Value::Cell(c) => Some(c.clone()),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        let module = globals.get_strobj(&self.dunder_name).unwrap_or(Value::None);
        let doc = code
            .doc
            .as_ref()
            .map(|d| Value::str(d))
            .unwrap_or(Value::None);
        let func = FunctionObj {
            name: std::cell::RefCell::new(code.name.clone()),
            qualname: std::cell::RefCell::new(code.qualname.clone()),
            code,
            globals,
            defaults: std::cell::RefCell::new(defaults),
            kwdefaults: std::cell::RefCell::new(kwdefaults),
            closure,
            dict: std::cell::RefCell::new(None),
            doc: std::cell::RefCell::new(doc),
            module: std::cell::RefCell::new(module),
            annotations: std::cell::RefCell::new(annotations),
            gc: crate::gc::GcHeader::new(),
        };
        Ok(Value::Function(crate::gc::new(func)))
    }

    pub(crate) fn stop_iteration_value(&self, e: &PyErr) -> Value {
        e.with_state(|s| match &s.args {
            Value::Tuple(t) if !t.is_empty() => t.items[0].clone(),
            _ => Value::None,
        })
    }
}

/// A call the dispatch loop can bind by moving the arguments: exactly the
/// positional parameters, no `*args`/`**kwargs`/keyword-only parameters,
/// and not a generator or coroutine.
#[inline]
fn exact_positional_call(code: &CodeObject, argc: usize) -> bool {
    use crate::bytecode::flags;
    const SPECIAL: u32 = flags::VARARGS
        | flags::VARKEYWORDS
        | flags::GENERATOR
        | flags::COROUTINE
        | flags::ASYNC_GENERATOR;
    code.argcount as usize == argc && code.flags & SPECIAL == 0 && code.kwonlyargcount == 0
}

pub(crate) fn generator_kind(code: &CodeObject) -> Option<GenKind> {
    use crate::bytecode::flags;
    if code.flags & flags::ASYNC_GENERATOR != 0 {
        Some(GenKind::AsyncGenerator)
    } else if code.flags & flags::COROUTINE != 0 {
        Some(GenKind::Coroutine)
    } else if code.flags & flags::GENERATOR != 0 {
        Some(GenKind::Generator)
    } else {
        None
    }
}

pub(crate) fn code_op(code: &CodeObject, pc: usize) -> Option<Op> {
    code.instrs.get(pc).map(|i| i.op)
}

/// The variable name behind a deref index.
pub(crate) fn deref_name(code: &CodeObject, idx: u32) -> Rc<str> {
    let i = idx as usize;
    if i < code.cellvars.len() {
        code.cellvars[i].clone()
    } else {
        code.freevars[i - code.cellvars.len()].clone()
    }
}

/// Moves `stack[first..]` into `args.args` (one copy instead of a
/// value-by-value extend: this runs for every call of a native function).
#[inline]
fn move_args(stack: &mut Vec<Value>, first: usize, args: &mut Args) {
    let n = stack.len() - first;
    args.args.reserve(n);
    let at = args.args.len();
    // SAFETY: `reserve` made room for `n` more values after `at`; the values
    // are moved bitwise and `stack`'s length is cut before either vector can
    // drop them, so each value keeps exactly one owner.
    unsafe {
        std::ptr::copy_nonoverlapping(stack.as_ptr().add(first), args.args.as_mut_ptr().add(at), n);
        stack.set_len(first);
        args.args.set_len(at + n);
    }
}
