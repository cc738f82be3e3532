//! The `gc` module: the cycle collector's controls and figures
//! (engine/src/gc/ is the collector).

use super::util::module;
use crate::error::PyResult;
use crate::gc::registry::{self, GENERATIONS};
use crate::gc::trace::value_header;
use crate::gc::{collect, FINALIZED};
use crate::object::{Args, NativeFn};
use crate::value::Value;
use crate::vm::Vm;

const FUNCS: &[(&str, NativeFn)] = &[
    ("collect", gc_collect),
    ("enable", enable),
    ("disable", disable),
    ("isenabled", isenabled),
    ("get_count", get_count),
    ("get_threshold", get_threshold),
    ("set_threshold", set_threshold),
    ("get_stats", get_stats),
    ("get_objects", get_objects),
    ("is_tracked", is_tracked),
    ("is_finalized", is_finalized),
    ("get_referents", get_referents),
    ("get_referrers", get_referrers),
];

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = module("gc", FUNCS);
    d.set_str("garbage", Value::list(Vec::new()));
    d.set_str("DEBUG_STATS", Value::Int(1));
    d.set_str("DEBUG_COLLECTABLE", Value::Int(2));
    d.set_str("DEBUG_UNCOLLECTABLE", Value::Int(4));
    d.set_str("DEBUG_SAVEALL", Value::Int(32));
    d.set_str("DEBUG_LEAK", Value::Int(38));
    Ok(m)
}

fn no_kwargs(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.kwargs.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{}() takes no keyword arguments", name)))
    }
}

fn no_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<()> {
    no_kwargs(vm, args, name)?;
    match args.args.len() {
        0 => Ok(()),
        n => Err(vm.type_error(format!("gc.{}() takes no arguments ({} given)", name, n))),
    }
}

fn one_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    no_kwargs(vm, args, name)?;
    match args.args.as_slice() {
        [v] => Ok(v.clone()),
        a => Err(vm.type_error(format!(
            "gc.{}() takes exactly one argument ({} given)",
            name,
            a.len()
        ))),
    }
}

fn generation_arg(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    match v {
        Value::Int(g) if (0..GENERATIONS as i64).contains(g) => Ok(*g as usize),
        Value::Int(_) | Value::Bool(_) => Err(vm.value_error("invalid generation")),
        other => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            crate::object::type_name_of(other)
        ))),
    }
}

/// `collect(generation=2)`: the number of unreachable objects found.
fn gc_collect(vm: &mut Vm, args: Args) -> PyResult {
    let mut gen = Value::Int(2);
    if let Some(v) = args.args.first() {
        gen = v.clone();
    }
    for (k, v) in &args.kwargs {
        if k.as_str() != "generation" {
            return Err(vm.type_error(format!(
                "collect() got an unexpected keyword argument '{}'",
                k.as_str()
            )));
        }
        gen = v.clone();
    }
    if args.args.len() > 1 {
        return Err(vm.type_error(format!(
            "collect() takes at most 1 argument ({} given)",
            args.args.len()
        )));
    }
    let gen = generation_arg(vm, &gen)?;
    // Finalisers already queued run first, as they would have before the call.
    vm.run_pending();
    let found = collect::collect(vm, gen);
    vm.run_pending();
    Ok(Value::Int(found as i64))
}

fn enable(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, &args, "enable")?;
    registry::with(|r| r.enabled = true);
    Ok(Value::None)
}

fn disable(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, &args, "disable")?;
    registry::with(|r| r.enabled = false);
    Ok(Value::None)
}

fn isenabled(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, &args, "isenabled")?;
    Ok(Value::Bool(registry::with(|r| r.enabled)))
}

fn triple(v: [usize; GENERATIONS]) -> Value {
    Value::tuple(v.iter().map(|&n| Value::Int(n as i64)).collect())
}

fn get_count(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, &args, "get_count")?;
    Ok(triple(registry::with(|r| r.count)))
}

fn get_threshold(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, &args, "get_threshold")?;
    Ok(triple(registry::with(|r| r.threshold)))
}

