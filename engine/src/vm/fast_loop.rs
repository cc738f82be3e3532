//! The dispatch loop's fast lane: the common instructions on their common
//! operands (locals, constants, int and float arithmetic and compares,
//! branches, cached globals and instance attributes, range and list
//! loops, calls of script functions and of natives with a positional
//! entry, plain returns), run with the value stack's top in a local
//! pointer instead of through the frame's vector.
//!
//! An instruction this loop does not take, or takes but whose operands
//! need the general path (an unbound local, a str `+`, a class attribute,
//! a due limit check), is handed back to `run_loop` untouched: the stack is
//! as the instruction found it and `pc` is past it, so the general handler
//! runs it from the start. The lane runs no script code of its own, and it
//! writes the vector's length back before anything that could look at the
//! frame (a native call, a frame switch) and before it returns.

use std::cell::Cell;

use crate::bytecode::{CodeObject, Instr, Op};
use crate::error::PyErr;
use crate::object::class::Layout;
use crate::object::generator::GenKind;
use crate::object::iter::IterState;
use crate::object::list::position;
use crate::value::Value;
use crate::vm::fast_ops;
use crate::vm::frame::{Frame, Role};
use crate::vm::iter_step::{self, PairStep};
use crate::vm::run::CallOutcome;
use crate::vm::{CodeRuntime, Vm};

/// Why the fast lane stopped.
pub(crate) enum Stop {
    /// `run_loop` runs the instruction before `pc` (the lane hands it back
    /// untouched, with `pc` just past it). Re-read there rather than carried
    /// here, so the lane need not keep its operand alive across calls.
    Slow,
    /// Pending work (gc/pending.rs) is due before the next instruction.
    Pending,
    /// A native call raised; the stack is as the general call leaves it.
    Raised(PyErr),
}

