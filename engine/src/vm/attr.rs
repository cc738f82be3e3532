//! Attribute access: `type_of`, get/set/delete attribute with descriptors,
//! instance dicts, `__getattr__`, and LOAD_METHOD's no-allocation lookup.

use std::rc::Rc;

use crate::error::{PyErr, PyResult};
use crate::object::class::{Layout, HOOK_GETATTR, HOOK_GETATTRIBUTE, HOOK_SETATTR};
use crate::object::generator::GenKind;
use crate::object::{type_name_of, Args, BoundMethodObj, ClassObj, Native, StrObj};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// The class of any value (`type(v)`).
    /// The type of a value of a builtin data type, by reference (no count
    /// taken); None for anything else, `type_of` decides those.
    #[inline(always)]
    pub(crate) fn builtin_type(&self, v: &Value) -> Option<&Rc<ClassObj>> {
        let t = &self.types;
        Some(match v {
            Value::Str(_) => &t.str_,
            Value::List(_) => &t.list,
            Value::Dict(_) => &t.dict,
            Value::Tuple(_) => &t.tuple,
            Value::Set(_) => &t.set,
            Value::FrozenSet(_) => &t.frozenset,
            Value::Bytes(_) => &t.bytes,
            Value::ByteArray(_) => &t.bytearray,
            Value::Int(_) | Value::BigInt(_) => &t.int,
            Value::Float(_) => &t.float,
            _ => return None,
        })
    }

    pub fn type_of(&self, v: &Value) -> Rc<ClassObj> {
        let t = &self.types;
        match v {
            Value::Instance(i) => i.class(),
            Value::Class(c) => c.metaclass().unwrap_or_else(|| t.type_.clone()),
            Value::Null | Value::None => t.none_type.clone(),
            Value::NotImplemented => t.not_implemented_type.clone(),
            Value::Ellipsis => t.ellipsis_type.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Str(_) => t.str_.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::ByteArray(_) => t.bytearray.clone(),
            Value::List(_) => t.list.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(_) => t.set.clone(),
            Value::FrozenSet(_) => t.frozenset.clone(),
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Builtin(_) => t.builtin_function.clone(),
            Value::BoundMethod(m) if matches!(m.func, Value::Builtin(_)) => {
                t.builtin_function.clone()
            }
            Value::BoundMethod(_) => t.method.clone(),
            Value::Module(_) => t.module.clone(),
            Value::Cell(_) => t.cell.clone(),
            Value::Code(_) => t.code.clone(),
            Value::Iterator(it) => t.iterator_kinds[it.kind()].clone(),
            Value::Generator(g) => match g.kind {
                GenKind::Generator => t.generator.clone(),
                GenKind::Coroutine => t.coroutine.clone(),
                GenKind::AsyncGenerator => t.async_generator.clone(),
            },
            Value::Property(_) => t.property.clone(),
            Value::StaticMethod(_) => t.staticmethod.clone(),
            Value::ClassMethod(_) => t.classmethod.clone(),
            Value::Super(_) => t.super_.clone(),
            Value::DictView(v) => t.dict_view_kinds[v.kind as usize].clone(),
        }
    }

    /// `obj.name`.
    pub fn getattr(&mut self, obj: &Value, name: &Rc<StrObj>) -> PyResult {
        match self.getattr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, name.as_str())),
        }
    }

    /// `getattr` by a Rust string.
    pub fn getattr_str(&mut self, obj: &Value, name: &str) -> PyResult {
        let name = self.intern(name);
        self.getattr(obj, &name)
    }

    pub(crate) fn no_attribute(&mut self, obj: &Value, name: &str) -> crate::error::PyErr {
        let msg = match obj {
            Value::Class(c) => format!("type object '{}' has no attribute '{}'", c.name, name),
            Value::Module(m) => format!("module '{}' has no attribute '{}'", m.name, name),
            _ => format!("'{}' object has no attribute '{}'", type_name_of(obj), name),
        };
        let err = self.attribute_error(msg);
        err.0.set_attr_str("name", Value::str(name));
        err.0.set_attr_str("obj", obj.clone());
        err
    }

    /// `obj.name`, or None when the attribute does not exist.
    pub fn getattr_opt(&mut self, obj: &Value, name: &Rc<StrObj>) -> PyResult<Option<Value>> {
        let n = name.as_str();
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                let hooks = cls.attr_hooks();
                if hooks & HOOK_GETATTRIBUTE != 0 {
                    if let Some(ga @ Value::Function(_)) = cls.lookup("__getattribute__") {
                        let r = self.call(&ga, vec![obj.clone(), Value::Str(name.clone())]);
                        // Its AttributeError falls back to __getattr__, as CPython's slot does.
                        return match r {
                            Err(e)
                                if hooks & HOOK_GETATTR != 0
                                    && self.err_matches(&e, "AttributeError") =>
                            {
                                self.getattr_hook(obj, name, &cls)
                            }
                            r => self.attr_error_to_none(r, obj, name),
                        };
                    }
                }
                let r = self.generic_getattr(obj, name, &cls)?;
                if r.is_some() {
                    return Ok(r);
                }
                if hooks & HOOK_GETATTR != 0 {
                    return self.getattr_hook(obj, name, &cls);
                }
                Ok(None)
            }
            Value::Class(cls) => self.class_getattr(cls, n),
            // By the name object: its hash is cached (`math.sqrt` in a loop
            // hashed "sqrt" on every call).
            Value::Module(m) => {
                if n == "__dict__" {
                    return Ok(Some(Value::Dict(m.dict.clone())));
                }
                if let Some(v) = m.dict.get_strobj(name) {
                    return Ok(Some(v));
                }
                // PEP 562: a module's own `__getattr__` answers names it lacks.
                match m.dict.get_str("__getattr__") {
                    Some(hook) => {
                        let r = self.call(&hook, vec![Value::Str(name.clone())]);
                        self.attr_error_to_none(r, obj, name)
                    }
                    None => Ok(None),
                }
            }
            Value::Super(sup) => {
                let sup = sup.clone();
                let mro = sup.obj_type.mro();
                let start = mro
                    .iter()
                    .position(|c| Rc::ptr_eq(c, &sup.this_class))
                    .map(|i| i + 1)
                    .unwrap_or(mro.len());
                for c in &mro[start..] {
                    if let Some(v) = c.dict.get_str(n) {
                        // super(C, cls) in a classmethod binds to no instance; in a
                        // metaclass method `cls` is the instance.
                        let instance = match &sup.obj {
                            Value::Class(c) if Rc::ptr_eq(c, &sup.obj_type) => Value::None,
                            _ => sup.obj.clone(),
                        };
                        return Ok(Some(self.descriptor_get(v, &instance, &sup.obj_type)?));
                    }
                }
                Ok(None)
            }
            _ => {
                if let Some(v) = self.special_attr(obj, n)? {
                    return Ok(Some(v));
                }
                let cls = self.type_of(obj);
                self.generic_getattr(obj, name, &cls)
            }
        }
    }

    fn attr_error_to_none(
        &mut self,
        r: PyResult,
        _obj: &Value,
        _name: &Rc<StrObj>,
    ) -> PyResult<Option<Value>> {
        match r {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_matches(&e, "AttributeError") => Err(e),
            Err(e) => Err(e),
        }
    }

    /// An instance's `__getattr__` for a name the normal lookup missed (None
    /// when the class has none).
    fn getattr_hook(
        &mut self,
        obj: &Value,
        name: &Rc<StrObj>,
        cls: &Rc<ClassObj>,
    ) -> PyResult<Option<Value>> {
        let Some(ga) = cls.lookup("__getattr__") else {
            return Ok(None);
        };
        // Bound as any method would be (a staticmethod gets only the name).
        let r = match ga {
            Value::Function(_) => self.call(&ga, vec![obj.clone(), Value::Str(name.clone())]),
            other => match self.descriptor_get(other, obj, cls) {
                Ok(bound) => self.call(&bound, vec![Value::Str(name.clone())]),
                Err(e) => Err(e),
            },
        };
        self.attr_error_to_none(r, obj, name)
    }

    /// object.__getattribute__: data descriptors, instance dict, then class attributes.
    pub(crate) fn generic_getattr(
        &mut self,
        obj: &Value,
        name: &Rc<StrObj>,
        cls: &Rc<ClassObj>,
    ) -> PyResult<Option<Value>> {
        let n = name.as_str();
        let class_attr = cls.lookup_strobj(name);
        if let Some(attr) = &class_attr {
            match attr {
                Value::Property(p) => {
                    if p.fget.is_none() {
                        return Err(self.attribute_error(format!(
                            "property '{}' of '{}' object has no getter",
                            n, cls.name
                        )));
                    }
                    let fget = p.fget.clone();
                    return self.call(&fget, vec![obj.clone()]).map(Some);
                }
                Value::Instance(_) => {
                    let dtype = self.type_of(attr);
                    if dtype.lookup("__set__").is_some() || dtype.lookup("__delete__").is_some() {
                        if let Some(get) = dtype.lookup("__get__") {
                            let owner = Value::Class(cls.clone());
                            return self
                                .call(&get, vec![attr.clone(), obj.clone(), owner])
                                .map(Some);
                        }
                    }
                }
                _ => {}
            }
        }
        if let Value::Instance(inst) = obj {
            if let Some(v) = inst.get_attr_str(n) {
                return Ok(Some(v));
            }
            match n {
                // Instances of all-`__slots__` classes have no `__dict__`.
                "__dict__" if !self.slots_forbid(cls, n) => return Ok(Some(inst.dict_value())),
                "__class__" => return Ok(Some(Value::Class(cls.clone()))),
                _ => {}
            }
            if cls.layout == Layout::Exception {
                if let Some(v) = self.exception_attr(inst, n) {
                    return Ok(Some(v));
                }
            }
        }
        match class_attr {
            Some(attr) => Ok(Some(self.descriptor_get(attr, obj, cls)?)),
            None => Ok(None),
        }
    }

    /// Applies the descriptor protocol to a class attribute found for `obj`
    /// (`obj` is None when looked up on the class itself).
    pub(crate) fn descriptor_get(
        &mut self,
        attr: Value,
        obj: &Value,
        cls: &Rc<ClassObj>,
    ) -> PyResult {
        Ok(match attr {
            // Builtin functions such as `abs` stored on a class do not bind (CPython's
            // builtin_function_or_method has no __get__); builtin methods do.
            Value::Builtin(_) if !self.binds(&attr) => attr,
            Value::Function(_) | Value::Builtin(_) if !obj.is_none() => {
                Value::BoundMethod(crate::gc::new(BoundMethodObj::new(attr, obj.clone())))
            }
            Value::StaticMethod(sm) => sm.func.clone(),
            Value::ClassMethod(cm) => Value::BoundMethod(crate::gc::new(BoundMethodObj::new(
                cm.func.clone(),
                Value::Class(cls.clone()),
            ))),
            Value::Property(_) if !obj.is_none() => {
                let Value::Property(p) = &attr else {
                    unreachable!()
                };
                let fget = p.fget.clone();
                self.call(&fget, vec![obj.clone()])?
            }
            Value::Instance(_) => {
                let dtype = self.type_of(&attr);
                match dtype.lookup("__get__") {
                    Some(get) => self.call(
                        &get,
                        vec![attr.clone(), obj.clone(), Value::Class(cls.clone())],
                    )?,
                    None => attr,
                }
            }
            other => other,
        })
    }

    fn immutable_type_error(&mut self, cls: &ClassObj, n: &str) -> PyErr {
        self.type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            n, cls.name
        ))
    }

    /// False for a builtin function such as `abs` (found by identity in the builtins
    /// module): stored on a class it is a plain attribute, not a method.
    pub(crate) fn binds(&self, f: &Value) -> bool {
        match f {
            Value::Builtin(b) if b.owner.is_none() => !matches!(
                self.builtins.get_str(&b.name),
                Some(Value::Builtin(g)) if Rc::ptr_eq(&g, b)
            ),
            _ => true,
        }
    }

    fn class_getattr(&mut self, cls: &Rc<ClassObj>, n: &str) -> PyResult<Option<Value>> {
        match n {
            // An assigned `__name__` lives in the class dict (the native name
            // stays for messages).
            "__name__" => {
                return Ok(Some(match cls.dict.get_str("__name__") {
                    Some(v @ Value::Str(_)) => v,
                    _ => Value::str(&cls.name),
                }))
            }
            "__qualname__" => return Ok(Some(Value::str(&cls.qualname.borrow()))),
            "__mro__" => {
                return Ok(Some(Value::tuple(
                    cls.mro().into_iter().map(Value::Class).collect(),
                )))
            }
            "__bases__" => {
                let bases: Vec<Value> = cls
                    .bases
                    .borrow()
                    .iter()
                    .cloned()
                    .map(Value::Class)
                    .collect();
                return Ok(Some(Value::tuple(bases)));
            }
            "__base__" => {
                return Ok(Some(
                    cls.bases
                        .borrow()
                        .first()
                        .cloned()
                        .map(Value::Class)
                        .unwrap_or(Value::None),
                ))
            }
            "__dict__" => return Ok(Some(Value::Dict(crate::gc::new(cls.dict.copy())))),
            "__class__" => return Ok(Some(Value::Class(self.type_of(&Value::Class(cls.clone()))))),
            _ => {}
        }
        if let Some(v) = cls.lookup(n) {
            return Ok(Some(match v {
                Value::Property(_) | Value::Function(_) | Value::Builtin(_) => v,
                other => self.descriptor_get(other, &Value::None, cls)?,
            }));
        }
        let meta = self.type_of(&Value::Class(cls.clone()));
        if let Some(v) = meta.lookup(n) {
            let obj = Value::Class(cls.clone());
            return Ok(Some(self.descriptor_get(v, &obj, &meta)?));
        }
        Ok(None)
    }

    /// Names `exception_attr` (or the exception branch of `generic_setattr`)
    /// may answer: exception instances keep these natively, so attribute
    /// caches leave them to the generic path.
    pub(crate) fn is_exception_special(n: &str) -> bool {
        matches!(
            n,
            "args"
                | "__cause__"
                | "__context__"
                | "__suppress_context__"
                | "__traceback__"
                | "errno"
                | "strerror"
                | "filename"
                | "filename2"
                | "encoding"
                | "object"
                | "start"
                | "end"
                | "reason"
                | "code"
                | "value"
        )
    }

    fn exception_attr(&mut self, inst: &crate::object::InstanceObj, n: &str) -> Option<Value> {
        let native = inst.native.borrow();
        let Native::Exception(s) = &*native else {
            return None;
        };
        Some(match n {
            "args" => s.args.clone(),
            "__cause__" => s.cause.clone(),
            "__context__" => s.context.clone(),
            "__suppress_context__" => Value::Bool(s.suppress_context),
            "__traceback__" => {
                let entries = s.traceback.clone();
                drop(native);
                return Some(self.traceback_chain(&entries));
            }
            "errno" | "strerror" | "filename" | "filename2"
                if inst.class().is_subclass(&self.types.exception("OSError")) =>
            {
                let items = match &s.args {
                    Value::Tuple(t) => t.items.to_vec(),
                    _ => Vec::new(),
                };
                let idx = match n {
                    "errno" => 0,
                    "strerror" => 1,
                    "filename" => 2,
                    _ => 4,
                };
                if (2..=5).contains(&items.len()) {
                    items.get(idx).cloned().unwrap_or(Value::None)
                } else {
                    Value::None
                }
            }
            "encoding" | "object" | "start" | "end" | "reason"
                if inst
                    .class()
                    .is_subclass(&self.types.exception("UnicodeError")) =>
            {
                // (encoding, object, start, end, reason), as the constructor takes them.
                let idx = ["encoding", "object", "start", "end", "reason"]
                    .iter()
                    .position(|&a| a == n)
                    .unwrap_or(0);
                match &s.args {
                    Value::Tuple(t) if t.len() == 5 => t.items[idx].clone(),
                    _ => return None,
                }
            }
            "code" | "value" => {
                let wanted = if n == "code" {
                    "SystemExit"
                } else {
                    "StopIteration"
                };
                if !inst.class().is_subclass(&self.types.exception(wanted)) {
                    return None;
                }
                match &s.args {
                    Value::Tuple(t) if t.len() == 1 => t.items[0].clone(),
                    Value::Tuple(t) if t.is_empty() => Value::None,
                    other if n == "code" => other.clone(),
                    Value::Tuple(t) => t.items[0].clone(),
                    _ => Value::None,
                }
            }
            _ => return None,
        })
    }

    /// Attributes of builtin values that are not in their type's dict.
    fn special_attr(&mut self, obj: &Value, n: &str) -> PyResult<Option<Value>> {
        Ok(match (obj, n) {
            (_, "__class__") => Some(Value::Class(self.type_of(obj))),
            (Value::Function(f), _) => match n {
                "__name__" => Some(Value::str(&f.name.borrow())),
                "__qualname__" => Some(Value::str(&f.qualname.borrow())),
                "__doc__" => Some(f.doc.borrow().clone()),
                "__module__" => Some(f.module.borrow().clone()),
                "__code__" => Some(Value::Code(f.code.clone())),
                "__globals__" => Some(Value::Dict(f.globals.clone())),
                "__defaults__" => {
                    let d = f.defaults.borrow();
                    Some(if d.is_empty() {
                        Value::None
                    } else {
                        Value::tuple(d.clone())
                    })
                }
                "__kwdefaults__" => Some(
                    f.kwdefaults
                        .borrow()
                        .clone()
                        .map(Value::Dict)
                        .unwrap_or(Value::None),
                ),
                "__annotations__" => {
                    let mut a = f.annotations.borrow_mut();
                    let d = a.get_or_insert_with(|| crate::gc::new(crate::object::DictObj::new()));
                    Some(Value::Dict(d.clone()))
                }
                "__dict__" => {
                    let mut d = f.dict.borrow_mut();
                    Some(Value::Dict(
                        d.get_or_insert_with(|| crate::gc::new(crate::object::DictObj::new()))
                            .clone(),
                    ))
                }
                "__closure__" => Some(if f.closure.is_empty() {
                    Value::None
                } else {
                    Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect())
                }),
                _ => f.dict.borrow().as_ref().and_then(|d| d.get_str(n)),
            },
            (Value::BoundMethod(m), _) => match n {
                "__self__" => Some(m.self_.clone()),
                "__func__" => Some(m.func.clone()),
                _ => {
                    let func = m.func.clone();
                    let name = self.intern(n);
                    return self.getattr_opt(&func, &name);
                }
            },
            (Value::Slice(s), "start") => Some(s.start.clone()),
            (Value::Slice(s), "stop") => Some(s.stop.clone()),
            (Value::Slice(s), "step") => Some(s.step.clone()),
            (Value::Builtin(b), "__name__") => Some(Value::str(&b.name)),
            (Value::Builtin(b), "__qualname__") => Some(match b.owner {
                Some(owner) => Value::string(format!("{}.{}", owner, b.name)),
                None => Value::str(&b.name),
            }),
            (Value::Builtin(_), "__doc__") => Some(Value::None),
            (Value::Builtin(_), "__self__") => Some(Value::None),
            (Value::Generator(g), "__name__") => Some(Value::str(&g.name)),
            (Value::Generator(g), "__qualname__") => Some(Value::str(&g.qualname)),
            (Value::Generator(g), "gi_running") => Some(Value::Bool(g.running.get())),
            (Value::Generator(g), "gi_frame") => {
                Some(if g.running.get() || g.frame.borrow().is_some() {
                    Value::Instance(crate::gc::new(crate::object::InstanceObj::new(
                        self.types.frame.clone(),
                        Native::None,
                    )))
                } else {
                    Value::None
                })
            }
            (Value::Property(p), "fget") => Some(p.fget.clone()),
            (Value::Property(p), "fset") => Some(p.fset.clone()),
            (Value::Property(p), "fdel") => Some(p.fdel.clone()),
            (Value::Property(p), "__doc__") => Some(p.doc.clone()),
            (Value::StaticMethod(s), "__func__") => Some(s.func.clone()),
            (Value::ClassMethod(c), "__func__") => Some(c.func.clone()),
            (Value::Cell(c), "cell_contents") => {
                let v = c.get();
                if v.is_null() {
                    return Err(self.value_error("Cell is empty"));
                }
                Some(v)
            }
            (Value::Code(c), "co_name") => Some(Value::str(&c.name)),
            (Value::Code(c), "co_filename") => Some(Value::str(&c.filename)),
            (Value::Code(c), "co_firstlineno") => Some(Value::Int(c.first_line as i64)),
            (Value::Code(c), "co_argcount") => Some(Value::Int(c.argcount as i64)),
            (Value::Code(c), "co_varnames") => Some(Value::tuple(
                c.varnames.iter().map(|v| Value::str(v)).collect(),
            )),
            _ => None,
        })
    }

    /// LOAD_METHOD: Some(function) when `obj.name` is a plain method on the
    /// type that can be called with `obj` prepended (no bound method made).
    pub(crate) fn load_method(
        &mut self,
        obj: &Value,
        name: &Rc<StrObj>,
    ) -> PyResult<Option<Value>> {
        let n = name.as_str();
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                match cls.lookup(n) {
                    Some(f @ (Value::Function(_) | Value::Builtin(_))) => {
                        if inst.get_attr_str(n).is_some()
                            || !self.binds(&f)
                            || cls
                                .lookup("__getattribute__")
                                .is_some_and(|g| matches!(g, Value::Function(_)))
                        {
                            return Ok(None);
                        }
                        Ok(Some(f))
                    }
                    _ => Ok(None),
                }
            }
            Value::Class(_) | Value::Module(_) | Value::Super(_) | Value::Function(_) => Ok(None),
            _ => {
                let cls = self.type_of(obj);
                match cls.lookup(n) {
                    Some(f @ Value::Builtin(_)) => Ok(Some(f)),
                    _ => Ok(None),
                }
            }
        }
    }

    /// `obj.name = value`.
    pub fn setattr(&mut self, obj: &Value, name: &Rc<StrObj>, value: Value) -> PyResult<()> {
        let n = name.as_str();
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if cls.attr_hooks() & HOOK_SETATTR != 0 {
                    if let Some(sa @ Value::Function(_)) = cls.lookup("__setattr__") {
                        self.call(&sa, vec![obj.clone(), Value::Str(name.clone()), value])?;
                        return Ok(());
                    }
                }
                self.generic_setattr(obj, name, value)
            }
            Value::Class(cls) => {
                if cls.layout == Layout::Builtin {
                    return Err(self.immutable_type_error(cls, n));
                }
                if let Some(meta) = cls.metaclass() {
                    if let Some(sa @ Value::Function(_)) = meta.lookup("__setattr__") {
                        self.call(&sa, vec![obj.clone(), Value::Str(name.clone()), value])?;
                        return Ok(());
                    }
                }
                self.class_setattr(cls, name.clone(), value);
                Ok(())
            }
            Value::Module(m) => {
                m.dict.set_strobj(name.clone(), value);
                Ok(())
            }
            Value::Function(f) => {
                match n {
                    "__name__" => *f.name.borrow_mut() = value.as_str().unwrap_or("").into(),
                    "__qualname__" => {
                        *f.qualname.borrow_mut() = value.as_str().unwrap_or("").into()
                    }
                    "__doc__" => *f.doc.borrow_mut() = value,
                    "__module__" => *f.module.borrow_mut() = value,
                    "__globals__" | "__closure__" | "__builtins__" => {
                        return Err(self.new_error("AttributeError", "readonly attribute"))
                    }
                    "__defaults__" => {
                        *f.defaults.borrow_mut() = match value {
                            Value::Tuple(t) => t.items.to_vec(),
                            _ => Vec::new(),
                        }
                    }
                    _ => {
                        let mut d = f.dict.borrow_mut();
                        d.get_or_insert_with(|| crate::gc::new(crate::object::DictObj::new()))
                            .set_strobj(name.clone(), value);
                    }
                }
                Ok(())
            }
            _ => Err(self.no_attribute(obj, n)),
        }
    }

    /// `type.__setattr__`: stores in the class dict (and invalidates lookup caches).
    pub(crate) fn class_setattr(&mut self, cls: &Rc<ClassObj>, name: Rc<StrObj>, value: Value) {
        if let ("__qualname__", Value::Str(q)) = (name.as_str(), &value) {
            *cls.qualname.borrow_mut() = q.as_str().into();
            return;
        }
        cls.dict.set_strobj(name, value);
        cls.version.set(cls.version.get() + 1);
    }

    pub(crate) fn class_delattr(&mut self, cls: &Rc<ClassObj>, name: &Rc<StrObj>) -> PyResult<()> {
        if cls.dict.remove_str(name.as_str()).is_none() {
            return Err(self.no_attribute(&Value::Class(cls.clone()), name.as_str()));
        }
        cls.version.set(cls.version.get() + 1);
        Ok(())
    }

    /// object.__setattr__: data descriptors, then the instance dict.
    pub(crate) fn generic_setattr(
        &mut self,
        obj: &Value,
        name: &Rc<StrObj>,
        value: Value,
    ) -> PyResult<()> {
        let n = name.as_str();
        let Value::Instance(inst) = obj else {
            return Err(self.no_attribute(obj, n));
        };
        let cls = inst.class();
        if let Some(attr) = cls.lookup_strobj(name) {
            match &attr {
                Value::Property(p) => {
                    if p.fset.is_none() {
                        return Err(self.attribute_error(format!(
                            "property '{}' of '{}' object has no setter",
                            n, cls.name
                        )));
                    }
                    let fset = p.fset.clone();
                    self.call(&fset, vec![obj.clone(), value])?;
                    return Ok(());
                }
                Value::Instance(_) => {
                    let dtype = self.type_of(&attr);
                    if let Some(set) = dtype.lookup("__set__") {
                        self.call(&set, vec![attr.clone(), obj.clone(), value])?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        if cls.layout == Layout::Exception {
            let mut native = inst.native.borrow_mut();
            if let Native::Exception(s) = &mut *native {
                match n {
                    "args" => {
                        s.args = value;
                        return Ok(());
                    }
                    "__cause__" => {
                        s.cause = value;
                        s.suppress_context = true;
                        return Ok(());
                    }
                    "__context__" => {
                        s.context = value;
                        return Ok(());
                    }
                    "__suppress_context__" => {
                        s.suppress_context = matches!(value, Value::Bool(true));
                        return Ok(());
                    }
                    "__traceback__" => return Ok(()),
                    _ => {}
                }
            }
        }
        if Rc::ptr_eq(&cls, &self.types.object) {
            return Err(self.no_attribute(obj, n));
        }
        if n == "__class__" {
            if let Value::Class(c) = value {
                inst.set_class(c);
                return Ok(());
            }
            return Err(self.type_error("__class__ must be set to a class"));
        }
        if self.slots_forbid(&cls, n) {
            return Err(self.no_attribute(obj, n));
        }
        if n == "__dict__" {
            let Value::Dict(d) = value else {
                return Err(self.type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    type_name_of(&value)
                )));
            };
            inst.replace_dict(d);
            return Ok(());
        }
        inst.set_attr(name.clone(), value);
        Ok(())
    }

    /// True when every class in the MRO declares `__slots__` (so instances have
    /// no `__dict__`) and none of them lists `n`.
    pub(crate) fn slots_forbid(&self, cls: &Rc<ClassObj>, n: &str) -> bool {
        if cls.dict.get_str("__slots__").is_none() {
            return false;
        }
        for c in cls.mro() {
            if Rc::ptr_eq(&c, &self.types.object) || c.layout == Layout::Builtin {
                continue;
            }
            let Some(slots) = c.dict.get_str("__slots__") else {
                return false;
            };
            let names: Vec<Value> = match &slots {
                Value::Str(_) => vec![slots.clone()],
                Value::Tuple(t) => t.items.to_vec(),
                Value::List(l) => l.items.borrow().clone(),
                Value::Dict(d) => d.keys(),
                _ => return false,
            };
            for v in names {
                if let Some(s) = v.as_str() {
                    if s == n || s == "__dict__" {
                        return false;
                    }
                }
            }
        }
        true
    }

    /// `del obj.name`.
    pub fn delattr(&mut self, obj: &Value, name: &Rc<StrObj>) -> PyResult<()> {
        let n = name.as_str();
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class();
                if let Some(da) = cls.lookup("__delattr__") {
                    if matches!(da, Value::Function(_)) {
                        self.call(&da, vec![obj.clone(), Value::Str(name.clone())])?;
                        return Ok(());
                    }
                }
                self.generic_delattr(obj, name)
            }
            Value::Class(cls) => {
                if cls.layout == Layout::Builtin {
                    return Err(self.immutable_type_error(cls, n));
                }
                if let Some(meta) = cls.metaclass() {
                    if let Some(da @ Value::Function(_)) = meta.lookup("__delattr__") {
                        self.call(&da, vec![obj.clone(), Value::Str(name.clone())])?;
                        return Ok(());
                    }
                }
                self.class_delattr(cls, name)
            }
            Value::Module(m) => {
                if m.dict.remove_str(n).is_none() {
                    return Err(self.no_attribute(obj, n));
                }
                Ok(())
            }
            Value::Function(f) => {
                let removed = f.dict.borrow().as_ref().and_then(|d| d.remove_str(n));
                if removed.is_none() {
                    return Err(self.no_attribute(obj, n));
                }
                Ok(())
            }
            _ => Err(self.no_attribute(obj, n)),
        }
    }

    pub(crate) fn generic_delattr(&mut self, obj: &Value, name: &Rc<StrObj>) -> PyResult<()> {
        let n = name.as_str();
        let Value::Instance(inst) = obj else {
            return Err(self.no_attribute(obj, n));
        };
        let cls = inst.class();
        if let Some(attr) = cls.lookup(n) {
            match &attr {
                Value::Property(p) => {
                    if p.fdel.is_none() {
                        return Err(self.attribute_error(format!(
                            "property '{}' of '{}' object has no deleter",
                            n, cls.name
                        )));
                    }
                    let fdel = p.fdel.clone();
                    self.call(&fdel, vec![obj.clone()])?;
                    return Ok(());
                }
                Value::Instance(_) => {
                    let dtype = self.type_of(&attr);
                    if let Some(del) = dtype.lookup("__delete__") {
                        self.call(&del, vec![attr.clone(), obj.clone()])?;
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        // A `__slots__` member is unset in place (the instance keeps its
        // shape); deleting an unset one names only the member, as CPython's
        // member descriptor does.
        let slot = cls.shape_root().index_of(name).is_some();
        if slot {
            match inst.unset_shaped(name) {
                Some(Some(old)) => {
                    drop(old);
                    return Ok(());
                }
                Some(None) => return Err(self.attribute_error(n)),
                None => {}
            }
        }
        if inst.remove_attr_str(n).is_none() {
            if slot {
                return Err(self.attribute_error(n));
            }
            return Err(self.no_attribute(obj, n));
        }
        Ok(())
    }

    /// Looks up a dunder on the type and calls it with `obj` first; None if absent.
    pub fn call_dunder(
        &mut self,
        obj: &Value,
        name: &str,
        args: Vec<Value>,
    ) -> PyResult<Option<Value>> {
        let cls = self.type_of(obj);
        let Some(m) = cls.lookup(name) else {
            return Ok(None);
        };
        let mut full = Args::new(std::iter::once(obj.clone()).chain(args));
        if let Value::StaticMethod(sm) = &m {
            full.args.remove(0);
            let f = sm.func.clone();
            return self.call_args(&f, full).map(Some);
        }
        if let Value::ClassMethod(cm) = &m {
            full.args[0] = Value::Class(cls.clone());
            let f = cm.func.clone();
            return self.call_args(&f, full).map(Some);
        }
        self.call_args(&m, full).map(Some)
    }
}
