//! `_asyncio.Task`: a Future that drives a coroutine. `_step` and `_wakeup`
//! follow CPython's Task.__step/__wakeup line by line, so callbacks land on
//! the ready queue in the same order.

use super::future::{
    cancel_msg, future_cancel, future_set_exception, future_set_result, loop_or_current,
    make_cancelled_error, push_callback, result_of,
};
use super::*;
use crate::object::generator::GenKind;
use crate::object::BoundMethodObj;
use crate::vm::run::Exit;

pub const METHODS: &[(&str, NativeFn)] = &[
    ("__init__", init),
    ("get_coro", |vm, a| tslot(vm, a, CORO)),
    ("get_name", get_name),
    ("set_name", set_name),
    ("get_context", |vm, a| tslot(vm, a, CONTEXT)),
    ("set_result", |vm, _a| {
        Err(vm.new_error("RuntimeError", "Task does not support set_result operation"))
    }),
    ("set_exception", |vm, _a| {
        Err(vm.new_error(
            "RuntimeError",
            "Task does not support set_exception operation",
        ))
    }),
    ("cancel", cancel),
    ("cancelling", |vm, a| tslot(vm, a, NUM_CANCELS)),
    ("uncancel", uncancel),
    ("_step", step),
    ("_wakeup", wakeup),
];

pub const PROPERTIES: &[(&str, NativeFn, Option<NativeFn>)] = &[
    ("_coro", |vm, a| tslot(vm, a, CORO), None),
    ("_name", get_name, None),
    ("_fut_waiter", |vm, a| tslot(vm, a, WAITER), None),
    ("_must_cancel", |vm, a| tslot(vm, a, MUST_CANCEL), None),
];

fn tslot(vm: &mut Vm, args: Args, i: usize) -> PyResult {
    let (_, l) = this(vm, &args, true)?;
    Ok(get(&l, i))
}

/// `Task(coro, *, loop=None, name=None, context=None)`.
fn init(vm: &mut Vm, args: Args) -> PyResult {
    let (t, l) = this(vm, &args, true)?;
    check_kwargs(
        vm,
        &args,
        "Task.__init__",
        &["coro", "loop", "name", "context"],
    )?;
    let coro = match args.args.get(1) {
        Some(c) => c.clone(),
        None => kwarg(&args, "coro"),
    };
    let lp = loop_or_current(vm, kwarg(&args, "loop"))?;
    set(&l, LOOP, lp.clone());
    if !matches!(&coro, Value::Generator(g) if g.kind == GenKind::Coroutine) {
        let r = vm.repr(&coro)?;
        return Err(vm.type_error(format!("a coroutine was expected, got {}", r)));
    }
    let types = types(vm)?;
    let name = kwarg(&args, "name");
    if name.is_none() {
        let n = types.counter.get() + 1;
        types.counter.set(n);
        set(&l, NAME, Value::Int(n));
    } else {
        let s = vm.str(&name)?;
        set(&l, NAME, Value::string(s));
    }
    set(&l, CORO, coro);
    // A copy of the current context, once a script uses contextvars (nothing
    // can tell the difference before that).
    let mut context = kwarg(&args, "context");
    if context.is_none() {
        if let Some(Value::Module(m)) = vm.modules.get_str("contextvars") {
            if let Some(copy) = m.dict.get_str("copy_context") {
                context = vm.call(&copy, vec![])?;
            }
        }
    }
    set(&l, CONTEXT, context);
    // The task itself on the ready queue stands for `task._step()`.
    push_ready(vm, &lp, t.clone())?;
    register(vm, &t, &l);
    Ok(Value::None)
}

// The live tasks are a list in creation order with holes (None) where
// finished ones were; each task keeps its position (INDEX). Much smaller
// than a dict keyed by id, and removing is O(1).

fn register(vm: &mut Vm, t: &Value, l: &Slots) {
    let Some(all) = all_tasks(vm) else {
        return;
    };
    let mut items = all.items.borrow_mut();
    if let Value::Int(i) = get(l, INDEX) {
        if items.get(i as usize).is_some_and(|v| v.is(t)) {
            return;
        }
    }
    set(l, INDEX, Value::Int(items.len() as i64));
    items.push(t.clone());
}

