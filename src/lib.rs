//! Krait's facade crate: the `krait` runner's logic (CLI parsing, running a
//! file, `-c`, stdin or the REPL) on top of `krait-engine`.

pub mod cli;
mod repl;
pub mod runner;

pub use krait_engine as engine;
pub use runner::run;
