//! `yield from` delegation to iterators that are not Krait generators: the
//! StopIteration value is the result, and throw()/close() are forwarded when
//! the iterator defines them (PEP 380).

use crate::error::{PyErr, PyResult};
use crate::value::Value;
use crate::vm::run::Exit;
use crate::vm::Vm;

impl Vm {
    /// `next(it)` for `yield from`: Err(value) carries the StopIteration value
    /// (a user `__next__` may raise `StopIteration(3)`; that is the result).
    pub(crate) fn next_or_return(&mut self, it: &Value) -> PyResult<Result<Value, Value>> {
        if let Value::Instance(_) = it {
            let cls = self.type_of(it);
            if let Some(m) = cls.lookup("__next__") {
                return match self.call(&m, vec![it.clone()]) {
                    Ok(v) => Ok(Ok(v)),
                    Err(e) if self.err_matches(&e, "StopIteration") => {
                        Ok(Err(self.stop_iteration_value(&e)))
                    }
                    Err(e) => Err(e),
                };
            }
        }
        // A builtin iterator lets a StopIteration raised inside it through
        // (`map(f, ...)` where `f` raises StopIteration(444)).
        match self.next(it) {
            Ok(Some(v)) => Ok(Ok(v)),
            Ok(None) => Ok(Err(Value::None)),
            Err(e) if self.err_matches(&e, "StopIteration") => {
                Ok(Err(self.stop_iteration_value(&e)))
            }
            Err(e) => Err(e),
        }
    }

    /// An exception thrown into a generator suspended in `yield from it`:
    /// GeneratorExit calls `it.close()` and re-raises; others go to `it.throw`.
    pub(crate) fn throw_into_iterator(&mut self, it: &Value, err: PyErr) -> PyResult<Exit> {
        let Value::Instance(_) = it else {
            return Err(err);
        };
        let cls = self.type_of(it);
        if self.err_matches(&err, "GeneratorExit") {
            if let Some(close) = cls.lookup("close") {
                self.call(&close, vec![it.clone()])?;
            }
            return Err(err);
        }
        let Some(throw) = cls.lookup("throw") else {
            return Err(err);
        };
        match self.call(&throw, vec![it.clone(), err.value()]) {
            Ok(y) => Ok(Exit::Yield(y)),
            Err(e) if self.err_matches(&e, "StopIteration") => {
                Ok(Exit::Return(self.stop_iteration_value(&e)))
            }
            Err(e) => Err(e),
        }
    }
}
