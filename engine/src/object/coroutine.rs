//! Coroutine and async generator methods, and the awaitables returned by
//! `asend`/`athrow`/`aclose`/`__anext__`.
//!
//! An async generator is a suspended frame like any generator; it suspends
//! for two reasons: an `await` that reached the event loop (the frame sits on
//! its YIELD_FROM) or a `yield` that produces a value for `async for`. The
//! awaitables below pass the first kind through to whoever drives them and
//! turn the second into `StopIteration(value)`, as CPython's do.

use std::rc::Rc;

use super::generator::{self, GenKind, GeneratorObj};
use super::instance::{InstanceObj, Native};
use super::{Args, NativeFn};
use crate::bytecode::Op;
use crate::error::{PyErr, PyResult};
use crate::value::Value;
use crate::vm::run::Exit;
use crate::vm::Vm;

pub const COROUTINE_METHODS: &[(&str, NativeFn)] = &[
    ("send", generator::send),
    ("throw", generator::throw),
    ("close", generator::close),
    ("__await__", coro_await),
];

pub const ASYNC_GEN_METHODS: &[(&str, NativeFn)] = &[
    ("asend", agen_asend),
    ("athrow", agen_athrow),
    ("aclose", agen_aclose),
    ("__anext__", agen_anext),
    ("__aiter__", agen_aiter),
];

/// Methods of the asend/athrow awaitables (both classes share them).
pub const AWAITABLE_METHODS: &[(&str, NativeFn)] = &[
    ("send", aw_send),
    ("throw", aw_throw),
    ("close", aw_close),
    ("__next__", aw_next),
    ("__await__", aw_self),
    ("__iter__", aw_self),
];

/// `coro.__await__()`: an iterator over the coroutine (CPython's coroutine_wrapper).
fn coro_await(vm: &mut Vm, args: Args) -> PyResult {
    let g = generator::this(vm, &args)?;
    let cls = vm.types.coroutine_wrapper.clone();
    let inst = InstanceObj::new(cls, Native::Value(Value::Generator(g)));
    Ok(Value::Instance(crate::gc::new(inst)))
}

pub const WRAPPER_METHODS: &[(&str, NativeFn)] = &[
    ("send", wrapper_send),
    ("throw", wrapper_throw),
    ("close", wrapper_close),
    ("__next__", wrapper_next),
    ("__iter__", aw_self),
];

/// The wrapper's arguments with the coroutine in place of the wrapper.
fn unwrap(vm: &mut Vm, mut args: Args) -> PyResult<Args> {
    match args.args.first() {
        Some(Value::Instance(inst)) => match inst.payload() {
            Some(g @ Value::Generator(_)) => {
                args.args[0] = g;
                Ok(args)
            }
            _ => Err(vm.type_error("descriptor requires a 'coroutine_wrapper' object")),
        },
        _ => Err(vm.type_error("descriptor requires a 'coroutine_wrapper' object")),
    }
}

fn wrapper_send(vm: &mut Vm, args: Args) -> PyResult {
    let args = unwrap(vm, args)?;
    generator::send(vm, args)
}

fn wrapper_next(vm: &mut Vm, args: Args) -> PyResult {
    let mut args = unwrap(vm, args)?;
    args.args.truncate(1);
    generator::send(vm, args)
}

fn wrapper_throw(vm: &mut Vm, args: Args) -> PyResult {
    let args = unwrap(vm, args)?;
    generator::throw(vm, args)
}

fn wrapper_close(vm: &mut Vm, args: Args) -> PyResult {
    let args = unwrap(vm, args)?;
    generator::close(vm, args)
}

fn agen_aiter(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(args.args.first().cloned().unwrap_or(Value::None))
}

// Awaitable modes and states, stored in the awaitable's payload tuple
// (gen, mode, arg, state).
const ASEND: i64 = 0;
const ATHROW: i64 = 1;
const ACLOSE: i64 = 2;
const INIT: i64 = 0;
const ITER: i64 = 1;
const CLOSED: i64 = 2;

fn new_awaitable(vm: &mut Vm, gen: Rc<GeneratorObj>, mode: i64, arg: Value) -> Value {
    let cls = if mode == ASEND {
        vm.types.async_generator_asend.clone()
    } else {
        vm.types.async_generator_athrow.clone()
    };
    let payload = Value::tuple(vec![
        Value::Generator(gen),
        Value::Int(mode),
        arg,
        Value::Int(INIT),
    ]);
    Value::Instance(crate::gc::new(InstanceObj::new(
        cls,
        Native::Value(payload),
    )))
}

fn agen(vm: &mut Vm, args: &Args) -> PyResult<Rc<GeneratorObj>> {
    match args.args.first() {
        Some(Value::Generator(g)) if g.kind == GenKind::AsyncGenerator => Ok(g.clone()),
        _ => Err(vm.type_error("descriptor requires a 'async_generator' object")),
    }
}

pub fn agen_asend(vm: &mut Vm, args: Args) -> PyResult {
    let g = agen(vm, &args)?;
    let v = args.args.get(1).cloned().unwrap_or(Value::None);
    Ok(new_awaitable(vm, g, ASEND, v))
}

pub fn agen_anext(vm: &mut Vm, args: Args) -> PyResult {
    let g = agen(vm, &args)?;
    Ok(new_awaitable(vm, g, ASEND, Value::None))
}

fn agen_athrow(vm: &mut Vm, args: Args) -> PyResult {
    let g = agen(vm, &args)?;
    let err = generator::throw_args_error(vm, &args, 1)?;
    Ok(new_awaitable(vm, g, ATHROW, Value::Instance(err.0.clone())))
}

