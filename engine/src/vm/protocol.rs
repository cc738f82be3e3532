//! The object protocols the interpreter and builtins share: repr/str, hash,
//! equality, truth, len, iteration, containment, item access and format.
//! Builtin types take a fast path; instances go through their dunders.

use std::rc::Rc;

use num_traits::{One, Zero};

use crate::error::PyResult;
use crate::object::iter::IterState;
use crate::object::{type_name_of, DictViewKind, IterObj, Native};
use crate::text::float_repr::float_repr;
use crate::text::str_ops::{repr_bytes, repr_str};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        if self.meta_has(v, "__repr__") {
            let r = self
                .call_dunder(v, "__repr__", vec![])?
                .unwrap_or(Value::None);
            return match r {
                Value::Str(s) => Ok(s.as_str().to_string()),
                other => Err(self.type_error(format!(
                    "__repr__ returned non-string (type {})",
                    type_name_of(&other)
                ))),
            };
        }
        Ok(match v {
            Value::Null => "<NULL>".into(),
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => (if *b { "True" } else { "False" }).into(),
            Value::Int(i) => crate::object::int::i64_to_string(*i),
            Value::BigInt(b) => b.to_string(),
            Value::Float(x) => float_repr(*x),
            Value::Str(s) => repr_str(s.as_str()),
            Value::Bytes(b) => repr_bytes(&b.data.borrow()),
            Value::ByteArray(b) => format!(
                "bytearray({})",
                crate::text::str_ops::repr_bytearray_body(&b.data.borrow())
            ),
            Value::List(l) => {
                let items = l.items.borrow().clone();
                self.repr_seq(v, "[", "]", &items, false)?
            }
            Value::Tuple(t) => {
                let items = t.items.to_vec();
                self.repr_seq(v, "(", ")", &items, items.len() == 1)?
            }
            Value::Set(s) => {
                let items = s.to_vec();
                if items.is_empty() {
                    "set()".into()
                } else {
                    self.repr_seq(v, "{", "}", &items, false)?
                }
            }
            Value::FrozenSet(s) => {
                let items = s.to_vec();
                if items.is_empty() {
                    "frozenset()".into()
                } else {
                    format!("frozenset({})", self.repr_seq(v, "{", "}", &items, false)?)
                }
            }
            Value::Dict(d) => {
                let ptr = v.heap_ptr().unwrap_or(0);
                if self.repr_stack.contains(&ptr) {
                    return Ok("{...}".into());
                }
                self.repr_stack.push(ptr);
                let mut out = String::from("{");
                let items = d.items();
                let r = (|| {
                    for (i, (k, val)) in items.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        out.push_str(&self.repr(k)?);
                        out.push_str(": ");
                        out.push_str(&self.repr(val)?);
                    }
                    Ok(())
                })();
                self.repr_stack.pop();
                r?;
                out.push('}');
                out
            }
            Value::DictView(view) => {
                let items: Vec<Value> = match view.kind {
                    DictViewKind::Keys => view.dict.keys(),
                    DictViewKind::Values => view.dict.values(),
                    DictViewKind::Items => view
                        .dict
                        .items()
                        .into_iter()
                        .map(|(k, v)| Value::pair(k, v))
                        .collect(),
                };
                format!(
                    "{}({})",
                    view.type_name(),
                    self.repr_seq(v, "[", "]", &items, false)?
                )
            }
            Value::Range(r) => r.repr(),
            Value::Slice(s) => {
                let (a, b, c) = (s.start.clone(), s.stop.clone(), s.step.clone());
                format!(
                    "slice({}, {}, {})",
                    self.repr(&a)?,
                    self.repr(&b)?,
                    self.repr(&c)?
                )
            }
            Value::Super(sp) => {
                // CPython prints tp_name, the bare class name.
                if sp.obj.is_none() {
                    format!("<super: <class '{}'>, NULL>", sp.this_class.name)
                } else {
                    format!(
                        "<super: <class '{}'>, <{} object>>",
                        sp.this_class.name, sp.obj_type.name
                    )
                }
            }
            Value::Function(f) => format!(
                "<function {} at {:#x}>",
                f.qualname.borrow(),
                v.heap_ptr().unwrap_or(0)
            ),
            Value::Builtin(b) => match b.owner {
                Some(owner) => format!("<method '{}' of '{}' objects>", b.name, owner),
                None => format!("<built-in function {}>", b.name),
            },
            Value::BoundMethod(m) => {
                let self_ = m.self_.clone();
                let func_name = match &m.func {
                    Value::Function(f) => f.qualname.borrow().to_string(),
                    Value::Builtin(b) => {
                        return Ok(format!(
                            "<built-in method {} of {} object at {:#x}>",
                            b.name,
                            type_name_of(&self_),
                            self_.heap_ptr().unwrap_or(0)
                        ))
                    }
                    other => type_name_of(other),
                };
                format!("<bound method {} of {}>", func_name, self.repr(&self_)?)
            }
            Value::Class(c) => {
                let module = c.dict.get_str("__module__");
                match module {
                    Some(Value::Str(m)) if m.as_str() != "builtins" => {
                        format!("<class '{}.{}'>", m.as_str(), c.qualname.borrow())
                    }
                    _ => format!("<class '{}'>", c.qualname.borrow()),
                }
            }
            Value::Module(m) => format!("<module '{}'>", m.name),
            Value::Cell(_) => format!("<cell at {:#x}>", v.heap_ptr().unwrap_or(0)),
            Value::Code(c) => format!(
                "<code object {} at {:#x}, file \"{}\", line {}>",
                c.name,
                v.heap_ptr().unwrap_or(0),
                c.filename,
                c.first_line
            ),
            Value::Generator(g) => format!(
                "<{} object {} at {:#x}>",
                g.type_name(),
                g.qualname,
                v.heap_ptr().unwrap_or(0)
            ),
            Value::Instance(inst) => {
                let cls = inst.class();
                match cls.lookup("__repr__") {
                    Some(m) if !self.is_object_method(&m, "__repr__") => {
                        let r = self.call(&m, vec![v.clone()])?;
                        match r {
                            Value::Str(s) => s.as_str().to_string(),
                            other => {
                                return Err(self.type_error(format!(
                                    "__repr__ returned non-string (type {})",
                                    type_name_of(&other)
                                )))
                            }
                        }
                    }
                    _ if cls.layout == crate::object::class::Layout::Exception => {
                        let args = self.exception_args(v);
                        let inner = match args.len() {
                            1 => self.repr(&args[0])?,
                            _ => {
                                let t = self.repr(&Value::tuple(args.clone()))?;
                                if args.is_empty() {
                                    String::new()
                                } else {
                                    t[1..t.len() - 1].to_string()
                                }
                            }
                        };
                        format!("{}({})", cls.name, inner)
                    }
                    _ => self.default_repr(v),
                }
            }
            _ => self.default_repr(v),
        })
    }

    /// `<__main__.C object at 0x...>`.
    pub(crate) fn default_repr(&mut self, v: &Value) -> String {
        let cls = self.type_of(v);
        let module = match cls.dict.get_str("__module__") {
            Some(Value::Str(m)) if m.as_str() != "builtins" => format!("{}.", m.as_str()),
            _ => String::new(),
        };
        format!(
            "<{}{} object at {:#x}>",
            module,
            cls.qualname.borrow(),
            v.heap_ptr().unwrap_or(0)
        )
    }

    fn is_object_method(&self, m: &Value, name: &str) -> bool {
        match self.types.object.dict.get_str(name) {
            Some(o) => o.is(m),
            None => false,
        }
    }

    fn repr_seq(
        &mut self,
        whole: &Value,
        open: &str,
        close: &str,
        items: &[Value],
        trailing_comma: bool,
    ) -> PyResult<String> {
        let ptr = whole.heap_ptr().unwrap_or(0);
        if self.repr_stack.contains(&ptr) {
            return Ok(format!("{}...{}", open, close));
        }
        self.repr_stack.push(ptr);
        let mut out = String::from(open);
        let mut result = Ok(());
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            match self.repr(item) {
                Ok(s) => out.push_str(&s),
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        self.repr_stack.pop();
        result?;
        if trailing_comma {
            out.push(',');
        }
        out.push_str(close);
        Ok(out)
    }

    /// `str(v)`.
    pub fn str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Class(_) if self.meta_has(v, "__str__") => {
                match self
                    .call_dunder(v, "__str__", vec![])?
                    .unwrap_or(Value::None)
                {
                    Value::Str(s) => Ok(s.as_str().to_string()),
                    other => Err(self.type_error(format!(
                        "__str__ returned non-string (type {})",
                        type_name_of(&other)
                    ))),
                }
            }
            Value::Instance(inst) => {
                let cls = inst.class();
                match cls.lookup("__str__") {
                    Some(m)
                        if !self.is_object_method(&m, "__str__") && !self.is_exception_str(&m) =>
                    {
                        let r = self.call(&m, vec![v.clone()])?;
                        match r {
                            Value::Str(s) => Ok(s.as_str().to_string()),
                            other => Err(self.type_error(format!(
                                "__str__ returned non-string (type {})",
                                type_name_of(&other)
                            ))),
                        }
                    }
                    _ if cls.layout == crate::object::class::Layout::Exception => {
                        let args = self.exception_args(v);
                        if cls.is_subclass(&self.types.exception("KeyError")) && args.len() == 1 {
                            return self.repr(&args[0]);
                        }
                        if let Some(msg) =
                            crate::builtins::core_types::unicode_error_str(self, v, &args)
                        {
                            return Ok(msg);
                        }
                        if cls.is_subclass(&self.types.exception("OSError"))
                            && (2..=5).contains(&args.len())
                        {
                            let errno = self.str(&args[0])?;
                            let msg = self.str(&args[1])?;
                            // A None filename counts as none; filename2 is the fifth.
                            let file = args.get(2).filter(|f| !f.is_none());
                            let file2 = args.get(4).filter(|f| !f.is_none());
                            return Ok(match (file, file2) {
                                (Some(f), Some(g)) => format!(
                                    "[Errno {}] {}: {} -> {}",
                                    errno,
                                    msg,
                                    self.repr(f)?,
                                    self.repr(g)?
                                ),
                                (Some(f), None) => {
                                    format!("[Errno {}] {}: {}", errno, msg, self.repr(f)?)
                                }
                                _ => format!("[Errno {}] {}", errno, msg),
                            });
                        }
                        match args.len() {
                            0 => Ok(String::new()),
                            1 => self.str(&args[0]),
                            _ => self.repr(&Value::tuple(args)),
                        }
                    }
                    _ => self.repr(v),
                }
            }
            _ => self.repr(v),
        }
    }

    fn is_exception_str(&self, m: &Value) -> bool {
        match self
            .types
            .exception("BaseException")
            .dict
            .get_str("__str__")
        {
            Some(o) => o.is(m),
            None => false,
        }
    }

    pub fn exception_args(&self, v: &Value) -> Vec<Value> {
        if let Value::Instance(inst) = v {
            if let Native::Exception(s) = &*inst.native.borrow() {
                if let Value::Tuple(t) = &s.args {
                    return t.items.to_vec();
                }
            }
        }
        Vec::new()
    }

    /// `ascii(v)`.
    pub fn ascii(&mut self, v: &Value) -> PyResult<String> {
        let r = self.repr(v)?;
        let mut out = String::with_capacity(r.len());
        for c in r.chars() {
            match c as u32 {
                0..=0x7f => out.push(c),
                n @ 0x80..=0xff => out.push_str(&format!("\\x{:02x}", n)),
                n @ 0x100..=0xffff => out.push_str(&format!("\\u{:04x}", n)),
                n => out.push_str(&format!("\\U{:08x}", n)),
            }
        }
        Ok(out)
    }

    /// `hash(v)`. The usual dict keys (ints, strs, tuples of those) are
    /// hashed inline, without the general function's frame.
    #[inline]
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(crate::object::int::hash_i64(*i)),
            Value::Str(s) => Ok(s.hash()),
            Value::Tuple(t) if t.items.len() <= 4 => {
                let mut h = crate::object::tuple::TupleHasher::new();
                for item in t.items.iter() {
                    h.add(match item {
                        Value::Int(i) => crate::object::int::hash_i64(*i),
                        Value::Str(s) => s.hash(),
                        _ => return self.hash_any(v),
                    });
                }
                Ok(h.finish(t.items.len()))
            }
            _ => self.hash_any(v),
        }
    }

    /// `hash(v)` for every kind of value.
    #[inline(never)]
    fn hash_any(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::Int(i) => crate::object::int::hash_i64(*i),
            Value::Bool(b) => *b as i64,
            Value::Str(s) => s.hash(),
            Value::Float(x) => crate::object::float::hash_float(*x),
            Value::BigInt(b) => crate::object::int::hash_bigint(b),
            Value::None => 0x5f5e_1000,
            Value::Tuple(t) => {
                // Tuples are immutable, so their items can be hashed in place;
                // ints and strs (the usual key parts) without a recursive call.
                let mut h = crate::object::tuple::TupleHasher::new();
                for item in t.items.iter() {
                    h.add(match item {
                        Value::Int(i) => crate::object::int::hash_i64(*i),
                        Value::Str(s) => s.hash(),
                        other => self.hash(other)?,
                    });
                }
                h.finish(t.items.len())
            }
            Value::Bytes(b) => {
                crate::object::str::hash_str(&String::from_utf8_lossy(&b.data.borrow()))
            }
            // By value, as range equality: the hash of (len, start, step)
            // with start and step None where they make no difference.
            Value::Range(r) => {
                let none = self.hash(&Value::None)?;
                let len = r.count();
                let [start, _, step] = r.bound_values();
                let mut h = crate::object::tuple::TupleHasher::new();
                h.add(crate::object::int::hash_bigint(&len));
                h.add(if len.is_zero() {
                    none
                } else {
                    self.hash(&start)?
                });
                h.add(if len <= num_bigint::BigInt::one() {
                    none
                } else {
                    self.hash(&step)?
                });
                h.finish(3)
            }
            Value::FrozenSet(s) => {
                let items = s.hashed_items();
                crate::object::set::hash_frozenset(&items)
            }
            // dict_values is not set-like, so it keeps object's identity hash.
            Value::DictView(dv) if matches!(dv.kind, crate::object::DictViewKind::Values) => {
                (v.heap_ptr().unwrap_or(0) >> 4) as i64
            }
            Value::List(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::ByteArray(_)
            | Value::Slice(_)
            | Value::DictView(_) => {
                return Err(self.type_error(format!("unhashable type: '{}'", type_name_of(v))));
            }
            Value::Instance(inst) => {
                let cls = inst.class();
                match cls.lookup("__hash__") {
                    Some(Value::None) => {
                        return Err(self.type_error(format!("unhashable type: '{}'", cls.name)))
                    }
                    Some(m) if !self.is_object_method(&m, "__hash__") => {
                        let r = self.call(&m, vec![v.clone()])?;
                        match r {
                            Value::Int(i) => {
                                if i == -1 {
                                    -2
                                } else {
                                    i
                                }
                            }
                            Value::BigInt(b) => crate::object::int::hash_bigint(&b),
                            Value::Bool(b) => b as i64,
                            _ => {
                                return Err(
                                    self.type_error("__hash__ method should return an integer")
                                )
                            }
                        }
                    }
                    _ => (v.heap_ptr().unwrap_or(0) >> 4) as i64,
                }
            }
            // Consistent with bound-method equality: identity of self, hash of the function.
            Value::BoundMethod(m) => {
                let s = (m.self_.heap_ptr().unwrap_or(0) >> 4) as i64;
                let h = self.hash(&m.func.clone())? ^ s;
                if h == -1 {
                    -2
                } else {
                    h
                }
            }
            _ => (v.heap_ptr().unwrap_or(0) >> 4) as i64,
        })
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = crate::object::dict::simple_eq(a, b) {
            return Ok(r);
        }
        // Nested containers (deep compares): straight to their equality.
        match (a, b) {
            (Value::List(x), Value::List(y)) => return self.compare_lists(x, y, 2),
            (Value::Dict(x), Value::Dict(y)) => return self.dict_eq(x, y),
            _ => {}
        }
        let r = self.compare(a, b, 2)?;
        self.truthy(&r)
    }

    /// `bool(v)`.
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Null | Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(x) => *x != 0.0,
            Value::BigInt(_) => true,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::Bytes(b) | Value::ByteArray(b) => !b.data.borrow().is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) | Value::FrozenSet(s) => !s.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::DictView(view) => !view.dict.is_empty(),
            Value::Class(_) if !self.meta_has(v, "__bool__") && !self.meta_has(v, "__len__") => {
                true
            }
            Value::Instance(_) | Value::Class(_) => {
                if let Some(r) = self.call_dunder(v, "__bool__", vec![])? {
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => Err(self.type_error(format!(
                            "__bool__ should return bool, returned {}",
                            type_name_of(&other)
                        ))),
                    };
                }
                if let Some(r) = self.call_dunder(v, "__len__", vec![])? {
                    return Ok(self.len_result(r)? != 0);
                }
                true
            }
            _ => true,
        })
    }

    fn len_result(&mut self, r: Value) -> PyResult<usize> {
        match r {
            Value::Int(i) if i >= 0 => Ok(i as usize),
            Value::Bool(b) => Ok(b as usize),
            Value::Int(_) => Err(self.value_error("__len__() should return >= 0")),
            other => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name_of(&other)
            ))),
        }
    }

    /// A class whose metaclass defines `name` in Python (`EnumType.__len__`).
    pub(crate) fn meta_has(&self, v: &Value, name: &str) -> bool {
        match v {
            Value::Class(c) => c.metaclass().is_some_and(|m| {
                !Rc::ptr_eq(&m, &self.types.type_)
                    && matches!(m.lookup(name), Some(Value::Function(_)))
            }),
            _ => false,
        }
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::Bytes(b) | Value::ByteArray(b) => b.data.borrow().len(),
            Value::List(l) => l.len(),
            Value::Tuple(t) => t.len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) | Value::FrozenSet(s) => s.len(),
            Value::Range(r) => self.range_len(r)?,
            Value::DictView(view) => view.dict.len(),
            Value::Class(_) if !self.meta_has(v, "__len__") => {
                return Err(
                    self.type_error(format!("object of type '{}' has no len()", type_name_of(v)))
                )
            }
            Value::Instance(_) | Value::Class(_) => match self.call_dunder(v, "__len__", vec![])? {
                Some(r) => self.len_result(r)?,
                None => {
                    return Err(self
                        .type_error(format!("object of type '{}' has no len()", type_name_of(v))))
                }
            },
            _ => {
                return Err(
                    self.type_error(format!("object of type '{}' has no len()", type_name_of(v)))
                )
            }
        })
    }

    /// `*it` in a list display (LIST_EXTEND): `iterate`, with CPython's
    /// "Value after * must be an iterable" when `it` has no iteration
    /// protocol. Out of line, so the general loop's register allocation
    /// does not pay for the message (inlined it cost fib 2.5% Ir).
    #[inline(never)]
    pub(crate) fn iterate_starred(&mut self, it: &Value) -> PyResult<Vec<Value>> {
        match self.iterate(it) {
            Err(e) if !self.has_iter_protocol(it) && self.err_matches(&e, "TypeError") => Err(self
                .type_error(format!(
                    "Value after * must be an iterable, not {}",
                    crate::object::type_name_of(it)
                ))),
            r => r,
        }
    }

    /// Whether `v`'s type offers iteration at all (`__iter__`, or `__getitem__`
    /// for the sequence protocol), as CPython checks before it rewords a
    /// failed `*x` unpacking.
    pub(crate) fn has_iter_protocol(&self, v: &Value) -> bool {
        match v {
            Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::ByteArray(_)
            | Value::Range(_)
            | Value::Dict(_)
            | Value::DictView(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Iterator(_) => true,
            Value::Generator(g) => g.kind == crate::object::generator::GenKind::Generator,
            Value::Class(_) => self.meta_has(v, "__iter__") || self.meta_has(v, "__getitem__"),
            Value::Instance(_) => {
                let t = self.type_of(v);
                t.lookup("__iter__").is_some() || t.lookup("__getitem__").is_some()
            }
            _ => false,
        }
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult {
        let state = match v {
            Value::List(l) => IterState::List(l.clone(), 0),
            Value::Tuple(t) => IterState::Tuple(t.clone(), 0),
            Value::Str(s) => IterState::Str(s.clone(), 0),
            Value::Bytes(b) | Value::ByteArray(b) => IterState::Bytes(b.clone(), 0),
            Value::Range(r) => r.iter_state(),
            Value::Dict(d) => IterState::DictKeys(d.clone(), 0, d.len()),
            Value::DictView(view) => match view.kind {
                DictViewKind::Keys => IterState::DictKeys(view.dict.clone(), 0, view.dict.len()),
                DictViewKind::Values => {
                    IterState::DictValues(view.dict.clone(), 0, view.dict.len())
                }
                DictViewKind::Items => IterState::DictItems(view.dict.clone(), 0, view.dict.len()),
            },
            Value::Set(s) | Value::FrozenSet(s) => IterState::Set(s.clone(), 0, s.len()),
            Value::Generator(g) if g.kind != crate::object::generator::GenKind::Generator => {
                return Err(self.type_error(format!("'{}' object is not iterable", g.type_name())))
            }
            Value::Iterator(_) | Value::Generator(_) => return Ok(v.clone()),
            Value::Class(_)
                if !self.meta_has(v, "__iter__") && !self.meta_has(v, "__getitem__") =>
            {
                return Err(self.type_error(format!("'{}' object is not iterable", type_name_of(v))))
            }
            Value::Instance(_) | Value::Class(_) => {
                if let Some(it) = self.call_dunder(v, "__iter__", vec![])? {
                    let typ = self.type_of(&it);
                    if !matches!(it, Value::Iterator(_) | Value::Generator(_))
                        && typ.lookup("__next__").is_none()
                    {
                        return Err(self.type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            type_name_of(&it)
                        )));
                    }
                    return Ok(it);
                }
                if self.type_of(v).lookup("__getitem__").is_some() {
                    IterState::SeqIndex(v.clone(), 0)
                } else {
                    return Err(
                        self.type_error(format!("'{}' object is not iterable", type_name_of(v)))
                    );
                }
            }
            _ => {
                return Err(self.type_error(format!("'{}' object is not iterable", type_name_of(v))))
            }
        };
        Ok(Value::Iterator(Rc::new(IterObj::new(state))))
    }

    /// `next(it)`: Some(value), or None when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iterator(obj) => self.iter_next(obj),
            Value::Generator(g) if g.kind == crate::object::generator::GenKind::Generator => {
                self.generator_next(g)
            }
            _ => {
                let cls = self.type_of(it);
                match cls.lookup("__next__") {
                    Some(m) => match self.call(&m, vec![it.clone()]) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if self.err_matches(&e, "StopIteration") => Ok(None),
                        Err(e) => Err(e),
                    },
                    None => Err(self
                        .type_error(format!("'{}' object is not an iterator", type_name_of(it)))),
                }
            }
        }
    }

    pub(crate) fn iter_next(&mut self, obj: &Rc<IterObj>) -> PyResult<Option<Value>> {
        let mut st = obj.state.borrow_mut();
        if let Some(r) = st.step_plain() {
            if r.is_none() {
                *st = IterState::Exhausted;
            }
            return Ok(r);
        }
        let r = match &mut *st {
            IterState::ListReverse(l, i) => {
                if *i == 0 {
                    None
                } else {
                    *i -= 1;
                    l.get(*i)
                }
            }
            IterState::Str(s, pos) => match s.as_str().as_bytes().get(*pos) {
                None => None,
                // An ASCII byte is a whole char: no decoding.
                Some(&c) if c.is_ascii() => {
                    *pos += 1;
                    Some(self.char_str(c as char))
                }
                Some(_) => {
                    let c = s.as_str()[*pos..].chars().next().unwrap_or_default();
                    *pos += c.len_utf8();
                    Some(self.char_str(c))
                }
            },
            IterState::Bytes(b, i) => {
                let v = b.data.borrow().get(*i).map(|&x| Value::Int(x as i64));
                *i += 1;
                v
            }
            IterState::DictKeys(d, pos, size)
            | IterState::DictValues(d, pos, size)
            | IterState::DictItems(d, pos, size) => {
                if d.len() != *size {
                    *size = usize::MAX;
                    drop(st);
                    return Err(
                        self.new_error("RuntimeError", "dictionary changed size during iteration")
                    );
                }
                match d.entry_from(*pos) {
                    Some((p, k, v)) => {
                        *pos = p;
                        Some(match &*st {
                            IterState::DictKeys(..) => k,
                            IterState::DictValues(..) => v,
                            _ => Value::pair(k, v),
                        })
                    }
                    None => None,
                }
            }
            IterState::Set(s, pos, size) => {
                if s.len() != *size {
                    *size = usize::MAX;
                    drop(st);
                    return Err(self.new_error("RuntimeError", "Set changed size during iteration"));
                }
                match s.entry_from(*pos) {
                    Some((p, k)) => {
                        *pos = p;
                        Some(k)
                    }
                    None => None,
                }
            }
            IterState::LongRange(it) => it.step(),
            IterState::Exhausted => None,
            IterState::Enumerate(inner, Value::Int(count)) if *count < i64::MAX => {
                match super::iter_step::step_in_place(inner) {
                    Some(Some(v)) => {
                        let index = *count;
                        *count += 1;
                        return Ok(Some(Value::pair(Value::Int(index), v)));
                    }
                    Some(None) => None,
                    None => {
                        drop(st);
                        return self.enumerate_next(obj);
                    }
                }
            }
            IterState::Enumerate(..) => {
                drop(st);
                return self.enumerate_next(obj);
            }
            _ => {
                let state = std::mem::replace(&mut *st, IterState::Exhausted);
                drop(st);
                let (result, state) = self.iter_next_slow(state)?;
                if result.is_some() {
                    *obj.state.borrow_mut() = state;
                }
                return Ok(result);
            }
        };
        if r.is_none() {
            *st = IterState::Exhausted;
        }
        Ok(r)
    }

    /// enumerate's step when its inner iterator may run script code.
    fn enumerate_next(&mut self, obj: &Rc<IterObj>) -> PyResult<Option<Value>> {
        let st = obj.state.borrow_mut();
        let IterState::Enumerate(inner, _) = &*st else {
            return Ok(None);
        };
        // The inner step may run script code, so no borrow is held
        // across it; the state stays in place (no move out and back).
        let inner = inner.clone();
        drop(st);
        let item = self.next(&inner)?;
        let mut st = obj.state.borrow_mut();
        let (Some(v), IterState::Enumerate(_, count)) = (item, &mut *st) else {
            // Exhausted (or exhausted by a re-entrant call meanwhile).
            *st = IterState::Exhausted;
            return Ok(None);
        };
        // The index is read after the inner step, as CPython does.
        let index = std::mem::replace(count, Value::None);
        let next = match index {
            Value::Int(c) if c < i64::MAX => Value::Int(c + 1),
            _ => {
                drop(st);
                let n = self.binary_op(&index, &Value::Int(1), 0)?;
                st = obj.state.borrow_mut();
                n
            }
        };
        if let IterState::Enumerate(_, count) = &mut *st {
            *count = next;
        }
        Ok(Some(Value::pair(index, v)))
    }

    /// Iterators whose step runs script code (so no borrow may be held).
    fn iter_next_slow(&mut self, state: IterState) -> PyResult<(Option<Value>, IterState)> {
        Ok(match state {
            IterState::SeqIndex(obj, i) => match self.getitem(&obj, &Value::Int(i)) {
                Ok(v) => (Some(v), IterState::SeqIndex(obj, i + 1)),
                Err(e)
                    if self.err_matches(&e, "IndexError")
                        || self.err_matches(&e, "StopIteration") =>
                {
                    (None, IterState::Exhausted)
                }
                Err(e) => return Err(e),
            },
            IterState::SeqReverse(obj, i) => {
                if i < 0 {
                    (None, IterState::Exhausted)
                } else {
                    let v = self.getitem(&obj, &Value::Int(i))?;
                    (Some(v), IterState::SeqReverse(obj, i - 1))
                }
            }
            IterState::Callable(f, sentinel) => {
                let v = self.call(&f, vec![])?;
                if self.eq(&v, &sentinel)? {
                    (None, IterState::Exhausted)
                } else {
                    (Some(v), IterState::Callable(f, sentinel))
                }
            }
            IterState::Zip(its, strict) => {
                if its.is_empty() {
                    return Ok((None, IterState::Exhausted));
                }
                let mut out = crate::object::tuple::TupleItems::with_capacity(its.len());
                for (i, it) in its.iter().enumerate() {
                    match self.next(it)? {
                        Some(v) => out.push(v),
                        None => {
                            if strict {
                                self.zip_strict_check(&its, i)?;
                            }
                            return Ok((None, IterState::Exhausted));
                        }
                    }
                }
                let t = crate::gc::new_tuple(crate::object::TupleObj::from_items(out));
                (Some(Value::Tuple(t)), IterState::Zip(its, strict))
            }
            IterState::Map(f, its) => {
                let mut args = Vec::with_capacity(its.len());
                for it in &its {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok((None, IterState::Exhausted)),
                    }
                }
                let v = self.call(&f, args)?;
                (Some(v), IterState::Map(f, its))
            }
            IterState::Filter(f, it) => loop {
                match self.next(&it)? {
                    Some(v) => {
                        let keep = if f.is_none() {
                            self.truthy(&v)?
                        } else {
                            let r = self.call(&f, vec![v.clone()])?;
                            self.truthy(&r)?
                        };
                        if keep {
                            break (Some(v), IterState::Filter(f, it));
                        }
                    }
                    None => break (None, IterState::Exhausted),
                }
            },
            other => (None, other),
        })
    }

    /// `zip(strict=True)`: iterator `i` ran out; the others must be exhausted too.
    fn zip_strict_check(&mut self, its: &[Value], i: usize) -> PyResult<()> {
        let before = |n: usize| {
            if n == 1 {
                "argument 1".to_string()
            } else {
                format!("arguments 1-{}", n)
            }
        };
        if i > 0 {
            let msg = format!("zip() argument {} is shorter than {}", i + 1, before(i));
            return Err(self.value_error(msg));
        }
        for (j, it) in its.iter().enumerate().skip(1) {
            if self.next(it)?.is_some() {
                let msg = format!("zip() argument {} is longer than {}", j + 1, before(j));
                return Err(self.value_error(msg));
            }
        }
        Ok(())
    }

    /// Collects an iterable into a vector.
    pub fn iterate(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.items.borrow().clone()),
            Value::Tuple(t) => return Ok(t.items.to_vec()),
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.contains_str(sub)),
                Value::Instance(i) if matches!(i.payload(), Some(Value::Str(_))) => {
                    let sub = crate::object::instance::unwrap_builtin(item);
                    self.contains(container, &sub)
                }
                _ => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    type_name_of(item)
                ))),
            },
            Value::List(l) => {
                // Items that compare without script code are checked in
                // place; otherwise one item at a time against the live list,
                // as CPython does (`__eq__` may change it).
                if let Some(found) = contains_simple(&l.items.borrow(), item) {
                    return Ok(found);
                }
                let mut i = 0;
                loop {
                    let Some(x) = l.items.borrow().get(i).cloned() else {
                        return Ok(false);
                    };
                    if self.eq(&x, item)? {
                        return Ok(true);
                    }
                    i += 1;
                }
            }
            Value::Tuple(t) => {
                for x in t.items.iter() {
                    if self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Dict(d) => d.contains(self, item),
            Value::Set(s) | Value::FrozenSet(s) => s.contains(self, item),
            // Ints by arithmetic; other types by `==`, one value at a time
            // (a wide range is never collected), as CPython's.
            Value::Range(r) => match item {
                Value::Int(i) => Ok(r.contains_i64(*i)),
                Value::Bool(b) => Ok(r.contains_i64(*b as i64)),
                Value::BigInt(b) => Ok(r.index_of(b).is_some()),
                _ => {
                    let it = self.get_iter(container)?;
                    while let Some(x) = self.next(&it)? {
                        if self.eq(&x, item)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
            },
            Value::Bytes(b) | Value::ByteArray(b) => match item {
                Value::Int(i) if (0..256).contains(i) => Ok(b.data.borrow().contains(&(*i as u8))),
                Value::Int(_) | Value::BigInt(_) => {
                    Err(self.value_error("byte must be in range(0, 256)"))
                }
                Value::Bool(x) => Ok(b.data.borrow().contains(&(*x as u8))),
                Value::Bytes(sub) | Value::ByteArray(sub) => {
                    let hay = b.data.borrow();
                    let needle = sub.data.borrow();
                    Ok(needle.is_empty() || hay.windows(needle.len()).any(|w| w == &needle[..]))
                }
                _ => Err(self.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    type_name_of(item)
                ))),
            },
            Value::DictView(view) => match view.kind {
                DictViewKind::Keys => view.dict.contains(self, item),
                DictViewKind::Values => {
                    for x in view.dict.values() {
                        if self.eq(&x, item)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
                DictViewKind::Items => {
                    let Value::Tuple(t) = item else {
                        return Ok(false);
                    };
                    if t.len() != 2 {
                        return Ok(false);
                    }
                    match view.dict.get(self, &t.items[0])? {
                        Some(v) => self.eq(&v, &t.items[1]),
                        None => Ok(false),
                    }
                }
            },
            _ => {
                if let Some(r) = self.call_dunder(container, "__contains__", vec![item.clone()])? {
                    return self.truthy(&r);
                }
                let it = self.get_iter(container).map_err(|_| {
                    self.type_error(format!(
                        "argument of type '{}' is not iterable",
                        type_name_of(container)
                    ))
                })?;
                while let Some(x) = self.next(&it)? {
                    if self.eq(&x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        use crate::text::format_spec::FormatError;
        use crate::text::format_spec::{format_float_spec, format_int, format_str, FormatSpec};
        let conv = |vm: &mut Vm, e: FormatError| match e {
            FormatError::Value(m) => vm.value_error(m),
            FormatError::Overflow(m) => vm.overflow_error(m),
        };
        // Only error messages use the name: no String for the builtin kinds.
        let tn: std::borrow::Cow<'static, str> = match v {
            Value::Str(_) => "str".into(),
            Value::Int(_) | Value::BigInt(_) => "int".into(),
            Value::Bool(_) => "bool".into(),
            Value::Float(_) => "float".into(),
            _ => type_name_of(v).into(),
        };
        let parse = |vm: &mut Vm, spec: &str| FormatSpec::parse(spec, &tn).map_err(|e| conv(vm, e));
        match v {
            Value::Str(s) => {
                let fs = parse(self, spec)?;
                format_str(s.as_str(), &fs, &tn).map_err(|e| conv(self, e))
            }
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                if spec.is_empty() {
                    return self.str(v);
                }
                let fs = parse(self, spec)?;
                if let Value::Int(i) = v {
                    let r = crate::text::format_spec::format_i64(*i, &fs, &tn);
                    return r.map_err(|e| conv(self, e));
                }
                let b = crate::object::int::to_bigint(v).unwrap_or_default();
                format_int(&b, &fs, &tn).map_err(|e| conv(self, e))
            }
            Value::Float(x) => {
                if spec.is_empty() {
                    return Ok(float_repr(*x));
                }
                let fs = parse(self, spec)?;
                format_float_spec(*x, &fs, &tn).map_err(|e| conv(self, e))
            }
            Value::Instance(_) => {
                let cls = self.type_of(v);
                match cls.lookup("__format__") {
                    Some(m) if !self.is_object_method(&m, "__format__") => {
                        let r = self.call(&m, vec![v.clone(), Value::str(spec)])?;
                        match r {
                            Value::Str(s) => Ok(s.as_str().to_string()),
                            _ => Err(self.type_error("__format__ must return a str")),
                        }
                    }
                    _ => self.format_default(v, spec),
                }
            }
            _ => self.format_default(v, spec),
        }
    }

    fn format_default(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if !spec.is_empty() {
            return Err(self.type_error(format!(
                "unsupported format string passed to {}.__format__",
                type_name_of(v)
            )));
        }
        self.str(v)
    }

    /// An int usable as an index (`__index__`).
    pub fn to_index(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(_) => {
                Err(self.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
            Value::Instance(_) => match self.call_dunder(v, "__index__", vec![])? {
                Some(Value::Int(i)) => Ok(i),
                _ => Err(self.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name_of(v)
                ))),
            },
            _ => Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name_of(v)
            ))),
        }
    }
}

/// `item in items` for an exact str or int item, when every comparison up
/// to the answer is between builtin values that cannot run script code
/// (None when one might: an instance, a class with a metaclass, ...).
fn contains_simple(items: &[Value], item: &Value) -> Option<bool> {
    use Value::*;
    if !matches!(item, Str(_) | Int(_)) {
        return Option::None;
    }
    for x in items {
        let same = match (x, item) {
            (Str(a), Str(b)) => Rc::ptr_eq(a, b) || a.as_str() == b.as_str(),
            (Int(a), Int(b)) => a == b,
            (Float(_) | Bool(_) | BigInt(_), Int(_)) => crate::object::dict::simple_eq(x, item)?,
            (Str(_) | None, Int(_)) | (Int(_) | Float(_) | Bool(_) | BigInt(_) | None, Str(_)) => {
                false
            }
            _ => return Option::None,
        };
        if same {
            return Some(true);
        }
    }
    Some(false)
}
