//! The builtin type objects (`int`, `str`, `list`, ...) and the standard
//! exception hierarchy, created once per VM, with their method tables.

use hashbrown::HashMap;
use std::rc::Rc;

use crate::object::class::Layout;
use crate::object::function::{NativeClosure, NativeImpl, PosFn};
use crate::object::{
    BuiltinObj, ClassMethodObj, ClassObj, DictObj, NativeFn, PropertyObj, StaticMethodObj,
};
use crate::value::Value;

pub struct Types {
    pub object: Rc<ClassObj>,
    pub type_: Rc<ClassObj>,
    pub none_type: Rc<ClassObj>,
    pub not_implemented_type: Rc<ClassObj>,
    pub ellipsis_type: Rc<ClassObj>,
    pub int: Rc<ClassObj>,
    pub bool_: Rc<ClassObj>,
    pub float: Rc<ClassObj>,
    pub str_: Rc<ClassObj>,
    pub bytes: Rc<ClassObj>,
    pub bytearray: Rc<ClassObj>,
    pub list: Rc<ClassObj>,
    pub tuple: Rc<ClassObj>,
    pub dict: Rc<ClassObj>,
    pub set: Rc<ClassObj>,
    pub frozenset: Rc<ClassObj>,
    pub range: Rc<ClassObj>,
    pub slice: Rc<ClassObj>,
    pub function: Rc<ClassObj>,
    pub builtin_function: Rc<ClassObj>,
    pub method: Rc<ClassObj>,
    pub module: Rc<ClassObj>,
    pub cell: Rc<ClassObj>,
    pub code: Rc<ClassObj>,
    pub iterator: Rc<ClassObj>,
    /// One class per builtin iterator kind, all sharing `iterator`'s methods.
    pub iterator_kinds: Vec<Rc<ClassObj>>,
    pub generator: Rc<ClassObj>,
    /// `e.__traceback__` objects (plain instances with tb_* attributes).
    pub traceback: Rc<ClassObj>,
    /// What `gen.gi_frame` shows while a generator is alive (no frame introspection).
    pub frame: Rc<ClassObj>,
    pub coroutine: Rc<ClassObj>,
    pub coroutine_wrapper: Rc<ClassObj>,
    /// asyncio's native Future/Task classes, once `_asyncio` is imported.
    pub asyncio: Option<Rc<crate::stdlib::asyncio_native::AsyncTypes>>,
    /// `time.struct_time`, once `time` is imported.
    pub struct_time: Option<Rc<ClassObj>>,
    pub async_generator: Rc<ClassObj>,
    pub async_generator_asend: Rc<ClassObj>,
    pub async_generator_athrow: Rc<ClassObj>,
    pub property: Rc<ClassObj>,
    pub staticmethod: Rc<ClassObj>,
    pub classmethod: Rc<ClassObj>,
    pub super_: Rc<ClassObj>,
    pub dict_view: Rc<ClassObj>,
    /// dict_keys, dict_values, dict_items (sharing `dict_view`'s methods).
    pub dict_view_kinds: Vec<Rc<ClassObj>>,
    exceptions: HashMap<&'static str, Rc<ClassObj>>,
}

