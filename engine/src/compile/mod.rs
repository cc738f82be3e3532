//! AST → bytecode: scope analysis and code generation.
