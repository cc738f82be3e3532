//! The event loop's inner step (CPython's BaseEventLoop._run_once) and its
//! timer heap, natively. The loop object itself stays a Python class
//! (py/asyncio.py); these work on its `_ready`, `_scheduled`,
//! `_timer_cancelled_count` attributes in the same order CPython does.

use super::*;
use crate::object::ListObj;

const MIN_SCHEDULED_TIMER_HANDLES: usize = 100;
const MIN_CANCELLED_TIMER_HANDLES_FRACTION: f64 = 0.5;
const MAXIMUM_SELECT_TIMEOUT: f64 = 24.0 * 3600.0;

pub const FUNCS: &[(&str, NativeFn)] = &[
    ("_heappush", heappush),
    ("_heappop", heappop),
    ("_heapify", heapify),
    ("_prune_timers", prune_timers),
    ("_collect_due_timers", collect_due_timers),
    ("_run_ready", run_ready),
    ("_run_once", run_once),
    ("_sleep", sleep),
    ("_cancel_sleep_timer", cancel_sleep_timer),
    ("_timer_when", timer_when),
];

fn attr(inst: &InstanceObj, name: &str) -> Value {
    inst.get_attr_str(name).unwrap_or(Value::None)
}

fn loop_inst(vm: &mut Vm, args: &Args) -> PyResult<(Value, Rc<InstanceObj>)> {
    match args.args.first() {
        Some(v @ Value::Instance(i)) => Ok((v.clone(), i.clone())),
        _ => Err(vm.type_error("an event loop is required")),
    }
}

fn heap_list(vm: &mut Vm, v: &Value) -> PyResult<Rc<ListObj>> {
    match v {
        Value::List(l) => Ok(l.clone()),
        _ => Err(vm.type_error("the timer heap must be a list")),
    }
}

/// A timer handle's `_when`.
fn when(vm: &mut Vm, h: &Value) -> PyResult<f64> {
    let v = match h {
        Value::Instance(i) => {
            match sleep_timer(i, |s| sleep_when(s)).or_else(|| i.get_attr_str("_when")) {
                Some(v) => v,
                None => vm.getattr_str(h, "_when")?,
            }
        }
        _ => vm.getattr_str(h, "_when")?,
    };
    match v {
        Value::Float(f) => Ok(f),
        Value::Int(n) => Ok(n as f64),
        other => super::super::util::to_f64(vm, &other),
    }
}

/// `_timer_when(timer)`: when a heap entry (TimerHandle or sleep timer) is due.
fn timer_when(vm: &mut Vm, args: Args) -> PyResult {
    let h = args.args.first().cloned().unwrap_or(Value::None);
    Ok(Value::Float(when(vm, &h)?))
}

/// Runs `f` on a sleep future's slots (None for any other heap entry).
fn sleep_timer<R>(i: &InstanceObj, f: impl FnOnce(&mut [Value]) -> R) -> Option<R> {
    match &mut *i.native.borrow_mut() {
        Native::Slots(s) if is_sleep_raw(s) => Some(f(s)),
        _ => None,
    }
}

/// A heap entry's `_cancelled`.
fn is_cancelled(h: &Value) -> bool {
    match h {
        Value::Instance(i) => sleep_timer(i, |s| flags_of(s) & F_TIMER_CANCELLED != 0)
            .unwrap_or_else(|| matches!(i.get_attr_str("_cancelled"), Some(Value::Bool(true)))),
        _ => false,
    }
}

/// A heap entry's `_scheduled = v`.
fn set_scheduled(h: &Value, v: bool) {
    if let Value::Instance(i) = h {
        let done = sleep_timer(i, |s| {
            if v {
                set_flags(s, F_TIMER_SCHEDULED, 0);
            } else {
                set_flags(s, 0, F_TIMER_SCHEDULED);
            }
        });
        if done.is_none() {
            i.set_attr_str("_scheduled", Value::Bool(v));
        }
    }
}