fn unregister(vm: &mut Vm, t: &Value, l: &Slots) {
    let Value::Int(i) = l.take(INDEX) else {
        return;
    };
    let Some(all) = all_tasks(vm) else {
        return;
    };
    let old = {
        let mut items = all.items.borrow_mut();
        match items.get_mut(i as usize) {
            Some(v) if v.is(t) => std::mem::replace(v, Value::None),
            _ => Value::None,
        }
    };
    if old.is_none() {
        return;
    }
    drop(old);
    let Some(ty) = vm.types.asyncio.clone() else {
        return;
    };
    let holes = ty.holes.get() + 1;
    ty.holes.set(holes);
    let len = all.items.borrow().len();
    if len >= 64 && holes * 2 > len {
        // Compact, keeping the order.
        let items = std::mem::take(&mut *all.items.borrow_mut());
        let kept: Vec<Value> = items.into_iter().filter(|v| !v.is_none()).collect();
        for (k, v) in kept.iter().enumerate() {
            if let Some(tl) = slots_of(vm, v, true) {
                set(&tl, INDEX, Value::Int(k as i64));
            }
        }
        let mut now = all.items.borrow_mut();
        let added = std::mem::replace(&mut *now, kept);
        now.extend(added);
        ty.holes.set(0);
    }
}

/// A task on the ready queue: `_wakeup(waiter)` if it waits on a future
/// (which is done), else `_step()`.
pub(crate) fn run_scheduled(
    vm: &mut Vm,
    t: &Value,
    l: &Slots,
) -> Result<(), super::event_loop::Failed> {
    use super::event_loop::Failed;
    let waiter = get(l, WAITER);
    if waiter.is_none() {
        return step_impl(vm, t, l, Value::None).map_err(|e| Failed::Native("_step", e));
    }
    wakeup_impl(vm, t, l, waiter).map_err(|e| Failed::Native("_wakeup", e))
}

/// What a task on the ready queue stands for, as a call (for a loop of
/// another kind).
pub(crate) fn scheduled_call(vm: &mut Vm, t: &Value) -> Vec<Value> {
    let waiter = slots_of(vm, t, true)
        .map(|l| get(&l, WAITER))
        .unwrap_or(Value::None);
    if waiter.is_none() {
        return vec![bound(vm, t, "_step")];
    }
    vec![bound(vm, t, "_wakeup"), waiter]
}

/// `task._step` / `task._wakeup` as a fresh bound method (CPython also makes
/// one per scheduling, so a sleeping task holds none).
pub(crate) fn bound(vm: &mut Vm, t: &Value, name: &str) -> Value {
    let f = vm
        .types
        .asyncio
        .as_ref()
        .and_then(|ty| ty.task.dict.get_str(name))
        .unwrap_or(Value::None);
    Value::BoundMethod(crate::gc::new(BoundMethodObj::new(f, t.clone())))
}

fn get_name(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = this(vm, &args, true)?;
    Ok(match get(&l, NAME) {
        Value::Int(n) => {
            let s = Value::string(format!("Task-{}", n));
            set(&l, NAME, s.clone());
            s
        }
        other => other,
    })
}

fn set_name(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = this(vm, &args, true)?;
    let v = args.args.get(1).cloned().unwrap_or(Value::None);
    let s = vm.str(&v)?;
    set(&l, NAME, Value::string(s));
    Ok(Value::None)
}

fn uncancel(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = this(vm, &args, true)?;
    if let Value::Int(n) = get(&l, NUM_CANCELS) {
        let n = (n - 1).max(0);
        set(&l, NUM_CANCELS, Value::Int(n));
        return Ok(Value::Int(n));
    }
    Ok(Value::Int(0))
}

fn cancel(vm: &mut Vm, args: Args) -> PyResult {
    let (t, l) = this(vm, &args, true)?;
    let msg = cancel_msg(vm, &args)?;
    super::future::retrieved(&t, &l);
    if state(&l) != PENDING {
        return Ok(Value::Bool(false));
    }
    if let Value::Int(n) = get(&l, NUM_CANCELS) {
        set(&l, NUM_CANCELS, Value::Int(n + 1));
    }
    let waiter = get(&l, WAITER);
    if !waiter.is_none() && cancel_future(vm, &waiter, msg.clone())? {
        return Ok(Value::Bool(true));
    }
    set(&l, MUST_CANCEL, Value::Bool(true));
    set(&l, CANCEL_MSG, msg);
    Ok(Value::Bool(true))
}

/// `fut.cancel(msg=msg)`, natively for a plain Future.
fn cancel_future(vm: &mut Vm, fut: &Value, msg: Value) -> PyResult<bool> {
    if let (Some(l), Value::Instance(inst)) = (slots_of(vm, fut, false), fut) {
        let plain = types(vm).is_ok_and(|t| Rc::ptr_eq(&inst.class_ref(), &t.future));
        if plain {
            return future_cancel(vm, fut, &l, msg);
        }
    }
    let m = vm.getattr_str(fut, "cancel")?;
    let key = vm.intern("msg");
    let r = vm.call_args(
        &m,
        Args {
            args: Default::default(),
            kwargs: vec![(key, msg)],
        },
    )?;
    vm.truthy(&r)
}

