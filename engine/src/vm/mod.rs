//! The virtual machine: owns the frame stack, the builtin types and modules,
//! and exposes the Rust API used by the runner, the C API and the JIT hook.

pub mod attr;
pub mod attr_cache;
mod await_ops;
pub mod cache;
pub mod call;
mod delegate;
mod fast_loop;
pub(crate) mod fast_ops;
pub mod frame;
mod fstring;
mod gen_resume;
pub mod host;
pub mod import;
pub mod iter_step;
pub mod limits;
mod match_ops;
pub mod ops;
pub mod protocol;
pub mod run;
mod str_concat;
pub mod subscript;
pub mod traceback;

use hashbrown::HashMap;
use std::io::Write;
use std::rc::Rc;

use crate::builtins::types::Types;
use crate::bytecode::{CodeObject, Constant, Op};
use crate::compile::{self, Mode};
use crate::error::{PyErr, PyResult};
use crate::object::exception::ExcState;
use crate::object::{DictObj, InstanceObj, ModuleObj, Native, StrObj};
use crate::syntax::{self, SyntaxError};
use crate::value::Value;
use frame::Frame;

/// Per-code-object data the interpreter builds on first use.
#[derive(Debug)]
pub struct CodeRuntime {
    pub consts: Vec<Value>,
    pub names: Vec<Rc<StrObj>>,
    /// One global-name cache per entry of `names`.
    pub name_caches: Vec<cache::NameCache>,
    /// One attribute cache per instruction that uses one (the attribute ops
    /// and BINARY_OP), found through `attr_slot`.
    attr_caches: Vec<attr_cache::AttrCache>,
    /// Per instruction: its index in `attr_caches` (0 for the others).
    attr_slot: Vec<u32>,
    /// The positional parameter count of code whose calls can bind by
    /// moving the arguments into the parameter slots (`binds_positionally`,
    /// the call fast path): a plain function without `*args`, `**kwargs` or
    /// keyword-only parameters; `u32::MAX` for any other code (generators,
    /// coroutines, module and class bodies are never called this way).
    pub(crate) simple_argc: u32,
    /// `simple_argc` for code without cell variables (`u32::MAX` otherwise):
    /// a call with exactly this many arguments needs no defaults or cells.
    pub(crate) exact_argc: u32,
}

impl CodeRuntime {
    /// The inline cache of the instruction at `pc`.
    #[inline]
    pub fn attr_cache(&self, pc: usize) -> &attr_cache::AttrCache {
        let slot = self.attr_slot[pc] as usize;
        debug_assert!(slot < self.attr_caches.len());
        // SAFETY: every slot was made as an index of `attr_caches` when both
        // were built (slot 0 always exists), and neither changes after.
        unsafe { self.attr_caches.get_unchecked(slot) }
    }

    /// `attr_cache` without the bounds check on `pc`, for the dispatch loop.
    ///
    /// # Safety
    /// `pc` is an instruction index of the code this runtime was built for
    /// (`attr_slot` has one entry per instruction).
    #[inline(always)]
    pub unsafe fn attr_cache_at(&self, pc: usize) -> &attr_cache::AttrCache {
        debug_assert!(pc < self.attr_slot.len());
        // SAFETY: in bounds by the contract; the slot as in `attr_cache`.
        unsafe {
            let slot = *self.attr_slot.get_unchecked(pc) as usize;
            self.attr_caches.get_unchecked(slot)
        }
    }
}

/// How many finished frames the VM keeps for reuse: enough for recursion
/// near the default limit to run without allocating (a pooled frame is its
/// box and the stack vector's capacity).
const FRAME_POOL_MAX: usize = 1024;

