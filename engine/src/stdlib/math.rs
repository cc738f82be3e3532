//! The `math` module: float functions with CPython's domain/range errors,
//! integer functions on arbitrary-precision ints, and exact `fsum`.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::util::{exact, is_int, module, range, to_f64, to_int};
use crate::error::{PyErr, PyResult};
use crate::object::function::{slow_call, PosFn};
use crate::object::{type_name_of, Args, NativeFn};
use crate::value::Value;
use crate::vm::Vm;

const FUNCS: &[(&str, NativeFn)] = &[
    ("sqrt", sqrt),
    ("exp", exp),
    ("expm1", expm1),
    ("log", log),
    ("log2", log2),
    ("log10", log10),
    ("log1p", log1p),
    ("sin", sin),
    ("cos", cos),
    ("tan", tan),
    ("asin", asin),
    ("acos", acos),
    ("atan", atan),
    ("sinh", sinh),
    ("cosh", cosh),
    ("tanh", tanh),
    ("asinh", asinh),
    ("acosh", acosh),
    ("atanh", atanh),
    ("degrees", degrees),
    ("radians", radians),
    ("fabs", fabs),
    ("floor", floor),
    ("ceil", ceil),
    ("trunc", trunc),
    ("pow", pow),
    ("atan2", atan2),
    ("hypot", hypot),
    ("copysign", copysign),
    ("fmod", fmod),
    ("remainder", remainder),
    ("modf", modf),
    ("frexp", frexp),
    ("ldexp", ldexp),
    ("isfinite", isfinite),
    ("isinf", isinf),
    ("isnan", isnan),
    ("isclose", isclose),
    ("gcd", gcd),
    ("lcm", lcm),
    ("factorial", factorial),
    ("comb", comb),
    ("perm", perm),
    ("isqrt", isqrt),
    ("prod", prod),
    ("fsum", fsum),
    ("dist", dist),
    ("cbrt", cbrt),
    ("exp2", exp2),
    ("erf", erf),
    ("erfc", erfc),
    ("gamma", gamma),
    ("lgamma", lgamma),
    ("nextafter", nextafter),
    ("ulp", ulp),
];

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = module("math", FUNCS);
    crate::builtins::types::add_fast(&d, FAST);
    d.set_str("pi", Value::Float(std::f64::consts::PI));
    d.set_str("e", Value::Float(std::f64::consts::E));
    d.set_str("tau", Value::Float(std::f64::consts::TAU));
    d.set_str("inf", Value::Float(f64::INFINITY));
    d.set_str("nan", Value::Float(f64::NAN));
    Ok(m)
}

fn domain(vm: &mut Vm) -> PyErr {
    vm.value_error("math domain error")
}

fn range_err(vm: &mut Vm) -> PyErr {
    vm.overflow_error("math range error")
}

/// One float argument.
fn arg1(vm: &mut Vm, args: &Args, name: &str) -> PyResult<f64> {
    exact(vm, args, "math", name, 1)?;
    to_f64(vm, &args.args[0])
}

/// Applies `f` with CPython's checks: a NaN from a non-NaN input is a domain
/// error, an infinity from a finite input is a range error.
fn checked(vm: &mut Vm, x: f64, r: f64, can_overflow: bool) -> PyResult {
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_err(vm)
        } else {
            domain(vm)
        });
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($name:ident, $fast:ident, $f:expr, $overflow:expr) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult {
            let x = arg1(vm, &args, stringify!($name))?;
            let f: fn(f64) -> f64 = $f;
            checked(vm, x, f(x), $overflow)
        }

        /// The fast entry: a float or int argument with a finite result;
        /// anything else (errors, infinities, NaNs) takes the full entry.
        fn $fast(vm: &mut Vm, a: &[Value]) -> PyResult {
            let f: fn(f64) -> f64 = $f;
            if let Some(x) = plain_float(a) {
                let r = f(x);
                if r.is_finite() {
                    return Ok(Value::Float(r));
                }
            }
            slow_call(vm, $name, a)
        }
    };
}

macro_rules! plain_unary {
    ($name:ident, $fast:ident, $f:expr) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult {
            let f: fn(f64) -> f64 = $f;
            Ok(Value::Float(f(arg1(vm, &args, stringify!($name))?)))
        }

        fn $fast(vm: &mut Vm, a: &[Value]) -> PyResult {
            let f: fn(f64) -> f64 = $f;
            match plain_float(a) {
                Some(x) => Ok(Value::Float(f(x))),
                None => slow_call(vm, $name, a),
            }
        }
    };
}

