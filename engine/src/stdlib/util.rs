//! Helpers shared by the native modules: building module objects, argument
//! checks with CPython's messages, and number conversions.

use std::rc::Rc;

use num_bigint::BigInt;

use crate::builtins::types::{native, native_closure};
use crate::compile::Mode;
use crate::error::PyResult;
use crate::object::instance::{unwrap_builtin, Native};
use crate::object::int::to_bigint;
use crate::object::{
    type_name_of, Args, ClassObj, DictObj, InstanceObj, ModuleObj, NativeFn, PropertyObj,
};
use crate::value::Value;
use crate::vm::Vm;

/// A module named `name` holding `funcs` (plus whatever the caller adds to the dict).
pub fn module(name: &str, funcs: &[(&str, NativeFn)]) -> (Value, Rc<DictObj>) {
    let d = crate::gc::new(DictObj::new());
    d.set_str("__name__", Value::str(name));
    d.set_str("__doc__", Value::None);
    for (n, f) in funcs {
        d.set_str(n, native(n, *f));
    }
    let m = Value::Module(crate::gc::new(ModuleObj::new(name, d.clone())));
    (m, d)
}

/// Runs embedded Python source as the body of module `name`, with `dict`
/// pre-filled (native helpers the source builds on).
pub fn run_source(vm: &mut Vm, name: &str, source: &str, dict: &Rc<DictObj>) -> PyResult<()> {
    let filename = format!("<frozen {}>", name);
    dict.set_str("__builtins__", Value::Dict(vm.builtins.clone()));
    let code = vm
        .compile(source, &filename, Mode::Exec)
        .map_err(|e| vm.syntax_error_to_exc(&e))?;
    vm.run_code(code, dict.clone(), None)?;
    Ok(())
}

/// A module written (partly) in Python: native functions first, then the source.
pub fn source_module(
    vm: &mut Vm,
    name: &str,
    funcs: &[(&str, NativeFn)],
    source: &str,
) -> PyResult<Value> {
    let (m, d) = module(name, funcs);
    vm.modules.set_str(name, m.clone());
    if let Err(e) = run_source(vm, name, source, &d) {
        vm.modules.remove_str(name);
        return Err(e);
    }
    Ok(m)
}

/// Exactly `n` positional arguments, no keywords, with CPython's wording:
/// "math.sqrt() takes exactly one argument (2 given)" for METH_O functions and
/// "pow expected 2 arguments, got 1" for the others.
pub fn exact(vm: &mut Vm, args: &Args, module: &str, name: &str, n: usize) -> PyResult<()> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("{}.{}() takes no keyword arguments", module, name)));
    }
    let got = args.args.len();
    if got == n {
        return Ok(());
    }
    if n == 1 {
        return Err(vm.type_error(format!(
            "{}.{}() takes exactly one argument ({} given)",
            module, name, got
        )));
    }
    Err(vm.type_error(format!(
        "{} expected {} argument{}, got {}",
        name,
        n,
        if n == 1 { "" } else { "s" },
        got
    )))
}

/// Between `min` and `max` positional arguments, no keywords.
pub fn range(
    vm: &mut Vm,
    args: &Args,
    module: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("{}.{}() takes no keyword arguments", module, name)));
    }
    crate::object::method_args::check_count(vm, args.args.len(), name, min, max)
}

/// A real number as f64 ("must be real number, not str" otherwise).
pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(x) => Ok(*x),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => crate::object::int::big_to_f64(vm, b),
        Value::Instance(_) => {
            if let Some(r) = vm.call_dunder(v, "__float__", vec![])? {
                if let Value::Float(x) = r {
                    return Ok(x);
                }
                return Err(vm.type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    type_name_of(v),
                    type_name_of(&r)
                )));
            }
            if let Some(r) = vm.call_dunder(v, "__index__", vec![])? {
                return to_f64(vm, &r);
            }
            Err(vm.type_error(format!("must be real number, not {}", type_name_of(v))))
        }
        _ => Err(vm.type_error(format!("must be real number, not {}", type_name_of(v)))),
    }
}

/// An int (via `__index__`) as a BigInt.
pub fn to_int(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = to_bigint(v) {
        return Ok(b);
    }
    if let Value::Instance(_) = v {
        if let Some(r) = vm.call_dunder(v, "__index__", vec![])? {
            if let Some(b) = to_bigint(&r) {
                return Ok(b);
            }
        }
    }
    Err(vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name_of(v)
    )))
}

/// Is this value an int (not a float)?
pub fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

