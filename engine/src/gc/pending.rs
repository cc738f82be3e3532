//! Work that must run script code but is discovered where no VM is at hand:
//! in a `Drop` (an instance with `__del__` freed, a suspended generator
//! freed, a weakly referenced object freed) or in the allocator (a
//! collection is due). It is queued here and the VM runs it at its next safe
//! point (`Vm::run_pending`), between two instructions, so script code never
//! runs while Rust code holds a borrow of some object.

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

/// Queues work on the heap the object `header` belongs to (dropped if the
/// object was never tracked: it was made while no VM ran).
pub fn push_for(header: &super::GcHeader, p: Pending) {
    if let Some(heap) = super::heap::of(header.heap.get()).or_else(super::heap::current) {
        heap.queue.borrow_mut().push_back(p);
        heap.pending.set(true);
    }
}

/// Does the current heap have work for `run_pending`?
pub fn any() -> bool {
    super::heap::current().is_some_and(|h| h.pending.get())
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
    push_for(&obj.gc, Pending::Finalize(v));
}

/// Moves the frame of a suspended generator being freed into a new
/// generator object that will be closed at the next safe point.
pub fn resurrect_generator(g: &mut GeneratorObj) {
    let revived = g.take_for_close();
    revived.gc.set_flag(super::FINALIZED);
    let v = Value::Generator(super::new(revived));
    push_for(&g.gc, Pending::CloseGenerator(v));
}

impl Vm {
    /// Runs queued finalisers and callbacks, then a due collection. Called
    /// by the dispatch loop when the heap has pending work, and by hosts
    /// after a run.
    pub fn run_pending(&mut self) {
        let heap: *const super::heap::Heap = self.heap.heap();
        // SAFETY: the VM owns its heap, which lives at least as long as the VM.
        let heap = unsafe { &*heap };
        if heap.draining.replace(true) {
            // Already draining further down the stack: it will see new work.
            heap.pending.set(false);
            return;
        }
        loop {
            heap.pending.set(false);
            loop {
                let next = heap.queue.borrow_mut().pop_front();
                let Some(p) = next else { break };
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
            if heap.collect_due.replace(false) {
                let due = {
                    let r = heap.registry.borrow();
                    if r.enabled && !r.collecting {
                        r.due_generation()
                    } else {
                        None
                    }
                };
                if let Some(gen) = due {
                    super::collect::collect(self, gen);
                }
            }
            if heap.queue.borrow().is_empty() && !heap.collect_due.get() {
                break;
            }
        }
        heap.draining.set(false);
    }

    /// Set while finalisers or a collection are waiting: the dispatch loop
    /// takes this once and reads it before every instruction.
    #[inline(always)]
    pub(crate) fn pending_flag(&self) -> &std::cell::Cell<bool> {
        &self.heap.heap().pending
    }
}
