//! Methods of the core protocol types: `object`, `type`, `BaseException`,
//! `property`, `staticmethod`, `classmethod`, `super` and `slice`.

use std::rc::Rc;

use super::types::{add_methods, add_raw_methods, native, set_constructor};
use crate::error::PyResult;
use crate::object::class::Layout;
use crate::object::{
    type_name_of, Args, ClassMethodObj, Native, PropertyObj, StaticMethodObj, SuperObj,
};
use crate::value::Value;
use crate::vm::Vm;

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    add_methods(
        &t.object,
        "object",
        &[
            ("__init__", object_init),
            ("__repr__", object_repr),
            ("__str__", object_str),
            ("__eq__", object_eq),
            ("__ne__", object_ne),
            ("__lt__", object_order),
            ("__le__", object_order),
            ("__gt__", object_order),
            ("__ge__", object_order),
            ("__hash__", object_hash),
            ("__setattr__", object_setattr),
            ("__getattribute__", object_getattribute),
            ("__delattr__", object_delattr),
            ("__format__", object_format),
            ("__init_subclass__", object_init_subclass),
            ("__dir__", object_dir),
        ],
    );
    set_constructor(&t.object, object_new);
    add_methods(
        &t.type_,
        "type",
        &[
            ("mro", type_mro),
            ("__subclasses__", type_subclasses),
            ("__call__", type_call),
            ("__setattr__", type_setattr),
            ("__delattr__", type_delattr),
            ("__or__", type_or),
            ("__ror__", type_ror),
        ],
    );
    set_constructor(&t.type_, type_new);
    let base_exc = t.exception("BaseException");
    add_methods(
        &base_exc,
        "BaseException",
        &[
            ("__init__", exc_init),
            ("__str__", exc_str),
            ("with_traceback", exc_with_traceback),
        ],
    );
    set_constructor(&base_exc, exc_new);
    set_constructor(&t.property, property_new);
    add_methods(
        &t.property,
        "property",
        &[
            ("getter", property_getter),
            ("setter", property_setter),
            ("deleter", property_deleter),
            ("__get__", property_get),
        ],
    );
    add_methods(&t.function, "function", &[("__get__", function_get)]);
    set_constructor(&t.staticmethod, staticmethod_new);
    set_constructor(&t.classmethod, classmethod_new);
    add_methods(
        &t.staticmethod,
        "staticmethod",
        &[("__get__", staticmethod_get)],
    );
    add_methods(
        &t.classmethod,
        "classmethod",
        &[("__get__", classmethod_get)],
    );
    set_constructor(&t.super_, super_new);
    set_constructor(&t.slice, slice_new);
    set_constructor(&t.none_type, none_new);
    add_methods(&t.slice, "slice", &[("indices", slice_indices)]);
    add_methods(&t.generator, "generator", crate::object::generator::METHODS);
    use crate::object::coroutine as co;
    add_methods(&t.coroutine, "coroutine", co::COROUTINE_METHODS);
    add_raw_methods(
        &t.coroutine_wrapper,
        "coroutine_wrapper",
        co::WRAPPER_METHODS,
    );
    add_methods(&t.async_generator, "async_generator", co::ASYNC_GEN_METHODS);
    add_raw_methods(
        &t.async_generator_asend,
        "async_generator_asend",
        co::AWAITABLE_METHODS,
    );
    add_raw_methods(
        &t.async_generator_athrow,
        "async_generator_athrow",
        co::AWAITABLE_METHODS,
    );
    add_methods(&t.iterator, "iterator", crate::object::iter::METHODS);
    add_methods(
        &t.dict_view,
        "dict_view",
        crate::object::dict_methods::VIEW_METHODS,
    );
    vm.builtins
        .set_str("__build_class__", native("__build_class__", build_class));
}

fn arg(args: &Args, i: usize) -> Value {
    args.args.get(i).cloned().unwrap_or(Value::None)
}

