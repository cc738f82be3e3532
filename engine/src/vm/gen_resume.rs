//! Resuming generators and coroutines. A running generator's frame sits on
//! `Vm::frames` like any other, marked with `Frame::gen`. FOR_ITER and
//! YIELD_FROM push it inside the current dispatch loop (no nested run);
//! `send`/`next()`/`throw` from native code run it in a nested loop. Either
//! way the generator's bookkeeping happens where the frame leaves the stack:
//! YIELD_VALUE puts it back into its generator, RETURN_VALUE and `unwind`
//! finish it (see run.rs).

use std::rc::Rc;

use crate::bytecode::Op;
use crate::error::{PyErr, PyResult};
use crate::object::generator::GenKind;
use crate::object::{Args, GeneratorObj};
use crate::value::Value;
use crate::vm::frame::{Frame, Role};
use crate::vm::run::{code_op, Exit};
use crate::vm::Vm;

impl Vm {
    /// FOR_ITER / YIELD_FROM: resumes `gen` in the running loop by pushing its
    /// frame (with `sent` on its stack if it had started). False, with `sent`
    /// untouched, when the general path must decide (running, finished, or a
    /// value sent to a generator that never ran).
    #[inline]
    pub(crate) fn push_generator(
        &mut self,
        gen: &Rc<GeneratorObj>,
        sent: &mut Value,
    ) -> PyResult<bool> {
        let started = gen.started.get();
        if gen.running.get() || (!started && !sent.is_none()) {
            return Ok(false);
        }
        if self.frames.len() >= self.recursion_limit {
            return Err(self.new_error("RecursionError", "maximum recursion depth exceeded"));
        }
        self.tick(1)?;
        let Some(mut frame) = gen.frame.borrow_mut().take() else {
            return Ok(false);
        };
        if started {
            frame.stack.push(std::mem::replace(sent, Value::None));
        } else {
            gen.started.set(true);
        }
        self.enter_generator_frame(gen, frame);
        Ok(true)
    }

    #[inline]
    fn enter_generator_frame(&mut self, gen: &Rc<GeneratorObj>, mut frame: Box<Frame>) {
        // The caller's exception is kept until the frame leaves; one the
        // generator was handling when it yielded is current again.
        let caller = match frame.role {
            Role::Handled(_) => match std::mem::replace(&mut frame.role, Role::Plain) {
                Role::Handled(own) => std::mem::replace(&mut self.exc_info, own),
                _ => unreachable!("matched above"),
            },
            _ => self.exc_info.clone(),
        };
        let old = std::mem::replace(&mut frame.role, Role::Gen(gen.clone(), caller));
        forget_if_empty(old);
        gen.running.set(true);
        self.frames.push(frame);
    }

    /// YIELD_VALUE: the top frame goes back into its generator and the
    /// caller's handled exception is restored. False if the top frame is not
    /// a running generator's (the frame stays).
    #[inline]
    pub(crate) fn suspend_generator_frame(&mut self) -> bool {
        let Some(frame) = self.frames.last_mut() else {
            return false;
        };
        if !frame.is_gen() {
            return false;
        }
        let Role::Gen(gen, caller) = std::mem::replace(&mut frame.role, Role::Plain) else {
            unreachable!("checked above")
        };
        let own = std::mem::replace(&mut self.exc_info, caller);
        // Kept for the next resume unless it is just the caller's.
        if own.is_none() {
            std::mem::forget(own);
        } else if !own.is(&self.exc_info) {
            frame.role = Role::Handled(own);
        }
        let frame = self.frames.pop().expect("the generator frame");
        gen.running.set(false);
        *gen.frame.borrow_mut() = Some(frame);
        true
    }

    /// A generator frame leaves the stack for good (it returned or raised).
    #[inline]
    pub(crate) fn finish_generator_frame(&mut self, frame: &mut Frame) {
        if !frame.is_gen() {
            return;
        }
        if let Role::Gen(gen, caller) = std::mem::replace(&mut frame.role, Role::Plain) {
            gen.running.set(false);
            let own = std::mem::replace(&mut self.exc_info, caller);
            if own.is_none() {
                std::mem::forget(own);
            }
        }
    }

    /// `err` leaves a generator frame: the generator is finished, and a
    /// StopIteration raised inside it becomes RuntimeError (PEP 479).
    #[cold]
    pub(crate) fn generator_raised(&mut self, frame: &mut Frame, err: PyErr) -> PyErr {
        let Role::Gen(gen, _) = &frame.role else {
            return err;
        };
        let gen = gen.clone();
        self.finish_generator_frame(frame);
        if !self.err_matches(&err, "StopIteration") {
            return err;
        }
        let new = self.new_error(
            "RuntimeError",
            &format!("{} raised StopIteration", gen.type_name()),
        );
        new.with_state(|s| s.cause = err.value());
        new.with_state(|s| s.context = err.value());
        new
    }

    /// `next(gen)` from native code (a builtin consuming it, zip, FOR_ITER
    /// over a non-generator iterator that wraps one): the next value, or
    /// None once it finished.
    #[inline]
    pub(crate) fn generator_next(&mut self, gen: &Rc<GeneratorObj>) -> PyResult<Option<Value>> {
        Ok(match self.resume_generator(gen, Value::None, None)? {
            Exit::Yield(v) => Some(v),
            Exit::Return(_) => None,
        })
    }

