//! Error messages and robustness limits.
use super::*;