fn object_new(vm: &mut Vm, args: Args) -> PyResult {
    match args.args.first() {
        // Builtin types build their own payload: an object.__new__ instance would lack it.
        Some(Value::Class(c))
            if c.layout == Layout::Builtin && !Rc::ptr_eq(c, &vm.types.object) =>
        {
            Err(vm.type_error(format!(
                "object.__new__({0}) is not safe, use {0}.__new__()",
                c.name
            )))
        }
        Some(Value::Class(c)) => {
            let c = c.clone();
            Ok(vm.new_instance(&c, &Args::new(args.args[1..].to_vec())))
        }
        Some(other) => Err(vm.type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            type_name_of(other)
        ))),
        None => Err(vm.type_error("object.__new__(): not enough arguments")),
    }
}

fn object_init(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult {
    let v = arg(&args, 0);
    Ok(Value::string(vm.default_repr(&v)))
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult {
    let v = arg(&args, 0);
    Ok(Value::string(vm.repr(&v)?))
}

fn object_eq(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(if arg(&args, 0).is(&arg(&args, 1)) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult {
    let r = vm.compare(&arg(&args, 0), &arg(&args, 1), 2)?;
    Ok(match r {
        Value::NotImplemented => r,
        other => Value::Bool(!vm.truthy(&other)?),
    })
}

/// object's ordering slots: never decide, so the reflected operand or TypeError follows.
fn object_order(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::NotImplemented)
}

fn object_hash(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::Int(
        (arg(&args, 0).heap_ptr().unwrap_or(0) >> 4) as i64,
    ))
}

fn name_arg(vm: &mut Vm, v: &Value) -> PyResult<Rc<crate::object::StrObj>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            type_name_of(other)
        ))),
    }
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult {
    let name = name_arg(vm, &arg(&args, 1))?;
    vm.generic_setattr(&arg(&args, 0), &name, arg(&args, 2))?;
    Ok(Value::None)
}

/// `int | None`: a `types.UnionType`, built by the typing module.
fn type_or(vm: &mut Vm, args: Args) -> PyResult {
    type_union(vm, arg(&args, 0), arg(&args, 1))
}

fn type_ror(vm: &mut Vm, args: Args) -> PyResult {
    type_union(vm, arg(&args, 1), arg(&args, 0))
}

fn type_union(vm: &mut Vm, a: Value, b: Value) -> PyResult {
    let typing = vm.import_module("typing")?;
    let f = vm.getattr_str(&typing, "_type_or")?;
    vm.call(&f, vec![a, b])
}

fn type_setattr(vm: &mut Vm, args: Args) -> PyResult {
    let name = name_arg(vm, &arg(&args, 1))?;
    match arg(&args, 0) {
        Value::Class(c) => {
            vm.class_setattr(&c, name, arg(&args, 2));
            Ok(Value::None)
        }
        other => Err(vm.type_error(format!(
            "descriptor '__setattr__' requires a 'type' object but received a '{}'",
            type_name_of(&other)
        ))),
    }
}

fn type_delattr(vm: &mut Vm, args: Args) -> PyResult {
    let name = name_arg(vm, &arg(&args, 1))?;
    match arg(&args, 0) {
        Value::Class(c) => {
            vm.class_delattr(&c, &name)?;
            Ok(Value::None)
        }
        other => Err(vm.type_error(format!(
            "descriptor '__delattr__' requires a 'type' object but received a '{}'",
            type_name_of(&other)
        ))),
    }
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult {
    let obj = arg(&args, 0);
    let name = name_arg(vm, &arg(&args, 1))?;
    let cls = vm.type_of(&obj);
    match vm.generic_getattr(&obj, &name, &cls)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(&obj, name.as_str())),
    }
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult {
    let name = name_arg(vm, &arg(&args, 1))?;
    vm.generic_delattr(&arg(&args, 0), &name)?;
    Ok(Value::None)
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult {
    let spec = arg(&args, 1);
    if spec.as_str().is_some_and(|s| !s.is_empty()) {
        let v = arg(&args, 0);
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name_of(&v)
        )));
    }
    Ok(Value::string(vm.str(&arg(&args, 0))?))
}