/// What the dispatch loop's unchecked reads rely on: every jump and
/// exception-handler target is an instruction, and the last instruction
/// never continues to the next one (the compiler ends every body with a
/// return), so `pc` stays in bounds however it moves (by one past a
/// non-final instruction, or to a checked target); LOAD_CONST and name
/// operands index `consts` and `names`. Bytecode only comes
/// from Krait's compiler, so a failure here is a compiler bug: it stops
/// with a panic rather than running out of bounds.
fn check_control_flow(code: &CodeObject) {
    let n = code.instrs.len();
    let ends = code.instrs.last().is_some_and(|last| {
        matches!(
            last.op,
            Op::ReturnValue | Op::Reraise | Op::RaiseVarargs | Op::Jump
        )
    });
    let operands_ok = code.instrs.iter().all(|i| {
        let arg = i.arg as usize;
        match i.op {
            op if op.is_jump() => arg < n,
            Op::LoadConst => arg < code.consts.len(),
            op if op.uses_name() => arg < code.names.len(),
            // Local slots are read unchecked by the fast loop (fast_loop.rs).
            op if matches!(op.unfused(), Op::LoadFast | Op::StoreFast | Op::DeleteFast) => {
                arg < code.varnames.len()
            }
            _ => true,
        }
    });
    let handlers_ok = code.exception_table.iter().all(|e| (e.target as usize) < n);
    assert!(
        ends && operands_ok && handlers_ok,
        "invalid bytecode in {}: a jump, handler or the end leaves the code, \
         or a constant, name or local operand is out of range",
        code.qualname
    );
}

/// A fresh frame for `pooled_frame` when the pool is empty.
#[cold]
#[inline(never)]
fn new_call_frame(code: &Rc<CodeObject>, globals: &Rc<DictObj>) -> Box<Frame> {
    let mut f = Box::new(Frame::new(code.clone(), globals.clone(), None));
    f.stack.clear();
    f
}

/// Where `print` and `sys.stdout` write.
pub enum Output {
    Stdout(std::io::BufWriter<std::io::Stdout>),
    Capture(String),
    Callback(Box<dyn FnMut(&str)>),
}

/// Settings a host chooses when it creates a VM.
#[derive(Clone, Debug)]
pub struct Config {
    pub recursion_limit: usize,
    pub argv: Vec<String>,
    pub module_paths: Vec<String>,
    /// Sandbox grants (host.rs); none by default.
    pub grants: host::Grants,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            recursion_limit: 1000,
            argv: vec![String::new()],
            module_paths: Vec::new(),
            grants: host::Grants::default(),
        }
    }
}

/// A host callback that receives text written to stderr.
pub type ErrOutput = Box<dyn FnMut(&str)>;

// Frames are boxed on purpose: the dispatch loop keeps raw pointers into them
// while `frames` grows.
#[allow(clippy::vec_box)]
pub struct Vm {
    /// Memory-management state (gc/heap.rs); first, so it is made current
    /// before any object exists.
    pub heap: crate::gc::heap::HeapOwner,
    pub(crate) frames: Vec<Box<Frame>>,
    /// Finished frames kept for reuse, so a call does not allocate.
    frame_pool: Vec<Box<Frame>>,
    pub types: Types,
    pub builtins: Rc<DictObj>,
    pub modules: Rc<DictObj>,
    pub main: Rc<ModuleObj>,
    /// The exception being handled (what bare `raise` re-raises), or None.
    pub exc_info: Value,
    pub recursion_limit: usize,
    pub config: Config,
    /// Source text by filename, for traceback lines.
    pub sources: HashMap<String, Rc<str>>,
    pub output: Output,
    /// Instruction/time limits and the interrupt flag (see limits.rs).
    pub limits: limits::Limits,
    /// Where sys.stderr goes when the host redirects it (None: the process's stderr).
    pub err_output: Option<ErrOutput>,
    /// Objects whose repr is in progress (to print `[...]` for cycles).
    pub(crate) repr_stack: Vec<usize>,
    /// Set when the exception being raised is a re-raise (no new traceback entry).
    pub(crate) reraising: bool,
    pub interned: HashMap<Rc<str>, Rc<StrObj>>,
    /// `"__name__"` with its hash cached: every `def` and comprehension
    /// reads it from the globals for the new function's `__module__`.
    pub(crate) dunder_name: Rc<StrObj>,
    /// Shared one-character strings for code points below 256 (`s[i]`,
    /// iterating a str, `chr`), made on first use as CPython keeps them.
    char_strs: Vec<Option<Rc<StrObj>>>,
    /// Set while the VM is being dropped (finaliser errors go unreported).
    pub(crate) teardown: bool,
    /// Host hooks (host.rs); last, so they outlive every other field in drop.
    pub host: host::HostHooks,
}

