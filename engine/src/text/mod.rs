//! Pure text algorithms behind Python's `str`/`int`/`float` formatting, parsing and string
//! methods: plain Rust types in and out, no dependency on the object model or interpreter.

pub mod float_repr;
pub mod format_spec;
pub mod number_parse;
pub mod percent;
pub mod str_ops;

mod unicode_tables;
