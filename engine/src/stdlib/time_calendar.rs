//! The calendar half of `time`: `struct_time` and the functions that make
//! and read it (gmtime, localtime, mktime, asctime, ctime, strftime,
//! strptime), tzset, and the zone constants, with CPython's checks and
//! messages. Local time comes from the C library (time_local.rs); strftime
//! formats as glibc does (time_format.rs); strptime is py/_strptime.py.

use std::rc::Rc;

use num_traits::ToPrimitive;

use super::structseq::{struct_seq_new, struct_seq_type, SeqType};
use super::time_format::{self, Tm};
use super::time_local::{self as local, LocalZone};
use super::util::{exact, to_int};
use crate::error::{PyErr, PyResult};
use crate::object::instance::unwrap_builtin;
use crate::object::{type_name_of, Args, ClassObj, DictObj, NativeFn};
use crate::value::Value;
use crate::vm::Vm;

pub const FUNCS: &[(&str, NativeFn)] = &[
    ("gmtime", gmtime),
    ("localtime", localtime),
    ("mktime", mktime),
    ("asctime", asctime),
    ("ctime", ctime),
    ("strftime", strftime),
    ("strptime", strptime),
    ("tzset", tzset),
];

const FIELDS: [&str; 11] = [
    "tm_year",
    "tm_mon",
    "tm_mday",
    "tm_hour",
    "tm_min",
    "tm_sec",
    "tm_wday",
    "tm_yday",
    "tm_isdst",
    "tm_zone",
    "tm_gmtoff",
];

/// Adds struct_time and the zone constants to the module dict `d`.
pub fn install(vm: &mut Vm, d: &Rc<DictObj>) -> PyResult<()> {
    let spec = SeqType {
        module: "time",
        name: "struct_time",
        fields: &FIELDS,
        visible: 9,
        constructible: true,
    };
    let cls = struct_seq_type(vm, &spec)?;
    vm.types.struct_time = Some(cls.clone());
    d.set_str("struct_time", Value::Class(cls));
    d.set_str("_STRUCT_TM_ITEMS", Value::Int(FIELDS.len() as i64));
    set_zone_constants(d);
    Ok(())
}

/// timezone, altzone, daylight and tzname as the C library's zone has them now.
fn set_zone_constants(d: &Rc<DictObj>) {
    let (timezone, altzone, daylight, (std_name, dst_name)) = local::zone_constants(now_seconds());
    d.set_str("timezone", Value::Int(timezone));
    d.set_str("altzone", Value::Int(altzone));
    d.set_str("daylight", Value::Int(daylight as i64));
    d.set_str(
        "tzname",
        Value::tuple(vec![Value::string(std_name), Value::string(dst_name)]),
    );
}

/// The current time in whole seconds (what C's `time(NULL)` gives).
fn now_seconds() -> i64 {
    super::time::wall_ns().div_euclid(1_000_000_000) as i64
}

/// Argument counts as CPython's tuple parsing words them
/// ("gmtime() takes at most 1 argument (2 given)").
fn parse_args(vm: &mut Vm, args: &Args, name: &str, min: usize, max: usize) -> PyResult<()> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", name)));
    }
    let n = args.args.len();
    let (how, bound) = if n < min {
        (if min == max { "exactly" } else { "at least" }, min)
    } else if n > max {
        (if min == max { "exactly" } else { "at most" }, max)
    } else {
        return Ok(());
    };
    let plural = if bound == 1 { "" } else { "s" };
    Err(vm.type_error(format!(
        "{}() takes {} {} argument{} ({} given)",
        name, how, bound, plural, n
    )))
}

/// A timestamp argument as whole seconds (floats rounded down, as CPython
/// does); absent or None means now.
fn seconds_arg(vm: &mut Vm, arg: Option<&Value>) -> PyResult<i64> {
    let out_of_range =
        |vm: &mut Vm| vm.overflow_error("timestamp out of range for platform time_t");
    let v = match arg {
        None | Some(Value::None) => return Ok(now_seconds()),
        Some(v) => v,
    };
    if let Value::Float(x) = unwrap_builtin(v) {
        if x.is_nan() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let whole = x.floor();
        // i64's range as doubles: [-2**63, 2**63).
        let low = i64::MIN as f64;
        if !(low..-low).contains(&whole) {
            return Err(out_of_range(vm));
        }
        return Ok(whole as i64);
    }
    let n = to_int(vm, v)?;
    n.to_i64().ok_or_else(|| out_of_range(vm))
}

fn os_error(vm: &mut Vm, errno: i32) -> PyErr {
    super::os::os_error(vm, &std::io::Error::from_raw_os_error(errno), None)
}

