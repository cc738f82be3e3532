//! The structural-pattern-matching steps of the dispatch loop: the
//! sequence/mapping tests, MATCH_KEYS, MATCH_CLASS and COPY_DICT_WITHOUT_KEYS
//! (CPython's `match_class`, `match_keys` in ceval.c).

use std::rc::Rc;

use crate::error::PyResult;
use crate::object::{type_name_of, ClassObj, DictObj, StrObj};
use crate::value::Value;
use crate::vm::Vm;

/// The collection flags a class carries in `__abc_tpflags__` (CPython's
/// Py_TPFLAGS_SEQUENCE / MAPPING bits): set by `collections.abc.Sequence`
/// and `Mapping` for their subclasses and the classes registered with
/// them, and by the Python-written `collections.deque` and
/// `types.MappingProxyType`.
fn collection_flags(t: &Rc<ClassObj>) -> i64 {
    match t.lookup("__abc_tpflags__") {
        Some(Value::Int(flags)) => flags,
        _ => 0,
    }
}

const SEQUENCE_FLAG: i64 = 1 << 5;
const MAPPING_FLAG: i64 = 1 << 6;

impl Vm {
    /// Sequence patterns accept list, tuple, range, flagged classes (deque,
    /// collections.abc.Sequence's) and their subclasses;
    /// str, bytes and bytearray are deliberately not sequences here.
    pub(crate) fn match_is_sequence(&self, v: &Value) -> bool {
        match v {
            Value::List(_) | Value::Tuple(_) | Value::Range(_) => true,
            Value::Instance(_) => {
                let t = self.type_of(v);
                let ty = &self.types;
                [&ty.list, &ty.tuple, &ty.range]
                    .iter()
                    .any(|c| t.is_subclass(c))
                    || collection_flags(&t) & SEQUENCE_FLAG != 0
            }
            _ => false,
        }
    }

    /// Mapping patterns accept dicts, dict subclasses and flagged classes
    /// (mapping proxies, collections.abc.Mapping's).
    pub(crate) fn match_is_mapping(&self, v: &Value) -> bool {
        match v {
            Value::Dict(_) => true,
            Value::Instance(_) => {
                let t = self.type_of(v);
                t.is_subclass(&self.types.dict) || collection_flags(&t) & MAPPING_FLAG != 0
            }
            _ => false,
        }
    }

    /// The values for `keys` (a tuple) as a tuple, or None if a key is missing.
    /// Lookups go through `get`, so a `defaultdict` does not grow keys.
    pub(crate) fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult {
        let keys: Vec<Value> = match keys {
            Value::Tuple(t) => t.items.to_vec(),
            _ => Vec::new(),
        };
        for (i, k) in keys.iter().enumerate() {
            for earlier in &keys[..i] {
                if self.eq(earlier, k)? {
                    let r = self.repr(k)?;
                    return Err(
                        self.value_error(format!("mapping pattern checks duplicate key ({})", r))
                    );
                }
            }
        }
        let mut values = Vec::with_capacity(keys.len());
        if let Value::Dict(d) = subject {
            for k in &keys {
                match d.get(self, k)? {
                    Some(v) => values.push(v),
                    None => return Ok(Value::None),
                }
            }
            return Ok(Value::tuple(values));
        }
        let get = self.getattr_str(subject, "get")?;
        let missing = self.call(&Value::Class(self.types.object.clone()), vec![])?;
        for k in keys {
            let v = self.call(&get, vec![k, missing.clone()])?;
            if v.is(&missing) {
                return Ok(Value::None);
            }
            values.push(v);
        }
        Ok(Value::tuple(values))
    }