/// `_sleep(delay, result)`: asyncio.sleep's future on the running loop,
/// already in the timer heap (CPython's get_running_loop, create_future and
/// call_later(delay, _set_result_unless_cancelled, future, result)). Two
/// arguments keep the sleep coroutine's frame small.
fn sleep(vm: &mut Vm, args: Args) -> PyResult {
    if args.args.len() != 2 {
        return Err(vm.type_error("_sleep(delay, result)"));
    }
    let lpv = match vm.modules.get_str("asyncio") {
        Some(Value::Module(m)) => m.dict.get_str("_running_loop").unwrap_or(Value::None),
        _ => Value::None,
    };
    let Value::Instance(lp) = &lpv else {
        return Err(vm.new_error("RuntimeError", "no running event loop"));
    };
    let now = loop_time(vm, &lpv)?;
    let when = match &args.args[0] {
        Value::Float(d) => now + d,
        Value::Int(d) => now + *d as f64,
        d => {
            let w = vm.binary_op(&Value::Float(now), d, crate::ast::BinOp::Add as u32)?;
            super::super::util::to_f64(vm, &w)?
        }
    };
    if matches!(attr(lp, "_closed"), Value::Bool(true)) {
        return Err(vm.new_error("RuntimeError", "Event loop is closed"));
    }
    let t = types(vm)?;
    let inst = new_instance_n(t.future.clone(), FUTURE_LEN);
    let fut = Value::Instance(inst);
    if let Some(l) = slots_of(vm, &fut, false) {
        l.with(|s| make_sleep(s, when));
        set(&l, LOOP, lpv.clone());
        set(&l, SLEEP_RESULT, args.args[1].clone());
    }
    let heap = heap_list(vm, &attr(lp, "_scheduled"))?;
    push(vm, &heap, fut.clone())?;
    set_scheduled(&fut, true);
    Ok(fut)
}

/// The timer of a sleep future that is done is cancelled (what the
/// `finally: h.cancel()` of CPython's asyncio.sleep does, at the same step:
/// when the task waiting on it runs next).
pub(crate) fn sleep_done(vm: &mut Vm, fut: &Value) {
    let Value::Instance(i) = fut else {
        return;
    };
    let lp = sleep_timer(i, |s| {
        let b = flags_of(s);
        if b & F_TIMER_CANCELLED != 0 {
            return None;
        }
        set_flags(s, F_TIMER_CANCELLED, 0);
        (b & F_TIMER_SCHEDULED != 0).then(|| get_raw(s, LOOP))
    });
    if let Some(Some(Value::Instance(lp))) = lp {
        if let Value::Int(n) = attr(&lp, "_timer_cancelled_count") {
            set_attr_fast(vm, &lp, "_timer_cancelled_count", Value::Int(n + 1));
        }
    }
}

/// `_cancel_sleep_timer(loop, future)`: cancels a sleep future's timer
/// (the host's teardown).
fn cancel_sleep_timer(vm: &mut Vm, args: Args) -> PyResult {
    if let Some(f) = args.args.get(1) {
        sleep_done(vm, f);
        if let Some(l) = slots_of(vm, f, false).filter(|l| l.is_sleep()) {
            set(&l, CALLBACKS, Value::None);
            set(&l, SLEEP_RESULT, Value::None);
        }
    }
    Ok(Value::None)
}

// heapq's algorithm with `_when` as the key, so equal times tie as in CPython.
// The sifts work on the entries taken out of the list (no borrow is held
// while a key is read) and read only the keys on their path.

fn sift_down(vm: &mut Vm, heap: &mut [Value], start: usize, mut pos: usize) -> PyResult<()> {
    let item = heap[pos].clone();
    let key = when(vm, &item)?;
    while pos > start {
        let parent = (pos - 1) >> 1;
        if key < when(vm, &heap[parent])? {
            heap[pos] = heap[parent].clone();
            pos = parent;
            continue;
        }
        break;
    }
    heap[pos] = item;
    Ok(())
}

