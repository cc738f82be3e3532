//! `_asyncio.Future` and the iterator `await fut` drives (CPython's
//! FutureIter): state, result, done callbacks and cancellation.

use std::rc::Rc;

use super::*;

pub const METHODS: &[(&str, NativeFn)] = &[
    ("__init__", init),
    ("get_loop", get_loop),
    ("done", done),
    ("cancelled", cancelled),
    ("result", result),
    ("exception", exception),
    ("set_result", set_result),
    ("set_exception", set_exception),
    ("add_done_callback", add_done_callback),
    ("remove_done_callback", remove_done_callback),
    ("cancel", cancel),
    ("_make_cancelled_error", make_cancelled_error_m),
    ("__await__", await_),
    ("__iter__", await_),
    ("__next__", next),
];

type Prop = (&'static str, NativeFn, Option<NativeFn>);

pub const PROPERTIES: &[Prop] = &[
    ("_loop", get_loop, None),
    ("_state", state_name, None),
    ("_result", result_slot, None),
    ("_exception", |vm, a| slot(vm, a, EXC), None),
    ("_callbacks", callbacks, None),
    (
        "_asyncio_future_blocking",
        |vm, a| slot(vm, a, BLOCKING),
        Some(set_blocking),
    ),
    (
        "_cancel_message",
        |vm, a| slot(vm, a, CANCEL_MSG),
        Some(set_cancel_message),
    ),
    (
        "_log_traceback",
        |vm, a| slot(vm, a, LOG_TB),
        Some(set_log_tb),
    ),
    ("_source_traceback", |_vm, _a| Ok(Value::None), None),
];

/// `Future.__new__(cls, ...)`: an instance with fresh slots (Task's too).
pub fn new(vm: &mut Vm, args: Args) -> PyResult {
    let Some(Value::Class(cls)) = args.args.first() else {
        return Err(vm.type_error("Future.__new__(X): X is not a type object"));
    };
    let t = types(vm)?;
    let task = cls.is_subclass(&t.task);
    Ok(Value::Instance(new_instance(cls.clone(), task)))
}

/// A pending future on `lp` (loop.create_future and asyncio.sleep).
pub(crate) fn new_future(vm: &mut Vm, lp: Value) -> PyResult {
    let t = types(vm)?;
    let inst = new_instance(t.future.clone(), false);
    let v = Value::Instance(inst);
    if let Some(l) = slots_of(vm, &v, false) {
        set(&l, LOOP, lp);
    }
    Ok(v)
}

/// The loop argument, or the current event loop.
pub(crate) fn loop_or_current(vm: &mut Vm, lp: Value) -> PyResult {
    if !lp.is_none() {
        return Ok(lp);
    }
    let g = types(vm)?.get_event_loop.clone();
    vm.call(&g, vec![])
}

fn init(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = this(vm, &args, false)?;
    if args.args.len() > 1 {
        return Err(vm.type_error(format!(
            "Future.__init__() takes 0 positional arguments but {} were given",
            args.args.len() - 1
        )));
    }
    check_kwargs(vm, &args, "Future.__init__", &["loop"])?;
    let lp = loop_or_current(vm, kwarg(&args, "loop"))?;
    set(&l, LOOP, lp);
    Ok(Value::None)
}

fn slot(vm: &mut Vm, args: Args, i: usize) -> PyResult {
    let (_, l) = this(vm, &args, false)?;
    Ok(get(&l, i))
}

/// `_result` (None while pending: a sleep future keeps its coming result there).
fn result_slot(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = this(vm, &args, false)?;
    if state(&l) == PENDING {
        return Ok(Value::None);
    }
    Ok(get(&l, RESULT))
}

fn get_loop(vm: &mut Vm, args: Args) -> PyResult {
    slot(vm, args, LOOP)
}

fn state_name(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = this(vm, &args, false)?;
    Ok(Value::str(match state(&l) {
        PENDING => "PENDING",
        CANCELLED => "CANCELLED",
        _ => "FINISHED",
    }))
}

fn set_blocking(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = this(vm, &args, false)?;
    let v = args.args.get(1).cloned().unwrap_or(Value::None);
    let b = vm.truthy(&v)?;
    set(&l, BLOCKING, Value::Bool(b));
    Ok(Value::None)
}

fn set_cancel_message(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = this(vm, &args, false)?;
    set(
        &l,
        CANCEL_MSG,
        args.args.get(1).cloned().unwrap_or(Value::None),
    );
    Ok(Value::None)
}

fn set_log_tb(vm: &mut Vm, args: Args) -> PyResult {
    let (f, l) = this(vm, &args, false)?;
    let v = args.args.get(1).cloned().unwrap_or(Value::None);
    if vm.truthy(&v)? {
        return Err(vm.value_error("_log_traceback can only be set to False"));
    }
    retrieved(&f, &l);
    Ok(Value::None)
}

/// The exception was looked at: nothing to report when the future dies.
pub(crate) fn retrieved(f: &Value, l: &Slots) {
    set(l, LOG_TB, Value::Bool(false));
    if let Value::Instance(inst) = f {
        inst.gc.set_flag(crate::gc::FINALIZED);
    }
}

/// The callbacks as a list (a copy).
fn callbacks(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = this(vm, &args, false)?;
    let cbs = stored_callbacks(&l)
        .into_iter()
        .map(|c| decode_callback(vm, c))
        .collect();
    Ok(Value::list(cbs))
}

// The callbacks slot holds None, one entry, or a list of entries. An entry
// that is a task stands for that task's `_wakeup` (no bound method per
// await); a callback that is itself a task or a tuple is kept inside a
// 1-tuple.

fn is_task(vm: &Vm, v: &Value) -> bool {
    slots_of(vm, v, true).is_some()
}

/// How `cb` is kept among a future's callbacks.
fn encode_callback(vm: &Vm, cb: Value) -> Value {
    if matches!(cb, Value::Tuple(_)) || is_task(vm, &cb) {
        return Value::tuple(vec![cb]);
    }
    cb
}

/// The callback a stored entry stands for.
fn decode_callback(vm: &mut Vm, c: Value) -> Value {
    match &c {
        Value::Tuple(t) => t.items[0].clone(),
        _ if is_task(vm, &c) => super::task::bound(vm, &c, "_wakeup"),
        _ => c,
    }
}

fn stored_callbacks(l: &Slots) -> Vec<Value> {
    match get(l, CALLBACKS) {
        Value::None => Vec::new(),
        Value::List(cbs) => cbs.items.borrow().clone(),
        one => vec![one],
    }
}

/// Adds a stored entry to a pending future's callbacks (one is kept
/// without a list).
pub(crate) fn push_callback(l: &Slots, cb: Value) {
    match get(l, CALLBACKS) {
        Value::None if !matches!(cb, Value::List(_)) => set(l, CALLBACKS, cb),
        Value::None => set(l, CALLBACKS, Value::list(vec![cb])),
        Value::List(cbs) => cbs.items.borrow_mut().push(cb),
        one => set(l, CALLBACKS, Value::list(vec![one, cb])),
    }
}

/// Queues every callback on the loop with the future as argument.
pub(crate) fn schedule_callbacks(vm: &mut Vm, f: &Value, l: &Slots) -> PyResult<()> {
    let cbs = l.take(CALLBACKS);
    let cbs = match cbs {
        Value::None => return Ok(()),
        Value::List(cbs) => std::mem::take(&mut *cbs.items.borrow_mut()),
        one => vec![one],
    };
    let lp = get(l, LOOP);
    for cb in cbs {
        let entry = match cb {
            // A task or tuple callback: `(callback, (future,))`.
            Value::Tuple(t) => {
                Value::tuple(vec![t.items[0].clone(), Value::tuple(vec![f.clone()])])
            }
            // The task that waits on this future (its waiter): the task
            // itself on the ready queue is its `_wakeup(future)`.
            cb if is_task(vm, &cb) => cb,
            cb => Value::tuple(vec![cb, f.clone()]),
        };
        push_ready(vm, &lp, entry)?;
    }
    Ok(())
}

fn done(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = this(vm, &args, false)?;
    Ok(Value::Bool(state(&l) != PENDING))
}

fn cancelled(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = this(vm, &args, false)?;
    Ok(Value::Bool(state(&l) == CANCELLED))
}

/// The CancelledError to raise: the one the task caught, or a new one.
pub(crate) fn make_cancelled_error(vm: &mut Vm, l: &Slots) -> PyErr {
    let saved = l.take(CANCELLED_EXC);
    if !saved.is_none() {
        if let Ok(e) = vm.exc_from_value(saved) {
            return e;
        }
    }
    let msg = get(l, CANCEL_MSG);
    let args = if msg.is_none() { vec![] } else { vec![msg] };
    let cls = types(vm).ok().and_then(|t| t.cancelled_error.clone());
    raise_class(vm, &cls, args)
}

fn make_cancelled_error_m(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = this(vm, &args, false)?;
    Ok(make_cancelled_error(vm, &l).value())
}

/// `fut.result()` on the slots.
pub(crate) fn result_of(vm: &mut Vm, f: &Value, l: &Slots) -> PyResult {
    match state(l) {
        CANCELLED => Err(make_cancelled_error(vm, l)),
        PENDING => Err(invalid_state(vm, "Result is not set.")),
        _ => {
            retrieved(f, l);
            let exc = get(l, EXC);
            if !exc.is_none() {
                return Err(vm.exc_from_value(exc)?);
            }
            Ok(get(l, RESULT))
        }
    }
}

fn result(vm: &mut Vm, args: Args) -> PyResult {
    let (f, l) = this(vm, &args, false)?;
    result_of(vm, &f, &l)
}

fn exception(vm: &mut Vm, args: Args) -> PyResult {
    let (f, l) = this(vm, &args, false)?;
    match state(&l) {
        CANCELLED => Err(make_cancelled_error(vm, &l)),
        PENDING => Err(invalid_state(vm, "Exception is not set.")),
        _ => {
            retrieved(&f, &l);
            Ok(get(&l, EXC))
        }
    }
}

fn one_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    if args.args.len() != 2 || !args.kwargs.is_empty() {
        return Err(vm.type_error(format!(
            "{}() takes exactly one argument ({} given)",
            name,
            args.args.len().saturating_sub(1)
        )));
    }
    Ok(args.args[1].clone())
}

