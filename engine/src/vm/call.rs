//! Calling convention: binding arguments to parameter slots with CPython's
//! error messages, class instantiation and `__build_class__`.

use std::rc::Rc;

use crate::bytecode::flags;
use crate::error::{PyErr, PyResult};
use crate::object::class::Layout;
use crate::object::exception::ExcState;
use crate::object::{
    type_name_of, Args, CellObj, ClassObj, DictObj, FunctionObj, InstanceObj, Native, StrObj,
    TupleObj,
};
use crate::value::Value;
use crate::vm::frame::{Frame, Role};
use crate::vm::{CodeRuntime, Vm};

impl Vm {
    /// Fast path: binds `stack[first..]` (positional only) into a new frame,
    /// draining them from the stack.
    pub(crate) fn frame_from_stack(
        &mut self,
        func: &Rc<FunctionObj>,
        stack: &mut Vec<Value>,
        first: usize,
    ) -> PyResult<Box<Frame>> {
        let code = &func.code;
        if stack.len() - first == code.argcount as usize
            && code.flags & (flags::VARARGS | flags::VARKEYWORDS) == 0
            && code.kwonlyargcount == 0
        {
            let mut frame = self.pooled_frame(code, &func.globals);
            self.move_args_to_frame(stack, first, &mut frame);
            bind_cells(&mut frame, func);
            return Ok(frame);
        }
        if let Some(frame) = self.frame_from_values(func, &mut stack[first..]) {
            // The moved-from slots hold Null, which needs no drop.
            while stack.len() > first {
                if let Some(v) = stack.pop() {
                    std::mem::forget(v);
                }
            }
            return Ok(frame);
        }
        let args = Args::new(stack.drain(first..));
        self.bind_args(func, args)
    }

    /// Binds `stack[first..]`, exactly the positional parameters, by moving
    /// them into the new frame's first slots; the other locals start unbound.
    #[inline]
    pub(crate) fn move_args_to_frame(
        &self,
        stack: &mut Vec<Value>,
        first: usize,
        frame: &mut Frame,
    ) {
        move_values(stack, first, &mut frame.stack);
        frame.unbind_rest();
    }

    /// `bind_cells` for the dispatch loop's call path.
    pub(crate) fn bind_frame_cells(&self, frame: &mut Frame, func: &Rc<FunctionObj>) {
        bind_cells(frame, func);
    }

    /// The binder's fast path: positional arguments only, for a function
    /// without `*args`, `**kwargs` or keyword-only parameters, given no more
    /// than it takes and enough for its defaults to fill the rest. Moves the
    /// values out (leaving Null); None when the general binder is needed.
    #[inline]
    pub(crate) fn frame_from_values(
        &mut self,
        func: &Rc<FunctionObj>,
        values: &mut [Value],
    ) -> Option<Box<Frame>> {
        let code = &func.code;
        let nargs = values.len();
        let npos = code.argcount as usize;
        if code.flags & (flags::VARARGS | flags::VARKEYWORDS) != 0
            || code.kwonlyargcount != 0
            || nargs > npos
        {
            return None;
        }
        // Defaults fill the parameters not given (they are the last ones).
        let first_default = npos - func.defaults.borrow().len().min(npos);
        if nargs < first_default {
            return None;
        }
        let mut frame = self.pooled_frame(code, &func.globals);
        // Arguments move straight into the first slots; the other locals start unbound.
        frame.stack.extend(values.iter_mut().map(std::mem::take));
        if nargs < npos {
            let defaults = func.defaults.borrow();
            for i in nargs..npos {
                frame.stack.push(defaults[i - first_default].clone());
            }
        }
        for _ in npos..frame.nlocals {
            frame.stack.push(Value::Null);
        }
        bind_cells(&mut frame, func);
        Some(frame)
    }

    /// Binds `args` to `func`'s parameters exactly as a call would (same
    /// TypeErrors) and returns the parameter values in slot order, without
    /// running the body. Hosts use this to give native functions a Python
    /// signature.
    pub fn bind_parameters(&mut self, func: &Rc<FunctionObj>, args: Args) -> PyResult<Vec<Value>> {
        let frame = self.bind_args(func, args)?;
        let values = frame.stack[..func.code.total_params()].to_vec();
        self.recycle_frame(frame);
        Ok(values)
    }