fn sift_up(vm: &mut Vm, heap: &mut [Value], mut pos: usize) -> PyResult<()> {
    let end = heap.len();
    let start = pos;
    let item = heap[pos].clone();
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        // heapq's `not heap[child] < heap[right]` (a NaN key counts as not less).
        if right < end {
            let (c, r) = (when(vm, &heap[child])?, when(vm, &heap[right])?);
            if c.partial_cmp(&r) != Some(std::cmp::Ordering::Less) {
                child = right;
            }
        }
        heap[pos] = heap[child].clone();
        pos = child;
        child = 2 * pos + 1;
    }
    heap[pos] = item;
    sift_down(vm, heap, start, pos)
}

/// Runs `f` on the list's entries taken out of it, then puts them back.
fn with_items<T>(heap: &ListObj, f: impl FnOnce(&mut Vec<Value>) -> PyResult<T>) -> PyResult<T> {
    let mut items = std::mem::take(&mut *heap.items.borrow_mut());
    let r = f(&mut items);
    let mut now = heap.items.borrow_mut();
    // Anything added meanwhile (re-entrant code) goes after.
    let added = std::mem::replace(&mut *now, items);
    now.extend(added);
    r
}

pub(crate) fn push(vm: &mut Vm, heap: &ListObj, item: Value) -> PyResult<()> {
    with_items(heap, |items| {
        items.push(item);
        let last = items.len() - 1;
        sift_down(vm, items, 0, last)
    })
}

pub(crate) fn pop(vm: &mut Vm, heap: &ListObj) -> PyResult<Value> {
    let r = with_items(heap, |items| {
        let Some(last) = items.pop() else {
            return Ok(None);
        };
        if items.is_empty() {
            return Ok(Some(last));
        }
        let first = std::mem::replace(&mut items[0], last);
        sift_up(vm, items, 0)?;
        Ok(Some(first))
    })?;
    match r {
        Some(v) => Ok(v),
        None => Err(vm.new_error("IndexError", "index out of range")),
    }
}

fn heapify_list(vm: &mut Vm, heap: &ListObj) -> PyResult<()> {
    with_items(heap, |items| {
        for i in (0..items.len() / 2).rev() {
            sift_up(vm, items, i)?;
        }
        Ok(())
    })
}

fn heappush(vm: &mut Vm, args: Args) -> PyResult {
    let h = heap_list(vm, args.args.first().unwrap_or(&Value::None))?;
    push(vm, &h, args.args.get(1).cloned().unwrap_or(Value::None))?;
    Ok(Value::None)
}

fn heappop(vm: &mut Vm, args: Args) -> PyResult {
    let h = heap_list(vm, args.args.first().unwrap_or(&Value::None))?;
    pop(vm, &h)
}

fn heapify(vm: &mut Vm, args: Args) -> PyResult {
    let h = heap_list(vm, args.args.first().unwrap_or(&Value::None))?;
    heapify_list(vm, &h)?;
    Ok(Value::None)
}

/// Drops cancelled timers: all of them when they are many, else those at
/// the head of the heap.
fn prune(vm: &mut Vm, lp: &InstanceObj) -> PyResult<Rc<ListObj>> {
    let scheduled = heap_list(vm, &attr(lp, "_scheduled"))?;
    let count = scheduled.len();
    let cancelled = match attr(lp, "_timer_cancelled_count") {
        Value::Int(n) => n,
        _ => 0,
    };
    if count > MIN_SCHEDULED_TIMER_HANDLES
        && cancelled as f64 / count as f64 > MIN_CANCELLED_TIMER_HANDLES_FRACTION
    {
        let mut kept = Vec::new();
        for h in scheduled.items.borrow().iter() {
            if is_cancelled(h) {
                set_scheduled(h, false);
            } else {
                kept.push(h.clone());
            }
        }
        let kept = crate::gc::new(ListObj::new(kept));
        heapify_list(vm, &kept)?;
        set_attr_fast(vm, lp, "_scheduled", Value::List(kept.clone()));
        set_attr_fast(vm, lp, "_timer_cancelled_count", Value::Int(0));
        return Ok(kept);
    }
    let before = cancelled;
    let mut cancelled = cancelled;
    loop {
        let head = scheduled.items.borrow().first().cloned();
        match head {
            Some(h) if is_cancelled(&h) => {
                cancelled -= 1;
                let h = pop(vm, &scheduled)?;
                set_scheduled(&h, false);
            }
            _ => break,
        }
    }
    if cancelled != before {
        set_attr_fast(vm, lp, "_timer_cancelled_count", Value::Int(cancelled));
    }
    Ok(scheduled)
}