fn set_result(vm: &mut Vm, args: Args) -> PyResult {
    let (f, l) = this(vm, &args, false)?;
    let v = one_arg(vm, &args, "set_result")?;
    future_set_result(vm, &f, &l, v)?;
    Ok(Value::None)
}

pub(crate) fn future_set_result(vm: &mut Vm, f: &Value, l: &Slots, v: Value) -> PyResult<()> {
    if state(l) != PENDING {
        return Err(invalid_state(vm, "invalid state"));
    }
    sleep_finish(l);
    set(l, RESULT, v);
    set(l, STATE, Value::Int(FINISHED));
    schedule_callbacks(vm, f, l)
}

fn set_exception(vm: &mut Vm, args: Args) -> PyResult {
    let (f, l) = this(vm, &args, false)?;
    let v = one_arg(vm, &args, "set_exception")?;
    future_set_exception(vm, &f, &l, v)?;
    Ok(Value::None)
}

pub(crate) fn future_set_exception(vm: &mut Vm, f: &Value, l: &Slots, exc: Value) -> PyResult<()> {
    if state(l) != PENDING {
        return Err(invalid_state(vm, "invalid state"));
    }
    let exc = match &exc {
        Value::Class(c) => vm.call_class(c, Args::default())?,
        _ => exc,
    };
    if !vm.is_exception_instance(&exc) {
        return Err(vm.type_error("invalid exception object"));
    }
    if Rc::ptr_eq(&vm.type_of(&exc), &vm.types.exception("StopIteration")) {
        return Err(vm.type_error(
            "StopIteration interacts badly with generators and cannot be raised into a Future",
        ));
    }
    sleep_finish(l);
    set(l, EXC, exc);
    set(l, STATE, Value::Int(FINISHED));
    schedule_callbacks(vm, f, l)?;
    set(l, LOG_TB, Value::Bool(true));
    if let Value::Instance(inst) = f {
        inst.gc.clear_flag(crate::gc::FINALIZED);
    }
    Ok(())
}