impl Vm {
    pub fn new(config: Config) -> Vm {
        let heap = crate::gc::heap::HeapOwner::new();
        heap.make_current();
        let types = Types::new();
        let builtins = crate::gc::new(DictObj::new());
        let main_dict = crate::gc::new(DictObj::new());
        let main = crate::gc::new(ModuleObj::new("__main__", main_dict.clone()));
        let mut vm = Vm {
            heap,
            frames: Vec::new(),
            frame_pool: Vec::new(),
            types,
            builtins,
            modules: crate::gc::new(DictObj::new()),
            main: main.clone(),
            exc_info: Value::None,
            recursion_limit: config.recursion_limit,
            config,
            sources: HashMap::new(),
            output: Output::Stdout(std::io::BufWriter::new(std::io::stdout())),
            err_output: None,
            limits: limits::Limits::default(),
            repr_stack: Vec::new(),
            reraising: false,
            interned: HashMap::new(),
            dunder_name: Rc::new(StrObj::new("__name__".to_string())),
            char_strs: Vec::new(),
            teardown: false,
            host: host::HostHooks::default(),
        };
        crate::builtins::install(&mut vm);
        main_dict.set_str("__name__", Value::str("__main__"));
        main_dict.set_str("__builtins__", Value::Module(vm.builtins_module()));
        main_dict.set_str("__doc__", Value::None);
        vm.modules.set_str("__main__", Value::Module(main));
        crate::stdlib::install(&mut vm);
        vm
    }

    fn builtins_module(&self) -> Rc<ModuleObj> {
        crate::gc::new(ModuleObj::new("builtins", self.builtins.clone()))
    }

    /// The one-character string `c` (shared below U+0100).
    #[inline]
    pub fn char_str(&mut self, c: char) -> Value {
        match self.char_strs.get(c as usize) {
            Some(Some(s)) => Value::Str(s.clone()),
            _ => self.new_char_str(c),
        }
    }

    #[cold]
    fn new_char_str(&mut self, c: char) -> Value {
        let i = c as usize;
        if i >= 256 {
            return Value::string(c.to_string());
        }
        if self.char_strs.is_empty() {
            self.char_strs.resize(256, None);
        }
        let s = self.char_strs[i].get_or_insert_with(|| Rc::new(StrObj::new(c.to_string())));
        Value::Str(s.clone())
    }

    /// Returns the shared str object for a name.
    pub fn intern(&mut self, s: &str) -> Rc<StrObj> {
        if let Some(v) = self.interned.get(s) {
            return v.clone();
        }
        let obj = Rc::new(StrObj::new(s.to_string()));
        self.interned.insert(s.into(), obj.clone());
        obj
    }

    /// Writes to the script's stdout.
    pub fn write_out(&mut self, s: &str) {
        match &mut self.output {
            Output::Stdout(w) => {
                let _ = w.write_all(s.as_bytes());
            }
            Output::Capture(buf) => buf.push_str(s),
            Output::Callback(f) => f(s),
        }
    }

    pub fn flush_out(&mut self) {
        if let Output::Stdout(w) = &mut self.output {
            let _ = w.flush();
        }
        if let Some(flush) = &mut self.host.flush {
            flush();
        }
    }

    /// Writes to the script's stderr (stdout is flushed first to keep order).
    pub fn write_err(&mut self, s: &str) {
        self.report_never_awaited();
        self.write_err_raw(s);
    }

    /// Prints the RuntimeWarning for each coroutine dropped unawaited, at the
    /// line running now (CPython reports the line where the object died).
    pub fn report_never_awaited(&mut self) {
        let names = crate::object::generator::NEVER_AWAITED
            .try_with(|w| std::mem::take(&mut *w.borrow_mut()))
            .unwrap_or_default();
        for name in names {
            let place = match self.frames.last() {
                Some(f) => format!(
                    "{}:{}",
                    f.code.filename,
                    f.code.line_of(f.pc.saturating_sub(1))
                ),
                None => "sys:1".to_string(),
            };
            self.write_err_raw(&format!(
                "{}: RuntimeWarning: coroutine '{}' was never awaited\n\
                 RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
                place, name
            ));
        }
    }

    fn write_err_raw(&mut self, s: &str) {
        self.flush_out();
        match &mut self.err_output {
            Some(f) => f(s),
            None => {
                let _ = std::io::stderr().write_all(s.as_bytes());
            }
        }
    }

    /// Parses and compiles source text.
    pub fn compile(
        &mut self,
        source: &str,
        filename: &str,
        mode: Mode,
    ) -> Result<Rc<CodeObject>, SyntaxError> {
        self.sources.insert(filename.to_string(), source.into());
        let result = match mode {
            Mode::Eval => syntax::parse_expression(source, filename)
                .and_then(|e| compile::compile_expression(&e, filename)),
            _ => syntax::parse_module(source, filename)
                .and_then(|m| compile::compile_module(&m, filename, mode)),
        };
        result.map_err(|e| e.with_source(source))
    }

