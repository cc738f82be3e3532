//! The object model: one file per type family, each holding the type's data
//! and its script-visible methods (mirroring CPython's `Objects/` folder).

pub mod bool_methods;
pub mod bytes;
pub mod bytes_methods;
pub mod class;
mod codecs;
pub mod coroutine;
pub mod descriptor;
pub mod dict;
pub mod dict_methods;
pub mod exception;
pub mod float;
pub mod float_methods;
pub mod function;
pub mod generator;
pub mod host;
pub mod instance;
pub mod int;
pub mod int_methods;
pub mod iter;
pub mod list;
pub mod list_methods;
pub mod method_args;
pub mod module;
pub mod range;
pub mod range_methods;
pub mod set;
pub mod set_methods;
pub mod shape;
pub mod str;
pub mod str_methods;
pub mod tuple;
pub mod tuple_methods;

pub use self::bytes::BytesObj;
pub use self::str::StrObj;
pub use class::ClassObj;
pub use descriptor::{ClassMethodObj, PropertyObj, StaticMethodObj, SuperObj};
pub use dict::{DictObj, DictViewKind, DictViewObj};
pub use function::{Args, BoundMethodObj, BuiltinObj, CellObj, FunctionObj, NativeFn};
pub use generator::GeneratorObj;
pub use instance::{InstanceObj, Native};
pub use iter::{IterObj, IterState};
pub use list::ListObj;
pub use module::ModuleObj;
pub use range::{RangeObj, SliceObj};
pub use set::SetObj;
pub use tuple::TupleObj;

use crate::value::Value;

/// The type name scripts see (`type(v).__name__`).
pub fn type_name_of(v: &Value) -> String {
    match v {
        Value::Instance(i) => i.class().name.to_string(),
        Value::Class(c) => match &c.metaclass() {
            Some(m) => m.name.to_string(),
            None => "type".to_string(),
        },
        _ => builtin_type_name(v).to_string(),
    }
}

/// The name of the builtin type of a non-instance value.
pub fn builtin_type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "NULL",
        Value::None => "NoneType",
        Value::NotImplemented => "NotImplementedType",
        Value::Ellipsis => "ellipsis",
        Value::Bool(_) => "bool",
        Value::Int(_) | Value::BigInt(_) => "int",
        Value::Float(_) => "float",
        Value::Str(_) => "str",
        Value::Bytes(_) => "bytes",
        Value::ByteArray(_) => "bytearray",
        Value::List(_) => "list",
        Value::Tuple(_) => "tuple",
        Value::Dict(_) => "dict",
        Value::Set(_) => "set",
        Value::FrozenSet(_) => "frozenset",
        Value::Range(_) => "range",
        Value::Slice(_) => "slice",
        Value::Function(_) => "function",
        Value::Builtin(_) => "builtin_function_or_method",
        Value::BoundMethod(m) if matches!(m.func, Value::Builtin(_)) => {
            "builtin_function_or_method"
        }
        Value::BoundMethod(_) => "method",
        Value::Class(_) => "type",
        Value::Instance(_) => "object",
        Value::Module(_) => "module",
        Value::Cell(_) => "cell",
        Value::Code(_) => "code",
        Value::Iterator(it) => it.type_name(),
        Value::Generator(g) => g.type_name(),
        Value::Property(_) => "property",
        Value::StaticMethod(_) => "staticmethod",
        Value::ClassMethod(_) => "classmethod",
        Value::Super(_) => "super",
        Value::DictView(v) => v.type_name(),
    }
}
