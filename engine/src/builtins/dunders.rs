//! The dunder methods of the builtin types (`int.__add__`, `list.__len__`,
//! `dict.__getitem__`, ...). Builtin values take the interpreter's fast paths
//! and never reach these; they exist for subclasses of builtins, `super()`
//! calls and explicit `int.__add__(1, 2)`. Each one works on the wrapped
//! builtin values and returns NotImplemented where CPython's slot would.

use std::rc::Rc;

use super::types::{add_methods, add_raw_methods, native_closure};
use crate::ast::BinOp;
use crate::error::PyResult;
use crate::object::class::Layout;
use crate::object::instance::unwrap_builtin;
use crate::object::{type_name_of, Args, ClassObj, InstanceObj, Native, NativeFn, StaticMethodObj};
use crate::value::Value;
use crate::vm::Vm;

fn arg(args: &Args, i: usize) -> Value {
    args.args.get(i).map(unwrap_builtin).unwrap_or(Value::Null)
}

/// The slot wrappers' argument check: "expected 1 argument, got 0".
fn check_args(vm: &mut Vm, args: &Args, n: usize) -> PyResult<()> {
    if args.args.is_empty() {
        return Err(vm.type_error("descriptor needs an argument"));
    }
    let given = args.args.len() - 1;
    if given != n {
        return Err(vm.type_error(format!(
            "expected {} argument{}, got {}",
            n,
            if n == 1 { "" } else { "s" },
            given
        )));
    }
    Ok(())
}

fn binary(vm: &mut Vm, args: Args, op: BinOp, reflected: bool) -> PyResult {
    check_args(vm, &args, 1)?;
    let (a, b) = (arg(&args, 0), arg(&args, 1));
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    Ok(vm
        .builtin_binary(&x, &y, op, false)?
        .unwrap_or(Value::NotImplemented))
}

/// In-place forms get `self` unwrapped by hand so they can return it as is.
fn inplace(vm: &mut Vm, args: Args, op: BinOp) -> PyResult {
    check_args(vm, &args, 1)?;
    let this = args.args[0].clone();
    let (a, b) = (arg(&args, 0), arg(&args, 1));
    match vm.builtin_binary(&a, &b, op, true)? {
        Some(r) if r.is(&a) => Ok(this),
        Some(r) => Ok(r),
        None => Ok(Value::NotImplemented),
    }
}

macro_rules! binary_fns {
    ($($fwd:ident, $rev:ident => $op:expr;)*) => {
        $(
            fn $fwd(vm: &mut Vm, args: Args) -> PyResult { binary(vm, args, $op, false) }
            fn $rev(vm: &mut Vm, args: Args) -> PyResult { binary(vm, args, $op, true) }
        )*
    };
}

binary_fns! {
    add, radd => BinOp::Add;
    sub, rsub => BinOp::Sub;
    mul, rmul => BinOp::Mult;
    truediv, rtruediv => BinOp::Div;
    floordiv, rfloordiv => BinOp::FloorDiv;
    modulo, rmodulo => BinOp::Mod;
    lshift, rlshift => BinOp::LShift;
    rshift, rrshift => BinOp::RShift;
    and, rand => BinOp::BitAnd;
    or, ror => BinOp::BitOr;
    xor, rxor => BinOp::BitXor;
}

macro_rules! inplace_fns {
    ($($name:ident => $op:expr;)*) => {
        $( fn $name(vm: &mut Vm, args: Args) -> PyResult { inplace(vm, args, $op) } )*
    };
}

inplace_fns! {
    iadd => BinOp::Add;
    imul => BinOp::Mult;
    isub => BinOp::Sub;
    iand => BinOp::BitAnd;
    ior => BinOp::BitOr;
    ixor => BinOp::BitXor;
}

fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
    )
}