    /// Runs a code object as the body of `__main__` (or the given namespace).
    pub fn run_code(
        &mut self,
        code: Rc<CodeObject>,
        globals: Rc<DictObj>,
        locals: Option<Rc<DictObj>>,
    ) -> PyResult {
        let locals = locals.or_else(|| Some(globals.clone()));
        let frame = self.new_frame(code, globals, locals);
        let result = self.run_frame(frame);
        self.run_pending();
        result
    }

    /// A frame for `code`, reusing a finished one when possible.
    pub(crate) fn new_frame(
        &mut self,
        code: Rc<CodeObject>,
        globals: Rc<DictObj>,
        locals: Option<Rc<DictObj>>,
    ) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut f) => {
                f.reset(code, globals, locals);
                f
            }
            None => Box::new(Frame::new(code, globals, locals)),
        }
    }

    /// A frame for a function call with an empty stack (the caller pushes
    /// exactly `nlocals` slots), reusing a finished one when possible.
    #[inline(always)]
    pub(crate) fn pooled_frame(
        &mut self,
        code: &Rc<CodeObject>,
        globals: &Rc<DictObj>,
    ) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut f) => {
                f.reuse(code, globals);
                f
            }
            None => new_call_frame(code, globals),
        }
    }

    /// Returns a finished frame to the pool.
    #[inline(always)]
    pub(crate) fn recycle_frame(&mut self, mut frame: Box<Frame>) {
        frame.clear();
        if self.frame_pool.len() < FRAME_POOL_MAX {
            self.frame_pool.push(frame);
        }
    }

    /// Compiles and runs `source` in `__main__`; a syntax error becomes a
    /// raised SyntaxError.
    pub fn exec_main(&mut self, source: &str, filename: &str) -> PyResult {
        let code = self
            .compile(source, filename, Mode::Exec)
            .map_err(|e| self.syntax_error_to_exc(&e))?;
        let globals = self.main.dict.clone();
        globals.set_str("__file__", Value::str(filename));
        let r = self.run_code(code, globals, None);
        self.report_never_awaited();
        r
    }

    /// Turns a compile-time error into a SyntaxError exception object.
    pub fn syntax_error_to_exc(&mut self, e: &SyntaxError) -> PyErr {
        let err = self.new_error(e.kind.name(), &e.msg);
        let exc = &err.0;
        exc.set_attr_str("msg", Value::str(&e.msg));
        exc.set_attr_str("filename", Value::str(&e.filename));
        exc.set_attr_str("lineno", Value::Int(e.line as i64));
        exc.set_attr_str("offset", Value::Int(e.col as i64));
        exc.set_attr_str(
            "text",
            e.text.as_deref().map(Value::str).unwrap_or(Value::None),
        );
        err
    }

    /// The runtime constants and names of a code object, built on first use.
    #[inline]
    pub fn code_runtime<'a>(&mut self, code: &'a CodeObject) -> &'a CodeRuntime {
        match code.runtime.get() {
            Some(rt) => rt,
            None => self.build_code_runtime(code),
        }
    }

    #[inline(never)]
    fn build_code_runtime<'a>(&mut self, code: &'a CodeObject) -> &'a CodeRuntime {
        check_control_flow(code);
        let consts = code.consts.iter().map(|c| self.constant_value(c)).collect();
        let names: Vec<_> = code.names.iter().map(|n| self.intern(n)).collect();
        let name_caches = names.iter().map(|_| cache::NameCache::default()).collect();
        let mut attr_caches = Vec::new();
        let attr_slot = code
            .instrs
            .iter()
            .map(|i| match i.op.unfused() {
                Op::LoadAttr | Op::StoreAttr | Op::LoadMethod | Op::BinaryOp => {
                    attr_caches.push(attr_cache::AttrCache::default());
                    (attr_caches.len() - 1) as u32
                }
                _ => 0,
            })
            .collect();
        if attr_caches.is_empty() {
            // Slot 0 must exist for the `attr_slot` default.
            attr_caches.push(attr_cache::AttrCache::default());
        }
        use crate::bytecode::flags;
        const SPECIAL: u32 = flags::VARARGS
            | flags::VARKEYWORDS
            | flags::GENERATOR
            | flags::COROUTINE
            | flags::ASYNC_GENERATOR;
        let simple =
            code.flags & SPECIAL == 0 && code.kwonlyargcount == 0 && code.argcount < u32::MAX;
        let simple_argc = if simple { code.argcount } else { u32::MAX };
        let exact_argc = match code.cell_params.is_empty() {
            true => simple_argc,
            false => u32::MAX,
        };
        let rt = code.runtime.get_or_init(|| {
            Box::new(CodeRuntime {
                consts,
                names,
                name_caches,
                attr_caches,
                attr_slot,
                simple_argc,
                exact_argc,
            })
        });
        // Tracked once it runs, so the collector walks its constants (the
        // attribute caches hold places, not values). Code that runs always
        // belongs to an `Rc` (frames hold `Rc<CodeObject>`).
        if !code.gc.is_tracked() {
            crate::gc::registry::track(crate::gc::GcRef::of_code_in_rc(code));
        }
        rt
    }

    fn constant_value(&mut self, c: &Constant) -> Value {
        match c {
            Constant::None => Value::None,
            Constant::Bool(b) => Value::Bool(*b),
            Constant::Ellipsis => Value::Ellipsis,
            Constant::Int(i) => Value::Int(*i),
            Constant::BigInt(s) => Value::from_bigint(s.parse().unwrap_or_default()),
            Constant::Float(f) => Value::Float(*f),
            Constant::Imaginary(f) => self.make_complex(0.0, *f).unwrap_or(Value::Float(*f)),
            Constant::Str(s) => Value::Str(self.intern(s)),
            Constant::Bytes(b) => Value::Bytes(Rc::new(crate::object::BytesObj::new(b.to_vec()))),
            Constant::Tuple(items) => {
                Value::tuple(items.iter().map(|c| self.constant_value(c)).collect())
            }
            Constant::Code(code) => Value::Code(code.clone()),
        }
    }

    /// A builtin defined in Python and loaded on first use (`complex`,
    /// `memoryview`), or NameError.
    pub(crate) fn lazy_builtin(&mut self, name: &str) -> PyResult {
        match name {
            "complex" => self.complex_class(),
            "memoryview" => {
                let m = self.import_module("_memoryview")?;
                let cls = self.getattr_str(&m, "memoryview")?;
                self.builtins.set_str("memoryview", cls.clone());
                Ok(cls)
            }
            _ => Err(self.name_error(name)),
        }
    }

    /// The `complex` class from `_complex.py`, cached in the builtins dict.
    pub(crate) fn complex_class(&mut self) -> PyResult {
        if let Some(c) = self.builtins.get_str("complex") {
            return Ok(c);
        }
        let m = self.import_module("_complex")?;
        let cls = self.getattr_str(&m, "complex")?;
        self.builtins.set_str("complex", cls.clone());
        Ok(cls)
    }

    /// complex(re, im) for imaginary literals.
    pub(crate) fn make_complex(&mut self, re: f64, im: f64) -> PyResult {
        let cls = self.complex_class()?;
        self.call(&cls, vec![Value::Float(re), Value::Float(im)])
    }

    // ----- raising errors -----

    /// Makes an exception of the builtin class `name` with a message.
    pub fn new_error(&mut self, name: &str, msg: &str) -> PyErr {
        let args = if msg.is_empty() {
            vec![]
        } else {
            vec![Value::str(msg)]
        };
        self.new_error_args(name, args)
    }

    pub fn new_error_args(&mut self, name: &str, args: Vec<Value>) -> PyErr {
        let class = self.types.exception(name);
        let inst = InstanceObj::new(
            class,
            Native::Exception(Box::new(ExcState::new(Value::tuple(args)))),
        );
        PyErr(crate::gc::new(inst))
    }

    pub fn type_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_error("TypeError", msg.as_ref())
    }

    pub fn value_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_error("ValueError", msg.as_ref())
    }

    pub fn index_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_error("IndexError", msg.as_ref())
    }

    pub fn attribute_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_error("AttributeError", msg.as_ref())
    }

    pub fn key_error(&mut self, key: Value) -> PyErr {
        self.new_error_args("KeyError", vec![key])
    }

    pub fn overflow_error(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_error("OverflowError", msg.as_ref())
    }

    pub fn zero_division(&mut self, msg: impl AsRef<str>) -> PyErr {
        self.new_error("ZeroDivisionError", msg.as_ref())
    }

    pub fn name_error(&mut self, name: &str) -> PyErr {
        let e = self.new_error("NameError", &format!("name '{}' is not defined", name));
        e.0.set_attr_str("name", Value::str(name));
        e
    }

    /// Does `err` belong to the builtin exception class `name` (or a subclass)?
    pub fn err_matches(&self, err: &PyErr, name: &str) -> bool {
        let class = self.types.exception(name);
        err.0.class().is_subclass(&class)
    }

    /// Looks a builtin up by name (for modules written against builtins).
    pub fn builtin(&self, name: &str) -> Option<Value> {
        self.builtins.get_str(name)
    }

    /// Flushes output; called by hosts and the runner before exit.
    pub fn finish(&mut self) {
        self.flush_out();
    }

    /// The current frame depth (Python frames only).
    pub fn depth(&self) -> usize {
        self.frames.len()
    }
}

