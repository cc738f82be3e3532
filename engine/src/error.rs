//! `PyErr`: a raised exception travelling up through Rust code as `Err`.

use std::rc::Rc;

use crate::object::exception::{ExcState, TraceEntry};
use crate::object::{InstanceObj, Native};
use crate::value::Value;

/// A raised exception: always an instance of a BaseException subclass.
#[derive(Clone)]
pub struct PyErr(pub Rc<InstanceObj>);

pub type PyResult<T = Value> = Result<T, PyErr>;

impl PyErr {
    pub fn value(&self) -> Value {
        Value::Instance(self.0.clone())
    }

    pub fn class_name(&self) -> Rc<str> {
        self.0.class().name.clone()
    }

    /// Runs `f` on the exception state (every PyErr has one).
    pub fn with_state<R>(&self, f: impl FnOnce(&mut ExcState) -> R) -> R {
        let mut native = self.0.native.borrow_mut();
        match &mut *native {
            Native::Exception(state) => f(state),
            // A host object is never an exception; give it a throwaway state.
            Native::Host(_) | Native::WeakRef(_) | Native::Slots(_) => {
                f(&mut ExcState::new(Value::tuple(vec![])))
            }
            Native::None | Native::Value(_) => {
                let mut state = ExcState::new(Value::tuple(vec![]));
                let r = f(&mut state);
                *native = Native::Exception(Box::new(state));
                r
            }
        }
    }

    pub fn push_traceback(&self, entry: TraceEntry) {
        self.with_state(|s| s.traceback.push(entry));
    }
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PyErr({})", self.class_name())
    }
}
