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

// The packed slots.
const S_LOOP: usize = 0;
const S_FLAGS: usize = 1;
/// The result, or the exception when F_EXC is set. A pending sleep future
/// keeps the result its timer will set here.
const S_VALUE: usize = 2;
const S_CALLBACKS: usize = 3;
/// None, or a list [cancel message, CancelledError, name, context].
const S_EXTRA: usize = 4;
pub(crate) const FUTURE_LEN: usize = 5;
/// A sleep future (asyncio.sleep's) is a plain Future that is its own timer:
/// when it is due (a float).
pub(crate) const S_WHEN: usize = 5;
pub(crate) const SLEEP_LEN: usize = 6;
const S_CORO: usize = 5;
const S_WAITER: usize = 6;
const S_INDEX: usize = 7;
pub(crate) const TASK_LEN: usize = 8;

// Bits of S_FLAGS: the state in the low two, then flags, the cancel count
// (16 bits) and a task's number.
const STATE_MASK: i64 = 3;
const F_BLOCKING: i64 = 1 << 2;
const F_LOG_TB: i64 = 1 << 3;
const F_MUST_CANCEL: i64 = 1 << 4;
const F_EXC: i64 = 1 << 5;
pub(crate) const F_TIMER_SCHEDULED: i64 = 1 << 6;
pub(crate) const F_TIMER_CANCELLED: i64 = 1 << 7;
const CANCELS_SHIFT: u32 = 8;
const CANCELS_MASK: i64 = 0xffff;
const NUMBER_SHIFT: u32 = 24;

const X_CANCEL_MSG: usize = 0;
const X_CANCELLED_EXC: usize = 1;
const X_NAME: usize = 2;
const X_CONTEXT: usize = 3;

/// A fresh instance of `cls` (Future, Task or a subclass) with its slots.
pub(crate) fn new_instance(cls: Rc<ClassObj>, task: bool) -> Rc<InstanceObj> {
    new_instance_n(cls, if task { TASK_LEN } else { FUTURE_LEN })
}

/// A fresh pending instance of `cls` with `n` slots (FUTURE_LEN, SLEEP_LEN
/// or TASK_LEN).
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
        self.with(|s| s.len() == SLEEP_LEN)
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
        NAME => X_NAME,
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
        NUM_CANCELS => Value::Int((flags >> CANCELS_SHIFT) & CANCELS_MASK),
        CORO | WAITER | INDEX if s.len() != TASK_LEN => Value::None,
        CORO => s[S_CORO].clone(),
        WAITER => s[S_WAITER].clone(),
        INDEX => s[S_INDEX].clone(),
        _ => {
            let v = match &s[S_EXTRA] {
                Value::List(x) => x.items.borrow()[extra_index(i)].clone(),
                _ => Value::None,
            };
            if i == NAME && v.is_none() {
                return Value::Int(flags >> NUMBER_SHIFT);
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
        NUM_CANCELS => {
            let n = match v {
                Value::Int(n) => n.clamp(0, CANCELS_MASK),
                _ => 0,
            };
            put_flags(
                s,
                (flags & !(CANCELS_MASK << CANCELS_SHIFT)) | (n << CANCELS_SHIFT),
            );
            Value::None
        }
        CORO | WAITER | INDEX if s.len() != TASK_LEN => v,
        CORO => std::mem::replace(&mut s[S_CORO], v),
        WAITER => std::mem::replace(&mut s[S_WAITER], v),
        INDEX => std::mem::replace(&mut s[S_INDEX], v),
        NAME if matches!(v, Value::Int(_)) => {
            let Value::Int(n) = v else { return Value::None };
            put_flags(s, (flags & ((1 << NUMBER_SHIFT) - 1)) | (n << NUMBER_SHIFT));
            set_extra(s, X_NAME, Value::None)
        }
        _ => set_extra(s, extra_index(i), v),
    }
}

fn set_extra(s: &mut [Value], x: usize, v: Value) -> Value {
    match &s[S_EXTRA] {
        Value::List(l) => std::mem::replace(&mut l.items.borrow_mut()[x], v),
        _ if v.is_none() => Value::None,
        _ => {
            let mut items = vec![Value::None; 4];
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
