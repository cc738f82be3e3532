//! The `cmath` module: complex functions with CPython's results to the last
//! bit, its special values and its "math domain error"/"math range error"
//! cases (the kernels are in cmath_kernels.rs). Complex numbers are Krait's
//! Python-written `complex`; this side converts arguments and results.

use std::f64::consts::{E, PI, TAU};

use super::cmath_kernels::*;
use super::util::{exact, isclose_args, isclose_tolerances, module, range, to_f64};
use crate::error::{PyErr, PyResult};
use crate::object::{type_name_of, Args, NativeFn};
use crate::value::Value;
use crate::vm::Vm;

fn error(vm: &mut Vm, e: Errno) -> PyErr {
    if e == Errno::Range {
        vm.overflow_error("math range error")
    } else {
        vm.value_error("math domain error")
    }
}

fn finish(vm: &mut Vm, (z, e): (C, Errno)) -> PyResult {
    if e != Errno::Ok {
        return Err(error(vm, e));
    }
    vm.make_complex(z.0, z.1)
}

/// An argument as a complex number, as CPython's "D" conversion takes it:
/// a complex, `__complex__`, or a real number.
fn to_complex(vm: &mut Vm, v: &Value) -> PyResult<C> {
    if let Value::Instance(_) = v {
        let cls = vm.complex_class()?;
        let is_complex = match &cls {
            Value::Class(c) => vm.isinstance_class(v, c),
            _ => false,
        };
        if is_complex {
            return parts(vm, v);
        }
        if let Some(r) = vm.call_dunder(v, "__complex__", vec![])? {
            let ok = match &cls {
                Value::Class(c) => vm.isinstance_class(&r, c),
                _ => false,
            };
            if !ok {
                return Err(vm.type_error(format!(
                    "__complex__ returned non-complex (type {})",
                    type_name_of(&r)
                )));
            }
            return parts(vm, &r);
        }
    }
    Ok((to_f64(vm, v)?, 0.0))
}

fn parts(vm: &mut Vm, v: &Value) -> PyResult<C> {
    let re = vm.getattr_str(v, "real")?;
    let im = vm.getattr_str(v, "imag")?;
    Ok((to_f64(vm, &re)?, to_f64(vm, &im)?))
}

fn arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<C> {
    exact(vm, args, "cmath", name, 1)?;
    to_complex(vm, &args.args[0])
}

macro_rules! plain {
    ($name:ident, $k:expr) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult {
            let z = arg(vm, &args, stringify!($name))?;
            let k: fn(C) -> C = $k;
            let r = k(z);
            vm.make_complex(r.0, r.1)
        }
    };
}

macro_rules! erring {
    ($name:ident, $k:expr) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult {
            let z = arg(vm, &args, stringify!($name))?;
            let k: fn(C) -> (C, Errno) = $k;
            finish(vm, k(z))
        }
    };
}

plain!(sqrt, sqrt_k);
plain!(acos, acos_k);
plain!(acosh, acosh_k);
plain!(asinh, asinh_k);
plain!(asin, |z| times_minus_i(asinh_k(times_i(z))));
erring!(exp, exp_k);
erring!(cosh, cosh_k);
erring!(sinh, sinh_k);
erring!(tanh, tanh_k);
erring!(atanh, atanh_k);
erring!(cos, |z| cosh_k(times_i(z)));
erring!(sin, |z| {
    let (r, e) = sinh_k(times_i(z));
    (times_minus_i(r), e)
});
erring!(tan, |z| {
    let (r, e) = tanh_k(times_i(z));
    (times_minus_i(r), e)
});
erring!(atan, |z| {
    let (r, e) = atanh_k(times_i(z));
    (times_minus_i(r), e)
});
erring!(log10, |z| {
    let ((re, im), e) = log_k(z);
    ((re / LN10, im / LN10), e)
});