fn agen_aclose(vm: &mut Vm, args: Args) -> PyResult {
    let g = agen(vm, &args)?;
    Ok(new_awaitable(vm, g, ACLOSE, Value::None))
}

struct Awaitable {
    inst: Rc<InstanceObj>,
    gen: Rc<GeneratorObj>,
    mode: i64,
    arg: Value,
    state: i64,
}

fn awaitable(vm: &mut Vm, args: &Args) -> PyResult<Awaitable> {
    if let Some(Value::Instance(inst)) = args.args.first() {
        if let Some(Value::Tuple(t)) = inst.payload() {
            if let (Value::Generator(g), Value::Int(mode), Value::Int(state)) =
                (&t.items[0], &t.items[1], &t.items[3])
            {
                return Ok(Awaitable {
                    inst: inst.clone(),
                    gen: g.clone(),
                    mode: *mode,
                    arg: t.items[2].clone(),
                    state: *state,
                });
            }
        }
    }
    Err(vm.type_error("descriptor requires an 'async_generator_asend' object"))
}

impl Awaitable {
    fn set_state(&self, state: i64) {
        let payload = Value::tuple(vec![
            Value::Generator(self.gen.clone()),
            Value::Int(self.mode),
            self.arg.clone(),
            Value::Int(state),
        ]);
        *self.inst.native.borrow_mut() = Native::Value(payload);
    }

    fn reuse_error(&self, vm: &mut Vm) -> PyErr {
        let what = if self.mode == ASEND {
            "cannot reuse already awaited __anext__()/asend()"
        } else {
            "cannot reuse already awaited aclose()/athrow()"
        };
        vm.new_error("RuntimeError", what)
    }

    /// One step of the generator, and what it means for this awaitable.
    fn step(&self, vm: &mut Vm, sent: Value, throw: Option<PyErr>) -> PyResult {
        let r = vm.resume_generator(&self.gen, sent, throw);
        match r {
            Ok(Exit::Yield(v)) if suspended_at_await(&self.gen) => Ok(v),
            Ok(Exit::Yield(v)) => {
                self.set_state(CLOSED);
                if self.mode == ACLOSE {
                    return Err(
                        vm.new_error("RuntimeError", "async generator ignored GeneratorExit")
                    );
                }
                Err(vm.new_error_args("StopIteration", vec![v]))
            }
            Ok(Exit::Return(_)) => {
                self.set_state(CLOSED);
                if self.mode == ACLOSE {
                    return Err(vm.new_error_args("StopIteration", vec![]));
                }
                Err(vm.new_error_args("StopAsyncIteration", vec![]))
            }
            Err(e) => {
                self.set_state(CLOSED);
                if self.mode == ACLOSE
                    && (vm.err_matches(&e, "StopAsyncIteration")
                        || vm.err_matches(&e, "GeneratorExit"))
                {
                    return Err(vm.new_error_args("StopIteration", vec![]));
                }
                if vm.err_matches(&e, "StopAsyncIteration") {
                    // Finishing is `Exit::Return`, so this one came from the body.
                    let err =
                        vm.new_error("RuntimeError", "async generator raised StopAsyncIteration");
                    err.with_state(|s| s.cause = e.value());
                    err.with_state(|s| s.context = e.value());
                    return Err(err);
                }
                Err(e)
            }
        }
    }
}

/// Is the async generator suspended in an `await` (its frame on YIELD_FROM)?
fn suspended_at_await(g: &GeneratorObj) -> bool {
    g.frame
        .borrow()
        .as_ref()
        .is_some_and(|f| f.code.instrs.get(f.pc).map(|i| i.op) == Some(Op::YieldFrom))
}

fn aw_send(vm: &mut Vm, args: Args) -> PyResult {
    let a = awaitable(vm, &args)?;
    let sent = args.args.get(1).cloned().unwrap_or(Value::None);
    send_into(vm, a, sent)
}

fn aw_next(vm: &mut Vm, args: Args) -> PyResult {
    let a = awaitable(vm, &args)?;
    send_into(vm, a, Value::None)
}

fn send_into(vm: &mut Vm, a: Awaitable, sent: Value) -> PyResult {
    match (a.state, a.mode) {
        (CLOSED, _) => Err(a.reuse_error(vm)),
        (INIT, ASEND) => {
            a.set_state(ITER);
            let v = if sent.is_none() { a.arg.clone() } else { sent };
            a.step(vm, v, None)
        }
        (INIT, _) => {
            a.set_state(ITER);
            let err = if a.mode == ATHROW {
                vm.exc_from_value(a.arg.clone())?
            } else {
                vm.new_error("GeneratorExit", "")
            };
            if a.mode == ACLOSE && a.gen.frame.borrow().is_none() {
                a.set_state(CLOSED);
                return Err(vm.new_error_args("StopIteration", vec![]));
            }
            a.step(vm, Value::None, Some(err))
        }
        _ => a.step(vm, sent, None),
    }
}

fn aw_throw(vm: &mut Vm, args: Args) -> PyResult {
    let a = awaitable(vm, &args)?;
    if a.state == CLOSED {
        return Err(a.reuse_error(vm));
    }
    a.set_state(ITER);
    let err = generator::throw_args_error(vm, &args, 1)?;
    a.step(vm, Value::None, Some(err))
}

fn aw_close(vm: &mut Vm, args: Args) -> PyResult {
    let a = awaitable(vm, &args)?;
    a.set_state(CLOSED);
    Ok(Value::None)
}

fn aw_self(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(args.args.first().cloned().unwrap_or(Value::None))
}
