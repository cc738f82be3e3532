//! The async protocol steps of the dispatch loop: `await` (GET_AWAITABLE),
//! `async for` (GET_AITER, GET_ANEXT) and `async with` (BEFORE_ASYNC_WITH).

use crate::bytecode::Op;
use crate::error::PyResult;
use crate::object::generator::GenKind;
use crate::object::Args;
use crate::value::Value;
use crate::vm::run::code_op;
use crate::vm::Vm;

impl Vm {
    /// `await v`: coroutines pass through, others go through `__await__`
    /// (`what` picks the TypeError message: 0 await, 1 `__aenter__`, 2 `__aexit__`).
    pub(super) fn get_awaitable(&mut self, v: Value, what: u32) -> PyResult {
        if let Value::Generator(g) = &v {
            if g.kind == GenKind::Coroutine {
                if g.frame
                    .borrow()
                    .as_ref()
                    .is_some_and(|f| code_op(&f.code, f.pc) == Some(Op::YieldFrom))
                {
                    return Err(
                        self.new_error("RuntimeError", "coroutine is being awaited already")
                    );
                }
                return Ok(v);
            }
        }
        let typ = self.type_of(&v);
        let Some(m) = typ.lookup("__await__") else {
            let name = crate::object::type_name_of(&v);
            let msg = match what {
                1 => format!("'async with' received an object from __aenter__ that does not implement __await__: {}", name),
                2 => format!("'async with' received an object from __aexit__ that does not implement __await__: {}", name),
                _ => format!("object {} can't be used in 'await' expression", name),
            };
            return Err(self.type_error(msg));
        };
        // A plain function (`def __await__(self): yield`) is called with the
        // object directly, without a bound method.
        let it = match m {
            Value::Function(_) => self.call(&m, vec![v.clone()])?,
            _ => {
                let m = self.bind(m, &v);
                self.call(&m, vec![])?
            }
        };
        let ok = match &it {
            Value::Generator(g) => g.kind == GenKind::Generator,
            Value::Iterator(_) => true,
            _ => self.type_of(&it).lookup("__next__").is_some(),
        };
        if !ok {
            return Err(self.type_error(format!(
                "__await__() returned non-iterator of type '{}'",
                crate::object::type_name_of(&it)
            )));
        }
        Ok(it)
    }

    pub(super) fn get_aiter(&mut self, v: &Value) -> PyResult {
        if let Value::Generator(g) = v {
            if g.kind == GenKind::AsyncGenerator {
                return Ok(v.clone());
            }
        }
        let Some(it) = self.call_dunder(v, "__aiter__", vec![])? else {
            return Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                crate::object::type_name_of(v)
            )));
        };
        let has_anext = matches!(&it, Value::Generator(g) if g.kind == GenKind::AsyncGenerator)
            || self.type_of(&it).lookup("__anext__").is_some();
        if !has_anext {
            return Err(self.type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                crate::object::type_name_of(&it)
            )));
        }
        Ok(it)
    }

    pub(super) fn get_anext(&mut self, it: &Value) -> PyResult {
        if let Value::Generator(g) = it {
            if g.kind == GenKind::AsyncGenerator {
                return crate::object::coroutine::agen_anext(self, Args::new(vec![it.clone()]));
            }
        }
        let Some(aw) = self.call_dunder(it, "__anext__", vec![])? else {
            return Err(self.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                crate::object::type_name_of(it)
            )));
        };
        let awaitable = match &aw {
            Value::Generator(g) => g.kind == GenKind::Coroutine,
            _ => self.type_of(&aw).lookup("__await__").is_some(),
        };
        if !awaitable {
            return Err(self.type_error(format!(
                "'async for' received an invalid object from __anext__: {}",
                crate::object::type_name_of(&aw)
            )));
        }
        Ok(aw)
    }

    pub(super) fn before_async_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let typ = self.type_of(mgr);
        let (Some(enter), Some(exit)) = (typ.lookup("__aenter__"), typ.lookup("__aexit__")) else {
            return Err(self.type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol",
                crate::object::type_name_of(mgr)
            )));
        };
        let exit = self.bind(exit, mgr);
        let enter = self.bind(enter, mgr);
        let entered = self.call(&enter, vec![])?;
        Ok((exit, entered))
    }
}
