//! Helpers shared by the native modules: building module objects, argument
//! checks with CPython's messages, and number conversions.

use std::rc::Rc;

use num_bigint::BigInt;

use crate::builtins::types::native;
use crate::compile::Mode;
use crate::error::PyResult;
use crate::object::int::to_bigint;
use crate::object::{type_name_of, Args, DictObj, ModuleObj, NativeFn};
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

/// `isclose`'s `rel_tol` and `abs_tol` as floats (defaults 1e-9 and 0.0),
/// converted after `a` and `b` as Argument Clinic does.
pub fn isclose_tolerances(
    vm: &mut Vm,
    rel: Option<Value>,
    abs: Option<Value>,
) -> PyResult<(f64, f64)> {
    let rel = match rel {
        Some(v) => to_f64(vm, &v)?,
        None => 1e-9,
    };
    let abs = match abs {
        Some(v) => to_f64(vm, &v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    Ok((rel, abs))
}