fn object_init_subclass(_vm: &mut Vm, _args: Args) -> PyResult {
    Ok(Value::None)
}

fn object_dir(vm: &mut Vm, args: Args) -> PyResult {
    let v = arg(&args, 0);
    Ok(Value::list(
        super::functions::dir_names(vm, &v)?
            .into_iter()
            .map(Value::string)
            .collect(),
    ))
}

fn type_new(vm: &mut Vm, mut args: Args) -> PyResult {
    let meta = args.args.remove(0);
    match args.args.len() {
        1 => {
            let v = args.args[0].clone();
            Ok(Value::Class(vm.type_of(&v)))
        }
        3 => {
            let cls = vm.new_class_from_args(args)?;
            if let (Value::Class(c), Value::Class(m)) = (&cls, &meta) {
                if !Rc::ptr_eq(m, &vm.types.type_) {
                    *c.metaclass.borrow_mut() = Some(m.clone());
                }
            }
            Ok(cls)
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

fn type_call(vm: &mut Vm, mut args: Args) -> PyResult {
    match args.args.first().cloned() {
        Some(Value::Class(c)) => {
            args.args.remove(0);
            vm.instantiate(&c, args)
        }
        _ => Err(vm.type_error("descriptor '__call__' requires a 'type' object")),
    }
}

fn type_mro(vm: &mut Vm, args: Args) -> PyResult {
    match arg(&args, 0) {
        Value::Class(c) => Ok(Value::list(c.mro().into_iter().map(Value::Class).collect())),
        _ => Err(vm.type_error("descriptor 'mro' requires a 'type' object")),
    }
}

fn type_subclasses(vm: &mut Vm, args: Args) -> PyResult {
    match arg(&args, 0) {
        Value::Class(c) => Ok(Value::list(
            c.subclasses().into_iter().map(Value::Class).collect(),
        )),
        other => Err(vm.type_error(format!(
            "descriptor '__subclasses__' for 'type' objects doesn't apply to a '{}' object",
            type_name_of(&other)
        ))),
    }
}

fn exc_new(vm: &mut Vm, args: Args) -> PyResult {
    match args.args.first() {
        Some(Value::Class(c)) => {
            let c = c.clone();
            Ok(vm.new_instance(&c, &Args::new(args.args[1..].to_vec())))
        }
        _ => Err(vm.type_error("BaseException.__new__(X): X is not a type object")),
    }
}

fn exc_init(_vm: &mut Vm, args: Args) -> PyResult {
    if let Some(Value::Instance(inst)) = args.args.first() {
        if let Native::Exception(s) = &mut *inst.native.borrow_mut() {
            s.args = Value::tuple(args.args[1..].to_vec());
        }
    }
    Ok(Value::None)
}

fn exc_str(vm: &mut Vm, args: Args) -> PyResult {
    let v = arg(&args, 0);
    let a = vm.exception_args(&v);
    if let Some(msg) = unicode_error_str(vm, &v, &a) {
        return Ok(Value::string(msg));
    }
    Ok(match a.len() {
        0 => Value::str(""),
        1 => Value::string(vm.str(&a[0])?),
        _ => Value::string(vm.repr(&Value::tuple(a))?),
    })
}

/// CPython's message for UnicodeDecodeError/UnicodeEncodeError built from
/// (encoding, object, start, end, reason).
pub(crate) fn unicode_error_str(vm: &mut Vm, v: &Value, a: &[Value]) -> Option<String> {
    let Value::Instance(inst) = v else {
        return None;
    };
    let cls = inst.class();
    let decode = cls.is_subclass(&vm.types.exception("UnicodeDecodeError"));
    if !decode && !cls.is_subclass(&vm.types.exception("UnicodeEncodeError")) {
        return None;
    }
    let [Value::Str(enc), obj, Value::Int(start), Value::Int(end), Value::Str(reason)] = a else {
        return None;
    };
    let (start, end) = (*start, *end);
    let (enc, reason) = (enc.as_str(), reason.as_str());
    let what = if decode { "decode" } else { "encode" };
    if end != start + 1 {
        let plural = if decode { "bytes" } else { "characters" };
        return Some(format!(
            "'{}' codec can't {} {} in position {}-{}: {}",
            enc,
            what,
            plural,
            start,
            end - 1,
            reason
        ));
    }
    let item = match obj {
        Value::Bytes(b) if decode => {
            format!(
                "byte 0x{:02x}",
                b.data.borrow().get(start as usize).copied()?
            )
        }
        Value::Str(s) if !decode => {
            let c = s.as_str().chars().nth(start as usize)? as u32;
            match c {
                0..=0xff => format!("character '\\x{:02x}'", c),
                0x100..=0xffff => format!("character '\\u{:04x}'", c),
                _ => format!("character '\\U{:08x}'", c),
            }
        }
        _ => return None,
    };
    Some(format!(
        "'{}' codec can't {} {} in position {}: {}",
        enc, what, item, start, reason
    ))
}

fn exc_with_traceback(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(arg(&args, 0))
}

fn property_new(_vm: &mut Vm, mut args: Args) -> PyResult {
    let fget = args.take_kw("fget").unwrap_or_else(|| arg(&args, 1));
    let fset = args.take_kw("fset").unwrap_or_else(|| arg(&args, 2));
    let fdel = args.take_kw("fdel").unwrap_or_else(|| arg(&args, 3));
    let mut doc = args.take_kw("doc").unwrap_or_else(|| arg(&args, 4));
    if doc.is_none() {
        if let Value::Function(f) = &fget {
            doc = f.doc.borrow().clone();
        }
    }
    Ok(Value::Property(crate::gc::new(PropertyObj::new(
        fget, fset, fdel, doc,
    ))))
}

fn property_with(vm: &mut Vm, args: &Args, which: usize) -> PyResult {
    let Value::Property(p) = arg(args, 0) else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let f = arg(args, 1);
    let mut parts = [p.fget.clone(), p.fset.clone(), p.fdel.clone()];
    parts[which] = f;
    let [fget, fset, fdel] = parts;
    Ok(Value::Property(crate::gc::new(PropertyObj::new(
        fget,
        fset,
        fdel,
        p.doc.clone(),
    ))))
}

fn property_getter(vm: &mut Vm, args: Args) -> PyResult {
    property_with(vm, &args, 0)
}

fn property_setter(vm: &mut Vm, args: Args) -> PyResult {
    property_with(vm, &args, 1)
}

fn property_deleter(vm: &mut Vm, args: Args) -> PyResult {
    property_with(vm, &args, 2)
}

/// `function.__get__(obj, type=None)`: a bound method, or the function
/// itself when looked up on a class.
/// `staticmethod.__get__(obj, type=None)`: the function itself.
fn staticmethod_get(vm: &mut Vm, args: Args) -> PyResult {
    match arg(&args, 0) {
        Value::StaticMethod(sm) => Ok(sm.func.clone()),
        _ => Err(vm.type_error("descriptor '__get__' requires a 'staticmethod' object")),
    }
}

/// `classmethod.__get__(obj, type=None)`: the function bound to `type`, or
/// to `obj`'s class when no type is given.
fn classmethod_get(vm: &mut Vm, args: Args) -> PyResult {
    let Value::ClassMethod(cm) = arg(&args, 0) else {
        return Err(vm.type_error("descriptor '__get__' requires a 'classmethod' object"));
    };
    let owner = match args.args.get(2) {
        Some(t) if !t.is_none() => t.clone(),
        _ => {
            let obj = arg(&args, 1);
            if obj.is_none() && args.args.len() < 3 {
                return Err(vm.type_error("__get__(None, None) is invalid"));
            }
            Value::Class(vm.type_of(&obj))
        }
    };
    Ok(Value::BoundMethod(crate::gc::new(
        crate::object::BoundMethodObj::new(cm.func.clone(), owner),
    )))
}

fn function_get(vm: &mut Vm, args: Args) -> PyResult {
    let f = arg(&args, 0);
    if !matches!(f, Value::Function(_)) {
        return Err(vm.type_error("descriptor '__get__' requires a 'function' object"));
    }
    let obj = arg(&args, 1);
    if obj.is_none() && args.args.len() < 3 {
        return Err(vm.type_error("__get__(None, None) is invalid"));
    }
    if obj.is_none() {
        return Ok(f);
    }
    Ok(Value::BoundMethod(crate::gc::new(
        crate::object::BoundMethodObj::new(f, obj),
    )))
}

fn property_get(vm: &mut Vm, args: Args) -> PyResult {
    let Value::Property(p) = arg(&args, 0) else {
        return Ok(Value::None);
    };
    let obj = arg(&args, 1);
    if obj.is_none() {
        return Ok(arg(&args, 0));
    }
    let fget = p.fget.clone();
    vm.call(&fget, vec![obj])
}

fn staticmethod_new(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::StaticMethod(crate::gc::new(StaticMethodObj::new(
        arg(&args, 1),
    ))))
}

fn classmethod_new(_vm: &mut Vm, args: Args) -> PyResult {
    Ok(Value::ClassMethod(crate::gc::new(ClassMethodObj::new(
        arg(&args, 1),
    ))))
}

/// `super()` reads `__class__` and the first argument from the calling frame.
fn super_new(vm: &mut Vm, args: Args) -> PyResult {
    let (this, obj) = if args.args.len() >= 3 {
        (arg(&args, 1), arg(&args, 2))
    } else {
        let Some(frame) = vm.frames.last() else {
            return Err(vm.new_error("RuntimeError", "super(): no current frame"));
        };
        let code = frame.code.clone();
        let first = if code.argcount > 0 || code.has_flag(crate::bytecode::flags::VARARGS) {
            let v = frame.stack.first().cloned().unwrap_or(Value::Null);
            let cell_first = code
                .cell_params
                .iter()
                .position(|p| *p == Some(0))
                .map(|i| frame.cells[i].get());
            cell_first.unwrap_or(v)
        } else {
            Value::Null
        };
        if first.is_null() {
            return Err(vm.new_error("RuntimeError", "super(): no arguments"));
        }
        let class_idx = code.freevars.iter().position(|n| &**n == "__class__");
        let this = match class_idx {
            Some(i) => frame.cells[code.cellvars.len() + i].get(),
            None => return Err(vm.new_error("RuntimeError", "super(): __class__ cell not found")),
        };
        (this, first)
    };
    let Value::Class(this_class) = this else {
        return Err(vm.type_error("super() argument 1 must be a type"));
    };
    let obj_type = match &obj {
        Value::Class(c) if c.is_subclass(&this_class) => c.clone(),
        _ => vm.type_of(&obj),
    };
    if !obj_type.is_subclass(&this_class) {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    Ok(Value::Super(Rc::new(SuperObj {
        this_class,
        obj,
        obj_type,
    })))
}

fn none_new(vm: &mut Vm, args: Args) -> PyResult {
    if args.args.len() > 1 || !args.kwargs.is_empty() {
        return Err(vm.type_error("NoneType takes no arguments"));
    }
    Ok(Value::None)
}

fn slice_new(vm: &mut Vm, args: Args) -> PyResult {
    let a: Vec<Value> = args.args[1..].to_vec();
    let (start, stop, step) = match a.len() {
        1 => (Value::None, a[0].clone(), Value::None),
        2 => (a[0].clone(), a[1].clone(), Value::None),
        3 => (a[0].clone(), a[1].clone(), a[2].clone()),
        _ => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
    };
    Ok(Value::Slice(Rc::new(crate::object::SliceObj {
        start,
        stop,
        step,
    })))
}

fn slice_indices(vm: &mut Vm, args: Args) -> PyResult {
    let Value::Slice(s) = arg(&args, 0) else {
        return Err(vm.type_error("expected a slice"));
    };
    let n = vm.to_index(&arg(&args, 1))?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let r = vm.slice_range(&s, n as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(r.start),
        Value::Int(r.stop),
        Value::Int(r.step),
    ]))
}

fn build_class(vm: &mut Vm, args: Args) -> PyResult {
    vm.build_class(args)
}