fn add_done_callback(vm: &mut Vm, args: Args) -> PyResult {
    let (f, l) = this(vm, &args, false)?;
    check_kwargs(vm, &args, "add_done_callback", &["context"])?;
    let Some(cb) = args.args.get(1).cloned() else {
        return Err(vm.type_error("add_done_callback() missing required argument 'fn' (pos 1)"));
    };
    if state(&l) != PENDING {
        let lp = get(&l, LOOP);
        let cs = vm.getattr_str(&lp, "call_soon")?;
        vm.call(&cs, vec![cb, f])?;
    } else {
        let cb = encode_callback(vm, cb);
        push_callback(&l, cb);
    }
    Ok(Value::None)
}

fn remove_done_callback(vm: &mut Vm, args: Args) -> PyResult {
    let (_, l) = this(vm, &args, false)?;
    let cb = one_arg(vm, &args, "remove_done_callback")?;
    let all = stored_callbacks(&l);
    let mut kept = Vec::with_capacity(all.len());
    for c in &all {
        // A task's wakeup can only equal a bound method.
        let f = match c {
            Value::Tuple(_) => decode_callback(vm, c.clone()),
            _ if is_task(vm, c) && !matches!(cb, Value::BoundMethod(_)) => {
                kept.push(c.clone());
                continue;
            }
            _ => decode_callback(vm, c.clone()),
        };
        if f.is(&cb) || vm.eq(&f, &cb)? {
            continue;
        }
        kept.push(c.clone());
    }
    let removed = all.len() - kept.len();
    if removed > 0 {
        let v = match kept.len() {
            0 => Value::None,
            1 if !matches!(kept[0], Value::List(_)) => kept.pop().unwrap_or(Value::None),
            _ => Value::list(kept),
        };
        set(&l, CALLBACKS, v);
    }
    Ok(Value::Int(removed as i64))
}

