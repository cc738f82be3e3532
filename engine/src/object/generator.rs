//! Generator (and coroutine) objects: a suspended frame and its state.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::vm::frame::Frame;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub struct GeneratorObj {
    /// None once the generator has finished.
    pub frame: RefCell<Option<Box<Frame>>>,
    pub running: Cell<bool>,
    pub started: Cell<bool>,
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub kind: GenKind,
}

impl GeneratorObj {
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        }
    }
}
