//! Line structure: indentation, continuation, comments, separators.
use super::*;
