//! The slots of a native Future or Task (`Native::Slots`), packed: the
//! booleans, the state and the cancel count share one int, the result and
//! the exception one slot, and the rarely set values (cancel message, the
//! caught CancelledError, a task's given name, its context) live in an extra
//! list made when one is first set. The code names values by the "field"
//! constants below; `get`/`set` map them onto the packed slots.

use std::rc::Rc;

use super::Native;
use crate::object::{ClassObj, InstanceObj, ListObj};
use crate::value::Value;
use crate::vm::Vm;

// Fields (what `get`/`set` take).
pub(crate) const LOOP: usize = 0;
pub(crate) const STATE: usize = 1;
pub(crate) const RESULT: usize = 2;
pub(crate) const EXC: usize = 3;
/// None, one stored callback, or a list of them (future.rs).
pub(crate) const CALLBACKS: usize = 4;
pub(crate) const BLOCKING: usize = 5;
pub(crate) const CANCEL_MSG: usize = 6;
pub(crate) const CANCELLED_EXC: usize = 7;
pub(crate) const LOG_TB: usize = 8;
// Task only.
pub(crate) const CORO: usize = 9;
/// A str, or the task's number (its name is formatted when first asked).
pub(crate) const NAME: usize = 10;
pub(crate) const WAITER: usize = 11;
pub(crate) const MUST_CANCEL: usize = 12;
pub(crate) const NUM_CANCELS: usize = 13;
/// The contextvars.Context the task runs in (None: contextvars unused).
pub(crate) const CONTEXT: usize = 14;
/// Where the task sits in the live-task table (an int).
pub(crate) const INDEX: usize = 15;
/// The result a pending sleep future's timer will set.
pub(crate) const SLEEP_RESULT: usize = 16;

// The packed slots.
const S_LOOP: usize = 0;
const S_FLAGS: usize = 1;
/// The result, or the exception when F_EXC is set. A sleep future (one that
/// is its own timer, F_SLEEP) keeps when it is due (a float) here while it
/// is pending.
const S_VALUE: usize = 2;
const S_CALLBACKS: usize = 3;
/// None, or a list [cancel message, CancelledError, name (a sleep future's
/// coming result), context (a done sleep future's due time), cancel count].
const S_EXTRA: usize = 4;
pub(crate) const FUTURE_LEN: usize = 5;
const S_CORO: usize = 5;
const S_WAITER: usize = 6;
pub(crate) const TASK_LEN: usize = 7;

// Bits of S_FLAGS: the state in the low two, then flags, a task's index in
// the live-task table (plus one, 26 bits) and its number (27 bits).
const STATE_MASK: i64 = 3;
const F_BLOCKING: i64 = 1 << 2;
const F_LOG_TB: i64 = 1 << 3;
const F_MUST_CANCEL: i64 = 1 << 4;
const F_EXC: i64 = 1 << 5;
pub(crate) const F_TIMER_SCHEDULED: i64 = 1 << 6;
pub(crate) const F_TIMER_CANCELLED: i64 = 1 << 7;
const F_SLEEP: i64 = 1 << 8;
/// A done sleep future still in the heap: its due time moved to the extra list.
const F_WHEN_MOVED: i64 = 1 << 9;
const INDEX_SHIFT: u32 = 10;
const INDEX_MASK: i64 = (1 << 26) - 1;
const NUMBER_SHIFT: u32 = 36;
const NUMBER_MAX: i64 = (1 << 27) - 1;

const X_CANCEL_MSG: usize = 0;
const X_CANCELLED_EXC: usize = 1;
const X_NAME: usize = 2;
const X_CONTEXT: usize = 3;
const X_CANCELS: usize = 4;
const X_LEN: usize = 5;

/// A fresh instance of `cls` (Future, Task or a subclass) with its slots.
pub(crate) fn new_instance(cls: Rc<ClassObj>, task: bool) -> Rc<InstanceObj> {
    new_instance_n(cls, if task { TASK_LEN } else { FUTURE_LEN })
}

/// A fresh pending instance of `cls` with `n` slots (FUTURE_LEN or TASK_LEN).
pub(crate) fn new_instance_n(cls: Rc<ClassObj>, n: usize) -> Rc<InstanceObj> {
    let mut items = vec![Value::None; n];
    items[S_FLAGS] = Value::Int(0);
    let inst = crate::gc::new(InstanceObj::new(
        cls,
        Native::Slots(items.into_boxed_slice()),
    ));
    // Only a future holding an unretrieved exception needs its `__del__`
    // (set_exception clears this flag), so the rest are freed at once.
    inst.gc.set_flag(crate::gc::FINALIZED);
    inst
}

