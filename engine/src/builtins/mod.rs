//! The `builtins` namespace: builtin types with their method tables, the
//! exception classes, and the builtin functions.

pub mod core_types;
pub mod dunders;
pub mod eval;
pub mod functions;
mod import_builtin;
pub mod iteration;
pub mod sort;
pub mod types;

use crate::object;
use crate::value::Value;
use crate::vm::Vm;
use types::{
    add_fast, add_methods, add_properties, mark_classmethods, mark_staticmethods, set_constructor,
};

/// Fills the VM's builtins dict and the builtin types' method tables.
pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    add_methods(&t.str_, "str", object::str_methods::METHODS);
    add_fast(&t.str_.dict, object::str_methods::FAST);
    mark_staticmethods(&t.str_, object::str_methods::STATIC_METHODS);
    set_constructor(&t.str_, object::str_methods::new);
    add_methods(&t.bytes, "bytes", object::bytes_methods::BYTES_METHODS);
    mark_staticmethods(&t.bytes, object::bytes_methods::STATIC_METHODS);
    set_constructor(&t.bytes, object::bytes_methods::new_bytes);
    add_methods(
        &t.bytearray,
        "bytearray",
        object::bytes_methods::BYTEARRAY_METHODS,
    );
    set_constructor(&t.bytearray, object::bytes_methods::new_bytearray);
    add_methods(&t.list, "list", object::list_methods::METHODS);
    add_fast(&t.list.dict, object::list_methods::FAST);
    set_constructor(&t.list, object::list_methods::new);
    add_methods(&t.tuple, "tuple", object::tuple_methods::METHODS);
    set_constructor(&t.tuple, object::tuple_methods::new);
    add_methods(&t.dict, "dict", object::dict_methods::METHODS);
    add_fast(&t.dict.dict, object::dict_methods::FAST);
    mark_classmethods(&t.dict, object::dict_methods::CLASS_METHODS);
    set_constructor(&t.dict, object::dict_methods::new);
    add_methods(&t.set, "set", object::set_methods::METHODS);
    set_constructor(&t.set, object::set_methods::new_set);
    add_methods(
        &t.frozenset,
        "frozenset",
        object::set_methods::FROZENSET_METHODS,
    );
    set_constructor(&t.frozenset, object::set_methods::new_frozenset);
    add_methods(&t.int, "int", object::int_methods::METHODS);
    mark_classmethods(&t.int, object::int_methods::CLASS_METHODS);
    add_properties(&t.int, object::int_methods::PROPERTIES);
    set_constructor(&t.int, object::int_methods::new);
    add_methods(&t.float, "float", object::float_methods::METHODS);
    mark_classmethods(&t.float, object::float_methods::CLASS_METHODS);
    add_properties(&t.float, object::float_methods::PROPERTIES);
    set_constructor(&t.float, object::float_methods::new);
    add_methods(&t.range, "range", object::range_methods::METHODS);
    add_properties(&t.range, object::range_methods::PROPERTIES);
    set_constructor(&t.range, object::range_methods::new);
    set_constructor(&t.bool_, object::bool_methods::new);
    set_constructor(&t.module, object::module::new);
    core_types::install(vm);
    dunders::install(vm);

    let b = vm.builtins.clone();
    for (name, cls) in vm.types.named() {
        b.set_str(name, Value::Class(cls));
    }
    for name in vm.types.exception_names() {
        b.set_str(name, Value::Class(vm.types.exception(name)));
    }
    b.set_str(
        "EnvironmentError",
        Value::Class(vm.types.exception("OSError")),
    );
    b.set_str("IOError", Value::Class(vm.types.exception("OSError")));
    b.set_str("None", Value::None);
    b.set_str("True", Value::Bool(true));
    b.set_str("False", Value::Bool(false));
    b.set_str("NotImplemented", Value::NotImplemented);
    b.set_str("Ellipsis", Value::Ellipsis);
    b.set_str("__name__", Value::str("builtins"));
    b.set_str("__debug__", Value::Bool(true));
    for (name, f) in functions::FUNCTIONS
        .iter()
        .chain(iteration::FUNCTIONS)
        .chain(eval::FUNCTIONS)
        .chain(import_builtin::FUNCTIONS)
    {
        b.set_str(name, types::native(name, *f));
    }
    add_fast(&b, functions::FAST);
    add_fast(&b, iteration::FAST);
}

