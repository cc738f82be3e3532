//! Work that must run script code but is discovered where no VM is at hand:
//! in a `Drop` (an instance with `__del__` freed, a suspended generator
//! freed, a weakly referenced object freed) or in the allocator (a
//! collection is due). It is queued here and the VM runs it at its next safe
//! point (`Vm::run_pending`), between two instructions, so script code never
//! runs while Rust code holds a borrow of some object.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use crate::object::{Args, GeneratorObj, InstanceObj};
use crate::value::Value;
use crate::vm::Vm;

pub enum Pending {
    /// Call `__del__` on this (resurrected) instance.
    Finalize(Value),
    /// Call a weakref callback with the dead weak reference.
    WeakCallback(Value, Value),
    /// Close a suspended generator freed inside a `try`/`with` block.
    CloseGenerator(Value),
}

thread_local! {
    static FLAG: Cell<bool> = const { Cell::new(false) };
    static QUEUE: RefCell<VecDeque<Pending>> = const { RefCell::new(VecDeque::new()) };
    static COLLECT: Cell<bool> = const { Cell::new(false) };
    static DRAINING: Cell<bool> = const { Cell::new(false) };
}

/// Is there anything for `run_pending` to do? (Checked by the dispatch loop.)
#[inline(always)]
pub fn any() -> bool {
    FLAG.with(|f| f.get())
}

pub fn push(p: Pending) {
    let _ = QUEUE.try_with(|q| q.borrow_mut().push_back(p));
    let _ = FLAG.try_with(|f| f.set(true));
}

pub fn request_collection() {
    let _ = COLLECT.try_with(|c| c.set(true));
    let _ = FLAG.try_with(|f| f.set(true));
}

fn pop() -> Option<Pending> {
    QUEUE.with(|q| q.borrow_mut().pop_front())
}

/// The `__del__` a freed instance should run, if its class has one.
pub fn finalizer_of(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(i) => i.class().lookup("__del__"),
        _ => None,
    }
}

/// Would `close()` on this generator run code (a `finally`, an `except`
/// or a `with` exit around its suspension point)?
pub fn generator_needs_close(v: &Value) -> bool {
    let Value::Generator(g) = v else {
        return false;
    };
    suspended_in_handler(g)
}

pub(crate) fn suspended_in_handler(g: &GeneratorObj) -> bool {
    if !g.started.get() || g.running.get() {
        return false;
    }
    let Ok(frame) = g.frame.try_borrow() else {
        return false;
    };
    let Some(f) = &*frame else {
        return false;
    };
    let at = f.pc.saturating_sub(1);
    f.code
        .exception_table
        .iter()
        .any(|e| (e.start as usize) <= at && at < e.end as usize)
}

/// Calls `f(args)`; an exception is printed as CPython's "Exception ignored
/// in: ..." report and swallowed.
pub fn call_ignoring_errors(vm: &mut Vm, f: &Value, args: Vec<Value>) {
    if let Err(e) = vm.call(f, args) {
        report_ignored(vm, f, &e);
    }
}

fn report_ignored(vm: &mut Vm, obj: &Value, e: &crate::error::PyErr) {
    if vm.limits.halted().is_some() || vm.teardown {
        return;
    }
    let what = vm
        .repr(obj)
        .unwrap_or_else(|_| "<object repr() failed>".into());
    vm.flush_out();
    let text = vm.format_exception(e);
    vm.write_err(&format!("Exception ignored in: {}\n{}", what, text));
}

/// `close()` on a generator being collected, reporting errors as ignored.
pub fn close_generator(vm: &mut Vm, g: &Value) {
    if let Err(e) = crate::object::generator::close(vm, Args::new(vec![g.clone()])) {
        report_ignored(vm, g, &e);
    }
}

/// Re-wraps the state of an instance being freed into a new instance so its
/// `__del__` can run (Rust cannot revive an `Rc` whose count reached zero;
/// the object keeps its class and attributes, not its address).
pub fn resurrect_instance(obj: &mut InstanceObj) {
    let revived = obj.take_for_finalizer();
    revived.gc.set_flag(super::FINALIZED);
    let v = Value::Instance(super::new(revived));
    push(Pending::Finalize(v));
}

/// Moves the frame of a suspended generator being freed into a new
/// generator object that will be closed at the next safe point.
pub fn resurrect_generator(g: &mut GeneratorObj) {
    let revived = g.take_for_close();
    revived.gc.set_flag(super::FINALIZED);
    push(Pending::CloseGenerator(Value::Generator(super::new(
        revived,
    ))));
}

impl Vm {
    /// Runs queued finalisers and callbacks, then a due collection. Called
    /// by the dispatch loop when `pending::any()`, and by hosts after a run.
    pub fn run_pending(&mut self) {
        if DRAINING.with(|d| d.replace(true)) {
            // Already draining further down the stack: it will see new work.
            FLAG.with(|f| f.set(false));
            return;
        }
        loop {
            FLAG.with(|f| f.set(false));
            while let Some(p) = pop() {
                match p {
                    Pending::Finalize(obj) => {
                        if let Some(del) = finalizer_of(&obj) {
                            call_ignoring_errors(self, &del, vec![obj]);
                        }
                    }
                    Pending::WeakCallback(cb, wr) => call_ignoring_errors(self, &cb, vec![wr]),
                    Pending::CloseGenerator(g) => close_generator(self, &g),
                }
            }
            if COLLECT.with(|c| c.replace(false)) {
                if let Some(gen) = super::registry::with(|r| {
                    if r.enabled && !r.collecting {
                        r.due_generation()
                    } else {
                        None
                    }
                }) {
                    super::collect::collect(self, gen);
                }
            }
            if QUEUE.with(|q| q.borrow().is_empty()) && !COLLECT.with(|c| c.get()) {
                break;
            }
        }
        DRAINING.with(|d| d.set(false));
    }
}