/// A read-only tuple subclass with named fields, like CPython's structseq
/// (`sys.version_info.major`, indexing, comparison with tuples).
///
/// `module` names the class's module and prefixes the repr (`sys.flags(...)`);
/// an empty `module` gives a namedtuple-style repr (`Instruction(...)`).
pub fn struct_seq(
    vm: &mut Vm,
    module: &str,
    name: &str,
    fields: &[&str],
    values: Vec<Value>,
) -> PyResult {
    let cls = struct_seq_class(vm, module, name, fields)?;
    Ok(struct_seq_new(&cls, values))
}

/// An instance of a class made by `struct_seq_class`.
pub fn struct_seq_new(cls: &Rc<ClassObj>, values: Vec<Value>) -> Value {
    let inst = InstanceObj::new(cls.clone(), Native::Value(Value::tuple(values)));
    Value::Instance(crate::gc::new(inst))
}

/// The class behind `struct_seq`, for making many instances of one type.
pub fn struct_seq_class(
    vm: &mut Vm,
    module: &str,
    name: &str,
    fields: &[&str],
) -> PyResult<Rc<ClassObj>> {
    let ns = crate::gc::new(DictObj::new());
    ns.set_str(
        "__module__",
        Value::str(if module.is_empty() {
            "builtins"
        } else {
            module
        }),
    );
    for (i, field) in fields.iter().enumerate() {
        let getter = native_closure(
            field,
            Rc::new(move |vm: &mut Vm, args: Args| {
                let this = args.args.first().cloned().unwrap_or(Value::None);
                match unwrap_builtin(&this) {
                    Value::Tuple(t) => Ok(t.items.get(i).cloned().unwrap_or(Value::None)),
                    _ => Err(vm.type_error("descriptor needs a structseq")),
                }
            }),
        );
        let prop = PropertyObj::new(getter, Value::None, Value::None, Value::None);
        ns.set_str(field, Value::Property(crate::gc::new(prop)));
    }
    let names: Vec<String> = fields.iter().map(|f| f.to_string()).collect();
    let qual = if module.is_empty() {
        name.to_string()
    } else {
        format!("{}.{}", module, name)
    };
    ns.set_str(
        "__repr__",
        native_closure(
            "__repr__",
            Rc::new(move |vm: &mut Vm, args: Args| {
                let this = args.args.first().cloned().unwrap_or(Value::None);
                let Value::Tuple(t) = unwrap_builtin(&this) else {
                    return Err(vm.type_error("descriptor needs a structseq"));
                };
                let mut parts = Vec::new();
                for (n, v) in names.iter().zip(t.items.iter()) {
                    parts.push(format!("{}={}", n, vm.repr(v)?));
                }
                Ok(Value::string(format!("{}({})", qual, parts.join(", "))))
            }),
        ),
    );
    ns.set_str("n_fields", Value::Int(fields.len() as i64));
    ns.set_str("n_sequence_fields", Value::Int(fields.len() as i64));
    let tuple_cls = vm.types.tuple.clone();
    vm.new_class(name, vec![tuple_cls], ns, vec![])
}

/// The arguments of `isclose(a, b, *, rel_tol, abs_tol)` (math and cmath),
/// with Argument Clinic's errors: too many positionals, then a missing a or
/// b, then a leftover keyword (a repeated parameter or an unknown name).
pub fn isclose_args(
    vm: &mut Vm,
    args: &mut Args,
) -> PyResult<(Vec<Value>, Option<Value>, Option<Value>)> {
    let rel = args.take_kw("rel_tol");
    let abs = args.take_kw("abs_tol");
    let n = args.args.len();
    if n > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            n
        )));
    }
    let mut ab = Vec::with_capacity(2);
    for (pos, name) in ["a", "b"].into_iter().enumerate() {
        let v = if pos < n {
            Some(args.args[pos].clone())
        } else {
            args.kwargs
                .iter()
                .find(|(k, _)| k.as_str() == name)
                .map(|(_, v)| v.clone())
        };
        match v {
            Some(v) => ab.push(v),
            None => {
                return Err(vm.type_error(format!(
                    "isclose() missing required argument '{}' (pos {})",
                    name,
                    pos + 1
                )))
            }
        }
    }
    for (k, _) in &args.kwargs {
        match k.as_str() {
            "a" | "b" => {
                let pos = if k.as_str() == "a" { 0 } else { 1 };
                if pos < n {
                    return Err(vm.type_error(format!(
                        "argument for isclose() given by name ('{}') and position ({})",
                        k.as_str(),
                        pos + 1
                    )));
                }
            }
            other => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for isclose()",
                    other
                )))
            }
        }
    }
    Ok((ab, rel, abs))
}