/// `range(...)` with ints, `int(x)`, `float(x)`, `str(x)` of one argument
/// and `list(x)`/`tuple(x)` of a list or tuple, on the arguments in place
/// (no `Args`, no trip through the general call): the type calls loops and
/// conversions make most. None for any other class or argument shape, which
/// the general call handles.
#[inline(never)]
pub(crate) fn fast_type_call(
    vm: &mut Vm,
    cls: &std::rc::Rc<object::ClassObj>,
    a: &[Value],
) -> Option<crate::error::PyResult> {
    use std::rc::Rc;
    if cls.layout != object::class::Layout::Builtin {
        return None;
    }
    let t = &vm.types;
    if Rc::ptr_eq(cls, &t.range) {
        let (start, stop, step) = match a {
            [Value::Int(stop)] => (0, *stop, 1),
            [Value::Int(start), Value::Int(stop)] => (*start, *stop, 1),
            [Value::Int(start), Value::Int(stop), Value::Int(step)] if *step != 0 => {
                (*start, *stop, *step)
            }
            _ => return None,
        };
        return Some(Ok(Value::Range(Rc::new(object::RangeObj::Small {
            start,
            stop,
            step,
        }))));
    }
    let [x] = a else { return None };
    // Copies of an exact list or tuple (a tuple of a tuple is itself).
    if Rc::ptr_eq(cls, &t.tuple) {
        return match x {
            Value::Tuple(_) => Some(Ok(x.clone())),
            Value::List(l) => Some(Ok(Value::tuple(l.items.borrow().clone()))),
            _ => None,
        };
    }
    if Rc::ptr_eq(cls, &t.list) {
        return match x {
            Value::List(l) => Some(Ok(Value::list(l.items.borrow().clone()))),
            Value::Tuple(tu) => Some(Ok(Value::list(tu.items.to_vec()))),
            _ => None,
        };
    }
    let (is_int, is_float, is_str) = (
        Rc::ptr_eq(cls, &t.int),
        Rc::ptr_eq(cls, &t.float),
        Rc::ptr_eq(cls, &t.str_),
    );
    if is_int {
        Some(object::int_methods::to_int(vm, x))
    } else if is_float {
        Some(object::float_methods::to_float(vm, x).map(Value::Float))
    } else if is_str {
        Some(match x {
            Value::Str(_) => Ok(x.clone()),
            Value::Int(i) => Ok(Value::str(object::int::format_i64(*i, &mut [0; 20]))),
            other => vm.str(other).map(Value::string),
        })
    } else {
        None
    }
}

/// The native `__new__` of an exact builtin type whose call does nothing
/// else (builtin types are immutable and their `__init__` is skipped for
/// the finished value `__new__` returns), so `int(s)`, `str(i)`, `list(x)`
/// can skip `type.__call__`'s generic steps. None for any other class.
/// Kept out of line: inlined into the call path it slows the other calls.
#[inline(never)]
pub(crate) fn exact_type_constructor(
    vm: &Vm,
    cls: &std::rc::Rc<object::ClassObj>,
) -> Option<object::NativeFn> {
    use object::*;
    if cls.layout != class::Layout::Builtin {
        return None;
    }
    let t = &vm.types;
    let is = |c: &std::rc::Rc<ClassObj>| std::rc::Rc::ptr_eq(c, cls);
    // Tested in turn (no table built per call), the usual ones first.
    let f: NativeFn = if is(&t.str_) {
        str_methods::new
    } else if is(&t.int) {
        int_methods::new
    } else if is(&t.float) {
        float_methods::new
    } else if is(&t.tuple) {
        tuple_methods::new
    } else if is(&t.list) {
        list_methods::new
    } else if is(&t.dict) {
        dict_methods::new
    } else if is(&t.set) {
        set_methods::new_set
    } else if is(&t.range) {
        range_methods::new
    } else if is(&t.bool_) {
        bool_methods::new
    } else if is(&t.frozenset) {
        set_methods::new_frozenset
    } else if is(&t.bytes) {
        bytes_methods::new_bytes
    } else if is(&t.bytearray) {
        bytes_methods::new_bytearray
    } else {
        return None;
    };
    Some(f)
}
