//! FORMAT_VALUE, the formatted pieces of an f-string (`f"{x}"`, `f"{x!r:>8}"`).
//!
//! The spec is read where it lies (no copy per piece); a str without a spec
//! or with `!s` is the piece itself, and a machine int without a spec is
//! written from a stack buffer into a str stored inline: one allocation
//! where the general path made three.

use std::rc::Rc;

use crate::error::PyResult;
use crate::object::StrObj;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// `conv` is FORMAT_VALUE's conversion (0 none, 1 `!s`, 2 `!r`, 3 `!a`);
    /// `spec` the format spec when the instruction has one.
    pub(crate) fn format_value(&mut self, v: Value, conv: u32, spec: Option<Value>) -> PyResult {
        let v = match (conv, &v) {
            (0, _) | (1, Value::Str(_)) => v,
            (1, _) => Value::string(self.str(&v)?),
            (2, _) => Value::string(self.repr(&v)?),
            _ => Value::string(self.ascii(&v)?),
        };
        let spec = match &spec {
            Some(Value::Str(s)) => s.as_str(),
            _ => "",
        };
        if spec.is_empty() {
            match &v {
                Value::Str(_) => return Ok(v),
                Value::Int(i) => {
                    let mut buf = [0; 20];
                    let text = crate::object::int::format_i64(*i, &mut buf);
                    return Ok(Value::Str(Rc::new(StrObj::copied_ascii(text))));
                }
                _ => {}
            }
        }
        Ok(Value::string(self.format(&v, spec)?))
    }
}
