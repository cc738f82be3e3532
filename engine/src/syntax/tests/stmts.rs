//! Statements.
use super::*;