fn local_fields(vm: &mut Vm, t: i64) -> PyResult<Tm> {
    local::localtime(t).map_err(|errno| os_error(vm, errno))
}

/// A struct_time of C fields.
fn to_struct_time(vm: &mut Vm, tm: &Tm) -> PyResult {
    let Some(cls) = vm.types.struct_time.clone() else {
        return Err(vm.new_error("RuntimeError", "time.struct_time is not initialised"));
    };
    let zone = match &tm.zone {
        Some(z) => Value::string(z.clone()),
        None => Value::None,
    };
    let ints = [
        tm.year as i64 + 1900,
        tm.mon as i64 + 1,
        tm.mday as i64,
        tm.hour as i64,
        tm.min as i64,
        tm.sec as i64,
        (tm.wday as i64 + 6) % 7,
        tm.yday as i64 + 1,
        tm.isdst as i64,
    ];
    let mut values: Vec<Value> = ints.iter().map(|&n| Value::Int(n)).collect();
    values.push(zone);
    values.push(Value::Int(tm.gmtoff));
    Ok(struct_seq_new(&cls, values))
}

/// A tuple item as a C int.
fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let n = to_int(vm, v)?;
    match n.to_i64() {
        Some(x) if x > i32::MAX as i64 => {
            Err(vm.overflow_error("signed integer is greater than maximum"))
        }
        Some(x) if x < i32::MIN as i64 => {
            Err(vm.overflow_error("signed integer is less than minimum"))
        }
        Some(x) => Ok(x as i32),
        None => Err(vm.overflow_error("Python int too large to convert to C long")),
    }
}

fn is_struct_time(vm: &Vm, v: &Value) -> Option<Rc<crate::object::InstanceObj>> {
    let Value::Instance(inst) = v else {
        return None;
    };
    let cls: Rc<ClassObj> = vm.types.struct_time.clone()?;
    Rc::ptr_eq(&inst.class(), &cls).then(|| inst.clone())
}

/// C fields of a 9-tuple or struct_time (Python's month 1-12 and Monday=0
/// become C's 0-11 and Sunday=0); `name` words the length error.
fn tuple_fields(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Tm> {
    let Value::Tuple(t) = unwrap_builtin(v) else {
        return Err(vm.type_error("Tuple or struct_time argument required"));
    };
    if t.items.len() != 9 {
        return Err(vm.type_error(format!("{}(): illegal time tuple argument", name)));
    }
    let mut f = [0i32; 9];
    for (slot, item) in f.iter_mut().zip(t.items.iter()) {
        *slot = c_int(vm, item)?;
    }
    if f[0] < i32::MIN + 1900 {
        return Err(vm.overflow_error("year out of range"));
    }
    let mut tm = Tm {
        year: f[0] - 1900,
        mon: f[1].wrapping_sub(1),
        mday: f[2],
        hour: f[3],
        min: f[4],
        sec: f[5],
        wday: f[6].wrapping_add(1) % 7,
        yday: f[7].wrapping_sub(1),
        isdst: f[8],
        gmtoff: 0,
        zone: None,
    };
    // Only a real struct_time brings its zone along.
    if let Some(inst) = is_struct_time(vm, v) {
        match inst.get_attr_str("tm_zone").unwrap_or(Value::None) {
            Value::None => {}
            Value::Str(s) => {
                // C sees the name up to its first NUL.
                let name = s.as_str().split('\0').next().unwrap_or("");
                tm.zone = Some(name.to_string());
            }
            _ => return Err(vm.type_error("bad argument type for built-in operation")),
        }
        let offset = inst.get_attr_str("tm_gmtoff").unwrap_or(Value::None);
        if !matches!(offset, Value::None) {
            let n = to_int(vm, &offset)?;
            tm.gmtoff = n
                .to_i64()
                .ok_or_else(|| vm.overflow_error("Python int too large to convert to C long"))?;
        }
    }
    Ok(tm)
}

/// The range checks asctime and strftime make, after turning the zeros
/// Python allows for month, day and yday into their first valid value.
fn check_fields(vm: &mut Vm, tm: &mut Tm) -> PyResult<()> {
    if tm.mon == -1 {
        tm.mon = 0;
    }
    if tm.mday == 0 {
        tm.mday = 1;
    }
    if tm.yday == -1 {
        tm.yday = 0;
    }
    let problem = if !(0..=11).contains(&tm.mon) {
        "month out of range"
    } else if !(0..=31).contains(&tm.mday) {
        "day of month out of range"
    } else if !(0..=23).contains(&tm.hour) {
        "hour out of range"
    } else if !(0..=59).contains(&tm.min) {
        "minute out of range"
    } else if !(0..=61).contains(&tm.sec) {
        "seconds out of range"
    } else if tm.wday < 0 {
        "day of week out of range"
    } else if !(0..=365).contains(&tm.yday) {
        "day of year out of range"
    } else {
        return Ok(());
    };
    Err(vm.value_error(problem))
}

/// "Tue Mar  5 14:07:09 2024".
fn asctime_text(tm: &Tm) -> String {
    let day = time_format::DAYS.get(tm.wday as usize).unwrap_or(&"???");
    let month = time_format::MONTHS.get(tm.mon as usize).unwrap_or(&"???");
    format!(
        "{} {}{:>3} {:02}:{:02}:{:02} {}",
        &day[..3],
        &month[..3],
        tm.mday,
        tm.hour,
        tm.min,
        tm.sec,
        tm.year as i64 + 1900
    )
}

fn gmtime(vm: &mut Vm, args: Args) -> PyResult {
    parse_args(vm, &args, "gmtime", 0, 1)?;
    let t = seconds_arg(vm, args.args.first())?;
    let tm = local::gmtime(t).map_err(|errno| os_error(vm, errno))?;
    to_struct_time(vm, &tm)
}

fn localtime(vm: &mut Vm, args: Args) -> PyResult {
    parse_args(vm, &args, "localtime", 0, 1)?;
    let t = seconds_arg(vm, args.args.first())?;
    let tm = local_fields(vm, t)?;
    to_struct_time(vm, &tm)
}

fn mktime(vm: &mut Vm, args: Args) -> PyResult {
    exact(vm, &args, "time", "mktime", 1)?;
    let tm = tuple_fields(vm, &args.args[0], "mktime")?;
    match local::mktime(&tm) {
        Some(t) => Ok(Value::Float(t as f64)),
        None => Err(vm.overflow_error("mktime argument out of range")),
    }
}

fn asctime(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("asctime() takes no keyword arguments"));
    }
    crate::object::method_args::check_count(vm, args.args.len(), "asctime", 0, 1)?;
    let tm = match args.args.first() {
        None => local_fields(vm, now_seconds())?,
        Some(v) => {
            let mut tm = tuple_fields(vm, v, "asctime")?;
            check_fields(vm, &mut tm)?;
            tm
        }
    };
    Ok(Value::string(asctime_text(&tm)))
}

