//! Krait's Cranelift tier (to come): hotness policy, codegen, guards and side exits.
