//! Exception state carried by instances of BaseException subclasses, and the
//! traceback entries collected while an exception unwinds.

use std::rc::Rc;

use crate::value::Value;

#[derive(Clone)]
pub struct TraceEntry {
    /// The frame's code: its file and function name, and `tb.tb_frame.f_code`.
    pub code: Rc<crate::bytecode::CodeObject>,
    pub line: u32,
}

pub struct ExcState {
    /// The `args` tuple.
    pub args: Value,
    /// Innermost-last, like CPython's printed traceback.
    pub traceback: Vec<TraceEntry>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
}

impl ExcState {
    pub fn new(args: Value) -> ExcState {
        ExcState {
            args,
            traceback: Vec::new(),
            cause: Value::None,
            context: Value::None,
            suppress_context: false,
        }
    }
}
