//! Generator (and coroutine) objects: a suspended frame and its state.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::gc::{collectable, on_drop, pending, GcHeader, FINALIZED};
use crate::vm::frame::Frame;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub struct GeneratorObj {
    /// None once the generator has finished.
    pub frame: RefCell<Option<Box<Frame>>>,
    pub running: Cell<bool>,
    pub started: Cell<bool>,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub kind: GenKind,
    pub gc: GcHeader,
}

collectable!(GeneratorObj, Generator);

impl Drop for GeneratorObj {
    /// A generator freed while suspended inside `try`/`with` is closed
    /// first, so its `finally` blocks run (CPython's generator finaliser).
    fn drop(&mut self) {
        on_drop(&self.gc, self as *const _ as usize);
        note_never_awaited(self);
        if !self.gc.has_flag(FINALIZED) && pending::suspended_in_handler(self) {
            pending::resurrect_generator(self);
        }
    }
}

impl GeneratorObj {
    /// Moves a dying generator's frame into a new generator object.
    pub(crate) fn take_for_close(&mut self) -> GeneratorObj {
        GeneratorObj {
            frame: RefCell::new(self.frame.get_mut().take()),
            running: Cell::new(false),
            started: Cell::new(self.started.get()),
            name: self.name.clone(),
            qualname: self.qualname.clone(),
            kind: self.kind,
            gc: GcHeader::new(),
        }
    }

    pub fn type_name(&self) -> &'static str {
        match self.kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        }
    }
}

use crate::error::PyResult;
use crate::object::{Args, NativeFn};
use crate::value::Value;
use crate::vm::run::Exit;
use crate::vm::Vm;

/// Methods of generator objects (and of coroutines, which share them).
pub const METHODS: &[(&str, NativeFn)] = &[
    ("send", send),
    ("throw", throw),
    ("close", close),
    ("__next__", next),
    ("__iter__", iter),
];

pub(crate) fn this(vm: &mut Vm, args: &Args) -> PyResult<Rc<GeneratorObj>> {
    match args.args.first() {
        Some(Value::Generator(g)) => Ok(g.clone()),
        _ => Err(vm.type_error("descriptor requires a 'generator' object")),
    }
}

/// Turns a generator step into a value, or StopIteration(return value).
pub(crate) fn step_result(vm: &mut Vm, step: Exit) -> PyResult {
    match step {
        Exit::Yield(v) => Ok(v),
        Exit::Return(v) => {
            Err(vm.new_error_args("StopIteration", if v.is_none() { vec![] } else { vec![v] }))
        }
    }
}

pub(crate) fn send(vm: &mut Vm, args: Args) -> PyResult {
    let g = this(vm, &args)?;
    let v = args.args.get(1).cloned().unwrap_or(Value::None);
    let step = vm.resume_generator(&g, v, None)?;
    step_result(vm, step)
}

fn next(vm: &mut Vm, args: Args) -> PyResult {
    let g = this(vm, &args)?;
    let step = vm.resume_generator(&g, Value::None, None)?;
    step_result(vm, step)
}

fn iter(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(args.args.first().cloned().unwrap_or(Value::None))
}

pub(crate) fn throw(vm: &mut Vm, args: Args) -> PyResult {
    let g = this(vm, &args)?;
    let err = throw_args_error(vm, &args, 1)?;
    let step = vm.resume_generator(&g, Value::None, Some(err))?;
    step_result(vm, step)
}

/// The exception `throw(typ[, val])` raises, from `args[at..]`.
pub(crate) fn throw_args_error(
    vm: &mut Vm,
    args: &Args,
    at: usize,
) -> PyResult<crate::error::PyErr> {
    let typ = args.args.get(at).cloned().unwrap_or(Value::None);
    let val = args.args.get(at + 1).cloned().unwrap_or(Value::None);
    let exc = match (&typ, &val) {
        (Value::Class(c), Value::None) => {
            let obj = vm.call_class(c, Args::default())?;
            if !vm.is_exception_instance(&obj) {
                let cls = vm.repr(&typ)?;
                return Err(vm.type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    cls,
                    crate::object::type_name_of(&obj)
                )));
            }
            obj
        }
        (Value::Class(c), Value::Instance(_)) if vm.type_of(&val).is_subclass(c) => val.clone(),
        (Value::Class(c), v) => {
            let c = c.clone();
            let v = v.clone();
            vm.call_class(&c, Args::new(vec![v]))?
        }
        _ => typ.clone(),
    };
    vm.exc_from_value(exc)
}

/// `close()`: raises GeneratorExit inside the generator and expects it to finish.
pub fn close(vm: &mut Vm, args: Args) -> PyResult {
    let g = this(vm, &args)?;
    if g.running.get() {
        return Err(vm.value_error(format!("{} already executing", g.type_name())));
    }
    if g.frame.borrow().is_none() || !g.started.get() {
        *g.frame.borrow_mut() = None;
        return Ok(Value::None);
    }
    let err = vm.new_error("GeneratorExit", "");
    match vm.resume_generator(&g, Value::None, Some(err)) {
        Ok(Exit::Yield(_)) => Err(vm.new_error(
            "RuntimeError",
            &format!("{} ignored GeneratorExit", g.type_name()),
        )),
        Ok(Exit::Return(_)) => Ok(Value::None),
        Err(e) if vm.err_matches(&e, "GeneratorExit") || vm.err_matches(&e, "StopIteration") => {
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}

thread_local! {
    /// Qualnames of coroutines dropped before they ever ran; the VM prints
    /// CPython's "was never awaited" RuntimeWarning for each when it next
    /// writes to stderr or finishes a script.
    pub static NEVER_AWAITED: RefCell<Vec<Rc<str>>> = const { RefCell::new(Vec::new()) };
}

/// Called from `drop`: a coroutine that never ran is reported.
fn note_never_awaited(g: &mut GeneratorObj) {
    if g.kind == GenKind::Coroutine && !g.started.get() && g.frame.get_mut().is_some() {
        let name = g.qualname.clone();
        let _ = NEVER_AWAITED.try_with(|w| w.borrow_mut().push(name));
    }
}