    /// Binds positional and keyword arguments to a new frame for `func`.
    pub fn bind_args(&mut self, func: &Rc<FunctionObj>, args: Args) -> PyResult<Box<Frame>> {
        let code = func.code.clone();
        let mut frame = self.new_frame(code.clone(), func.globals.clone(), None);
        let npos = code.argcount as usize;
        let nkwonly = code.kwonlyargcount as usize;
        let posonly = code.posonlyargcount as usize;
        let has_varargs = code.has_flag(flags::VARARGS);
        let has_varkw = code.has_flag(flags::VARKEYWORDS);
        let qualname = func.qualname.borrow().clone();
        let Args {
            args: positional,
            kwargs,
        } = args;
        let given = positional.len();

        let mut extra = Vec::new();
        for (i, v) in positional.into_iter().enumerate() {
            if i < npos {
                frame.stack[i] = v;
            } else {
                extra.push(v);
            }
        }
        let mut slot = npos + nkwonly;
        if has_varargs {
            frame.stack[slot] = Value::tuple(extra);
            slot += 1;
        } else if !extra.is_empty() {
            return Err(self.too_many_positional(func, given, &frame));
        }
        let kwdict = if has_varkw {
            let d = crate::gc::new(DictObj::new());
            frame.stack[slot] = Value::Dict(d.clone());
            Some(d)
        } else {
            None
        };

        let mut posonly_as_kw = Vec::new();
        for (name, value) in kwargs {
            let idx = code.varnames[..npos + nkwonly]
                .iter()
                .position(|v| **v == *name.as_str());
            match idx {
                Some(i) if i >= posonly => {
                    if !frame.stack[i].is_null() {
                        return Err(self.type_error(format!(
                            "{}() got multiple values for argument '{}'",
                            qualname,
                            name.as_str()
                        )));
                    }
                    frame.stack[i] = value;
                }
                _ => match &kwdict {
                    Some(d) => d.set_strobj(name, value),
                    None if idx.is_some() => posonly_as_kw.push(name.as_str().to_string()),
                    None => {
                        return Err(self.type_error(format!(
                            "{}() got an unexpected keyword argument '{}'",
                            qualname,
                            name.as_str()
                        )))
                    }
                },
            }
        }
        if !posonly_as_kw.is_empty() {
            return Err(self.type_error(format!(
                "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                qualname,
                posonly_as_kw.join(", ")
            )));
        }

        let defaults = func.defaults.borrow();
        let first_default = npos - defaults.len().min(npos);
        let mut missing = Vec::new();
        for i in given.min(npos)..npos {
            if frame.stack[i].is_null() {
                if i >= first_default {
                    frame.stack[i] = defaults[i - first_default].clone();
                } else {
                    missing.push(code.varnames[i].to_string());
                }
            }
        }
        drop(defaults);
        if !missing.is_empty() {
            return Err(self.missing_args(&qualname, "positional", &missing));
        }
        let kwdefaults = func.kwdefaults.borrow().clone();
        for i in npos..npos + nkwonly {
            if frame.stack[i].is_null() {
                let name = &code.varnames[i];
                match kwdefaults.as_ref().and_then(|d| d.get_str(name)) {
                    Some(v) => frame.stack[i] = v,
                    None => missing.push(name.to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(&qualname, "keyword-only", &missing));
        }

        bind_cells(&mut frame, func);
        Ok(frame)
    }

    fn too_many_positional(&mut self, func: &FunctionObj, given: usize, frame: &Frame) -> PyErr {
        let code = &func.code;
        let npos = code.argcount as usize;
        let ndefaults = func.defaults.borrow().len().min(npos);
        let kw_given = (npos..npos + code.kwonlyargcount as usize)
            .filter(|&i| !frame.stack[i].is_null())
            .count();
        let takes = if ndefaults > 0 {
            format!("from {} to {} positional arguments", npos - ndefaults, npos)
        } else {
            format!(
                "{} positional argument{}",
                npos,
                if npos == 1 { "" } else { "s" }
            )
        };
        let was = if given == 1 { "was" } else { "were" };
        let kw_note = if kw_given > 0 {
            format!(
                " positional argument{} (and {} keyword-only argument{})",
                if given == 1 { "" } else { "s" },
                kw_given,
                if kw_given == 1 { "" } else { "s" }
            )
        } else {
            String::new()
        };
        let qualname = func.qualname.borrow().clone();
        if kw_given > 0 {
            self.type_error(format!(
                "{}() takes {} but {}{} were given",
                qualname, takes, given, kw_note
            ))
        } else {
            self.type_error(format!(
                "{}() takes {} but {} {} given",
                qualname, takes, given, was
            ))
        }
    }

    fn missing_args(&mut self, qualname: &str, kind: &str, missing: &[String]) -> PyErr {
        let quoted: Vec<String> = missing.iter().map(|m| format!("'{}'", m)).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
        };
        self.type_error(format!(
            "{}() missing {} required {} argument{}: {}",
            qualname,
            missing.len(),
            kind,
            if missing.len() == 1 { "" } else { "s" },
            list
        ))
    }

    /// `f(*args, **kwargs)`: turns the tuple and mapping into call arguments.
    pub(crate) fn collect_call_args(
        &mut self,
        callable: &Value,
        posargs: Value,
        kwargs: Option<Value>,
    ) -> PyResult<Args> {
        let mut args = Args::default();
        match &posargs {
            Value::Tuple(t) => args.args.extend(t.items.iter().cloned()),
            other => match self.iterate(other) {
                Ok(items) => args.args.extend(items),
                Err(e) if !self.has_iter_protocol(other) && self.err_matches(&e, "TypeError") => {
                    return Err(self.type_error(format!(
                        "{} argument after * must be an iterable, not {}",
                        self.callable_name(callable),
                        crate::object::type_name_of(other)
                    )))
                }
                Err(e) => return Err(e),
            },
        }
        if let Some(kw) = kwargs {
            let Value::Dict(d) = &kw else {
                return Err(self.type_error(format!(
                    "{} argument after ** must be a mapping, not {}",
                    self.callable_name(callable),
                    crate::object::type_name_of(&kw)
                )));
            };
            for (k, v) in d.items() {
                match k {
                    Value::Str(s) => args.kwargs.push((s, v)),
                    _ => return Err(self.type_error("keywords must be strings")),
                }
            }
        }
        Ok(args)
    }

    /// The name CPython uses for a callable in argument errors: `f()`.
    /// Functions and classes outside builtins carry their module: `mod.f()`.
    pub(crate) fn callable_name(&self, callable: &Value) -> String {
        fn qualified(module: Option<Value>, qualname: &str) -> String {
            match module {
                Some(Value::Str(m)) if m.as_str() != "builtins" => {
                    format!("{}.{}()", m.as_str(), qualname)
                }
                _ => format!("{qualname}()"),
            }
        }
        match callable {
            Value::Function(f) => qualified(Some(f.module.borrow().clone()), &f.qualname.borrow()),
            Value::Builtin(b) => match b.owner {
                Some(owner) => format!("{}.{}()", owner, b.name),
                None => format!("{}()", b.name),
            },
            Value::Class(c) => qualified(c.dict.get_str("__module__"), &c.qualname.borrow()),
            Value::BoundMethod(m) => self.callable_name(&m.func),
            _ => format!("{} object", crate::object::type_name_of(callable)),
        }
    }

    /// `**m` in a call: merge into the kwargs dict, refusing repeated names.
    pub(crate) fn dict_merge_kwargs(
        &mut self,
        target: &Rc<DictObj>,
        m: &Value,
        callee: &Value,
    ) -> PyResult<()> {
        let pairs = self.mapping_items(m).map_err(|e| {
            if self.err_matches(&e, "AttributeError") || self.err_matches(&e, "TypeError") {
                self.type_error(format!(
                    "{} argument after ** must be a mapping, not {}",
                    self.callable_name(callee),
                    crate::object::type_name_of(m)
                ))
            } else {
                e
            }
        })?;
        for (k, v) in pairs {
            if !matches!(k, Value::Str(_)) {
                return Err(self.type_error("keywords must be strings"));
            }
            if target.contains(self, &k)? {
                return Err(self.type_error(format!(
                    "{} got multiple values for keyword argument '{}'",
                    self.callable_name(callee),
                    k.as_str().unwrap_or("")
                )));
            }
            target.set(self, k, v)?;
        }
        Ok(())
    }

    pub(crate) fn dict_update(&mut self, target: &Rc<DictObj>, m: &Value) -> PyResult<()> {
        for (k, v) in self.mapping_items(m)? {
            target.set(self, k, v)?;
        }
        Ok(())
    }

    /// The (key, value) pairs of a dict or any object with keys() and [].
    pub(crate) fn mapping_items(&mut self, m: &Value) -> PyResult<Vec<(Value, Value)>> {
        if let Value::Dict(d) = m {
            return Ok(d.items());
        }
        let keys_fn = self.getattr_str(m, "keys")?;
        let keys = self.call(&keys_fn, vec![])?;
        let mut out = Vec::new();
        for k in self.iterate(&keys)? {
            let v = self.getitem(m, &k)?;
            out.push((k, v));
        }
        Ok(out)
    }

    pub(crate) fn unpack_iterable(&mut self, seq: &Value, n: usize) -> PyResult<Vec<Value>> {
        let it = self.get_iter(seq).map_err(|e| {
            if self.err_matches(&e, "TypeError") {
                self.type_error(format!(
                    "cannot unpack non-iterable {} object",
                    crate::object::type_name_of(seq)
                ))
            } else {
                e
            }
        })?;
        let mut out = Vec::with_capacity(n);
        while let Some(v) = self.next(&it)? {
            if out.len() == n {
                return Err(self.value_error(format!("too many values to unpack (expected {})", n)));
            }
            out.push(v);
        }
        if out.len() < n {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {}, got {})",
                n,
                out.len()
            )));
        }
        Ok(out)
    }

    /// The class's `__new__` and `__init__` and whether they are object's,
    /// memoised per class until the type epoch changes.
    pub(crate) fn class_call_info(
        &mut self,
        cls: &Rc<ClassObj>,
    ) -> (Option<Value>, bool, Option<Value>, bool) {
        let epoch = crate::object::dict::type_epoch();
        let version = cls.lookup_version();
        if let Some(info) = &*cls.call_info.borrow() {
            if info.epoch == epoch && info.version == version {
                return (
                    info.new.clone(),
                    info.default_new,
                    info.init.clone(),
                    info.default_init,
                );
            }
        }
        let new = cls.lookup("__new__");
        let object_new = self.types.object.dict.get_str("__new__");
        let default_new = match (&new, &object_new) {
            (Some(a), Some(b)) => a.is(b),
            _ => true,
        };
        let init = cls.lookup("__init__");
        let object_init = self.types.object.dict.get_str("__init__");
        let default_init = match (&init, &object_init) {
            (Some(a), Some(b)) => a.is(b),
            _ => true,
        };
        *cls.call_info.borrow_mut() = Some(crate::object::class::CallInfo {
            epoch,
            version,
            new: new.clone(),
            default_new,
            init: init.clone(),
            default_init,
        });
        (new, default_new, init, default_init)
    }

    /// Calls a class: `__new__` then `__init__`, as `type.__call__` does.
    pub fn call_class(&mut self, cls: &Rc<ClassObj>, args: Args) -> PyResult {
        if let Some(meta) = cls.metaclass() {
            if let Some(call) = meta.lookup("__call__") {
                if matches!(call, Value::Function(_)) {
                    let mut args = args;
                    args.args.insert(0, Value::Class(cls.clone()));
                    return self.call_args(&call, args);
                }
            }
        }
        self.instantiate(cls, args)
    }

    /// `type.__call__`: `__new__` then `__init__`, without a metaclass hook.
    pub fn instantiate(&mut self, cls: &Rc<ClassObj>, args: Args) -> PyResult {
        let (new, is_default_new, init, is_default_init) = self.class_call_info(cls);
        let obj = if is_default_new {
            if is_default_init
                && (!args.args.is_empty() || !args.kwargs.is_empty())
                && (cls.layout == Layout::Object || Rc::ptr_eq(cls, &self.types.object))
            {
                return Err(self.type_error(format!("{}() takes no arguments", cls.name)));
            }
            self.new_instance(cls, &args)
        } else {
            let new = new.expect("checked above");
            let new = match new {
                Value::StaticMethod(sm) => sm.func.clone(),
                other => other,
            };
            if is_default_init {
                // Nothing runs after `__new__` (`int(s)`, `str(x)`): no copy of the arguments.
                let mut args = args;
                args.args.insert(0, Value::Class(cls.clone()));
                return self.call_args(&new, args);
            }
            let mut new_args = Args {
                args: args.args.clone(),
                kwargs: args.kwargs.clone(),
            };
            new_args.args.insert(0, Value::Class(cls.clone()));
            self.call_args(&new, new_args)?
        };
        // A builtin type's own `__new__` did all the work (`list(x)`).
        let builtin_value = cls.layout == Layout::Builtin && !matches!(obj, Value::Instance(_));
        if !is_default_init && !builtin_value && self.isinstance_class(&obj, cls) {
            let init = init.expect("checked above");
            let mut init_args = args;
            init_args.args.insert(0, obj.clone());
            let r = self.call_args(&init, init_args)?;
            if !r.is_none() {
                return Err(self.type_error(format!(
                    "__init__() should return None, not '{}'",
                    crate::object::type_name_of(&r)
                )));
            }
        }
        Ok(obj)
    }

    /// A fresh instance of `cls` with the native state its layout needs.
    pub(crate) fn new_instance(&mut self, cls: &Rc<ClassObj>, args: &Args) -> Value {
        let native = match cls.layout {
            Layout::Exception => {
                Native::Exception(Box::new(ExcState::new(Value::tuple(args.args.to_vec()))))
            }
            _ => return Value::Instance(InstanceObj::new_plain(cls.clone())),
        };
        let cls = self
            .errno_subclass(cls, args)
            .unwrap_or_else(|| cls.clone());
        Value::Instance(crate::gc::new(InstanceObj::new(cls, native)))
    }

    /// `OSError(errno, strerror, ...)` is the subclass for that errno
    /// (`OSError(2, "...")` is a FileNotFoundError), as CPython's errnomap
    /// makes it; only OSError itself is remapped, not its subclasses.
    fn errno_subclass(&self, cls: &Rc<ClassObj>, args: &Args) -> Option<Rc<ClassObj>> {
        // The argument tests first: every exception made passes here, and
        // few have an int errno, so the class lookup is seldom reached.
        if !(2..=5).contains(&args.args.len()) {
            return None;
        }
        let Value::Int(errno) = args.args[0] else {
            return None;
        };
        let name = match errno {
            11 | 114 | 115 => "BlockingIOError",
            10 => "ChildProcessError",
            32 | 108 => "BrokenPipeError",
            103 => "ConnectionAbortedError",
            111 => "ConnectionRefusedError",
            104 => "ConnectionResetError",
            17 => "FileExistsError",
            2 => "FileNotFoundError",
            21 => "IsADirectoryError",
            20 => "NotADirectoryError",
            4 => "InterruptedError",
            1 | 13 => "PermissionError",
            3 => "ProcessLookupError",
            110 => "TimeoutError",
            _ => return None,
        };
        if !Rc::ptr_eq(cls, &self.types.exception("OSError")) {
            return None;
        }
        Some(self.types.exception(name))
    }

    /// `__build_class__(body, name, *bases, metaclass=None, **kw)`.
    pub(crate) fn build_class(&mut self, mut args: Args) -> PyResult {
        if args.args.len() < 2 {
            return Err(self.type_error("__build_class__: not enough arguments"));
        }
        let body = args.args.remove(0);
        let name = args.args.remove(0);
        let Value::Function(body) = body else {
            return Err(self.type_error("__build_class__: func must be a function"));
        };
        let name = name.as_str().unwrap_or("?").to_string();
        // PEP 560: a base that is not a class (typing.Generic[T]) names the
        // classes to use instead through __mro_entries__.
        let mut orig_bases = None;
        if args.args.iter().any(|b| !matches!(b, Value::Class(_))) {
            let originals = Value::tuple(args.args.to_vec());
            let mut resolved = Vec::new();
            for b in args.args.iter() {
                if !matches!(b, Value::Class(_)) {
                    if let Some(m) =
                        self.getattr_opt(b, &Rc::new(StrObj::new("__mro_entries__".to_string())))?
                    {
                        let r = self.call(&m, vec![originals.clone()])?;
                        match r {
                            Value::Tuple(t) => resolved.extend(t.items.iter().cloned()),
                            _ => return Err(self.type_error("__mro_entries__ must return a tuple")),
                        }
                        continue;
                    }
                }
                resolved.push(b.clone());
            }
            args.args = resolved.into_iter().collect();
            orig_bases = Some(originals);
        }
        let mut bases = Vec::new();
        for b in args.args.iter() {
            match b {
                Value::Class(c) => bases.push(c.clone()),
                other => {
                    return Err(self.type_error(format!(
                        "bases must be types, not {}",
                        crate::object::type_name_of(other)
                    )))
                }
            }
        }
        let metaclass = args.take_kw("metaclass");
        // `__prepare__` of the metaclass makes the namespace the body runs in;
        // a dict subclass instance is run in through the dict it wraps.
        let prep_meta = match &metaclass {
            Some(Value::Class(m)) => Some(m.clone()),
            Some(_) => None,
            None => bases.iter().find_map(|b| b.metaclass()),
        };
        let mut ns_value = None;
        let ns = match prep_meta {
            Some(m) if m.lookup("__prepare__").is_some() => {
                let meta_name = m.name.to_string();
                let prepare = self.getattr_str(&Value::Class(m), "__prepare__")?;
                let bases_v = Value::tuple(args.args.to_vec());
                let mut pargs = Args::new(vec![Value::str(&name), bases_v]);
                pargs.kwargs = args.kwargs.clone();
                let r = self.call_args(&prepare, pargs)?;
                let d = match crate::object::instance::unwrap_builtin(&r) {
                    Value::Dict(d) => d,
                    _ => {
                        return Err(self.type_error(format!(
                            "{}.__prepare__() must return a mapping, not {}",
                            meta_name,
                            crate::object::type_name_of(&r)
                        )))
                    }
                };
                ns_value = Some(r);
                d
            }
            _ => crate::gc::new(DictObj::new()),
        };
        let ns_arg = ns_value.unwrap_or_else(|| Value::Dict(ns.clone()));
        let mut frame = self.new_frame(body.code.clone(), body.globals.clone(), Some(ns.clone()));
        let mut cells: Vec<Rc<CellObj>> = body
            .code
            .cellvars
            .iter()
            .map(|_| crate::gc::new(CellObj::default()))
            .collect();
        cells.extend(body.closure.iter().cloned());
        frame.cells = cells;
        frame.func = Some(body.clone());
        let cell = self.run_frame(frame)?;
        if let Some(orig) = orig_bases {
            ns.set_str("__orig_bases__", orig);
        }

        let meta = match metaclass {
            Some(Value::Class(m)) => Some(m),
            Some(other) => {
                let bases_v = Value::tuple(args.args.to_vec());
                return self.call(&other, vec![Value::str(&name), bases_v, ns_arg]);
            }
            None => bases.iter().find_map(|b| b.metaclass()),
        };
        let cls_value = match meta {
            Some(m) if !Rc::ptr_eq(&m, &self.types.type_) => {
                let bases_v = Value::tuple(args.args.to_vec());
                let mut call_args = Args::new(vec![
                    Value::Class(m.clone()),
                    Value::str(&name),
                    bases_v,
                    ns_arg.clone(),
                ]);
                call_args.kwargs = args.kwargs.clone();
                let new = m.lookup("__new__");
                let type_new = self.types.type_.dict.get_str("__new__");
                let obj = match (new, type_new) {
                    (Some(n), Some(t)) if !n.is(&t) => {
                        let n = match n {
                            Value::StaticMethod(sm) => sm.func.clone(),
                            other => other,
                        };
                        self.call_args(&n, call_args)?
                    }
                    _ => {
                        call_args.args.remove(0);
                        let c = self.new_class_from_args(call_args)?;
                        if let Value::Class(c) = &c {
                            *c.metaclass.borrow_mut() = Some(m.clone());
                        }
                        c
                    }
                };
                if let Some(init) = m.lookup("__init__") {
                    if matches!(init, Value::Function(_)) {
                        let bases_v =
                            Value::tuple(bases.iter().map(|b| Value::Class(b.clone())).collect());
                        let mut init_args =
                            Args::new(vec![obj.clone(), Value::str(&name), bases_v, ns_arg]);
                        init_args.kwargs = args.kwargs;
                        self.call_args(&init, init_args)?;
                    }
                }
                obj
            }
            _ => Value::Class(self.new_class(&name, bases, ns, args.kwargs)?),
        };
        if let (Value::Cell(cell), Value::Class(_)) = (&cell, &cls_value) {
            cell.set(cls_value.clone());
        }
        Ok(cls_value)
    }

    /// `type(name, bases, dict)`.
    pub(crate) fn new_class_from_args(&mut self, args: Args) -> PyResult {
        for (i, want, ok) in [
            (0, "str", matches!(args.args.first(), Some(Value::Str(_)))),
            (
                1,
                "tuple",
                matches!(args.args.get(1), Some(Value::Tuple(_))),
            ),
            (2, "dict", dict_payload(args.args.get(2)).is_some()),
        ] {
            if !ok {
                return Err(self.type_error(format!(
                    "type.__new__() argument {} must be {}, not {}",
                    i + 1,
                    want,
                    // The argument parser names None itself, not NoneType.
                    match args.args.get(i) {
                        None | Some(Value::None) => "None".to_string(),
                        Some(v) => type_name_of(v),
                    }
                )));
            }
        }
        if let Some(Value::Tuple(t)) = args.args.get(1) {
            if t.items.iter().any(|b| !matches!(b, Value::Class(_))) {
                return Err(self.type_error(
                    "metaclass conflict: the metaclass of a derived class must be a \
                     (non-strict) subclass of the metaclasses of all its bases",
                ));
            }
        }
        let name = args
            .args
            .first()
            .and_then(|v| v.as_str())
            .unwrap_or("?")
            .to_string();
        let bases = match args.args.get(1) {
            Some(Value::Tuple(t)) => t
                .items
                .iter()
                .filter_map(|b| match b {
                    Value::Class(c) => Some(c.clone()),
                    _ => None,
                })
                .collect(),
            _ => Vec::new(),
        };
        let ns = crate::gc::new(DictObj::new());
        if let Some(d) = dict_payload(args.args.get(2)) {
            for (k, v) in d.items() {
                ns.set(self, k, v)?;
            }
        }
        Ok(Value::Class(self.new_class(
            &name,
            bases,
            ns,
            args.kwargs,
        )?))
    }

    /// Creates a class from a finished namespace.
    pub fn new_class(
        &mut self,
        name: &str,
        bases: Vec<Rc<ClassObj>>,
        ns: Rc<DictObj>,
        kwargs: Vec<(Rc<StrObj>, Value)>,
    ) -> PyResult<Rc<ClassObj>> {
        let bases = if bases.is_empty() {
            vec![self.types.object.clone()]
        } else {
            bases
        };
        let mut solid: Option<Rc<ClassObj>> = None;
        for b in &bases {
            let base_solid = b
                .mro()
                .into_iter()
                .find(|c| c.layout == Layout::Builtin && !Rc::ptr_eq(c, &self.types.object));
            let Some(bs) = base_solid else { continue };
            if !crate::builtins::dunders::is_subclassable(self, &bs) {
                return Err(
                    self.type_error(format!("type '{}' is not an acceptable base type", bs.name))
                );
            }
            match &solid {
                Some(s) if !Rc::ptr_eq(s, &bs) && !bs.is_subclass(s) && !s.is_subclass(&bs) => {
                    return Err(self.type_error("multiple bases have instance lay-out conflict"));
                }
                _ => solid = Some(bs),
            }
        }
        let layout = ClassObj::inherited_layout(&bases);
        let qualname = ns.remove_str("__qualname__");
        // Defining __eq__ without __hash__ makes instances unhashable.
        if ns.get_str("__eq__").is_some() && ns.get_str("__hash__").is_none() {
            ns.set_str("__hash__", Value::None);
        }
        if ns.get_str("__doc__").is_none() {
            ns.set_str("__doc__", Value::None);
        }
        let cls = crate::gc::new(ClassObj::new(name, bases, ns.clone(), layout));
        if let Some(Value::Str(q)) = qualname {
            *cls.qualname.borrow_mut() = q.as_str().into();
        }
        if let Err(msg) = cls.compute_mro() {
            return Err(self.type_error(msg));
        }
        cls.link_to_bases();
        // Plain functions named __new__ / __init_subclass__ / __class_getitem__ are implicitly static/class methods.
        if let Some(Value::Function(f)) = ns.get_str("__new__") {
            ns.set_str(
                "__new__",
                Value::StaticMethod(crate::gc::new(crate::object::StaticMethodObj::new(
                    Value::Function(f),
                ))),
            );
        }
        if let Some(Value::Function(f)) = ns.get_str("__init_subclass__") {
            ns.set_str(
                "__init_subclass__",
                Value::ClassMethod(crate::gc::new(crate::object::ClassMethodObj::new(
                    Value::Function(f),
                ))),
            );
        }
        let cls_v = Value::Class(cls.clone());
        for (k, v) in ns.items() {
            if let Value::Instance(_) = &v {
                let typ = self.type_of(&v);
                if let Some(set_name) = typ.lookup("__set_name__") {
                    self.call(&set_name, vec![v.clone(), cls_v.clone(), k.clone()])?;
                }
            }
        }
        // __init_subclass__ of the nearest base that defines it.
        let parent_hook = cls
            .mro_tail
            .borrow()
            .iter()
            .find_map(|c| c.dict.get_str("__init_subclass__"));
        if let Some(hook) = parent_hook {
            let func = match hook {
                Value::ClassMethod(cm) => cm.func.clone(),
                other => other,
            };
            if !matches!(func, Value::Builtin(_)) {
                let mut args = Args::new(vec![cls_v.clone()]);
                args.kwargs = kwargs;
                self.call_args(&func, args)?;
            }
        }
        Ok(cls)
    }

    pub(crate) fn is_exception_instance(&self, v: &Value) -> bool {
        matches!(v, Value::Instance(inst) if inst.class().layout == Layout::Exception)
    }

    /// `raise X`: a class is instantiated; an instance is used as is.
    pub(crate) fn exc_from_value(&mut self, v: Value) -> PyResult<PyErr> {
        match &v {
            Value::Instance(inst) if inst.class().layout == Layout::Exception => {
                Ok(PyErr(inst.clone()))
            }
            Value::Class(c) if c.layout == Layout::Exception => {
                let obj = self.call_class(c, Args::default())?;
                match obj {
                    Value::Instance(inst) if inst.class().layout == Layout::Exception => {
                        Ok(PyErr(inst))
                    }
                    other => {
                        let cls = self.repr(&v)?;
                        let got = Value::Class(self.type_of(&other));
                        let got = self.repr(&got)?;
                        Err(self.type_error(format!(
                            "calling {} should have returned an instance of BaseException, not {}",
                            cls, got
                        )))
                    }
                }
            }
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    pub(crate) fn set_cause(&mut self, err: &PyErr, cause: Value) -> PyResult<()> {
        let cause = match &cause {
            Value::None => Value::None,
            _ => self
                .exc_from_value(cause)
                .map_err(|_| self.type_error("exception causes must derive from BaseException"))?
                .value(),
        };
        err.with_state(|s| {
            s.cause = cause;
            s.suppress_context = true;
        });
        Ok(())
    }

    /// Links a newly raised exception to the one being handled.
    pub(crate) fn set_context(&mut self, err: &PyErr) {
        if let Value::Instance(handled) = &self.exc_info {
            if !Rc::ptr_eq(handled, &err.0) {
                let has = err.with_state(|s| !s.context.is_none());
                if !has {
                    let ctx = self.exc_info.clone();
                    err.with_state(|s| s.context = ctx);
                }
            }
        }
    }

    /// `except T:` matching against a class or tuple of classes.
    pub(crate) fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        match typ {
            Value::Class(c) => {
                if c.layout != Layout::Exception {
                    return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
                Ok(self.type_of(exc).is_subclass(c))
            }
            Value::Tuple(t) => {
                for item in t.items.iter() {
                    if self.exception_matches(exc, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// `with mgr:` entry: returns (bound __exit__, result of __enter__).
    pub(crate) fn before_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let typ = self.type_of(mgr);
        let (Some(enter), Some(exit)) = (typ.lookup("__enter__"), typ.lookup("__exit__")) else {
            return Err(self.type_error(format!(
                "'{}' object does not support the context manager protocol",
                crate::object::type_name_of(mgr)
            )));
        };
        let exit = self.bind(exit, mgr);
        let enter = self.bind(enter, mgr);
        let entered = self.call(&enter, vec![])?;
        Ok((exit, entered))
    }

    /// Binds a class attribute found on `obj`'s type to `obj`.
    pub(crate) fn bind(&mut self, attr: Value, obj: &Value) -> Value {
        match attr {
            Value::Function(_) | Value::Builtin(_) if self.binds(&attr) => Value::BoundMethod(
                crate::gc::new(crate::object::BoundMethodObj::new(attr, obj.clone())),
            ),
            other => other,
        }
    }

    pub(crate) fn isinstance_class(&mut self, obj: &Value, cls: &Rc<ClassObj>) -> bool {
        self.type_of(obj).is_subclass(cls)
    }
}

/// The dict behind a `dict` or dict-subclass instance (`type(name, bases, OrderedDict(...))`).
fn dict_payload(v: Option<&Value>) -> Option<Rc<DictObj>> {
    match v? {
        Value::Dict(d) => Some(d.clone()),
        Value::Instance(inst) => match inst.payload() {
            Some(Value::Dict(d)) => Some(d),
            _ => None,
        },
        _ => None,
    }
}

/// Moves `from[first..]` onto the end of `to` with one copy (the call
/// path's argument move), leaving `from` truncated to `first`.
#[inline]
pub(crate) fn move_values(from: &mut Vec<Value>, first: usize, to: &mut Vec<Value>) {
    let n = from.len() - first;
    to.reserve(n);
    // SAFETY: `to` has room for `n` more values (reserved above) and the
    // source range is initialised; the values are moved bitwise, and
    // shrinking `from` to `first` makes it forget them, so each is owned
    // exactly once.
    unsafe {
        let src = from.as_ptr().add(first);
        let dst = to.as_mut_ptr().add(to.len());
        // Most calls pass one to three values: plain copies, not a memcpy call.
        match n {
            0 => {}
            1 => dst.write(src.read()),
            2 => {
                dst.write(src.read());
                dst.add(1).write(src.add(1).read());
            }
            3 => {
                dst.write(src.read());
                dst.add(1).write(src.add(1).read());
                dst.add(2).write(src.add(2).read());
            }
            _ => std::ptr::copy_nonoverlapping(src, dst, n),
        }
        to.set_len(to.len() + n);
        from.set_len(first);
    }
}

/// Can a call with `argc` positional arguments (and no keywords) bind by
/// moving them (`Vm::enter_positional`)? The code must take positional
/// parameters only (`CodeRuntime::simple_argc`) and defaults fill the rest.
#[inline(always)]
pub(crate) fn binds_positionally(crt: &CodeRuntime, func: &FunctionObj, argc: usize) -> bool {
    let npos = crt.simple_argc as usize;
    npos == argc
        || (argc < npos
            && crt.simple_argc != u32::MAX
            && argc + func.defaults.borrow().len() >= npos)
}

impl Vm {
    /// The frame for a call of the script function at `stack[func_at]` with
    /// exactly its parameters as the values above it and no cell variables
    /// (`CodeRuntime::exact_argc`), the common call kept to the fewest
    /// steps: the arguments move in, and the callable's reference moves
    /// into the frame, leaving `stack` cut to `func_at`.
    #[inline(always)]
    pub(crate) fn exact_call_frame(
        &mut self,
        stack: &mut Vec<Value>,
        func_at: usize,
    ) -> Box<Frame> {
        let Value::Function(func) = &stack[func_at] else {
            unreachable!("exact_call_frame on a non-function")
        };
        let mut frame = self.pooled_frame(&func.code, &func.globals);
        if !func.closure.is_empty() {
            frame.cells.extend(func.closure.iter().cloned());
        }
        move_values(stack, func_at + 1, &mut frame.stack);
        frame.unbind_rest();
        let Some(Value::Function(func)) = stack.pop() else {
            unreachable!("the callable was just matched")
        };
        frame.func = Some(func);
        frame
    }

    /// The frame running `a.__op__(b)` for BINARY_OP (operator code `op`)
    /// when `func` takes exactly two parameters and has no cell variables
    /// (`CodeRuntime::exact_argc`): copies of the operands are its
    /// arguments, and its role keeps the operands for the reflected
    /// operation should it return NotImplemented.
    #[inline(always)]
    pub(crate) fn exact_binop_frame(
        &mut self,
        func: Rc<FunctionObj>,
        op: u32,
        a: Value,
        b: Value,
    ) -> Box<Frame> {
        let mut frame = self.pooled_frame(&func.code, &func.globals);
        if !func.closure.is_empty() {
            frame.cells.extend(func.closure.iter().cloned());
        }
        frame.stack.push(a.clone());
        frame.stack.push(b.clone());
        frame.unbind_rest();
        frame.func = Some(func);
        frame.set_role(Role::BinOp(op, a, b));
        frame
    }

    /// A frame for `func` bound from `stack[first..]` (moved out), for a
    /// call `binds_positionally` accepted: defaults fill the parameters not
    /// given, the other locals start unbound, then cells and the function.
    #[inline(always)]
    pub(crate) fn enter_positional(
        &mut self,
        func: Rc<FunctionObj>,
        stack: &mut Vec<Value>,
        first: usize,
    ) -> Box<Frame> {
        let mut frame = self.pooled_frame(&func.code, &func.globals);
        let argc = stack.len() - first;
        move_values(stack, first, &mut frame.stack);
        let npos = func.code.argcount as usize;
        if argc < npos {
            let defaults = func.defaults.borrow();
            let first_default = npos - defaults.len().min(npos);
            for i in argc..npos {
                frame.stack.push(defaults[i - first_default].clone());
            }
        }
        frame.unbind_rest();
        push_cells(&mut frame, &func);
        frame.func = Some(func);
        frame
    }

    /// A frame for a keyword call (the callable at `stack[func_at]`, a
    /// script function or a method bound to one, then the positional
    /// arguments, then one value per name in `names`), bound straight from
    /// the stack, when the code takes plain parameters
    /// (`CodeRuntime::simple_argc`, none positional-only), every name is a
    /// parameter not also given by position, and defaults fill the rest.
    /// The callable and its arguments leave the stack. None (the stack
    /// untouched) sends the call to `bind_args`, for its errors too.
    pub(crate) fn enter_keywords(
        &mut self,
        stack: &mut Vec<Value>,
        func_at: usize,
        names: &TupleObj,
    ) -> Option<Box<Frame>> {
        let (func, bound_self) = match &stack[func_at] {
            Value::Function(func) => (func.clone(), None),
            Value::BoundMethod(bm) => match &bm.func {
                Value::Function(func) => (func.clone(), Some(bm.self_.clone())),
                _ => return None,
            },
            _ => return None,
        };
        let crt = func.code.runtime.get()?;
        let npos = crt.simple_argc as usize;
        let nkw = names.items.len();
        let kw_at = stack.len() - nkw;
        let given = kw_at - func_at - 1 + bound_self.is_some() as usize;
        if crt.simple_argc == u32::MAX || func.code.posonlyargcount != 0 || given > npos {
            return None;
        }
        // Each name's parameter slot, decided before anything moves. (Plain
        // arrays and loops: SmallVec, drain and extend cost several times as
        // much for the handful of values a call moves.)
        let mut slots = [0usize; 8];
        if nkw > slots.len() {
            return None;
        }
        let params = &func.code.varnames[..npos];
        for (j, name) in names.items.iter().enumerate() {
            let Value::Str(name) = name else { return None };
            let i = params.iter().position(|p| **p == *name.as_str())?;
            if i < given || slots[..j].contains(&i) {
                return None;
            }
            slots[j] = i;
        }
        let first_default = npos - func.defaults.borrow().len().min(npos);
        if (given..first_default).any(|i| !slots[..nkw].contains(&i)) {
            return None;
        }
        let mut frame = self.pooled_frame(&func.code, &func.globals);
        if let Some(s) = bound_self {
            frame.stack.push(s);
        }
        for v in &mut stack[func_at + 1..kw_at] {
            frame.stack.push(std::mem::take(v));
        }
        while frame.stack.len() < npos {
            frame.stack.push(Value::Null);
        }
        for (j, &slot) in slots[..nkw].iter().enumerate() {
            frame.stack[slot] = std::mem::take(&mut stack[kw_at + j]);
        }
        if given < npos {
            let defaults = func.defaults.borrow();
            for i in given..npos {
                if frame.stack[i].is_null() {
                    frame.stack[i] = defaults[i - first_default].clone();
                }
            }
        }
        frame.unbind_rest();
        push_cells(&mut frame, &func);
        frame.func = Some(func);
        stack.truncate(func_at);
        Some(frame)
    }
}

/// Finishes a bound frame: a new cell per cell variable (a parameter's starts
/// with its argument), then the closure's cells, then the function itself.
#[inline(always)]
fn bind_cells(frame: &mut Frame, func: &Rc<FunctionObj>) {
    push_cells(frame, func);
    frame.func = Some(func.clone());
}

/// The cells of a bound frame: cell variables, then the closure's.
#[inline(always)]
fn push_cells(frame: &mut Frame, func: &FunctionObj) {
    // Most functions have neither: skip the loops outright (the call fast path).
    if !func.code.cell_params.is_empty() {
        for param in &func.code.cell_params {
            let init = match param {
                Some(slot) => frame.stack[*slot as usize].clone(),
                None => Value::Null,
            };
            frame.cells.push(crate::gc::new(CellObj::new(init)));
        }
    }
    if !func.closure.is_empty() {
        frame.cells.extend(func.closure.iter().cloned());
    }
}