impl Vm {
    /// Runs instructions from `*pc` while they take the fast lane. A call
    /// to a script function or a plain return switches `f`, `code`, `rt`,
    /// `instrs` and `pc` to the next frame, as `run_loop`'s own call path
    /// does; `base` is the depth below which `run_loop` must see the return.
    ///
    /// # Safety
    /// `f` is the top frame, `code` its code, `rt` and `instrs` that code's
    /// runtime and instruction buffer, and `*pc` an instruction of it; every
    /// code run passed `check_control_flow`, so jump targets, constant and
    /// local operands are in range.
    #[allow(clippy::too_many_arguments)]
    #[inline(always)]
    pub(crate) unsafe fn run_fast<'a>(
        &mut self,
        base: usize,
        f: &mut &'a mut Frame,
        code: &mut &'a CodeObject,
        rt: &mut *const CodeRuntime,
        instrs: &mut *const Instr,
        pc: &mut usize,
        pending: *const Cell<bool>,
    ) -> Stop {
        let mut stack: *mut Value;
        let mut sp: *mut Value;
        // Takes the frame's stack into `stack`/`sp`. The operand depth never
        // exceeds `max_stack`, so the room reserved covers every push until
        // the next `sync!`.
        macro_rules! enter {
            () => {{
                f.stack.reserve(code.max_stack as usize + 1);
                stack = f.stack.as_mut_ptr();
                // SAFETY: `len` values are initialised and the buffer holds them.
                sp = unsafe { stack.add(f.stack.len()) };
            }};
        }
        // Writes the stack length and the position back to the frame.
        macro_rules! sync {
            () => {{
                // SAFETY: `stack..sp` are the initialised values (every push
                // wrote one, every pop moved one out), within capacity.
                unsafe { f.stack.set_len(sp.offset_from(stack) as usize) };
                f.pc = *pc;
            }};
        }
        // Makes the top frame the running one (after a call or return).
        macro_rules! switch_to_top {
            () => {{
                let top: *mut Frame = &mut **self.frames.last_mut().expect("a running frame");
                // SAFETY: the frame box stays alive while it is on the VM's
                // stack, and `run_loop` re-fetches it after any pop.
                let top = unsafe { &mut *top };
                // SAFETY: the frame owns its code while it runs.
                let top_code: &CodeObject = unsafe { &*std::rc::Rc::as_ptr(&top.code) };
                let crt: *const CodeRuntime = self.code_runtime(top_code);
                switch_to_top!(top, top_code, crt);
            }};
            ($top:expr, $code:expr, $rt:expr) => {{
                *f = $top;
                *code = $code;
                *rt = $rt;
                *instrs = code.instrs.as_ptr();
                *pc = f.pc;
                enter!();
            }};
        }
        // Pushes a call's frame (its code's runtime `crt`, known to the
        // caller) and goes on in it.
        macro_rules! run_pushed {
            ($frame:expr, $crt:expr) => {{
                self.frames.push($frame);
                let top: *mut Frame = &mut **self.frames.last_mut().expect("the pushed frame");
                // SAFETY: as in `switch_to_top!`.
                let top = unsafe { &mut *top };
                // SAFETY: the frame owns its code while it runs.
                let top_code = unsafe { &*std::rc::Rc::as_ptr(&top.code) };
                switch_to_top!(top, top_code, $crt);
            }};
        }
        enter!();
        let rt_ref = |rt: *const CodeRuntime| -> &'a CodeRuntime {
            // SAFETY: `rt` belongs to the running code, which its frame keeps alive.
            unsafe { &*rt }
        };

        macro_rules! push {
            ($v:expr) => {{
                let v = $v;
                // SAFETY: within the room reserved above (see there).
                unsafe {
                    sp.write(v);
                    sp = sp.add(1);
                }
            }};
        }
        // The `n`-th value from the top (1 is the top), in place.
        macro_rules! peek {
            ($n:expr) => {
                // SAFETY: the compiler only emits this op with that many
                // operands on the stack.
                unsafe { &*sp.sub($n) }
            };
        }
        // Moves the two operands on top out and releases them (a str
        // compare's or a `in` test's operands are references).
        macro_rules! release_operands {
            () => {
                // SAFETY: the op has both operands on the stack, each moved
                // out exactly once.
                unsafe {
                    sp = sp.sub(2);
                    sp.read().release();
                    sp.add(1).read().release();
                }
            };
        }
        // Drops the top value, which the caller knows is an immediate.
        macro_rules! drop_immediate {
            () => {
                // SAFETY: as `peek!`; an immediate needs no release.
                unsafe { sp = sp.sub(1) }
            };
        }
        macro_rules! local {
            ($i:expr) => {
                // SAFETY: local operands are below `nlocals` (checked with the
                // code), and slots `0..nlocals` are the frame's locals.
                unsafe { &mut *stack.add($i as usize) }
            };
        }
        macro_rules! operand {
            ($at:expr) => {
                // SAFETY: the compiler fused the head with the instructions it
                // reads, which are in the code.
                unsafe { (*(*instrs).add($at)).arg }
            };
        }
        // The inline cache of the instruction at `$at` (the running one or
        // the one a fused head covers).
        macro_rules! attr_cache {
            ($at:expr) => {
                // SAFETY: `$at` is an instruction of the running code, whose
                // runtime `rt` is.
                unsafe { rt_ref(*rt).attr_cache_at($at) }
            };
        }
        // A fused arithmetic head's result: pushed, or (`$store`) written to
        // the local of the STORE_FAST after the `$covered` instructions the
        // head covers.
        macro_rules! fused_result {
            ($r:expr, $store:expr, $covered:expr) => {{
                let r = $r;
                if $store {
                    let dst = operand!(*pc + $covered);
                    fast_ops::store_result(local!(dst), r);
                    *pc += $covered + 1;
                } else {
                    push!(r);
                    *pc += $covered;
                }
            }};
        }
        // A conditional jump after a compare (`next` at `*pc`) on `t`; Err
        // when the comparison's result must be pushed instead.
        macro_rules! branch {
            ($t:expr) => {{
                let t: bool = $t;
                // SAFETY: a compare is never the last instruction.
                let next = unsafe { *(*instrs).add(*pc) };
                match next.op {
                    Op::PopJumpIfFalse => {
                        *pc = if t { *pc + 1 } else { next.arg as usize };
                    }
                    Op::PopJumpIfTrue => {
                        *pc = if t { next.arg as usize } else { *pc + 1 };
                    }
                    // A back-edge (which charges the budget) runs as its own
                    // instruction.
                    _ => push!(Value::Bool(t)),
                }
            }};
        }

        // Pending work (gc/pending.rs) runs at the lane's safe points, not
        // before every instruction (two dependent loads and a branch on
        // each dispatch cost up to a third of a tight loop's time): after a
        // back-edge, a frame switch, a native call, and a STORE_FAST or
        // POP_TOP that dropped the last reference to something (where a
        // `__del__` or weakref callback is queued). Any other release runs
        // its finaliser at the next of these, as CPython would within the
        // statement; the general path checks after every instruction it runs.
        // `*pc` must be the next instruction.
        macro_rules! safe_point {
            () => {{
                // SAFETY: the flag lives in the VM's heap, which outlives this loop.
                if unsafe { (*pending).get() } {
                    sync!();
                    return Stop::Pending;
                }
            }};
        }

        loop {
            // SAFETY: `*pc` is an instruction (see the function's contract).
            let Instr { op, arg } = unsafe { *(*instrs).add(*pc) };
            let rt = rt_ref(*rt);
            *pc += 1;
            macro_rules! slow {
                () => {{
                    sync!();
                    return Stop::Slow;
                }};
            }
            // A back-edge to `target` charges the loop body's length to the
            // budget; a check that would be due runs in `tick`, in the
            // general path.
            macro_rules! charge_back_edge {
                ($target:expr) => {{
                    let n = (*pc - $target) as i64;
                    if self.limits.budget < n {
                        slow!();
                    }
                    self.limits.budget -= n;
                }};
            }
            // A list's item at an int index, or (out of range) the general
            // path, which raises.
            macro_rules! list_item {
                ($l:expr, $i:expr) => {{
                    let items = $l.items.borrow();
                    let Some(at) = position($i, items.len()) else {
                        drop(items);
                        slow!();
                    };
                    let v = items[at].clone();
                    drop(items);
                    v
                }};
            }
            match op {
                Op::Nop => {}
                Op::LoadFast => {
                    let slot = local!(arg);
                    if slot.is_null() {
                        slow!();
                    }
                    push!(slot.clone());
                }
                Op::StoreFast => {
                    // SAFETY: STORE_FAST has its value on the stack.
                    let v = unsafe {
                        sp = sp.sub(1);
                        sp.read()
                    };
                    if Value::store_last(local!(arg), v) {
                        safe_point!();
                    }
                }
                Op::LoadConst => {
                    // SAFETY: constant operands are in range (checked with the code).
                    push!(unsafe { rt.consts.get_unchecked(arg as usize) }.clone());
                }
                Op::PopTop => {
                    // SAFETY: POP_TOP has its value on the stack.
                    let v = unsafe {
                        sp = sp.sub(1);
                        sp.read()
                    };
                    if v.release_last() {
                        safe_point!();
                    }
                }
                Op::LoadFastLoadFast => {
                    let second = operand!(*pc);
                    let (a, b) = (local!(arg), local!(second));
                    if a.is_null() || b.is_null() {
                        slow!();
                    }
                    push!(a.clone());
                    push!(b.clone());
                    *pc += 1;
                }
                Op::LoadFastLoadConst => {
                    let slot = local!(arg);
                    if slot.is_null() {
                        slow!();
                    }
                    push!(slot.clone());
                    let k = operand!(*pc);
                    // SAFETY: as LOAD_CONST.
                    push!(unsafe { rt.consts.get_unchecked(k as usize) }.clone());
                    *pc += 1;
                }
                Op::StoreFastLoadFast => {
                    let second = operand!(*pc);
                    // The load must not fail after the store has run.
                    if second != arg && local!(second).is_null() {
                        slow!();
                    }
                    // SAFETY: STORE_FAST has its value on the stack.
                    let v = unsafe {
                        sp = sp.sub(1);
                        sp.read()
                    };
                    let freed = Value::store_last(local!(arg), v);
                    push!(local!(second).clone());
                    *pc += 1;
                    if freed {
                        safe_point!();
                    }
                }
                Op::LoadFastConstBinary
                | Op::LoadFastConstBinaryStore
                | Op::LoadFastConstCompare => {
                    let k = operand!(*pc);
                    // SAFETY: as LOAD_CONST.
                    let k = unsafe { rt.consts.get_unchecked(k as usize) };
                    let second = operand!(*pc + 1);
                    let a = local!(arg);
                    if op == Op::LoadFastConstCompare {
                        let Some(t) = fast_ops::compare(a, k, second) else {
                            slow!();
                        };
                        *pc += 2;
                        branch!(t);
                        continue;
                    }
                    let Some(r) = fast_ops::binary(a, k, second) else {
                        slow!();
                    };
                    fused_result!(r, op == Op::LoadFastConstBinaryStore, 2);
                }
                Op::LoadFastFastBinary | Op::LoadFastFastBinaryStore => {
                    let (second, bop) = (operand!(*pc), operand!(*pc + 1));
                    let Some(r) = fast_ops::binary(local!(arg), local!(second), bop) else {
                        slow!();
                    };
                    fused_result!(r, op == Op::LoadFastFastBinaryStore, 2);
                }
                Op::LoadFastBinary | Op::LoadFastBinaryStore => {
                    let bop = operand!(*pc);
                    let Some(r) = fast_ops::binary(peek!(1), local!(arg), bop) else {
                        slow!();
                    };
                    // The left operand was an immediate.
                    drop_immediate!();
                    fused_result!(r, op == Op::LoadFastBinaryStore, 1);
                }
                Op::BinaryOp => {
                    if let Some(r) = fast_ops::binary(peek!(2), peek!(1), arg) {
                        drop_immediate!();
                        drop_immediate!();
                        push!(r);
                        continue;
                    }
                    // An instance's script operator method (`Vec.__sub__`)
                    // taking exactly its two parameters runs in a pushed
                    // frame, as the general path does.
                    let Value::Instance(inst) = peek!(2) else {
                        slow!();
                    };
                    let Some(func) = self.inline_binop(inst, peek!(1), arg, attr_cache!(*pc - 1))
                    else {
                        slow!();
                    };
                    let Some(crt) = func.code.runtime.get() else {
                        slow!();
                    };
                    if crt.exact_argc != 2
                        || self.frames.len() >= self.recursion_limit
                        || self.limits.budget <= 0
                    {
                        slow!();
                    }
                    // The call's tick (limits.rs), with no check due.
                    self.limits.budget -= 1;
                    let crt: *const CodeRuntime = &**crt;
                    // SAFETY: both operands are on the stack; they are moved
                    // out here and into the frame's role.
                    let (a, b) = unsafe {
                        sp = sp.sub(2);
                        (sp.read(), sp.add(1).read())
                    };
                    sync!();
                    let frame = self.exact_binop_frame(func, arg, a, b);
                    run_pushed!(frame, crt);
                    safe_point!();
                }
                Op::CompareOp => {
                    let Some(t) = fast_ops::compare(peek!(2), peek!(1), arg) else {
                        slow!();
                    };
                    release_operands!();
                    branch!(t);
                }
                Op::IsOp => {
                    let t = peek!(2).is(peek!(1)) != (arg == 1);
                    release_operands!();
                    push!(Value::Bool(t));
                }
                Op::PopJumpIfFalse | Op::PopJumpIfTrue => {
                    let Some(t) = plain_truth(peek!(1)) else {
                        slow!();
                    };
                    drop_immediate!();
                    if t == (op == Op::PopJumpIfTrue) {
                        *pc = arg as usize;
                    }
                }
                Op::Jump => {
                    let target = arg as usize;
                    if target < *pc {
                        charge_back_edge!(target);
                        *pc = target;
                        safe_point!();
                    } else {
                        *pc = target;
                    }
                }
                Op::PopJumpBackIfFalse | Op::PopJumpBackIfTrue => {
                    let Some(t) = plain_truth(peek!(1)) else {
                        slow!();
                    };
                    if t == (op == Op::PopJumpBackIfTrue) {
                        let target = arg as usize;
                        // A due check hands the branch back whole.
                        charge_back_edge!(target);
                        drop_immediate!();
                        *pc = target;
                        safe_point!();
                    } else {
                        drop_immediate!();
                    }
                }
                Op::LoadGlobal => {
                    // SAFETY: name operands are in range (checked with the code).
                    let (name, c) = unsafe {
                        (
                            rt.names.get_unchecked(arg as usize),
                            rt.name_caches.get_unchecked(arg as usize),
                        )
                    };
                    match self.load_global_cached(&f.globals, c, name) {
                        Some(v) => push!(v),
                        None => slow!(),
                    }
                }
                Op::LoadFastAttr => {
                    if let Value::Instance(inst) = local!(arg) {
                        // The LOAD_ATTR's cache.
                        if let Some(v) = attr_cache!(*pc).instance_hit(inst) {
                            push!(v);
                            *pc += 1;
                            continue;
                        }
                    }
                    slow!();
                }
                Op::LoadAttr => {
                    if let Value::Instance(inst) = peek!(1) {
                        if let Some(v) = attr_cache!(*pc - 1).instance_hit(inst) {
                            // SAFETY: the instance is moved out and released
                            // (the slot is overwritten with the attribute).
                            unsafe {
                                let obj = sp.sub(1).read();
                                sp.sub(1).write(v);
                                obj.release();
                            }
                            continue;
                        }
                    }
                    slow!();
                }
                Op::StoreAttr => {
                    if let Value::Instance(inst) = peek!(1) {
                        // SAFETY: the value is read out for the store; on a
                        // miss it is handed back and forgotten, so the stack
                        // still owns it exactly once.
                        let v = unsafe { sp.sub(2).read() };
                        match attr_cache!(*pc - 1).instance_store(inst, v) {
                            Ok(old) => {
                                // SAFETY: the instance is moved out and
                                // released; the value's slot was moved out.
                                unsafe {
                                    let obj = sp.sub(1).read();
                                    sp = sp.sub(2);
                                    obj.release();
                                }
                                old.release();
                                continue;
                            }
                            Err(v) => std::mem::forget(v),
                        }
                    }
                    slow!();
                }
                Op::ForIter => {
                    let it = match peek!(1) {
                        Value::Iterator(it) => it,
                        Value::Generator(g) if g.kind == GenKind::Generator => {
                            sync!();
                            match self.push_generator(g, &mut Value::None) {
                                Ok(true) => {
                                    switch_to_top!();
                                    safe_point!();
                                    continue;
                                }
                                // Running or finished: the general path says so.
                                Ok(false) => slow!(),
                                Err(e) => return Stop::Raised(e),
                            }
                        }
                        _ => slow!(),
                    };
                    // The state's borrow ends with this block, before the
                    // iterator can be released below.
                    let next = {
                        let mut st = it.state.borrow_mut();
                        match &mut *st {
                            IterState::Range { next, left, step } => {
                                if *left > 0 {
                                    let v = *next;
                                    *left -= 1;
                                    *next = next.wrapping_add(*step);
                                    Some(Value::Int(v))
                                } else {
                                    None
                                }
                            }
                            IterState::List(l, i) => {
                                let items = l.items.borrow();
                                if *i < items.len() {
                                    let v = items[*i].clone();
                                    *i += 1;
                                    Some(v)
                                } else {
                                    drop(items);
                                    // Exhausted for good, as `next` leaves it,
                                    // even if the list grows later. The old
                                    // state is known to be a list's: its
                                    // drop needs no match over every kind.
                                    if let IterState::List(l, _) =
                                        std::mem::replace(&mut *st, IterState::Exhausted)
                                    {
                                        drop(l);
                                    }
                                    None
                                }
                            }
                            IterState::Tuple(t, i) => match t.items.get(*i) {
                                Some(v) => {
                                    *i += 1;
                                    Some(v.clone())
                                }
                                None => {
                                    // As a list's above.
                                    if let IterState::Tuple(t, _) =
                                        std::mem::replace(&mut *st, IterState::Exhausted)
                                    {
                                        drop(t);
                                    }
                                    None
                                }
                            },
                            // An ASCII character is one byte and a shared str.
                            IterState::Str(s, pos)
                                if s.as_str().as_bytes().get(*pos).is_some_and(u8::is_ascii) =>
                            {
                                let c = s.as_str().as_bytes()[*pos];
                                *pos += 1;
                                Some(self.char_str(c as char))
                            }
                            s if iter_step::yields_pairs(s)
                            // SAFETY: FOR_ITER is never the last instruction.
                            && unsafe { *(*instrs).add(*pc) } == Instr::new(Op::UnpackSequence, 2) =>
                            {
                                // `for a, b in enumerate/items/zip`: the halves go
                                // straight to the stack, as the skipped
                                // UNPACK_SEQUENCE 2 would leave them.
                                drop(st);
                                let it = it.clone();
                                sync!();
                                let step = self.next_pair(&it);
                                enter!();
                                match step {
                                    Ok(PairStep::Pair(a, b)) => {
                                        push!(b);
                                        push!(a);
                                        *pc += 1;
                                        continue;
                                    }
                                    Ok(PairStep::Whole(v)) => Some(v),
                                    Ok(PairStep::Done) => None,
                                    Err(e) => return Stop::Raised(e),
                                }
                            }
                            _ => {
                                drop(st);
                                let it = peek!(1).clone();
                                sync!();
                                let next = self.next(&it);
                                enter!();
                                match next {
                                    Ok(next) => next,
                                    Err(e) => return Stop::Raised(e),
                                }
                            }
                        }
                    };
                    match next {
                        Some(v) => push!(v),
                        None => {
                            // SAFETY: the exhausted iterator is moved out and released.
                            unsafe {
                                sp = sp.sub(1);
                                sp.read().release();
                            }
                            *pc = arg as usize;
                        }
                    }
                }
                Op::BinaryOpStoreSubscr => {
                    // `[list, key, item, x]`: `list[key] = item op x`.
                    let (Value::List(l), Value::Int(i)) = (peek!(4), peek!(3)) else {
                        slow!();
                    };
                    let Some(r) = fast_ops::binary(peek!(2), peek!(1), arg) else {
                        slow!();
                    };
                    let mut items = l.items.borrow_mut();
                    let Some(at) = position(*i, items.len()) else {
                        // Out of range: the general path raises.
                        drop(items);
                        slow!();
                    };
                    let old = std::mem::replace(&mut items[at], r);
                    drop(items);
                    old.release();
                    // Operands and key are immediates; the list is not.
                    // SAFETY: the list is moved out and released.
                    unsafe {
                        sp = sp.sub(4);
                        sp.read().release();
                    }
                    *pc += 3;
                }
                Op::LoadFastConstSubscr | Op::LoadFastConstSubscrKeep => {
                    let k = operand!(*pc);
                    // SAFETY: as LOAD_CONST.
                    let key = unsafe { rt.consts.get_unchecked(k as usize) };
                    let list = local!(arg);
                    let (Value::List(l), Value::Int(i)) = (&*list, key) else {
                        slow!();
                    };
                    let v = list_item!(l, *i);
                    if op == Op::LoadFastConstSubscr {
                        *pc += 2;
                    } else {
                        // What the two COPYs leave under the item.
                        push!(list.clone());
                        push!(key.clone());
                        *pc += 4;
                    }
                    push!(v);
                }
                Op::LoadFastFastSubscr => {
                    let second = operand!(*pc);
                    let (Value::List(l), Value::Int(i)) = (&*local!(arg), &*local!(second)) else {
                        match subscript_hit(self, local!(arg), local!(second)) {
                            Some(v) => {
                                push!(v);
                                *pc += 2;
                                continue;
                            }
                            None => slow!(),
                        }
                    };
                    let v = list_item!(l, *i);
                    push!(v);
                    *pc += 2;
                }
                Op::BinarySubscr => {
                    let v = match (peek!(2), peek!(1)) {
                        (Value::List(l), Value::Int(i)) => list_item!(l, *i),
                        (obj, key) => match subscript_hit(self, obj, key) {
                            Some(v) => v,
                            None => slow!(),
                        },
                    };
                    // SAFETY: both operands are moved out and released, the
                    // sequence's slot taking the item.
                    unsafe {
                        let key = sp.sub(1).read();
                        sp = sp.sub(1);
                        let seq = sp.sub(1).read();
                        sp.sub(1).write(v);
                        seq.release();
                        key.release();
                    }
                }
                Op::ContainsOp => {
                    // `[a, b]`: `a in b` where no script code can run.
                    let Some(found) = contains_plain(peek!(2), peek!(1)) else {
                        slow!();
                    };
                    release_operands!();
                    push!(Value::Bool(found != (arg == 1)));
                }
                Op::StoreSubscr => {
                    // `[v, list, key]`.
                    let (Value::List(l), Value::Int(i)) = (peek!(2), peek!(1)) else {
                        slow!();
                    };
                    let mut items = l.items.borrow_mut();
                    let Some(at) = position(*i, items.len()) else {
                        drop(items);
                        slow!();
                    };
                    // SAFETY: the value moves into the list and the list is
                    // moved out and released; the key is an int.
                    unsafe {
                        let old = std::mem::replace(&mut items[at], sp.sub(3).read());
                        drop(items);
                        let list = sp.sub(2).read();
                        sp = sp.sub(3);
                        old.release();
                        list.release();
                    }
                }
                Op::UnpackSequence => {
                    let n = arg as usize;
                    match peek!(1) {
                        Value::Tuple(t) if t.items.len() == n => {
                            // SAFETY: the tuple is moved out; its items (cloned)
                            // take its slot and the `n - 1` above, within the
                            // room reserved (the compiler counted them).
                            unsafe {
                                let seq = sp.sub(1).read();
                                sp = sp.sub(1);
                                for v in t.items.iter().rev() {
                                    sp.write(v.clone());
                                    sp = sp.add(1);
                                }
                                seq.release();
                            }
                        }
                        _ => slow!(),
                    }
                }
                Op::LoadDeref => {
                    let v = f.cells[arg as usize].get();
                    if v.is_null() {
                        slow!();
                    }
                    push!(v);
                }
                Op::StoreDeref => {
                    // SAFETY: STORE_DEREF has its value on the stack.
                    let v = unsafe {
                        sp = sp.sub(1);
                        sp.read()
                    };
                    f.cells[arg as usize].set(v);
                }
                Op::LoadFastFastStoreSubscr => {
                    // `list[i] = v` with both locals and the value on top.
                    let second = operand!(*pc);
                    let (Value::List(l), Value::Int(i)) = (&*local!(arg), &*local!(second)) else {
                        slow!();
                    };
                    let mut items = l.items.borrow_mut();
                    let Some(at) = position(*i, items.len()) else {
                        drop(items);
                        slow!();
                    };
                    // SAFETY: the value moves from the top of the stack into the list.
                    let old = unsafe {
                        sp = sp.sub(1);
                        std::mem::replace(&mut items[at], sp.read())
                    };
                    drop(items);
                    old.release();
                    *pc += 2;
                }
                Op::Copy => push!(peek!(arg as usize).clone()),
                Op::Swap => {
                    // SAFETY: SWAP has `arg` values on the stack.
                    unsafe { std::ptr::swap(sp.sub(1), sp.sub(arg as usize)) };
                }
                Op::BuildTuple => {
                    let n = arg as usize;
                    // SAFETY: the items are the `n` values on top; they move
                    // into the tuple, which takes their place.
                    let t = unsafe {
                        sp = sp.sub(n);
                        match n {
                            2 => crate::object::TupleObj::pair(sp.read(), sp.add(1).read()),
                            _ => crate::object::TupleObj::new(
                                (0..n).map(|k| sp.add(k).read()).collect(),
                            ),
                        }
                    };
                    push!(Value::Tuple(crate::gc::new_tuple(t)));
                }
                Op::UnaryNegative => {
                    let r = match peek!(1) {
                        Value::Int(i) if *i != i64::MIN => Value::Int(-*i),
                        Value::Float(x) => Value::Float(-*x),
                        _ => slow!(),
                    };
                    // SAFETY: the operand was an immediate.
                    unsafe { sp.sub(1).write(r) };
                }
                Op::ListAppend => {
                    // SAFETY: the value is on top, the list `arg` below it.
                    unsafe {
                        let v = sp.sub(1).read();
                        sp = sp.sub(1);
                        if let Value::List(l) = &*sp.sub(arg as usize) {
                            l.items.borrow_mut().push(v);
                        }
                    }
                }
                Op::GetIter => {
                    // A list's or tuple's iterator takes over the stack's
                    // reference to it (no count traffic, no call).
                    if matches!(peek!(1), Value::List(_) | Value::Tuple(_)) {
                        // SAFETY: the container is moved out of its slot,
                        // which the iterator then fills.
                        let state = match unsafe { sp.sub(1).read() } {
                            Value::List(l) => IterState::List(l, 0),
                            Value::Tuple(t) => IterState::Tuple(t, 0),
                            _ => unreachable!("matched above"),
                        };
                        let it = std::rc::Rc::new(crate::object::IterObj::new(state));
                        // SAFETY: as above.
                        unsafe { sp.sub(1).write(Value::Iterator(it)) };
                        continue;
                    }
                    // Builtin containers make their iterator without script code.
                    if !matches!(
                        peek!(1),
                        Value::List(_)
                            | Value::Tuple(_)
                            | Value::Range(_)
                            | Value::Str(_)
                            | Value::Dict(_)
                    ) {
                        slow!();
                    }
                    // SAFETY: the container is moved out; its iterator takes its slot.
                    let v = unsafe { sp.sub(1).read() };
                    sync!();
                    // The container's slot is still counted: give the count to `v`.
                    let it = self.get_iter(&v);
                    enter!();
                    match it {
                        Ok(it) => {
                            // SAFETY: the slot's old bits are `v`, released here.
                            unsafe { sp.sub(1).write(it) };
                            v.release();
                        }
                        Err(e) => {
                            // As the general path: the container is popped first.
                            // SAFETY: its slot is the top one, and `v` owns it.
                            sp = unsafe { sp.sub(1) };
                            sync!();
                            v.release();
                            return Stop::Raised(e);
                        }
                    }
                }
                Op::Call | Op::CallMethod => {
                    // Work queued by this statement's releases (`f(A().x)`)
                    // runs before the call, as CPython's immediate `__del__`.
                    // SAFETY: as `safe_point!`.
                    if unsafe { (*pending).get() } {
                        *pc -= 1;
                        sync!();
                        return Stop::Pending;
                    }
                    let mut argc = arg as usize;
                    if op == Op::CallMethod {
                        if peek!(argc + 1).is_null() {
                            slow!();
                        }
                        argc += 1;
                    }
                    match peek!(argc + 1) {
                        Value::Function(func) => {
                            // As `fast_call!` in run.rs, for exactly the
                            // parameters and no cell variables.
                            let Some(crt) = func.code.runtime.get() else {
                                slow!();
                            };
                            if crt.exact_argc as usize != argc
                                || self.frames.len() >= self.recursion_limit
                                || self.limits.budget <= 0
                            {
                                slow!();
                            }
                            // The call's tick (limits.rs), with no check due.
                            self.limits.budget -= 1;
                            let crt: *const CodeRuntime = &**crt;
                            sync!();
                            let func_at = f.stack.len() - argc - 1;
                            let frame = self.exact_call_frame(&mut f.stack, func_at);
                            run_pushed!(frame, crt);
                            safe_point!();
                        }
                        Value::Builtin(b) => {
                            // SAFETY: the arguments are the `argc` values on top.
                            let args = unsafe { std::slice::from_raw_parts(sp.sub(argc), argc) };
                            let Some(entry) = b.positional_entry(args) else {
                                slow!();
                            };
                            // The native sees a consistent frame.
                            sync!();
                            let func_at = f.stack.len() - argc - 1;
                            let r = entry(self, &f.stack[func_at + 1..]);
                            fast_ops::release_from(&mut f.stack, func_at);
                            match r {
                                Ok(v) => fast_ops::push_whole(&mut f.stack, v),
                                Err(e) => return Stop::Raised(e),
                            }
                            enter!();
                            safe_point!();
                        }
                        Value::Class(cls) if cls.layout == Layout::Builtin => {
                            // SAFETY: the arguments are the `argc` values on top.
                            let args = unsafe { std::slice::from_raw_parts(sp.sub(argc), argc) };
                            sync!();
                            let Some(r) = crate::builtins::fast_type_call(self, cls, args) else {
                                slow!();
                            };
                            let func_at = f.stack.len() - argc - 1;
                            fast_ops::release_from(&mut f.stack, func_at);
                            match r {
                                Ok(v) => fast_ops::push_whole(&mut f.stack, v),
                                Err(e) => return Stop::Raised(e),
                            }
                            enter!();
                            safe_point!();
                        }
                        _ => {
                            // Anything else (classes, bound methods, defaults,
                            // keywords-free calls of any kind) as the general
                            // call does, without leaving the lane; a plain
                            // class with a script `__init__` on a short path.
                            sync!();
                            if let Some((frame, crt)) =
                                self.init_frame_from_stack(&mut f.stack, argc)
                            {
                                run_pushed!(frame, crt);
                                safe_point!();
                                continue;
                            }
                            match self.call_from_stack(f, argc, None) {
                                Ok(CallOutcome::Pushed) => {
                                    switch_to_top!();
                                    safe_point!();
                                }
                                Ok(CallOutcome::Value(v)) => {
                                    enter!();
                                    push!(v);
                                    safe_point!();
                                }
                                Err(e) => return Stop::Raised(e),
                            }
                        }
                    }
                }
                Op::ReturnValue => {
                    // The common returns to a caller in `run_loop`: a plain
                    // frame's, and an `__init__`'s None (the call's value is
                    // the new instance).
                    let init = match &f.role {
                        Role::Plain => false,
                        Role::Init(_) if peek!(1).is_none() => true,
                        // The operator method's result, unless NotImplemented
                        // sends it on to the rest of the protocol.
                        Role::BinOp(..) if !matches!(peek!(1), Value::NotImplemented) => false,
                        _ => slow!(),
                    };
                    if self.frames.len() <= base + 1 {
                        slow!();
                    }
                    // SAFETY: RETURN_VALUE has its value on the stack.
                    let mut v = unsafe {
                        sp = sp.sub(1);
                        sp.read()
                    };
                    if init {
                        if let Role::Init(inst) = std::mem::replace(&mut f.role, Role::Plain) {
                            v = inst;
                        }
                    }
                    sync!();
                    if let Some(done) = self.frames.pop() {
                        self.recycle_frame(done);
                    }
                    switch_to_top!();
                    push!(v);
                    safe_point!();
                }
                Op::YieldValue => {
                    // A generator run by a FOR_ITER (or `next`) of a frame in
                    // `run_loop` goes back to it; a `yield from` caller passes
                    // the value on, which the general path does.
                    let n = self.frames.len();
                    if !f.is_gen() || n <= base + 1 {
                        slow!();
                    }
                    let caller = &self.frames[n - 2];
                    if caller.code.instrs[caller.pc - 1].op == Op::YieldFrom {
                        slow!();
                    }
                    // SAFETY: YIELD_VALUE has its value on the stack.
                    let v = unsafe {
                        sp = sp.sub(1);
                        sp.read()
                    };
                    sync!();
                    self.suspend_generator_frame();
                    switch_to_top!();
                    push!(v);
                    safe_point!();
                }
                Op::LoadMethod => {
                    let c = attr_cache!(*pc - 1);
                    let hit = match peek!(1) {
                        Value::Instance(inst) => c.method_hit(inst, &rt.names[arg as usize]),
                        obj => self
                            .builtin_type(obj)
                            .and_then(|t| c.native_hit(std::rc::Rc::as_ptr(t))),
                    };
                    let Some(method) = hit else {
                        slow!();
                    };
                    // `[obj] -> [method, obj]`.
                    // SAFETY: the object moves up one slot, within the room reserved.
                    unsafe {
                        let obj = sp.sub(1).read();
                        sp.sub(1).write(method);
                        sp.write(obj);
                        sp = sp.add(1);
                    }
                }
                // Every other op: listed, not `_`, so the dispatch's jump table
                // needs no range check.
                Op::DeleteFast
                | Op::DeleteDeref
                | Op::LoadClosure
                | Op::LoadClassDeref
                | Op::LoadName
                | Op::StoreName
                | Op::DeleteName
                | Op::StoreGlobal
                | Op::DeleteGlobal
                | Op::DeleteAttr
                | Op::CallKw
                | Op::CallFunctionEx
                | Op::UnaryPositive
                | Op::UnaryNot
                | Op::UnaryInvert
                | Op::DeleteSubscr
                | Op::BuildSlice
                | Op::BuildList
                | Op::BuildSet
                | Op::BuildMap
                | Op::BuildString
                | Op::FormatValue
                | Op::SetAdd
                | Op::MapAdd
                | Op::ListExtend
                | Op::SetUpdate
                | Op::DictUpdate
                | Op::DictMerge
                | Op::ListToTuple
                | Op::UnpackEx
                | Op::JumpIfFalseOrPop
                | Op::JumpIfTrueOrPop
                | Op::MakeFunction
                | Op::LoadBuildClass
                | Op::SetupAnnotations
                | Op::LoadAssertionError
                | Op::PrintExpr
                | Op::RaiseVarargs
                | Op::Reraise
                | Op::PushExcInfo
                | Op::PopExcept
                | Op::CheckExcMatch
                | Op::BeforeWith
                | Op::WithExceptStart
                | Op::GetYieldFromIter
                | Op::YieldFrom
                | Op::GetAwaitable
                | Op::GetAIter
                | Op::GetANext
                | Op::EndAsyncFor
                | Op::BeforeAsyncWith
                | Op::ImportName
                | Op::ImportFrom
                | Op::ImportStar
                | Op::MatchSequence
                | Op::MatchMapping
                | Op::GetLen
                | Op::MatchKeys
                | Op::MatchClass
                | Op::CopyDictWithoutKeys
                | Op::BuildSliceSubscr
                | Op::BuildSliceStoreSubscr => slow!(),
            }
        }
    }
}