/// The one argument of a math call as a float, when it is a float or int.
fn plain_float(a: &[Value]) -> Option<f64> {
    match a {
        [Value::Float(x)] => Some(*x),
        [Value::Int(i)] => Some(*i as f64),
        _ => None,
    }
}

fn sqrt_fast(vm: &mut Vm, a: &[Value]) -> PyResult {
    match plain_float(a) {
        Some(x) if x >= 0.0 && x.is_finite() => Ok(Value::Float(x.sqrt())),
        _ => slow_call(vm, sqrt, a),
    }
}

/// Fast positional entries (see `NativeImpl::Fast`).
const FAST: &[(&str, PosFn)] = &[
    ("sqrt", sqrt_fast),
    ("exp", exp_fast),
    ("exp2", exp2_fast),
    ("expm1", expm1_fast),
    ("sin", sin_fast),
    ("cos", cos_fast),
    ("tan", tan_fast),
    ("asin", asin_fast),
    ("acos", acos_fast),
    ("atan", atan_fast),
    ("sinh", sinh_fast),
    ("cosh", cosh_fast),
    ("tanh", tanh_fast),
    ("asinh", asinh_fast),
    ("acosh", acosh_fast),
    ("degrees", degrees_fast),
    ("radians", radians_fast),
    ("fabs", fabs_fast),
    ("cbrt", cbrt_fast),
    ("erf", erf_fast),
    ("erfc", erfc_fast),
];

unary!(exp, exp_fast, f64::exp, true);
unary!(exp2, exp2_fast, f64::exp2, true);
unary!(expm1, expm1_fast, f64::exp_m1, true);
unary!(sin, sin_fast, f64::sin, false);
unary!(cos, cos_fast, f64::cos, false);
unary!(tan, tan_fast, f64::tan, false);
unary!(asin, asin_fast, f64::asin, false);
unary!(acos, acos_fast, f64::acos, false);
unary!(atan, atan_fast, f64::atan, false);
unary!(sinh, sinh_fast, f64::sinh, true);
unary!(cosh, cosh_fast, f64::cosh, true);
unary!(tanh, tanh_fast, f64::tanh, false);
unary!(asinh, asinh_fast, super::clib::asinh, false);
unary!(acosh, acosh_fast, super::clib::acosh, false);
// A plain product in CPython: an infinity from a huge finite input is no error.
plain_unary!(degrees, degrees_fast, f64::to_degrees);
plain_unary!(radians, radians_fast, f64::to_radians);
unary!(fabs, fabs_fast, f64::abs, false);
unary!(cbrt, cbrt_fast, f64::cbrt, false);
unary!(erf, erf_fast, super::clib::erf, false);
unary!(erfc, erfc_fast, super::clib::erfc, false);

/// `gamma(x)`: a domain error at zero and the negative integers (the poles),
/// a range error when the result overflows.
fn gamma(vm: &mut Vm, args: Args) -> PyResult {
    let x = arg1(vm, &args, "gamma")?;
    if x.is_nan() {
        return Ok(Value::Float(x));
    }
    if x == f64::NEG_INFINITY || (x <= 0.0 && x == x.floor()) {
        return Err(domain(vm));
    }
    checked(vm, x, libm::tgamma(x), true)
}

/// `lgamma(x)`: log |gamma(x)|; the poles are domain errors.
fn lgamma(vm: &mut Vm, args: Args) -> PyResult {
    let x = arg1(vm, &args, "lgamma")?;
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::Float(x.abs()));
    }
    if x <= 0.0 && x == x.floor() {
        return Err(domain(vm));
    }
    checked(vm, x, libm::lgamma(x), true)
}

fn sqrt(vm: &mut Vm, args: Args) -> PyResult {
    let x = arg1(vm, &args, "sqrt")?;
    if x < 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(x.sqrt()))
}

fn atanh(vm: &mut Vm, args: Args) -> PyResult {
    let x = arg1(vm, &args, "atanh")?;
    if x.abs() >= 1.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(super::clib::atanh(x)))
}