/// `task._step(exc=None)`: runs the coroutine to its next suspension.
fn step(vm: &mut Vm, args: Args) -> PyResult {
    let (t, l) = this(vm, &args, true)?;
    let exc = args.args.get(1).cloned().unwrap_or(Value::None);
    step_impl(vm, &t, &l, exc)?;
    Ok(Value::None)
}

fn is_cancelled_error(vm: &mut Vm, v: &Value) -> bool {
    match types(vm).ok().and_then(|t| t.cancelled_error.clone()) {
        Some(c) => vm.isinstance_class(v, &c),
        None => false,
    }
}

fn set_current_task(vm: &mut Vm, lp: &Value, v: Value) {
    if let Value::Instance(inst) = lp {
        set_attr_fast(vm, inst, "_current_task", v);
    }
}

pub(crate) fn step_impl(vm: &mut Vm, t: &Value, l: &Slots, exc: Value) -> PyResult<()> {
    if state(l) != PENDING {
        let (a, b) = (vm.repr(t)?, vm.repr(&exc)?);
        return Err(invalid_state(
            vm,
            &format!("_step(): already done: {}, {}", a, b),
        ));
    }
    let mut exc = exc;
    if flag(l, MUST_CANCEL) {
        if !is_cancelled_error(vm, &exc) {
            exc = make_cancelled_error(vm, l).value();
        }
        set(l, MUST_CANCEL, Value::Bool(false));
    }
    let waiter = l.take(WAITER);
    if !waiter.is_none() {
        super::event_loop::sleep_done(vm, &waiter);
    }
    let lp = get(l, LOOP);
    set_current_task(vm, &lp, t.clone());
    let context = get(l, CONTEXT);
    let cv = match &context {
        Value::None => None,
        _ => match vm.modules.get_str("contextvars") {
            Some(Value::Module(m)) => Some(m.dict.clone()),
            _ => None,
        },
    };
    let prev = cv.as_ref().map(|d| {
        let prev = d.get_str("_current").unwrap_or(Value::None);
        d.set_str("_current", context);
        prev
    });
    let out = run_coro(vm, t, l, &lp, exc);
    if let (Some(d), Some(prev)) = (&cv, prev) {
        d.set_str("_current", prev);
    }
    if let Value::Instance(inst) = &lp {
        if inst.get_attr_str("_current_task").is_some_and(|c| c.is(t)) {
            set_attr_fast(vm, inst, "_current_task", Value::None);
        }
    }
    out
}

fn run_coro(vm: &mut Vm, t: &Value, l: &Slots, lp: &Value, exc: Value) -> PyResult<()> {
    let Value::Generator(g) = get(l, CORO) else {
        return Err(vm.type_error("a coroutine was expected"));
    };
    let throw = if exc.is_none() {
        None
    } else {
        Some(vm.exc_from_value(exc)?)
    };
    match vm.resume_generator(&g, Value::None, throw) {
        Ok(Exit::Return(v)) => {
            if flag(l, MUST_CANCEL) {
                set(l, MUST_CANCEL, Value::Bool(false));
                let msg = get(l, CANCEL_MSG);
                future_cancel(vm, t, l, msg)?;
            } else {
                future_set_result(vm, t, l, v)?;
            }
            finish(vm, t, l)
        }
        Ok(Exit::Yield(r)) => on_yield(vm, t, l, lp, r),
        Err(e) => {
            let v = e.value();
            if is_cancelled_error(vm, &v) {
                set(l, CANCELLED_EXC, v);
                future_cancel(vm, t, l, Value::None)?;
                return finish(vm, t, l);
            }
            future_set_exception(vm, t, l, v)?;
            finish(vm, t, l)?;
            if vm.err_matches(&e, "KeyboardInterrupt") || vm.err_matches(&e, "SystemExit") {
                return Err(e);
            }
            Ok(())
        }
    }
}

/// Schedules `_step(RuntimeError(msg))`.
fn step_with_error(vm: &mut Vm, t: &Value, lp: &Value, msg: String) -> PyResult<()> {
    let err = vm.new_error("RuntimeError", &msg).value();
    let cb = bound(vm, t, "_step");
    push_ready(vm, lp, ready_entry(cb, vec![err]))
}