impl Drop for Vm {
    /// Clears every module namespace, as CPython does at shutdown: functions
    /// point back at their module's globals, so without this each module
    /// (and all it holds) would be a reference cycle outliving the VM.
    fn drop(&mut self) {
        // Objects freed and made here belong to this VM's heap.
        let _scope = self.heap.enter();
        // Garbage cycles first, while their finalisers can still see the
        // modules they use; then `__main__` (other modules still usable).
        self.run_pending();
        crate::gc::collect::collect(self, 2);
        self.run_pending();
        // One name at a time, in definition order, dropping only what the
        // namespace alone holds: each finaliser still sees the later names
        // and everything alive elsewhere (modules), as CPython shows.
        let main = self.main.dict.clone();
        for key in main.keys() {
            if let Value::Str(k) = key {
                let sole = main.get_str(k.as_str()).and_then(|v| v.ref_count()) == Some(2);
                if sole {
                    let old = main.remove_str(k.as_str());
                    drop(old);
                    self.run_pending();
                }
            }
        }
        main.clear();
        self.run_pending();
        self.flush_out();
        // From here on finalisers may find their modules gone: their errors
        // are not reported (CPython prints some of these; hosts want quiet).
        self.teardown = true;
        for module in self.modules.values() {
            if let Value::Module(m) = module {
                m.dict.clear();
            }
        }
        self.modules.clear();
        self.run_pending();
        self.builtins.clear();
        self.exc_info = Value::None;
        // Pooled frames still hold code objects, whose caches hold values.
        self.frame_pool.clear();
        self.frames.clear();
        // Then free the cycles that remain (classes, closures, generators).
        self.run_pending();
        while crate::gc::collect::collect(self, 2) > 0 {
            self.run_pending();
        }
        self.flush_out();
    }
}

