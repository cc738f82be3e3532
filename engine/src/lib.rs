//! Krait's engine: grammar, compiler, bytecode interpreter, object model,
//! builtins and standard modules.

pub mod ast;
pub mod bytecode;
pub mod compile;
pub mod dis;
pub mod syntax;
pub mod text;