/// What the coroutine yielded: a future to wait on, None (sleep(0)), or junk.
fn on_yield(vm: &mut Vm, t: &Value, l: &Slots, lp: &Value, r: Value) -> PyResult<()> {
    if r.is_none() {
        return push_ready(vm, lp, t.clone());
    }
    let native = slots_of(vm, &r, false);
    let blocking = match &native {
        Some(rl) => get(rl, BLOCKING),
        None => match vm.getattr_str(&r, "_asyncio_future_blocking") {
            Ok(v) => v,
            Err(e) if vm.err_matches(&e, "AttributeError") => Value::None,
            Err(e) => return Err(e),
        },
    };
    if blocking.is_none() {
        let s = vm.repr(&r)?;
        return step_with_error(vm, t, lp, format!("Task got bad yield: {}", s));
    }
    let r_loop = match &native {
        Some(rl) => get(rl, LOOP),
        None => {
            let gl = vm.getattr_str(&r, "get_loop")?;
            vm.call(&gl, vec![])?
        }
    };
    if !r_loop.is(lp) {
        let (a, b) = (vm.repr(t)?, vm.repr(&r)?);
        let msg = format!("Task {} got Future {} attached to a different loop", a, b);
        return step_with_error(vm, t, lp, msg);
    }
    if !vm.truthy(&blocking)? {
        let (a, b) = (vm.repr(t)?, vm.repr(&r)?);
        let msg = format!(
            "yield was used instead of yield from in task {} with {}",
            a, b
        );
        return step_with_error(vm, t, lp, msg);
    }
    if r.is(t) {
        let a = vm.repr(t)?;
        return step_with_error(vm, t, lp, format!("Task cannot await on itself: {}", a));
    }
    match &native {
        Some(rl) => {
            set(rl, BLOCKING, Value::Bool(false));
            if state(rl) == PENDING {
                // The task itself among the callbacks stands for its _wakeup.
                push_callback(rl, t.clone());
            } else {
                let wake = bound(vm, t, "_wakeup");
                let m = vm.getattr_str(&r, "add_done_callback")?;
                vm.call(&m, vec![wake])?;
            }
        }
        None => {
            let wake = bound(vm, t, "_wakeup");
            let name = vm.intern("_asyncio_future_blocking");
            vm.setattr(&r, &name, Value::Bool(false))?;
            let m = vm.getattr_str(&r, "add_done_callback")?;
            vm.call(&m, vec![wake])?;
        }
    }
    set(l, WAITER, r.clone());
    if flag(l, MUST_CANCEL) {
        let msg = get(l, CANCEL_MSG);
        if cancel_future(vm, &r, msg)? {
            set(l, MUST_CANCEL, Value::Bool(false));
        }
    }
    Ok(())
}

/// A finished task leaves all_tasks.
fn finish(vm: &mut Vm, t: &Value, l: &Slots) -> PyResult<()> {
    unregister(vm, t, l);
    Ok(())
}

/// `task._wakeup(future)`: the awaited future is done; step with its outcome.
fn wakeup(vm: &mut Vm, args: Args) -> PyResult {
    let (t, l) = this(vm, &args, true)?;
    let fut = args.args.get(1).cloned().unwrap_or(Value::None);
    wakeup_impl(vm, &t, &l, fut)?;
    Ok(Value::None)
}

pub(crate) fn wakeup_impl(vm: &mut Vm, t: &Value, l: &Slots, fut: Value) -> PyResult<()> {
    let (t, l) = (t.clone(), l.clone());
    let outcome = match slots_of(vm, &fut, false) {
        Some(fl) => {
            if state(&fl) == FINISHED && get(&fl, EXC).is_none() {
                return step_impl(vm, &t, &l, Value::None);
            }
            result_of(vm, &fut, &fl)
        }
        None => {
            let m = vm.getattr_str(&fut, "result")?;
            vm.call(&m, vec![])
        }
    };
    let exc = match outcome {
        Ok(_) => Value::None,
        Err(e) => e.value(),
    };
    step_impl(vm, &t, &l, exc)
}

/// `_task_teardown(task)`: when the host frees the VM, breaks the cycles an
/// unfinished task forms with its loop, waiter and callbacks.
pub fn teardown(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = this(vm, &args, true)?;
    set(&l, CALLBACKS, Value::None);
    let waiter = get(&l, WAITER);
    set(&l, WAITER, Value::None);
    if let Some(wl) = slots_of(vm, &waiter, false) {
        set(&wl, CALLBACKS, Value::None);
    }
    Ok(Value::None)
}