    /// Resumes a generator from native code (`send`, `next()`, `throw`, a
    /// builtin consuming it): sends `sent` (or throws `throw`) into it and
    /// runs it in a nested loop until it yields or finishes.
    #[inline]
    pub fn resume_generator(
        &mut self,
        gen: &Rc<GeneratorObj>,
        sent: Value,
        throw: Option<PyErr>,
    ) -> PyResult<Exit> {
        // The usual step (started, suspended, nothing to throw, no limit
        // due) inline; everything else in `resume_generator_general`.
        if throw.is_none()
            && gen.started.get()
            && !gen.running.get()
            && self.frames.len() < self.recursion_limit
            && self.limits.budget > 0
        {
            let taken = gen.frame.borrow_mut().take();
            if let Some(mut frame) = taken {
                // The resume's tick (limits.rs), with no check due.
                self.limits.budget -= 1;
                frame.stack.push(sent);
                let base = self.frames.len();
                self.enter_generator_frame(gen, frame);
                return self.execute(base, None);
            }
        }
        self.resume_generator_general(gen, sent, throw)
    }

    fn resume_generator_general(
        &mut self,
        gen: &Rc<GeneratorObj>,
        sent: Value,
        throw: Option<PyErr>,
    ) -> PyResult<Exit> {
        if gen.running.get() {
            return Err(self.value_error(format!("{} already executing", gen.type_name())));
        }
        let Some(mut frame) = gen.frame.borrow_mut().take() else {
            if gen.kind == GenKind::Coroutine {
                return Err(
                    self.new_error("RuntimeError", "cannot reuse already awaited coroutine")
                );
            }
            return match throw {
                Some(e) => Err(e),
                None => Ok(Exit::Return(Value::None)),
            };
        };
        if self.frames.len() >= self.recursion_limit {
            *gen.frame.borrow_mut() = Some(frame);
            return Err(self.new_error("RecursionError", "maximum recursion depth exceeded"));
        }
        let mut throw = throw;
        if gen.started.get() {
            match throw.take() {
                // Suspended inside `yield from`: delegate a throw to the sub-iterator.
                Some(err) if code_op(&frame.code, frame.pc) == Some(Op::YieldFrom) => {
                    let sub = frame.stack.last().cloned().unwrap_or(Value::None);
                    gen.running.set(true);
                    let r = self.throw_into(&sub, err);
                    gen.running.set(false);
                    match r {
                        Ok(Exit::Yield(y)) => {
                            *gen.frame.borrow_mut() = Some(frame);
                            return Ok(Exit::Yield(y));
                        }
                        // The sub-iterator finished: its value is the result.
                        Ok(Exit::Return(v)) => {
                            frame.stack.pop();
                            frame.stack.push(v);
                            frame.pc += 1;
                        }
                        Err(e) => {
                            frame.stack.pop();
                            frame.pc += 1;
                            throw = Some(e);
                        }
                    }
                }
                Some(err) => throw = Some(err),
                None => frame.stack.push(sent),
            }
        } else if let Some(err) = throw {
            // Thrown into a frame that never ran: it ends at once, outside any try.
            self.recycle_frame(frame);
            return Err(err);
        } else if !sent.is_none() {
            *gen.frame.borrow_mut() = Some(frame);
            return Err(self.type_error(format!(
                "can't send non-None value to a just-started {}",
                gen.type_name()
            )));
        }
        gen.started.set(true);
        if let Err(e) = self.tick(1) {
            *gen.frame.borrow_mut() = Some(frame);
            return Err(e);
        }
        let base = self.frames.len();
        self.enter_generator_frame(gen, frame);
        self.execute(base, throw)
    }

    /// `yield from` / `await`: sends a value into a sub-iterator.
    pub(crate) fn send_to(&mut self, sub: &Value, v: Value) -> PyResult<Exit> {
        match sub {
            Value::Generator(g) => {
                let g = g.clone();
                self.resume_generator(&g, v, None)
            }
            _ => {
                if v.is_none() {
                    return Ok(match self.next_or_return(sub)? {
                        Ok(y) => Exit::Yield(y),
                        Err(r) => Exit::Return(r),
                    });
                }
                let send = self.getattr_str(sub, "send")?;
                match self.call(&send, vec![v]) {
                    Ok(y) => Ok(Exit::Yield(y)),
                    Err(e) if self.err_matches(&e, "StopIteration") => {
                        Ok(Exit::Return(self.stop_iteration_value(&e)))
                    }
                    Err(e) => Err(e),
                }
            }
        }
    }

    fn throw_into(&mut self, sub: &Value, err: PyErr) -> PyResult<Exit> {
        match sub {
            // PEP 380: GeneratorExit closes the sub-generator, then is raised here.
            Value::Generator(_) if self.err_matches(&err, "GeneratorExit") => {
                crate::object::generator::close(self, Args::new(vec![sub.clone()]))?;
                Err(err)
            }
            Value::Generator(g) => {
                let g = g.clone();
                self.resume_generator(&g, Value::None, Some(err))
            }
            _ => self.throw_into_iterator(sub, err),
        }
    }
}

/// Drops a frame role that was just replaced, skipping the out-of-line drop
/// call for the usual `Plain` (it owns nothing, so forgetting it frees nothing).
#[inline]
fn forget_if_empty(old: Role) {
    match old {
        Role::Plain => std::mem::forget(old),
        other => drop(other),
    }
}