/// The slots of a native future (or task: `task` asks for a task's).
pub(crate) fn slots_of(vm: &Vm, v: &Value, task: bool) -> Option<Slots> {
    let Value::Instance(inst) = v else {
        return None;
    };
    let len = match &*inst.native.borrow() {
        Native::Slots(s) => s.len(),
        _ => return None,
    };
    if task && len != TASK_LEN {
        return None;
    }
    let t = vm.types.asyncio.as_ref()?;
    let cls = inst.class_ref();
    let ok = if task {
        Rc::ptr_eq(&cls, &t.task) || cls.is_subclass(&t.task)
    } else {
        Rc::ptr_eq(&cls, &t.future) || cls.is_subclass(&t.future)
    };
    ok.then(|| Slots(inst.clone()))
}

/// A native future's or task's slots, reached through its instance.
#[derive(Clone)]
pub(crate) struct Slots(Rc<InstanceObj>);

impl Slots {
    /// Runs `f` on the packed slots (no script code may run inside).
    pub(crate) fn with<R>(&self, f: impl FnOnce(&mut [Value]) -> R) -> R {
        match &mut *self.0.native.borrow_mut() {
            Native::Slots(s) => f(s),
            _ => f(&mut []),
        }
    }

    /// Is this a sleep future (one that is its own timer)?
    pub(crate) fn is_sleep(&self) -> bool {
        self.with(|s| is_sleep_raw(s))
    }

    /// Is this a task's?
    pub(crate) fn is_task(&self) -> bool {
        self.with(|s| s.len() == TASK_LEN)
    }

    /// Takes field `i`'s value, leaving None.
    pub(crate) fn take(&self, i: usize) -> Value {
        let v = get(self, i);
        set(self, i, Value::None);
        v
    }
}

pub(crate) fn is_sleep_raw(s: &[Value]) -> bool {
    s.len() == FUTURE_LEN && flags_of(s) & F_SLEEP != 0
}

/// Makes fresh future slots a sleep future due at `when`.
pub(crate) fn make_sleep(s: &mut [Value], when: f64) {
    s[S_VALUE] = Value::Float(when);
    set_flags(s, F_SLEEP, 0);
}

/// When a sleep future's timer is due.
pub(crate) fn sleep_when(s: &[Value]) -> Value {
    if flags_of(s) & F_WHEN_MOVED != 0 {
        return get_extra(s, X_CONTEXT);
    }
    s[S_VALUE].clone()
}

/// A sleep future is being completed (by its timer or otherwise): its due
/// time leaves the value slot (kept aside while the timer is in the heap)
/// and so does the result it was to set.
pub(crate) fn sleep_finish(l: &Slots) {
    let old = l.with(|s| {
        if !is_sleep_raw(s) || flags_of(s) & (STATE_MASK | F_WHEN_MOVED) != 0 {
            return Value::None;
        }
        let when = std::mem::replace(&mut s[S_VALUE], Value::None);
        if flags_of(s) & F_TIMER_SCHEDULED != 0 {
            set_extra(s, X_CONTEXT, when);
            set_flags(s, F_WHEN_MOVED, 0);
        }
        set_extra(s, X_NAME, Value::None)
    });
    drop(old);
}

fn get_extra(s: &[Value], x: usize) -> Value {
    match &s[S_EXTRA] {
        Value::List(l) => l.items.borrow()[x].clone(),
        _ => Value::None,
    }
}

pub(crate) fn flags_of(s: &[Value]) -> i64 {
    match s.get(S_FLAGS) {
        Some(Value::Int(b)) => *b,
        _ => 0,
    }
}

fn bit_of(i: usize) -> i64 {
    match i {
        BLOCKING => F_BLOCKING,
        LOG_TB => F_LOG_TB,
        _ => F_MUST_CANCEL,
    }
}

fn extra_index(i: usize) -> usize {
    match i {
        CANCEL_MSG => X_CANCEL_MSG,
        CANCELLED_EXC => X_CANCELLED_EXC,
        NAME | SLEEP_RESULT => X_NAME,
        NUM_CANCELS => X_CANCELS,
        _ => X_CONTEXT,
    }
}

/// Field `i` of packed slots.
pub(crate) fn get_raw(s: &[Value], i: usize) -> Value {
    if s.len() < FUTURE_LEN {
        return Value::None;
    }
    let flags = flags_of(s);
    match i {
        LOOP => s[S_LOOP].clone(),
        STATE => Value::Int(flags & STATE_MASK),
        RESULT if flags & F_EXC != 0 => Value::None,
        RESULT => s[S_VALUE].clone(),
        EXC if flags & F_EXC != 0 => s[S_VALUE].clone(),
        EXC => Value::None,
        CALLBACKS => s[S_CALLBACKS].clone(),
        BLOCKING | LOG_TB | MUST_CANCEL => Value::Bool(flags & bit_of(i) != 0),
        CORO | WAITER if s.len() != TASK_LEN => Value::None,
        CORO => s[S_CORO].clone(),
        WAITER => s[S_WAITER].clone(),
        INDEX => match (flags >> INDEX_SHIFT) & INDEX_MASK {
            0 => Value::None,
            n => Value::Int(n - 1),
        },
        _ => {
            let v = get_extra(s, extra_index(i));
            if i == NAME && v.is_none() {
                return Value::Int(flags >> NUMBER_SHIFT);
            }
            if i == NUM_CANCELS && v.is_none() {
                return Value::Int(0);
            }
            v
        }
    }
}