/// `set_threshold(threshold0[, threshold1[, threshold2]])`.
fn set_threshold(vm: &mut Vm, args: Args) -> PyResult {
    no_kwargs(vm, &args, "set_threshold")?;
    let n = args.args.len();
    if !(1..=GENERATIONS).contains(&n) {
        let msg = if n == 0 {
            "set_threshold() takes at least 1 argument (0 given)".to_string()
        } else {
            format!("set_threshold() takes at most 3 arguments ({} given)", n)
        };
        return Err(vm.type_error(msg));
    }
    let mut values = Vec::with_capacity(n);
    for v in &args.args {
        match v {
            Value::Int(i) => values.push((*i).clamp(0, i32::MAX as i64) as usize),
            Value::Bool(b) => values.push(*b as usize),
            other => {
                return Err(vm.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    crate::object::type_name_of(other)
                )))
            }
        }
    }
    registry::with(|r| {
        for (g, v) in values.into_iter().enumerate() {
            r.threshold[g] = v;
        }
    });
    Ok(Value::None)
}

fn get_stats(vm: &mut Vm, args: Args) -> PyResult {
    no_args(vm, &args, "get_stats")?;
    let stats = registry::with(|r| r.stats);
    let list = stats
        .iter()
        .map(|s| {
            let d = crate::gc::new(crate::object::DictObj::new());
            d.set_str("collections", Value::Int(s.collections as i64));
            d.set_str("collected", Value::Int(s.collected as i64));
            d.set_str("uncollectable", Value::Int(s.uncollectable as i64));
            Value::Dict(d)
        })
        .collect();
    Ok(Value::list(list))
}

/// `get_objects(generation=None)`: every tracked object (of one generation).
fn get_objects(vm: &mut Vm, args: Args) -> PyResult {
    let mut gen = args.args.first().cloned().unwrap_or(Value::None);
    for (k, v) in &args.kwargs {
        if k.as_str() != "generation" {
            return Err(vm.type_error(format!(
                "get_objects() got an unexpected keyword argument '{}'",
                k.as_str()
            )));
        }
        gen = v.clone();
    }
    let gens: Vec<usize> = match gen {
        Value::None => (0..GENERATIONS).collect(),
        Value::Int(g) if g >= GENERATIONS as i64 => {
            return Err(vm.value_error(format!(
                "generation parameter must be less than the number of available generations ({})",
                GENERATIONS
            )))
        }
        Value::Int(g) if g < 0 => {
            return Err(vm.value_error("generation parameter cannot be negative"))
        }
        other => vec![generation_arg(vm, &other)?],
    };
    let refs = registry::with(|r| r.objects(gens));
    Ok(Value::list(refs.iter().map(|r| r.to_value()).collect()))
}

fn is_tracked(vm: &mut Vm, args: Args) -> PyResult {
    let v = one_arg(vm, &args, "is_tracked")?;
    Ok(Value::Bool(
        value_header(&v).is_some_and(|h| h.is_tracked()),
    ))
}

fn is_finalized(vm: &mut Vm, args: Args) -> PyResult {
    let v = one_arg(vm, &args, "is_finalized")?;
    Ok(Value::Bool(
        value_header(&v).is_some_and(|h| h.has_flag(FINALIZED)),
    ))
}

/// The tracked objects `v` refers to directly.
fn referents_of(v: &Value) -> Vec<usize> {
    let mut out = Vec::new();
    if let Some(r) = crate::gc::trace::gc_ref_of(v) {
        r.traverse(&mut |h| out.push(h as *const _ as usize));
    }
    out
}

fn get_referents(_vm: &mut Vm, args: Args) -> PyResult {
    let wanted: Vec<usize> = args.args.iter().flat_map(referents_of).collect();
    let all = registry::with(|r| r.objects(0..GENERATIONS));
    let found = all
        .iter()
        .filter(|r| wanted.contains(&(r.header() as *const _ as usize)))
        .map(|r| r.to_value())
        .collect();
    Ok(Value::list(found))
}

fn get_referrers(_vm: &mut Vm, args: Args) -> PyResult {
    let targets: Vec<usize> = args
        .args
        .iter()
        .filter_map(|v| value_header(v).map(|h| h as *const _ as usize))
        .collect();
    let all = registry::with(|r| r.objects(0..GENERATIONS));
    let mut found = Vec::new();
    for r in &all {
        let mut hit = false;
        r.traverse(&mut |h| hit |= targets.contains(&(h as *const _ as usize)));
        if hit {
            found.push(r.to_value());
        }
    }
    Ok(Value::list(found))
}