#[cfg(test)]
mod tests {
    use super::check_control_flow;
    use crate::bytecode::{CodeObject, ExceptionEntry, Instr, Op};

    fn code(instrs: Vec<Instr>) -> CodeObject {
        CodeObject {
            instrs,
            ..CodeObject::default()
        }
    }

    #[test]
    fn control_flow_check_accepts_compiled_shapes() {
        check_control_flow(&code(vec![
            Instr::new(Op::Nop, 0),
            Instr::new(Op::PopJumpIfFalse, 3),
            Instr::new(Op::Nop, 0),
            Instr::new(Op::ReturnValue, 0),
        ]));
    }

    #[test]
    #[should_panic(expected = "invalid bytecode")]
    fn control_flow_check_rejects_falling_off_the_end() {
        check_control_flow(&code(vec![Instr::new(Op::Nop, 0)]));
    }

    #[test]
    #[should_panic(expected = "invalid bytecode")]
    fn control_flow_check_rejects_a_jump_past_the_end() {
        check_control_flow(&code(vec![
            Instr::new(Op::Jump, 5),
            Instr::new(Op::ReturnValue, 0),
        ]));
    }

    #[test]
    #[should_panic(expected = "invalid bytecode")]
    fn control_flow_check_rejects_a_constant_out_of_range() {
        check_control_flow(&code(vec![
            Instr::new(Op::LoadConst, 0),
            Instr::new(Op::ReturnValue, 0),
        ]));
    }

    #[test]
    #[should_panic(expected = "invalid bytecode")]
    fn control_flow_check_rejects_a_handler_past_the_end() {
        let mut c = code(vec![Instr::new(Op::ReturnValue, 0)]);
        c.exception_table.push(ExceptionEntry {
            start: 0,
            end: 1,
            target: 1,
            depth: 0,
        });
        check_control_flow(&c);
    }
}