/// Sets field `i`; returns the value it replaces (dropped by the caller,
/// outside the borrow).
fn set_raw(s: &mut [Value], i: usize, v: Value) -> Value {
    if s.len() < FUTURE_LEN {
        return v;
    }
    let flags = flags_of(s);
    let put_flags = |s: &mut [Value], f: i64| s[S_FLAGS] = Value::Int(f);
    match i {
        LOOP => std::mem::replace(&mut s[S_LOOP], v),
        STATE => {
            let st = match v {
                Value::Int(n) => n & STATE_MASK,
                _ => 0,
            };
            put_flags(s, (flags & !STATE_MASK) | st);
            Value::None
        }
        RESULT => {
            put_flags(s, flags & !F_EXC);
            std::mem::replace(&mut s[S_VALUE], v)
        }
        EXC if v.is_none() => {
            if flags & F_EXC == 0 {
                return Value::None;
            }
            put_flags(s, flags & !F_EXC);
            std::mem::replace(&mut s[S_VALUE], Value::None)
        }
        EXC => {
            put_flags(s, flags | F_EXC);
            std::mem::replace(&mut s[S_VALUE], v)
        }
        CALLBACKS => std::mem::replace(&mut s[S_CALLBACKS], v),
        BLOCKING | LOG_TB | MUST_CANCEL => {
            let b = bit_of(i);
            let on = matches!(v, Value::Bool(true));
            put_flags(s, if on { flags | b } else { flags & !b });
            Value::None
        }
        NUM_CANCELS if matches!(v, Value::Int(0)) => set_extra(s, X_CANCELS, Value::None),
        CORO | WAITER if s.len() != TASK_LEN => v,
        CORO => std::mem::replace(&mut s[S_CORO], v),
        WAITER => std::mem::replace(&mut s[S_WAITER], v),
        INDEX => {
            // Past 2**26 live tasks a task is simply not listed.
            let n = match v {
                Value::Int(n) if (0..INDEX_MASK).contains(&n) => n + 1,
                _ => 0,
            };
            put_flags(
                s,
                (flags & !(INDEX_MASK << INDEX_SHIFT)) | (n << INDEX_SHIFT),
            );
            Value::None
        }
        NAME if matches!(v, Value::Int(n) if (0..=NUMBER_MAX).contains(&n)) => {
            let Value::Int(n) = v else { return Value::None };
            put_flags(s, (flags & ((1 << NUMBER_SHIFT) - 1)) | (n << NUMBER_SHIFT));
            set_extra(s, X_NAME, Value::None)
        }
        NAME if matches!(v, Value::Int(_)) => {
            let Value::Int(n) = v else { return Value::None };
            set_extra(s, X_NAME, Value::string(format!("Task-{}", n)))
        }
        _ => set_extra(s, extra_index(i), v),
    }
}

fn set_extra(s: &mut [Value], x: usize, v: Value) -> Value {
    match &s[S_EXTRA] {
        Value::List(l) => std::mem::replace(&mut l.items.borrow_mut()[x], v),
        _ if v.is_none() => Value::None,
        _ => {
            let mut items = vec![Value::None; X_LEN];
            items[x] = v;
            s[S_EXTRA] = Value::List(crate::gc::new(ListObj::new(items)));
            Value::None
        }
    }
}

pub(crate) fn get(l: &Slots, i: usize) -> Value {
    l.with(|s| get_raw(s, i))
}

pub(crate) fn set(l: &Slots, i: usize, v: Value) {
    let old = l.with(|s| set_raw(s, i, v));
    drop(old);
}

pub(crate) fn state(l: &Slots) -> i64 {
    l.with(|s| flags_of(s) & STATE_MASK)
}

pub(crate) fn flag(l: &Slots, i: usize) -> bool {
    l.with(|s| flags_of(s) & bit_of(i) != 0)
}

/// Sets or clears bits of the flags slot (the timer bits of a sleep future).
pub(crate) fn set_flags(s: &mut [Value], on: i64, off: i64) {
    let f = flags_of(s);
    s[S_FLAGS] = Value::Int((f | on) & !off);
}
