//! An activation record: the code, the program counter, locals and the value
//! stack in one vector (slots `0..nlocals` are locals), cells, and globals.

use std::rc::Rc;

use crate::bytecode::CodeObject;
use crate::object::{CellObj, DictObj, FunctionObj, GeneratorObj};
use crate::value::Value;

pub struct Frame {
    pub code: Rc<CodeObject>,
    /// Index of the next instruction to execute.
    pub pc: usize,
    /// Locals (`0..nlocals`, Null when unbound) followed by the value stack.
    pub stack: Vec<Value>,
    pub nlocals: usize,
    /// Cellvars then freevars.
    pub cells: Vec<Rc<CellObj>>,
    pub globals: Rc<DictObj>,
    /// The namespace of module and class bodies (LOAD_NAME/STORE_NAME).
    pub locals: Option<Rc<DictObj>>,
    pub func: Option<Rc<FunctionObj>>,
    pub role: Role,
}

/// What is special about a frame (one field: a frame is never two of these).
pub enum Role {
    Plain,
    /// An `__init__` frame pushed by a class call: the new instance, which
    /// the call returns once `__init__` has returned None.
    Init(Value),
    /// A generator's frame running on the VM stack: the generator it goes
    /// back to when it yields, and the caller's handled exception, restored
    /// when the frame yields, returns or raises (gen_resume.rs).
    Gen(Rc<GeneratorObj>, Value),
    /// A suspended generator frame that yielded inside `except`: the
    /// exception it was handling, current again when it resumes.
    Handled(Value),
    /// A frame running `a.__op__(b)` for BINARY_OP: the operator code and
    /// both operands, for the rest of the protocol if it returns
    /// NotImplemented.
    BinOp(u32, Value, Value),
}

impl Frame {
    pub fn new(code: Rc<CodeObject>, globals: Rc<DictObj>, locals: Option<Rc<DictObj>>) -> Frame {
        let nlocals = code.varnames.len();
        let mut stack = Vec::with_capacity(nlocals + code.max_stack as usize + 1);
        stack.resize(nlocals, Value::Null);
        Frame {
            code,
            pc: 0,
            stack,
            nlocals,
            cells: Vec::new(),
            globals,
            locals,
            func: None,
            role: Role::Plain,
        }
    }

    /// Reinitialises a recycled frame for a new activation.
    pub fn reset(
        &mut self,
        code: Rc<CodeObject>,
        globals: Rc<DictObj>,
        locals: Option<Rc<DictObj>>,
    ) {
        let nlocals = code.varnames.len();
        self.stack.clear();
        self.stack.reserve(nlocals + code.max_stack as usize + 1);
        self.stack.resize(nlocals, Value::Null);
        self.nlocals = nlocals;
        self.pc = 0;
        self.code = code;
        self.globals = globals;
        self.locals = locals;
    }

    /// Like `reset` for a call: the stack is left empty for the caller to fill.
    /// A pooled frame has been cleared, so it has no namespace (`locals`).
    #[inline(always)]
    pub fn reuse(&mut self, code: &Rc<CodeObject>, globals: &Rc<DictObj>) {
        let nlocals = code.varnames.len();
        let want = nlocals + code.max_stack as usize + 1;
        if self.stack.capacity() < want {
            self.stack.reserve_exact(want);
        }
        self.nlocals = nlocals;
        self.pc = 0;
        if !Rc::ptr_eq(&self.code, code) {
            self.code = code.clone();
        }
        if !Rc::ptr_eq(&self.globals, globals) {
            self.globals = globals.clone();
        }
        debug_assert!(self.locals.is_none());
    }

    /// After a call's arguments are in: the rest of the locals start
    /// unbound (Null).
    #[inline(always)]
    pub fn unbind_rest(&mut self) {
        while self.stack.len() < self.nlocals {
            self.stack.push(Value::Null);
        }
    }

    /// Drops the values a finished frame still holds.
    #[inline(always)]
    pub fn clear(&mut self) {
        // In slot order, as CPython clears a frame (finalisers run in that
        // order); immediates (ints, floats, None, unbound slots) need no
        // drop glue.
        let n = self.stack.len();
        let values = self.stack.as_ptr();
        // SAFETY: the length is cut to 0 first, so the vector no longer owns
        // the values: each is read (moved out) exactly once below, and a
        // panicking drop would leak the rest rather than free them twice.
        // Drops cannot reach this frame (they have no VM access).
        unsafe {
            self.stack.set_len(0);
            for i in 0..n {
                let v = values.add(i).read();
                if v.is_immediate() {
                    std::mem::forget(v);
                } else {
                    drop(v);
                }
            }
        }
        // Each field is tested first: most frames have no cells, namespace
        // or role, and the test is cheaper than the drop glue.
        if !self.cells.is_empty() {
            self.cells.clear();
        }
        if self.locals.is_some() {
            self.locals = None;
        }
        self.func = None;
        if !matches!(self.role, Role::Plain) {
            self.role = Role::Plain;
        }
    }

    /// Gives a fresh call frame its role. A pooled frame's is Plain, which
    /// holds nothing: it is overwritten without the out-of-line drop of a
    /// `Role` (a class call and an operator call each pay it otherwise).
    #[inline(always)]
    pub fn set_role(&mut self, role: Role) {
        let old = std::mem::replace(&mut self.role, role);
        if matches!(old, Role::Plain) {
            std::mem::forget(old);
        } else {
            drop(old);
        }
    }

    /// Is this a running generator's frame?
    #[inline]
    pub fn is_gen(&self) -> bool {
        matches!(self.role, Role::Gen(..))
    }

    /// The line being executed (the instruction before `pc`).
    pub fn current_line(&self) -> u32 {
        self.code.line_of(self.pc.saturating_sub(1))
    }
}