fn pow_impl(vm: &mut Vm, args: Args, reflected: bool) -> PyResult {
    if args.args.len() == 3 && !arg(&args, 2).is_none() {
        let (a, b) = (arg(&args, 0), arg(&args, 1));
        let (x, y) = if reflected { (b, a) } else { (a, b) };
        if !is_number(&x) || !is_number(&y) {
            return Ok(Value::NotImplemented);
        }
        return crate::object::int::int_pow_mod(vm, &x, &y, &arg(&args, 2));
    }
    let mut args = args;
    args.args.truncate(2);
    binary(vm, args, BinOp::Pow, reflected)
}

fn pow(vm: &mut Vm, args: Args) -> PyResult {
    pow_impl(vm, args, false)
}

fn rpow(vm: &mut Vm, args: Args) -> PyResult {
    pow_impl(vm, args, true)
}

fn divmod_impl(vm: &mut Vm, args: Args, reflected: bool) -> PyResult {
    check_args(vm, &args, 1)?;
    let (a, b) = (arg(&args, 0), arg(&args, 1));
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    if !is_number(&x) || !is_number(&y) {
        return Ok(Value::NotImplemented);
    }
    let q = vm.binary_op(&x, &y, BinOp::FloorDiv as u32)?;
    let r = vm.binary_op(&x, &y, BinOp::Mod as u32)?;
    Ok(Value::pair(q, r))
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult {
    divmod_impl(vm, args, false)
}

fn rdivmod(vm: &mut Vm, args: Args) -> PyResult {
    divmod_impl(vm, args, true)
}

fn compare(vm: &mut Vm, args: Args, op: u32) -> PyResult {
    check_args(vm, &args, 1)?;
    let (a, b) = (arg(&args, 0), arg(&args, 1));
    Ok(match vm.builtin_richcompare(&a, &b, op)? {
        Some(r) => Value::Bool(r),
        None => Value::NotImplemented,
    })
}

fn lt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, 0)
}
fn le(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, 1)
}
fn eq(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, 2)
}
fn ne(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, 3)
}
fn gt(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, 4)
}
fn ge(vm: &mut Vm, args: Args) -> PyResult {
    compare(vm, args, 5)
}

fn unary(vm: &mut Vm, args: Args, stem: &str) -> PyResult {
    check_args(vm, &args, 0)?;
    vm.unary_op(&arg(&args, 0), stem)
}

fn neg(vm: &mut Vm, args: Args) -> PyResult {
    unary(vm, args, "neg")
}
fn pos(vm: &mut Vm, args: Args) -> PyResult {
    unary(vm, args, "pos")
}
fn invert(vm: &mut Vm, args: Args) -> PyResult {
    unary(vm, args, "invert")
}

/// Calls a builtin function on the unwrapped `self` (its fast paths cover
/// every builtin value, so this never comes back here).
fn via_builtin(vm: &mut Vm, args: &Args, name: &str) -> PyResult {
    check_args(vm, args, 0)?;
    let f = vm
        .builtin(name)
        .ok_or_else(|| vm.new_error("SystemError", "missing builtin"))?;
    vm.call(&f, vec![arg(args, 0)])
}

fn abs(vm: &mut Vm, args: Args) -> PyResult {
    via_builtin(vm, &args, "abs")
}
fn reversed(vm: &mut Vm, args: Args) -> PyResult {
    via_builtin(vm, &args, "reversed")
}

fn round(vm: &mut Vm, args: Args) -> PyResult {
    let f = vm
        .builtin("round")
        .ok_or_else(|| vm.new_error("SystemError", "missing builtin"))?;
    let rest: Vec<Value> = (0..args.args.len()).map(|i| arg(&args, i)).collect();
    vm.call(&f, rest)
}

fn bool_(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, &args, 0)?;
    let a = arg(&args, 0);
    Ok(Value::Bool(vm.truthy(&a)?))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, &args, 0)?;
    let a = arg(&args, 0);
    Ok(Value::string(vm.repr(&a)?))
}

fn str_(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, &args, 0)?;
    let a = arg(&args, 0);
    Ok(Value::string(vm.str(&a)?))
}

