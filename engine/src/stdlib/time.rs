//! The `time` module: wall clock, monotonic and CPU clocks, and `sleep`;
//! the calendar functions and struct_time are in time_calendar.rs.

use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use super::util::{exact, module, to_f64};
use crate::builtins::types::native;
use crate::error::PyResult;
use crate::object::{Args, NativeFn};
use crate::value::Value;
use crate::vm::Vm;

const FUNCS: &[(&str, NativeFn)] = &[
    ("time", time),
    ("time_ns", time_ns),
    ("perf_counter", monotonic),
    ("perf_counter_ns", monotonic_ns),
    ("monotonic", monotonic),
    ("monotonic_ns", monotonic_ns),
    ("process_time", process_time),
    ("process_time_ns", process_time_ns),
    ("sleep", sleep),
];

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = module("time", FUNCS);
    for (n, f) in super::time_calendar::FUNCS {
        d.set_str(n, native(n, *f));
    }
    super::time_calendar::install(vm, &d)?;
    Ok(m)
}

/// Nanoseconds since the epoch (negative before it).
pub(super) fn wall_ns() -> i128 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

fn ns_value(ns: i128) -> Value {
    Value::from_bigint(ns.into())
}

fn time(vm: &mut Vm, args: Args) -> PyResult {
    exact(vm, &args, "time", "time", 0)?;
    Ok(Value::Float(wall_ns() as f64 / 1e9))
}

fn time_ns(vm: &mut Vm, args: Args) -> PyResult {
    exact(vm, &args, "time", "time_ns", 0)?;
    Ok(ns_value(wall_ns()))
}

/// Nanoseconds since the first call (the monotonic clock's origin is arbitrary).
fn mono_ns() -> i128 {
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_nanos() as i128 + 1_000_000
}

fn monotonic(vm: &mut Vm, args: Args) -> PyResult {
    exact(vm, &args, "time", "monotonic", 0)?;
    Ok(Value::Float(mono_ns() as f64 / 1e9))
}

fn monotonic_ns(vm: &mut Vm, args: Args) -> PyResult {
    exact(vm, &args, "time", "monotonic_ns", 0)?;
    Ok(ns_value(mono_ns()))
}

/// CPU time approximated by the process's monotonic time (std has no CPU clock).
fn process_time(vm: &mut Vm, args: Args) -> PyResult {
    exact(vm, &args, "time", "process_time", 0)?;
    Ok(Value::Float(mono_ns() as f64 / 1e9))
}

fn process_time_ns(vm: &mut Vm, args: Args) -> PyResult {
    exact(vm, &args, "time", "process_time_ns", 0)?;
    Ok(ns_value(mono_ns()))
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult {
    exact(vm, &args, "time", "sleep", 1)?;
    let secs = to_f64(vm, &args.args[0])?;
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    vm.flush_out();
    std::thread::sleep(std::time::Duration::from_secs_f64(secs));
    Ok(Value::None)
}