fn ctime(vm: &mut Vm, args: Args) -> PyResult {
    parse_args(vm, &args, "ctime", 0, 1)?;
    let t = seconds_arg(vm, args.args.first())?;
    let tm = local_fields(vm, t)?;
    Ok(Value::string(asctime_text(&tm)))
}

fn strftime(vm: &mut Vm, args: Args) -> PyResult {
    parse_args(vm, &args, "strftime", 1, 2)?;
    let fmt = match unwrap_builtin(&args.args[0]) {
        Value::Str(s) => s,
        _ => {
            return Err(vm.type_error(format!(
                "strftime() argument 1 must be str, not {}",
                type_name_of(&args.args[0])
            )))
        }
    };
    let mut tm = match args.args.get(1) {
        None => local_fields(vm, now_seconds())?,
        Some(v) => {
            let mut tm = tuple_fields(vm, v, "strftime")?;
            check_fields(vm, &mut tm)?;
            tm
        }
    };
    tm.isdst = tm.isdst.clamp(-1, 1);
    let chars: Vec<char> = fmt.as_str().chars().collect();
    if chars.contains(&'\0') {
        return Err(vm.value_error("embedded null character"));
    }
    // CPython retries with buffers from 1024 characters up, doubling while
    // under 256 per format character, and gives '' when none was enough.
    let mut size = 1024;
    while size < 256 * chars.len() {
        size *= 2;
    }
    match time_format::strftime(&chars, &tm, &LocalZone, size - 1) {
        Ok(text) => Ok(Value::string(text)),
        Err(time_format::Overflow) => Ok(Value::str("")),
    }
}

/// `strptime(string[, format])`, parsed by py/_strptime.py.
fn strptime(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("strptime() takes no keyword arguments"));
    }
    let module = vm.import_module("_strptime")?;
    let parse = vm.getattr_str(&module, "_strptime_time")?;
    vm.call(&parse, args.args.to_vec())
}

/// `tzset()`: re-reads TZ, then the module's zone constants.
fn tzset(vm: &mut Vm, args: Args) -> PyResult {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("time.tzset() takes no keyword arguments"));
    }
    if !args.args.is_empty() {
        return Err(vm.type_error(format!(
            "time.tzset() takes no arguments ({} given)",
            args.args.len()
        )));
    }
    local::reset_zone();
    if let Some(Value::Module(m)) = vm.modules.get_str("time") {
        set_zone_constants(&m.dict);
    }
    Ok(Value::None)
}