fn log(vm: &mut Vm, args: Args) -> PyResult {
    range(vm, &args, "cmath", "log", 1, 2)?;
    let x = to_complex(vm, &args.args[0])?;
    let base = match args.args.get(1) {
        Some(b) => Some(to_complex(vm, b)?),
        None => None,
    };
    // As in CPython, a later step's errno replaces an earlier one's.
    let (mut r, mut e) = log_k(x);
    if let Some(b) = base {
        let (lb, eb) = log_k(b);
        e = eb;
        let (q, eq) = quot(r, lb);
        r = q;
        if eq != Errno::Ok {
            e = eq;
        }
    }
    finish(vm, (r, e))
}

fn phase(vm: &mut Vm, args: Args) -> PyResult {
    let z = arg(vm, &args, "phase")?;
    let phi = atan2_k(z);
    // The C library's atan2 reports an angle that underflowed to zero as a
    // range error, which CPython's phase() passes on (polar() does not).
    if phi == 0.0 && z.1 != 0.0 && z.0.is_finite() && z.1.is_finite() {
        return Err(error(vm, Errno::Range));
    }
    Ok(Value::Float(phi))
}

fn polar(vm: &mut Vm, args: Args) -> PyResult {
    let z = arg(vm, &args, "polar")?;
    let (r, e) = abs_k(z);
    if e != Errno::Ok {
        return Err(error(vm, e));
    }
    Ok(Value::tuple(vec![
        Value::Float(r),
        Value::Float(atan2_k(z)),
    ]))
}

fn rect(vm: &mut Vm, args: Args) -> PyResult {
    exact(vm, &args, "cmath", "rect", 2)?;
    let r = to_f64(vm, &args.args[0])?;
    let phi = to_f64(vm, &args.args[1])?;
    finish(vm, rect_k(r, phi))
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult {
    let z = arg(vm, &args, "isfinite")?;
    Ok(Value::Bool(z.0.is_finite() && z.1.is_finite()))
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult {
    let z = arg(vm, &args, "isinf")?;
    Ok(Value::Bool(z.0.is_infinite() || z.1.is_infinite()))
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult {
    let z = arg(vm, &args, "isnan")?;
    Ok(Value::Bool(z.0.is_nan() || z.1.is_nan()))
}

fn isclose(vm: &mut Vm, mut args: Args) -> PyResult {
    let (ab, rel, abs) = isclose_args(vm, &mut args)?;
    let a = to_complex(vm, &ab[0])?;
    let b = to_complex(vm, &ab[1])?;
    let (rel, abs) = isclose_tolerances(vm, rel, abs)?;
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.0.is_infinite() || a.1.is_infinite() || b.0.is_infinite() || b.1.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = abs_k((a.0 - b.0, a.1 - b.1)).0;
    Ok(Value::Bool(
        diff <= rel * abs_k(b).0 || diff <= rel * abs_k(a).0 || diff <= abs,
    ))
}

const FUNCS: &[(&str, NativeFn)] = &[
    ("acos", acos),
    ("acosh", acosh),
    ("asin", asin),
    ("asinh", asinh),
    ("atan", atan),
    ("atanh", atanh),
    ("cos", cos),
    ("cosh", cosh),
    ("exp", exp),
    ("isclose", isclose),
    ("isfinite", isfinite),
    ("isinf", isinf),
    ("isnan", isnan),
    ("log", log),
    ("log10", log10),
    ("phase", phase),
    ("polar", polar),
    ("rect", rect),
    ("sin", sin),
    ("sinh", sinh),
    ("sqrt", sqrt),
    ("tan", tan),
    ("tanh", tanh),
];

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = module("cmath", FUNCS);
    d.set_str("pi", Value::Float(PI));
    d.set_str("e", Value::Float(E));
    d.set_str("tau", Value::Float(TAU));
    d.set_str("inf", Value::Float(INF));
    d.set_str("nan", Value::Float(N));
    let infj = vm.make_complex(0.0, INF)?;
    d.set_str("infj", infj);
    let nanj = vm.make_complex(0.0, N)?;
    d.set_str("nanj", nanj);
    Ok(m)
}