/// (name, parent) pairs of the standard exception hierarchy, parents first.
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("StopAsyncIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
    ("FileExistsError", "OSError"),
    ("PermissionError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ConnectionError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("Warning", "Exception"),
    ("UserWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("EncodingWarning", "Warning"),
];

fn builtin_class(name: &str, bases: Vec<Rc<ClassObj>>, layout: Layout) -> Rc<ClassObj> {
    let dict = crate::gc::new(DictObj::new());
    dict.set_str("__module__", Value::str("builtins"));
    dict.set_str("__doc__", Value::None);
    let cls = crate::gc::new(ClassObj::new(name, bases, dict, layout));
    let _ = cls.compute_mro();
    cls.link_to_bases();
    cls
}

/// Wraps a native function as a builtin value.
pub fn native(name: &str, f: NativeFn) -> Value {
    Value::Builtin(Rc::new(BuiltinObj {
        name: name.into(),
        func: NativeImpl::Fn(f),
        owner: None,
        raw_self: false,
    }))
}

/// Wraps a native closure as a builtin value.
pub fn native_closure(name: &str, f: NativeClosure) -> Value {
    Value::Builtin(Rc::new(BuiltinObj {
        name: name.into(),
        func: NativeImpl::Closure(f),
        owner: None,
        raw_self: false,
    }))
}

fn method(owner: &'static str, name: &str, f: NativeFn, raw_self: bool) -> Value {
    Value::Builtin(Rc::new(BuiltinObj {
        name: name.into(),
        func: NativeImpl::Fn(f),
        owner: Some(owner),
        raw_self,
    }))
}

/// Adds a method table to a builtin class.
pub fn add_methods(cls: &Rc<ClassObj>, owner: &'static str, methods: &[(&str, NativeFn)]) {
    for (name, f) in methods {
        cls.dict.set_str(name, method(owner, name, *f, false));
    }
}

/// Gives the named natives of `dict` (a method table or the builtins) their
/// fast positional entries (see `NativeImpl::Fast`); each must already be
/// there as a plain native.
pub fn add_fast(dict: &DictObj, fast: &[(&str, PosFn)]) {
    for &(name, pos) in fast {
        let Some(Value::Builtin(b)) = dict.get_str(name) else {
            panic!("no native {} to add a fast entry to", name);
        };
        let NativeImpl::Fn(full) = b.func else {
            panic!("native {} already has a fast entry or is a closure", name);
        };
        let fast = BuiltinObj {
            name: b.name.clone(),
            func: NativeImpl::Fast { pos, full },
            owner: b.owner,
            raw_self: b.raw_self,
        };
        dict.set_str(name, Value::Builtin(Rc::new(fast)));
    }
}

/// Adds methods that receive a builtin-subclass `self` unwrapped by hand.
pub fn add_raw_methods(cls: &Rc<ClassObj>, owner: &'static str, methods: &[(&str, NativeFn)]) {
    for (name, f) in methods {
        cls.dict.set_str(name, method(owner, name, *f, true));
    }
}

/// Re-wraps the named entries as class methods.
pub fn mark_classmethods(cls: &Rc<ClassObj>, names: &[&str]) {
    for name in names {
        if let Some(f) = cls.dict.get_str(name) {
            cls.dict.set_str(
                name,
                Value::ClassMethod(crate::gc::new(ClassMethodObj::new(f))),
            );
        }
    }
}

pub fn mark_staticmethods(cls: &Rc<ClassObj>, names: &[&str]) {
    for name in names {
        if let Some(f) = cls.dict.get_str(name) {
            cls.dict.set_str(
                name,
                Value::StaticMethod(crate::gc::new(StaticMethodObj::new(f))),
            );
        }
    }
}

/// Adds read-only properties backed by native getters.
pub fn add_properties(cls: &Rc<ClassObj>, props: &[(&str, NativeFn)]) {
    for (name, f) in props {
        let p = PropertyObj::new(native(name, *f), Value::None, Value::None, Value::None);
        cls.dict.set_str(name, Value::Property(crate::gc::new(p)));
    }
}

/// Installs a constructor as a static `__new__`.
pub fn set_constructor(cls: &Rc<ClassObj>, f: NativeFn) {
    let new = native("__new__", f);
    cls.dict.set_str(
        "__new__",
        Value::StaticMethod(crate::gc::new(StaticMethodObj::new(new))),
    );
}

impl Types {
    pub fn new() -> Types {
        let object = builtin_class("object", vec![], Layout::Builtin);
        let b = |name: &str| builtin_class(name, vec![object.clone()], Layout::Builtin);
        let type_ = b("type");
        let int = b("int");
        let bool_ = builtin_class("bool", vec![int.clone()], Layout::Builtin);
        let mut exceptions: HashMap<&'static str, Rc<ClassObj>> = HashMap::new();
        for (name, parent) in EXCEPTIONS {
            let base = if parent.is_empty() {
                object.clone()
            } else {
                exceptions[parent].clone()
            };
            exceptions.insert(name, builtin_class(name, vec![base], Layout::Exception));
        }
        let iterator = b("iterator");
        let iterator_kinds = crate::object::iter::ITERATOR_TYPES
            .iter()
            .map(|name| {
                let cls = crate::gc::new(ClassObj::new(
                    name,
                    vec![object.clone()],
                    iterator.dict.clone(),
                    Layout::Builtin,
                ));
                let _ = cls.compute_mro();
                cls.link_to_bases();
                cls
            })
            .collect();
        let dict_view = b("dict_view");
        let dict_view_kinds = ["dict_keys", "dict_values", "dict_items"]
            .iter()
            .map(|name| {
                let cls = crate::gc::new(ClassObj::new(
                    name,
                    vec![object.clone()],
                    dict_view.dict.clone(),
                    Layout::Builtin,
                ));
                let _ = cls.compute_mro();
                cls.link_to_bases();
                cls
            })
            .collect();
        Types {
            dict_view,
            dict_view_kinds,
            iterator,
            iterator_kinds,
            none_type: b("NoneType"),
            not_implemented_type: b("NotImplementedType"),
            ellipsis_type: b("ellipsis"),
            float: b("float"),
            str_: b("str"),
            bytes: b("bytes"),
            bytearray: b("bytearray"),
            list: b("list"),
            tuple: b("tuple"),
            dict: b("dict"),
            set: b("set"),
            frozenset: b("frozenset"),
            range: b("range"),
            slice: b("slice"),
            function: b("function"),
            builtin_function: b("builtin_function_or_method"),
            method: b("method"),
            module: b("module"),
            cell: b("cell"),
            code: b("code"),
            generator: b("generator"),
            traceback: builtin_class("traceback", vec![object.clone()], Layout::Object),
            frame: builtin_class("frame", vec![object.clone()], Layout::Object),
            coroutine: b("coroutine"),
            coroutine_wrapper: b("coroutine_wrapper"),
            asyncio: None,
            struct_time: None,
            async_generator: b("async_generator"),
            async_generator_asend: b("async_generator_asend"),
            async_generator_athrow: b("async_generator_athrow"),
            property: b("property"),
            staticmethod: b("staticmethod"),
            classmethod: b("classmethod"),
            super_: b("super"),
            object,
            type_,
            int,
            bool_,
            exceptions,
        }
    }

    /// A builtin exception class by name (BaseException if unknown).
    pub fn exception(&self, name: &str) -> Rc<ClassObj> {
        self.exceptions
            .get(name)
            .cloned()
            .unwrap_or_else(|| self.exceptions["BaseException"].clone())
    }

    pub fn exception_names(&self) -> Vec<&'static str> {
        EXCEPTIONS.iter().map(|(n, _)| *n).collect()
    }

    /// Every builtin type that is bound as a builtin name.
    pub fn named(&self) -> Vec<(&'static str, Rc<ClassObj>)> {
        vec![
            ("object", self.object.clone()),
            ("type", self.type_.clone()),
            ("int", self.int.clone()),
            ("bool", self.bool_.clone()),
            ("float", self.float.clone()),
            ("str", self.str_.clone()),
            ("bytes", self.bytes.clone()),
            ("bytearray", self.bytearray.clone()),
            ("list", self.list.clone()),
            ("tuple", self.tuple.clone()),
            ("dict", self.dict.clone()),
            ("set", self.set.clone()),
            ("frozenset", self.frozenset.clone()),
            ("range", self.range.clone()),
            ("slice", self.slice.clone()),
            ("property", self.property.clone()),
            ("staticmethod", self.staticmethod.clone()),
            ("classmethod", self.classmethod.clone()),
            ("super", self.super_.clone()),
        ]
    }
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}
