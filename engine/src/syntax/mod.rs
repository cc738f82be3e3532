//! Source text → AST: an indentation pass, the pest grammar, and the tree builder.

mod error;

pub use error::{SyntaxError, SyntaxErrorKind};
