//! Numbers, strings, bytes and f-strings.
use super::*;