/// `f` (a log function) of any real, including ints too big for a float:
/// those are split as m * 2**e, as CPython's `loghelper` does.
fn log_of(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Value::BigInt(b) = v {
        if !b.is_positive() {
            return Err(domain(vm));
        }
        if let Some(x) = b.to_f64().filter(|x| x.is_finite()) {
            return Ok(f(x));
        }
        let shift = b.bits().saturating_sub(60);
        let top = (&**b >> shift).to_f64().unwrap_or(f64::NAN);
        return Ok(f(top) + shift as f64 * f(2.0));
    }
    let x = to_f64(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(f(x))
}

fn log(vm: &mut Vm, args: Args) -> PyResult {
    range(vm, &args, "math", "log", 1, 2)?;
    let num = log_of(vm, &args.args[0], f64::ln)?;
    match args.args.get(1) {
        None => Ok(Value::Float(num)),
        Some(b) => {
            let den = log_of(vm, b, f64::ln)?;
            if den == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            Ok(Value::Float(num / den))
        }
    }
}

fn log2(vm: &mut Vm, args: Args) -> PyResult {
    exact(vm, &args, "math", "log2", 1)?;
    Ok(Value::Float(log_of(vm, &args.args[0], f64::log2)?))
}

fn log10(vm: &mut Vm, args: Args) -> PyResult {
    exact(vm, &args, "math", "log10", 1)?;
    Ok(Value::Float(log_of(vm, &args.args[0], f64::log10)?))
}

fn log1p(vm: &mut Vm, args: Args) -> PyResult {
    let x = arg1(vm, &args, "log1p")?;
    if x <= -1.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(x.ln_1p()))
}

/// A finite float rounded by `f` as an int.
fn float_to_int(vm: &mut Vm, x: f64) -> PyResult {
    if x.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    if x.abs() < 9.0e18 {
        return Ok(Value::Int(x as i64));
    }
    Ok(Value::from_bigint(
        num_traits::FromPrimitive::from_f64(x).unwrap_or_default(),
    ))
}

fn rounding(vm: &mut Vm, args: Args, name: &str, dunder: &str, f: fn(f64) -> f64) -> PyResult {
    exact(vm, &args, "math", name, 1)?;
    let v = &args.args[0];
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(x) => float_to_int(vm, f(*x)),
        _ => {
            if let Some(r) = vm.call_dunder(v, dunder, vec![])? {
                return Ok(r);
            }
            if name == "trunc" {
                return Err(vm.type_error(format!(
                    "type {} doesn't define __trunc__ method",
                    type_name_of(v)
                )));
            }
            let x = to_f64(vm, v)?;
            float_to_int(vm, f(x))
        }
    }
}

fn floor(vm: &mut Vm, args: Args) -> PyResult {
    rounding(vm, args, "floor", "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, args: Args) -> PyResult {
    rounding(vm, args, "ceil", "__ceil__", f64::ceil)
}

fn trunc(vm: &mut Vm, args: Args) -> PyResult {
    rounding(vm, args, "trunc", "__trunc__", f64::trunc)
}

fn two(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    exact(vm, args, "math", name, 2)?;
    let x = to_f64(vm, &args.args[0])?;
    let y = to_f64(vm, &args.args[1])?;
    Ok((x, y))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult {
    let (x, y) = two(vm, &args, "pow")?;
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(domain(vm));
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
        return Err(domain(vm));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_err(vm));
    }
    Ok(Value::Float(r))
}

fn atan2(vm: &mut Vm, args: Args) -> PyResult {
    let (y, x) = two(vm, &args, "atan2")?;
    Ok(Value::Float(y.atan2(x)))
}

fn nextafter(vm: &mut Vm, args: Args) -> PyResult {
    let (x, y) = two(vm, &args, "nextafter")?;
    Ok(Value::Float(libm::nextafter(x, y)))
}

/// The value of the least significant bit of `x` (CPython's `math.ulp`).
fn ulp(vm: &mut Vm, args: Args) -> PyResult {
    let x = arg1(vm, &args, "ulp")?.abs();
    if x.is_nan() || x.is_infinite() {
        return Ok(Value::Float(x));
    }
    let up = libm::nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        return Ok(Value::Float(x - libm::nextafter(x, f64::NEG_INFINITY)));
    }
    Ok(Value::Float(up - x))
}

fn copysign(vm: &mut Vm, args: Args) -> PyResult {
    let (x, y) = two(vm, &args, "copysign")?;
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: Args) -> PyResult {
    let (x, y) = two(vm, &args, "fmod")?;
    if y == 0.0 && !x.is_nan() || x.is_infinite() && !y.is_nan() {
        return Err(domain(vm));
    }
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    Ok(Value::Float(x % y))
}