/// `Future.cancel(msg)` on the slots: false when already done.
pub(crate) fn future_cancel(vm: &mut Vm, f: &Value, l: &Slots, msg: Value) -> PyResult<bool> {
    retrieved(f, l);
    if state(l) != PENDING {
        return Ok(false);
    }
    sleep_finish(l);
    set(l, STATE, Value::Int(CANCELLED));
    set(l, CANCEL_MSG, msg);
    schedule_callbacks(vm, f, l)?;
    Ok(true)
}

/// The `msg` argument of cancel() (positional or keyword).
pub(crate) fn cancel_msg(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_kwargs(vm, args, "cancel", &["msg"])?;
    if args.args.len() > 2 {
        return Err(vm.type_error(format!(
            "cancel() takes at most 1 argument ({} given)",
            args.args.len() - 1
        )));
    }
    Ok(match args.args.get(1) {
        Some(v) => v.clone(),
        None => kwarg(args, "msg"),
    })
}

fn cancel(vm: &mut Vm, args: Args) -> PyResult {
    let (f, l) = this(vm, &args, false)?;
    let msg = cancel_msg(vm, &args)?;
    Ok(Value::Bool(future_cancel(vm, &f, &l, msg)?))
}

/// `fut.__await__()` is the future itself: `__next__` below is CPython's
/// FutureIter step, without an iterator object per `await`.
fn await_(vm: &mut Vm, args: Args) -> PyResult {
    let (f, _) = this(vm, &args, false)?;
    Ok(f)
}

/// One step of `await fut`: the future itself while it is pending (the task
/// waits on it), then StopIteration(result).
fn next(vm: &mut Vm, args: Args) -> PyResult {
    let (f, l) = this(vm, &args, false)?;
    if state(&l) == PENDING {
        if !flag(&l, BLOCKING) {
            set(&l, BLOCKING, Value::Bool(true));
            return Ok(f);
        }
        return Err(vm.new_error("RuntimeError", "await wasn't used with future"));
    }
    let r = result_of(vm, &f, &l)?;
    Err(vm.new_error_args("StopIteration", vec![r]))
}