fn prune_timers(vm: &mut Vm, args: Args) -> PyResult {
    let (_, lp) = loop_inst(vm, &args)?;
    Ok(Value::List(prune(vm, &lp)?))
}

fn loop_time(vm: &mut Vm, lp: &Value) -> PyResult<f64> {
    let t = vm.getattr_str(lp, "time")?;
    let v = vm.call(&t, vec![])?;
    super::super::util::to_f64(vm, &v)
}

/// Moves the timers that are due onto the ready queue.
fn collect_due(vm: &mut Vm, lpv: &Value, lp: &InstanceObj) -> PyResult<()> {
    let scheduled = heap_list(vm, &attr(lp, "_scheduled"))?;
    if scheduled.is_empty() {
        return Ok(());
    }
    let res = match attr(lp, "_clock_resolution") {
        Value::Float(f) => f,
        _ => 1e-9,
    };
    let end = loop_time(vm, lpv)? + res;
    let ready = heap_list(vm, &attr(lp, "_ready"))?;
    loop {
        let head = scheduled.items.borrow().first().cloned();
        let Some(h) = head else {
            break;
        };
        if when(vm, &h)? >= end {
            break;
        }
        let h = pop(vm, &scheduled)?;
        set_scheduled(&h, false);
        ready.items.borrow_mut().push(h);
    }
    // A heap that emptied gives its memory back (while the ready queue
    // grows by as much).
    let mut items = scheduled.items.borrow_mut();
    if items.capacity() > 64 && items.len() < items.capacity() / 4 {
        let keep = items.len() * 2;
        items.shrink_to(keep);
    }
    Ok(())
}

fn collect_due_timers(vm: &mut Vm, args: Args) -> PyResult {
    let (v, lp) = loop_inst(vm, &args)?;
    collect_due(vm, &v, &lp)?;
    Ok(Value::None)
}

/// Runs the callbacks ready now; those they schedule wait for the next pass.
fn run_ready_list(vm: &mut Vm, lpv: &Value, lp: &InstanceObj) -> PyResult<()> {
    let ready = heap_list(vm, &attr(lp, "_ready"))?;
    if ready.is_empty() {
        return Ok(());
    }
    set_attr_fast(vm, lp, "_ready", Value::list(Vec::new()));
    let items = std::mem::take(&mut *ready.items.borrow_mut());
    let mut items = items.into_iter();
    while let Some(h) = items.next() {
        let r = match run_entry(vm, &h) {
            Ok(()) => continue,
            Err(r) => r,
        };
        let (cb, e) = match r {
            Failed::Native(name, e) => (super::task::bound(vm, &h, name), e),
            Failed::Call(cb, e) => (cb, e),
        };
        if vm.err_matches(&e, "SystemExit") || vm.err_matches(&e, "KeyboardInterrupt") {
            // The rest stay queued, as CPython leaves them in its deque.
            let rest: Vec<Value> = items.collect();
            if let Some(Value::List(r)) = lp.get_attr_str("_ready") {
                let mut now = r.items.borrow_mut();
                let later = std::mem::take(&mut *now);
                now.extend(rest);
                now.extend(later);
            }
            return Err(e);
        }
        let report = vm.getattr_str(lpv, "_callback_failed")?;
        vm.call(&report, vec![cb, e.value(), h.clone()])?;
    }
    Ok(())
}

