//! Krait's engine: grammar, compiler, bytecode interpreter, object model,
//! builtins and standard modules.

pub mod ast;
pub mod builtins;
pub mod bytecode;
pub mod compile;
pub mod dis;
pub mod error;
pub mod gc;
pub mod object;
pub mod stdlib;
pub mod syntax;
pub mod text;
pub mod value;
pub mod vm;

pub use error::{PyErr, PyResult};
pub use value::Value;
pub use vm::{Config, Vm};