fn hash(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, &args, 0)?;
    let a = arg(&args, 0);
    Ok(Value::Int(vm.hash(&a)?))
}

fn format(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, &args, 1)?;
    let a = arg(&args, 0);
    let spec = match arg(&args, 1) {
        Value::Str(s) => s,
        other => {
            return Err(vm.type_error(format!(
                "format() argument 2 must be str, not {}",
                type_name_of(&other)
            )))
        }
    };
    Ok(Value::string(vm.format(&a, spec.as_str())?))
}

fn len(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, &args, 0)?;
    let a = arg(&args, 0);
    Ok(Value::Int(vm.len(&a)? as i64))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, &args, 0)?;
    let a = arg(&args, 0);
    vm.get_iter(&a)
}

fn contains(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, &args, 1)?;
    let a = arg(&args, 0);
    let item = args.args[1].clone();
    Ok(Value::Bool(vm.contains(&a, &item)?))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, &args, 1)?;
    let a = arg(&args, 0);
    vm.getitem(&a, &args.args[1])
}

/// `dict.__getitem__` keeps `self` so a subclass's `__missing__` can run.
fn dict_getitem(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, &args, 1)?;
    let this = args.args[0].clone();
    let key = args.args[1].clone();
    let Value::Dict(d) = unwrap_builtin(&this) else {
        return Err(crate::object::method_args::descriptor_error(
            vm,
            "__getitem__",
            "dict",
            &this,
        ));
    };
    if let Some(v) = d.get(vm, &key)? {
        return Ok(v);
    }
    if matches!(this, Value::Instance(_)) {
        if let Some(r) = vm.call_dunder(&this, "__missing__", vec![key.clone()])? {
            return Ok(r);
        }
    }
    Err(vm.key_error(key))
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, &args, 2)?;
    let a = arg(&args, 0);
    vm.setitem(&a, args.args[1].clone(), args.args[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult {
    check_args(vm, &args, 1)?;
    let a = arg(&args, 0);
    vm.delitem(&a, &args.args[1])?;
    Ok(Value::None)
}

/// `__init__` of the mutable builtins: rebuilds the contents from the
/// constructor arguments (`list.__init__(self, iterable)`).
fn init_with(vm: &mut Vm, args: Args, ctor: NativeFn, cls: Value) -> PyResult {
    let Some(this) = args.args.first().cloned() else {
        return Err(vm.type_error("descriptor '__init__' needs an argument"));
    };
    let mut rest = args;
    rest.args[0] = cls;
    let fresh = ctor(vm, rest)?;
    match (&this, &fresh) {
        (Value::List(l), Value::List(f)) => {
            let items = f.items.borrow().clone();
            *l.items.borrow_mut() = items;
        }
        (Value::Dict(d), Value::Dict(f)) => {
            for (k, v) in f.items() {
                d.set(vm, k, v)?;
            }
        }
        (Value::Set(s), Value::Set(f)) => {
            s.clear();
            for (h, k) in f.hashed_items() {
                s.add_hashed(vm, h, k)?;
            }
        }
        (Value::ByteArray(b), Value::ByteArray(f)) => {
            let data = f.data.borrow().clone();
            *b.data.borrow_mut() = data;
        }
        _ => {}
    }
    Ok(Value::None)
}

fn list_init(vm: &mut Vm, args: Args) -> PyResult {
    let cls = Value::Class(vm.types.list.clone());
    init_with(vm, args, crate::object::list_methods::new, cls)
}

fn dict_init(vm: &mut Vm, args: Args) -> PyResult {
    let cls = Value::Class(vm.types.dict.clone());
    init_with(vm, args, crate::object::dict_methods::new, cls)
}

fn set_init(vm: &mut Vm, args: Args) -> PyResult {
    let cls = Value::Class(vm.types.set.clone());
    init_with(vm, args, crate::object::set_methods::new_set, cls)
}

fn bytearray_init(vm: &mut Vm, args: Args) -> PyResult {
    let cls = Value::Class(vm.types.bytearray.clone());
    init_with(vm, args, crate::object::bytes_methods::new_bytearray, cls)
}

/// Installs `__new__` for a builtin type user classes may subclass: for a
/// subclass the builtin value is built, then wrapped in an instance. Mutable
/// types start empty and are filled by `__init__`, as in CPython.
fn subclassable_constructor(cls: &Rc<ClassObj>, f: NativeFn, mutable: bool) {
    let new = native_closure(
        "__new__",
        Rc::new(move |vm: &mut Vm, args: Args| {
            let sub = match args.args.first() {
                Some(Value::Class(c)) if c.layout != Layout::Builtin => c.clone(),
                _ => return f(vm, args),
            };
            let value = if mutable {
                f(vm, Args::new(vec![args.args[0].clone()]))?
            } else {
                f(vm, args)?
            };
            let inst = InstanceObj::new(sub, Native::Value(value));
            Ok(Value::Instance(crate::gc::new(inst)))
        }),
    );
    cls.dict.set_str(
        "__new__",
        Value::StaticMethod(crate::gc::new(StaticMethodObj::new(new))),
    );
}

const NUMBER: &[(&str, NativeFn)] = &[
    ("__add__", add),
    ("__radd__", radd),
    ("__sub__", sub),
    ("__rsub__", rsub),
    ("__mul__", mul),
    ("__rmul__", rmul),
    ("__truediv__", truediv),
    ("__rtruediv__", rtruediv),
    ("__floordiv__", floordiv),
    ("__rfloordiv__", rfloordiv),
    ("__mod__", modulo),
    ("__rmod__", rmodulo),
    ("__divmod__", divmod),
    ("__rdivmod__", rdivmod),
    ("__pow__", pow),
    ("__rpow__", rpow),
    ("__neg__", neg),
    ("__pos__", pos),
    ("__abs__", abs),
    ("__bool__", bool_),
    ("__format__", format),
];

const INT_ONLY: &[(&str, NativeFn)] = &[
    ("__lshift__", lshift),
    ("__rlshift__", rlshift),
    ("__rshift__", rshift),
    ("__rrshift__", rrshift),
    ("__and__", and),
    ("__rand__", rand),
    ("__or__", or),
    ("__ror__", ror),
    ("__xor__", xor),
    ("__rxor__", rxor),
    ("__invert__", invert),
];

const COMPARE: &[(&str, NativeFn)] = &[
    ("__lt__", lt),
    ("__le__", le),
    ("__eq__", eq),
    ("__ne__", ne),
    ("__gt__", gt),
    ("__ge__", ge),
    ("__repr__", repr),
];

const SEQUENCE: &[(&str, NativeFn)] = &[
    ("__len__", len),
    ("__iter__", iter),
    ("__contains__", contains),
    ("__getitem__", getitem),
];

const CONCAT: &[(&str, NativeFn)] = &[("__add__", add), ("__mul__", mul), ("__rmul__", rmul)];

const MUTABLE_SEQUENCE: &[(&str, NativeFn)] = &[("__setitem__", setitem), ("__delitem__", delitem)];

const SET_OPS: &[(&str, NativeFn)] = &[
    ("__and__", and),
    ("__rand__", rand),
    ("__or__", or),
    ("__ror__", ror),
    ("__xor__", xor),
    ("__rxor__", rxor),
    ("__sub__", sub),
    ("__rsub__", rsub),
];

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let hashable: &[(&str, NativeFn)] = &[("__hash__", hash)];
    for cls in [&t.int, &t.float] {
        let owner = if Rc::ptr_eq(cls, &t.int) {
            "int"
        } else {
            "float"
        };
        add_methods(cls, owner, NUMBER);
        add_methods(cls, owner, COMPARE);
        add_methods(cls, owner, hashable);
    }
    add_methods(&t.int, "int", INT_ONLY);
    add_methods(&t.float, "float", &[("__round__", round)]);
    add_methods(&t.bool_, "bool", &[("__repr__", repr)]);
    for (cls, owner) in [
        (&t.str_, "str"),
        (&t.bytes, "bytes"),
        (&t.bytearray, "bytearray"),
        (&t.list, "list"),
        (&t.tuple, "tuple"),
    ] {
        add_methods(cls, owner, SEQUENCE);
        add_methods(cls, owner, CONCAT);
        add_methods(cls, owner, COMPARE);
    }
    for (cls, owner) in [(&t.str_, "str"), (&t.bytes, "bytes"), (&t.tuple, "tuple")] {
        add_methods(cls, owner, hashable);
    }
    add_methods(&t.str_, "str", &[("__str__", str_)]);
    add_methods(&t.bytes, "bytes", &[("__str__", repr)]);
    add_methods(&t.bytearray, "bytearray", &[("__str__", repr)]);
    for (cls, owner) in [(&t.list, "list"), (&t.bytearray, "bytearray")] {
        add_methods(cls, owner, MUTABLE_SEQUENCE);
        add_raw_methods(cls, owner, &[("__iadd__", iadd), ("__imul__", imul)]);
    }
    add_methods(&t.list, "list", &[("__reversed__", reversed)]);
    add_methods(
        &t.dict,
        "dict",
        &[("__iter__", iter), ("__reversed__", reversed)],
    );
    add_methods(&t.dict, "dict", MUTABLE_SEQUENCE);
    add_methods(&t.dict, "dict", COMPARE);
    add_methods(&t.dict, "dict", &[("__or__", or), ("__ror__", ror)]);
    add_raw_methods(
        &t.dict,
        "dict",
        &[("__getitem__", dict_getitem), ("__ior__", ior)],
    );
    for (cls, owner) in [(&t.set, "set"), (&t.frozenset, "frozenset")] {
        add_methods(
            cls,
            owner,
            &[
                ("__len__", len),
                ("__iter__", iter),
                ("__contains__", contains),
            ],
        );
        add_methods(cls, owner, SET_OPS);
        add_methods(cls, owner, COMPARE);
    }
    add_methods(&t.frozenset, "frozenset", hashable);
    add_raw_methods(
        &t.set,
        "set",
        &[
            ("__iand__", iand),
            ("__ior__", ior),
            ("__isub__", isub),
            ("__ixor__", ixor),
        ],
    );
    for cls in [&t.list, &t.dict, &t.set, &t.bytearray] {
        cls.dict.set_str("__hash__", Value::None);
    }
    add_methods(&t.list, "list", &[("__init__", list_init)]);
    add_methods(&t.dict, "dict", &[("__init__", dict_init)]);
    add_methods(&t.set, "set", &[("__init__", set_init)]);
    add_methods(&t.bytearray, "bytearray", &[("__init__", bytearray_init)]);

    use crate::object::*;
    subclassable_constructor(&t.int, int_methods::new, false);
    subclassable_constructor(&t.float, float_methods::new, false);
    subclassable_constructor(&t.str_, str_methods::new, false);
    subclassable_constructor(&t.bytes, bytes_methods::new_bytes, false);
    subclassable_constructor(&t.tuple, tuple_methods::new, false);
    subclassable_constructor(&t.frozenset, set_methods::new_frozenset, false);
    subclassable_constructor(&t.list, list_methods::new, true);
    subclassable_constructor(&t.dict, dict_methods::new, true);
    subclassable_constructor(&t.set, set_methods::new_set, true);
    subclassable_constructor(&t.bytearray, bytes_methods::new_bytearray, true);
}

/// The builtin types a class statement may use as a base.
pub fn is_subclassable(vm: &Vm, cls: &Rc<ClassObj>) -> bool {
    let t = &vm.types;
    [
        &t.type_,
        &t.int,
        &t.float,
        &t.str_,
        &t.bytes,
        &t.bytearray,
        &t.list,
        &t.tuple,
        &t.dict,
        &t.set,
        &t.frozenset,
    ]
    .iter()
    .any(|c| Rc::ptr_eq(c, cls))
}