fn remainder(vm: &mut Vm, args: Args) -> PyResult {
    let (x, y) = two(vm, &args, "remainder")?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    // IEEE remainder: x - n*y with n the nearest integer (ties to even).
    let absx = x.abs();
    let absy = y.abs();
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(Value::Float(1.0f64.copysign(x) * r))
}

fn modf(vm: &mut Vm, args: Args) -> PyResult {
    let x = arg1(vm, &args, "modf")?;
    if x.is_infinite() {
        return Ok(Value::tuple(vec![
            Value::Float(0.0f64.copysign(x)),
            Value::Float(x),
        ]));
    }
    let i = x.trunc();
    Ok(Value::tuple(vec![
        Value::Float((x - i).copysign(x)),
        Value::Float(i),
    ]))
}

fn frexp(vm: &mut Vm, args: Args) -> PyResult {
    let x = arg1(vm, &args, "frexp")?;
    let (m, e) = crate::object::float::frexp(x);
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn ldexp(vm: &mut Vm, args: Args) -> PyResult {
    exact(vm, &args, "math", "ldexp", 2)?;
    let x = to_f64(vm, &args.args[0])?;
    if !is_int(&args.args[1]) {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    }
    let e = to_int(vm, &args.args[1])?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let e = e
        .to_i64()
        .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    let e = e.clamp(-2200, 2200) as i32;
    // Two steps so that subnormal results and large exponents stay exact.
    let half = e / 2;
    let r = x * 2f64.powi(half) * 2f64.powi(e - half);
    if r.is_infinite() {
        return Err(range_err(vm));
    }
    Ok(Value::Float(r))
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult {
    let x = arg1(vm, &args, "isfinite")?;
    Ok(Value::Bool(x.is_finite()))
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult {
    let x = arg1(vm, &args, "isinf")?;
    Ok(Value::Bool(x.is_infinite()))
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult {
    let x = arg1(vm, &args, "isnan")?;
    Ok(Value::Bool(x.is_nan()))
}

fn isclose(vm: &mut Vm, mut args: Args) -> PyResult {
    let (ab, rel, abs) = super::util::isclose_args(vm, &mut args)?;
    let a = to_f64(vm, &ab[0])?;
    let b = to_f64(vm, &ab[1])?;
    let (rel, abs) = super::util::isclose_tolerances(vm, rel, abs)?;
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

fn ints(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Vec<BigInt>> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("math.{}() takes no keyword arguments", name)));
    }
    let mut out = Vec::with_capacity(args.args.len());
    for v in &args.args {
        out.push(to_int(vm, v)?);
    }
    Ok(out)
}

fn gcd(vm: &mut Vm, args: Args) -> PyResult {
    let xs = ints(vm, &args, "gcd")?;
    let mut g = BigInt::zero();
    for x in xs {
        g = g.gcd(&x);
    }
    Ok(Value::from_bigint(g))
}

fn lcm(vm: &mut Vm, args: Args) -> PyResult {
    let xs = ints(vm, &args, "lcm")?;
    let mut l = BigInt::one();
    for x in xs {
        if x.is_zero() {
            return Ok(Value::Int(0));
        }
        l = l.lcm(&x);
    }
    Ok(Value::from_bigint(l.abs()))
}

/// An int argument, refusing floats ("'float' object cannot be interpreted as an integer").
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    to_int(vm, v)
}

fn factorial(vm: &mut Vm, args: Args) -> PyResult {
    exact(vm, &args, "math", "factorial", 1)?;
    let n = int_arg(vm, &args.args[0])?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let n = match n.to_u64() {
        Some(n) if n <= 1_000_000 => n,
        _ => {
            return Err(
                vm.overflow_error("factorial() argument should not exceed 9223372036854775807")
            )
        }
    };
    Ok(Value::from_bigint(product_range(1, n)))
}

/// lo * (lo+1) * ... * hi, by splitting in halves so big products stay balanced.
fn product_range(lo: u64, hi: u64) -> BigInt {
    if lo > hi {
        return BigInt::one();
    }
    if hi - lo < 16 {
        let mut p = BigInt::one();
        let mut small: u64 = 1;
        for k in lo..=hi {
            match small.checked_mul(k) {
                Some(s) => small = s,
                None => {
                    p *= small;
                    small = k;
                }
            }
        }
        return p * small;
    }
    let mid = lo + (hi - lo) / 2;
    product_range(lo, mid) * product_range(mid + 1, hi)
}

fn comb_perm_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(BigInt, BigInt)> {
    exact(vm, args, "math", name, 2)?;
    let n = int_arg(vm, &args.args[0])?;
    let k = int_arg(vm, &args.args[1])?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn comb(vm: &mut Vm, args: Args) -> PyResult {
    let (n, k) = comb_perm_args(vm, &args, "comb")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let k = k.to_u64().unwrap_or(u64::MAX);
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(Value::from_bigint(r))
}

fn perm(vm: &mut Vm, args: Args) -> PyResult {
    if args.args.len() == 1 && args.kwargs.is_empty() {
        let n = int_arg(vm, &args.args[0])?;
        if n.is_negative() {
            return Err(vm.value_error("n must be a non-negative integer"));
        }
        return factorial(vm, Args::new([args.args[0].clone()]));
    }
    if args.args.len() == 3 && args.args[2].is_none() {
        return perm(vm, Args::new([args.args[0].clone()]));
    }
    let (n, k) = comb_perm_args(vm, &args, "perm")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.to_u64().unwrap_or(u64::MAX);
    let mut r = BigInt::one();
    for i in 0..k {
        r *= &n - i;
    }
    Ok(Value::from_bigint(r))
}

fn isqrt(vm: &mut Vm, args: Args) -> PyResult {
    exact(vm, &args, "math", "isqrt", 1)?;
    let n = int_arg(vm, &args.args[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

fn prod(vm: &mut Vm, mut args: Args) -> PyResult {
    let start = args.take_kw("start").unwrap_or(Value::Int(1));
    if let Some((k, _)) = args.kwargs.first() {
        return Err(vm.type_error(format!(
            "prod() got an unexpected keyword argument '{}'",
            k.as_str()
        )));
    }
    if args.args.len() != 1 {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            args.args.len()
        )));
    }
    let items = vm.iterate(&args.args[0])?;
    let mut acc = start;
    for it in items {
        acc = vm.binary_op(&acc, &it, crate::ast::BinOp::Mult as u32)?;
    }
    Ok(acc)
}

/// Shewchuk's exactly rounded sum, following CPython's `math_fsum`.
fn fsum(vm: &mut Vm, args: Args) -> PyResult {
    exact(vm, &args, "math", "fsum", 1)?;
    let items = vm.iterate(&args.args[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for v in &items {
        let mut x = to_f64(vm, v)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // A non-finite result: either an inf/nan input or overflow.
                if xsave.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    let mut hi = 0.0f64;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round half-even correctly when the remaining partials push past a tie.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn hypot(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("hypot() takes no keyword arguments"));
    }
    let mut xs = Vec::with_capacity(args.args.len());
    for v in &args.args {
        xs.push(to_f64(vm, v)?);
    }
    Ok(Value::Float(vector_norm(&xs)))
}

/// Euclidean norm, scaled to avoid overflow; infinities win over NaN.
fn vector_norm(xs: &[f64]) -> f64 {
    if xs.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if xs.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    match xs.len() {
        0 => 0.0,
        1 => xs[0].abs(),
        2 => xs[0].hypot(xs[1]),
        _ => {
            let max = xs.iter().fold(0.0f64, |m, x| m.max(x.abs()));
            if max == 0.0 {
                return 0.0;
            }
            let s: f64 = xs.iter().map(|x| (x / max) * (x / max)).sum();
            max * s.sqrt()
        }
    }
}

fn dist(vm: &mut Vm, args: Args) -> PyResult {
    exact(vm, &args, "math", "dist", 2)?;
    let p = seq_floats(vm, &args.args[0])?;
    let q = seq_floats(vm, &args.args[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let d: Vec<f64> = p.iter().zip(&q).map(|(a, b)| a - b).collect();
    Ok(Value::Float(vector_norm(&d)))
}

fn seq_floats(vm: &mut Vm, v: &Value) -> PyResult<Vec<f64>> {
    if !matches!(v, Value::List(_) | Value::Tuple(_)) {
        return Err(vm.type_error("dist(): both points must be sequences"));
    }
    let items = vm.iterate(v)?;
    let mut out = Vec::with_capacity(items.len());
    for it in &items {
        out.push(to_f64(vm, it)?);
    }
    Ok(out)
}
