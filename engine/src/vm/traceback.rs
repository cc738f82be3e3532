//! Printing an uncaught exception the way CPython does: the chain of causes
//! and contexts, each with "Traceback (most recent call last):" and the
//! source line of every frame.

use crate::error::PyErr;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// `exc.__traceback__`: a chain of `traceback` objects (outermost first,
    /// linked by `tb_next`), or None when the exception was never raised.
    pub fn traceback_value(&mut self, exc: &Value) -> Value {
        let Value::Instance(inst) = exc else {
            return Value::None;
        };
        let entries = match &*inst.native.borrow() {
            crate::object::Native::Exception(s) => s.traceback.clone(),
            _ => return Value::None,
        };
        self.traceback_chain(&entries)
    }

    pub(crate) fn traceback_chain(
        &mut self,
        entries: &[crate::object::exception::TraceEntry],
    ) -> Value {
        // Entries run innermost first (added as the error unwinds); the chain
        // starts at the outermost frame.
        let mut next = Value::None;
        for e in entries.iter() {
            let tb = crate::object::InstanceObj::new(
                self.types.traceback.clone(),
                crate::object::Native::None,
            );
            tb.set_attr_str("tb_lineno", Value::Int(e.line as i64));
            tb.set_attr_str("tb_next", next);
            // Frames are not live objects in Krait: tb_frame is a snapshot
            // with the code and line the traceback module reads.
            let frame = crate::object::InstanceObj::new(
                self.types.frame.clone(),
                crate::object::Native::None,
            );
            frame.set_attr_str("f_code", Value::Code(e.code.clone()));
            frame.set_attr_str("f_lineno", Value::Int(e.line as i64));
            frame.set_attr_str("f_globals", Value::None);
            tb.set_attr_str("tb_frame", Value::Instance(crate::gc::new(frame)));
            next = Value::Instance(crate::gc::new(tb));
        }
        next
    }

    /// The full CPython-style report for `err` (ends with a newline).
    pub fn format_exception(&mut self, err: &PyErr) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_chain(err, &mut out, &mut seen);
        out
    }

    fn format_chain(&mut self, err: &PyErr, out: &mut String, seen: &mut Vec<usize>) {
        seen.push(std::rc::Rc::as_ptr(&err.0) as usize);
        let (cause, context, suppress) =
            err.with_state(|s| (s.cause.clone(), s.context.clone(), s.suppress_context));
        if let Value::Instance(c) = &cause {
            if !seen.contains(&(std::rc::Rc::as_ptr(c) as usize)) {
                self.format_chain(&PyErr(c.clone()), out, seen);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            }
        } else if let (Value::Instance(c), false) = (&context, suppress) {
            if !seen.contains(&(std::rc::Rc::as_ptr(c) as usize)) {
                self.format_chain(&PyErr(c.clone()), out, seen);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        let entries = err.with_state(|s| s.traceback.clone());
        if !entries.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            for e in entries.iter().rev() {
                out.push_str(&format!(
                    "  File \"{}\", line {}, in {}\n",
                    e.code.filename, e.line, e.code.name
                ));
                if let Some(src) = self.sources.get(&*e.code.filename) {
                    if let Some(line) = src.lines().nth(e.line.saturating_sub(1) as usize) {
                        let t = line.trim();
                        if !t.is_empty() {
                            out.push_str(&format!("    {}\n", t));
                        }
                    }
                }
            }
        }
        out.push_str(&self.exception_only(err));
        out.push('\n');
    }

    /// The last line: `TypeName: message` (or just `TypeName`).
    pub fn exception_only(&mut self, err: &PyErr) -> String {
        let cls = err.0.class();
        let module = match cls.dict.get_str("__module__") {
            Some(Value::Str(m)) if m.as_str() != "builtins" && m.as_str() != "__main__" => {
                format!("{}.", m.as_str())
            }
            _ => String::new(),
        };
        let name = format!("{}{}", module, cls.qualname.borrow());
        if self.err_matches(err, "SyntaxError") {
            let d = &err.0;
            let msg = d
                .get_attr_str("msg")
                .and_then(|v| v.as_str().map(|s| s.to_string()))
                .unwrap_or_default();
            let mut s = String::new();
            if let (Some(Value::Str(f)), Some(Value::Int(line))) =
                (d.get_attr_str("filename"), d.get_attr_str("lineno"))
            {
                s.push_str(&format!("  File \"{}\", line {}\n", f.as_str(), line));
                if let Some(Value::Str(text)) = d.get_attr_str("text") {
                    let raw = text.as_str();
                    let trimmed = raw.trim_start();
                    let indent = raw.chars().count() - trimmed.chars().count();
                    s.push_str(&format!("    {}\n", trimmed.trim_end()));
                    if let Some(Value::Int(col)) = d.get_attr_str("offset") {
                        let caret = (col as usize).saturating_sub(1).saturating_sub(indent);
                        s.push_str(&format!("    {}^\n", " ".repeat(caret)));
                    }
                }
            }
            return format!("{}{}: {}", s, name, msg);
        }
        let v = err.value();
        let msg = self
            .str(&v)
            .unwrap_or_else(|_| "<exception str() failed>".into());
        if msg.is_empty() {
            name
        } else {
            format!("{}: {}", name, msg)
        }
    }

    /// Prints an uncaught exception to stderr.
    pub fn print_exception(&mut self, err: &PyErr) {
        let text = self.format_exception(err);
        self.write_err(&text);
    }
}