/// `obj[key]` for what the list fast paths leave that runs no script code
/// and cannot fail: a tuple's item in range, a str's character, a dict's
/// value for a str or int key. Out of line, so the list paths stay small.
#[inline(never)]
fn subscript_hit(vm: &mut Vm, obj: &Value, key: &Value) -> Option<Value> {
    match (obj, key) {
        (Value::Tuple(t), Value::Int(i)) => {
            position(*i, t.items.len()).map(|at| t.items[at].clone())
        }
        (Value::Str(s), Value::Int(i)) => {
            let c = position(*i, s.char_len()).and_then(|at| s.char_at(at))?;
            Some(vm.char_str(c))
        }
        (Value::Dict(d), _) => d.get_simple(key).flatten(),
        _ => None,
    }
}

/// `a in b` for a str in a str, or a str or int key in a dict, which run no
/// script code; None for everything else. Out of line, as `subscript_hit`.
#[inline(never)]
fn contains_plain(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Str(a), Value::Str(b)) => Some(b.contains_str(a)),
        (a, Value::Dict(d)) => d.get_simple(a).map(|found| found.is_some()),
        _ => None,
    }
}

/// The truth of a bool, None or int without `__bool__`; None for the rest.
#[inline(always)]
fn plain_truth(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::None => Some(false),
        Value::Int(i) => Some(*i != 0),
        _ => None,
    }
}