/// How a ready entry failed: a native step (the method's name, to report it
/// under) or a call.
pub(crate) enum Failed {
    Native(&'static str, crate::error::PyErr),
    Call(Value, crate::error::PyErr),
}

/// Runs one ready entry. Entries are `(callback, args)` tuples, `(callback,
/// arg)` pairs (a future's done callback), tasks (their `_step()`, or
/// `_wakeup(waiter)` when they wait on a future), sleep futures whose timer
/// is due and Handles.
fn run_entry(vm: &mut Vm, h: &Value) -> Result<(), Failed> {
    let (cb, args) = match h {
        Value::Tuple(t) if t.items.len() == 2 => match &t.items[1] {
            Value::Tuple(a) => (t.items[0].clone(), a.items.to_vec()),
            arg => (t.items[0].clone(), vec![arg.clone()]),
        },
        Value::Instance(i) => {
            if let Some(fl) = slots_of(vm, h, false) {
                if fl.is_task() {
                    return super::task::run_scheduled(vm, h, &fl);
                }
                if fl.is_sleep() {
                    // _set_result_unless_cancelled(future, result), inline.
                    if is_cancelled(h) || state(&fl) != PENDING {
                        return Ok(());
                    }
                    let r = get(&fl, SLEEP_RESULT);
                    return super::future::future_set_result(vm, h, &fl, r)
                        .map_err(|e| Failed::Call(Value::None, e));
                }
            }
            if matches!(i.get_attr_str("_cancelled"), Some(Value::Bool(true))) {
                return Ok(());
            }
            let mut a = Vec::new();
            match i.get_attr_str("_context") {
                // A handle made with `context=`: ctx.run(callback, *args).
                Some(ctx) if !ctx.is_none() => {
                    let run = vm
                        .getattr_str(&ctx, "run")
                        .map_err(|e| Failed::Call(Value::None, e))?;
                    a.push(attr(i, "_callback"));
                    if let Value::Tuple(t) = attr(i, "_args") {
                        a.extend(t.items.iter().cloned());
                    }
                    (run, a)
                }
                _ => {
                    if let Value::Tuple(t) = attr(i, "_args") {
                        a.extend(t.items.iter().cloned());
                    }
                    (attr(i, "_callback"), a)
                }
            }
        }
        _ => return Ok(()),
    };
    if cb.is_none() {
        return Ok(());
    }
    match vm.call(&cb, args) {
        Ok(_) => Ok(()),
        Err(e) => Err(Failed::Call(cb, e)),
    }
}

fn run_ready(vm: &mut Vm, args: Args) -> PyResult {
    let (v, lp) = loop_inst(vm, &args)?;
    run_ready_list(vm, &v, &lp)?;
    Ok(Value::None)
}

/// One pass: prune, then run what is ready and due. Returns None after
/// running, or how long to sleep first (-1.0: forever) without running;
/// the caller sleeps, then calls `_collect_due_timers` and `_run_ready`.
fn run_once(vm: &mut Vm, args: Args) -> PyResult {
    let (v, lp) = loop_inst(vm, &args)?;
    let scheduled = prune(vm, &lp)?;
    let has_ready = matches!(attr(&lp, "_ready"), Value::List(r) if !r.is_empty());
    let stopping = matches!(attr(&lp, "_stopping"), Value::Bool(true));
    if !has_ready && !stopping {
        let head = scheduled.items.borrow().first().cloned();
        match head {
            None => return Ok(Value::Float(-1.0)),
            Some(h) => {
                let timeout = when(vm, &h)? - loop_time(vm, &v)?;
                if timeout > 0.0 {
                    return Ok(Value::Float(timeout.min(MAXIMUM_SELECT_TIMEOUT)));
                }
            }
        }
    }
    collect_due(vm, &v, &lp)?;
    run_ready_list(vm, &v, &lp)?;
    Ok(Value::None)
}