    /// `cls(p1, .., k1=q1, ..)`: the subject's attributes to match the
    /// sub-patterns against, or None when the subject is not a `cls`.
    pub(crate) fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        names: &Value,
        npos: usize,
    ) -> PyResult {
        let Value::Class(c) = cls else {
            return Err(self.type_error("called match pattern must be a type"));
        };
        if !crate::builtins::functions::class_check(self, subject, true, cls, "isinstance")? {
            return Ok(Value::None);
        }
        let mut attrs = Vec::new();
        let mut seen: Vec<Rc<StrObj>> = Vec::new();
        if npos > 0 {
            let match_args =
                self.getattr_opt(cls, &Rc::new(StrObj::new("__match_args__".to_string())))?;
            let positional: Vec<Rc<StrObj>> = match match_args {
                Some(Value::Tuple(t)) => {
                    if npos > t.items.len() {
                        return Err(self.too_many_subpatterns(c, t.items.len(), npos));
                    }
                    let mut out = Vec::with_capacity(npos);
                    for item in t.items.iter().take(npos) {
                        match item {
                            Value::Str(s) => out.push(s.clone()),
                            other => {
                                return Err(self.type_error(format!(
                                    "__match_args__ elements must be strings (got {})",
                                    type_name_of(other)
                                )))
                            }
                        }
                    }
                    out
                }
                Some(other) => {
                    return Err(self.type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        c.name,
                        type_name_of(&other)
                    )))
                }
                None if self.matches_self(c) => {
                    if npos > 1 {
                        return Err(self.too_many_subpatterns(c, 1, npos));
                    }
                    attrs.push(subject.clone());
                    Vec::new()
                }
                None => return Err(self.too_many_subpatterns(c, 0, npos)),
            };
            for name in positional {
                if !self.match_attr(subject, c, &name, &mut seen, &mut attrs)? {
                    return Ok(Value::None);
                }
            }
        }
        if let Value::Tuple(t) = names {
            for item in t.items.iter() {
                let Value::Str(name) = item else { continue };
                if !self.match_attr(subject, c, name, &mut seen, &mut attrs)? {
                    return Ok(Value::None);
                }
            }
        }
        Ok(Value::tuple(attrs))
    }

    /// Appends `subject.name` to `attrs`; false when the attribute is missing.
    fn match_attr(
        &mut self,
        subject: &Value,
        cls: &ClassObj,
        name: &Rc<StrObj>,
        seen: &mut Vec<Rc<StrObj>>,
        attrs: &mut Vec<Value>,
    ) -> PyResult<bool> {
        if seen.iter().any(|s| s.as_str() == name.as_str()) {
            return Err(self.type_error(format!(
                "{}() got multiple sub-patterns for attribute '{}'",
                cls.name,
                name.as_str()
            )));
        }
        seen.push(name.clone());
        match self.getattr_opt(subject, name)? {
            Some(v) => {
                attrs.push(v);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    fn too_many_subpatterns(
        &mut self,
        cls: &ClassObj,
        allowed: usize,
        given: usize,
    ) -> crate::error::PyErr {
        let plural = if allowed == 1 { "" } else { "s" };
        self.type_error(format!(
            "{}() accepts {} positional sub-pattern{} ({} given)",
            cls.name, allowed, plural, given
        ))
    }

    /// The builtins whose one positional sub-pattern matches the subject
    /// itself (CPython's `_Py_TPFLAGS_MATCH_SELF`, inherited by subclasses).
    fn matches_self(&self, cls: &ClassObj) -> bool {
        let ty = &self.types;
        [
            &ty.bool_,
            &ty.bytearray,
            &ty.bytes,
            &ty.dict,
            &ty.float,
            &ty.frozenset,
            &ty.int,
            &ty.list,
            &ty.set,
            &ty.str_,
            &ty.tuple,
        ]
        .iter()
        .any(|t| cls.is_subclass(t))
    }

    /// `**rest`: a new dict of the subject's items minus the matched keys.
    pub(crate) fn copy_dict_without_keys(&mut self, subject: &Value, keys: &Value) -> PyResult {
        let rest = crate::gc::new(DictObj::new());
        self.dict_update(&rest, subject)?;
        if let Value::Tuple(t) = keys {
            for k in t.items.iter() {
                rest.remove(self, k)?;
            }
        }
        Ok(Value::Dict(rest))
    }
}
