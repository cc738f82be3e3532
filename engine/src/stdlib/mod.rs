//! Standard modules implemented in Rust, one file per module, and the
//! registry `import` consults before searching the filesystem.

pub mod asyncio_native;
pub mod binascii;
pub mod bisect;
pub mod clib;
pub mod cmath;
pub mod cmath_kernels;
pub mod dis;
pub mod gc;
pub mod hashlib;
pub mod heapq;
pub mod linecache;
pub mod math;
pub mod os;
pub mod random;
pub mod random_core;
pub mod re;
pub mod re_syntax;
pub mod struct_floats;
pub mod structseq;
pub mod sys;
pub mod time;
pub mod time_calendar;
pub mod time_format;
pub mod time_local;
pub mod util;
pub mod weakref;

use crate::error::PyResult;
use crate::value::Value;
use crate::vm::Vm;
use util::source_module;

pub type ModuleInit = fn(&mut Vm) -> PyResult<Value>;

/// A module written in Python: `py/<file>`, built into the binary and
/// compiled on first import.
macro_rules! python {
    ($name:literal, $file:literal) => {
        Some(|vm| source_module(vm, $name, &[], include_str!(concat!("py/", $file))))
    };
}

/// The builtin module named `name`, if Krait has one.
pub fn native_module(name: &str) -> Option<ModuleInit> {
    match name {
        "sys" => Some(sys::init),
        "gc" => Some(gc::init),
        "_hashlib" => Some(hashlib::init),
        "hashlib" => python!("hashlib", "hashlib.py"),
        "_weakref" => Some(weakref::init_native),
        "weakref" => Some(weakref::init),
        "math" => Some(math::init),
        "cmath" => Some(cmath::init),
        "time" => Some(time::init),
        "_strptime" => python!("_strptime", "_strptime.py"),
        "random" => Some(random::init),
        "_random" => Some(random_core::init),
        "re" => Some(re::init),
        "heapq" => Some(heapq::init),
        "bisect" => Some(bisect::init),
        "dis" => Some(dis::init),
        "string" => python!("string", "string.py"),
        "operator" => python!("operator", "operator.py"),
        "functools" => python!("functools", "functools.py"),
        "itertools" => python!("itertools", "itertools.py"),
        "collections" => python!("collections", "collections.py"),
        "copy" => python!("copy", "copy.py"),
        "json" => python!("json", "json.py"),
        "timeit" => python!("timeit", "timeit.py"),
        "abc" => python!("abc", "abc.py"),
        "dataclasses" => python!("dataclasses", "dataclasses.py"),
        "typing" => python!("typing", "typing.py"),
        "logging" => python!("logging", "logging.py"),
        "_logging_format" => python!("_logging_format", "logging_format.py"),
        "datetime" => python!("datetime", "datetime.py"),
        "_datetime_calendar" => python!("_datetime_calendar", "_datetime_calendar.py"),
        "_datetime_timedelta" => python!("_datetime_timedelta", "_datetime_timedelta.py"),
        "_datetime_format" => python!("_datetime_format", "_datetime_format.py"),
        "_datetime_clock" => python!("_datetime_clock", "_datetime_clock.py"),
        "_datetime_instant" => python!("_datetime_instant", "_datetime_instant.py"),
        "_datetime_local" => python!("_datetime_local", "_datetime_local.py"),
        "textwrap" => python!("textwrap", "textwrap.py"),
        "difflib" => python!("difflib", "difflib.py"),
        "_difflib_matcher" => python!("_difflib_matcher", "_difflib_matcher.py"),
        "linecache" => Some(linecache::init),
        "numbers" => python!("numbers", "numbers.py"),
        "warnings" => python!("warnings", "warnings.py"),
        "traceback" => python!("traceback", "traceback.py"),
        "pprint" => python!("pprint", "pprint.py"),
        "types" => python!("types", "types.py"),
        "enum" => python!("enum", "enum.py"),
        "contextlib" => python!("contextlib", "contextlib.py"),
        "_asyncio" => Some(asyncio_native::init),
        "contextvars" => python!("contextvars", "contextvars.py"),
        "asyncio" => python!("asyncio", "asyncio.py"),
        "_asyncio_sync" => python!("_asyncio_sync", "asyncio_sync.py"),
        "_asyncio_handles" => python!("_asyncio_handles", "asyncio_handles.py"),
        "_asyncio_compose" => python!("_asyncio_compose", "asyncio_compose.py"),
        "builtins" => Some(builtins_module),
        "errno" => python!("errno", "errno.py"),
        "_os" => Some(os::init),
        "os" => python!("os", "os.py"),
        "posixpath" => python!("posixpath", "posixpath.py"),
        "_io" => python!("_io", "_io.py"),
        "collections.abc" => python!("collections.abc", "collections_abc.py"),
        "__future__" => python!("__future__", "__future__.py"),
        "_memio" => python!("_memio", "_memio.py"),
        "io" => python!("io", "io.py"),
        "_complex" => python!("_complex", "_complex.py"),
        "_memoryview" => python!("_memoryview", "_memoryview.py"),
        "unittest" => python!("unittest", "unittest.py"),
        "_unittest_util" => python!("_unittest_util", "unittest_util.py"),
        "_unittest_outcome" => python!("_unittest_outcome", "unittest_outcome.py"),
        "_unittest_case" => python!("_unittest_case", "unittest_case.py"),
        "_unittest_async" => python!("_unittest_async", "unittest_async.py"),
        "_unittest_result" => python!("_unittest_result", "unittest_result.py"),
        "fractions" => python!("fractions", "fractions.py"),
        "struct" => Some(struct_floats::init),
        "statistics" => python!("statistics", "statistics.py"),
        "_csv" => python!("_csv", "_csv.py"),
        "csv" => python!("csv", "csv.py"),
        "calendar" => python!("calendar", "calendar.py"),
        "_calendar_html" => python!("_calendar_html", "_calendar_html.py"),
        "queue" => python!("queue", "queue.py"),
        "graphlib" => python!("graphlib", "graphlib.py"),
        "reprlib" => python!("reprlib", "reprlib.py"),
        "binascii" => Some(binascii::init),
        "base64" => python!("base64", "base64.py"),
        "html" => python!("html", "html.py"),
        "html.entities" => python!("html.entities", "html_entities.py"),
        "html.parser" => python!("html.parser", "html_parser.py"),
        "urllib" => python!("urllib", "urllib.py"),
        "urllib.parse" => python!("urllib.parse", "urllib_parse.py"),
        "_urllib_quote" => python!("_urllib_quote", "_urllib_quote.py"),
        "keyword" => python!("keyword", "keyword.py"),
        "fnmatch" => python!("fnmatch", "fnmatch.py"),
        "shlex" => python!("shlex", "shlex.py"),
        _ => None,
    }
}

/// `builtins`: a module over the VM's own builtins dict, so assignments to it
/// (`builtins.print = ...`) change what unqualified names resolve to.
fn builtins_module(vm: &mut Vm) -> PyResult<Value> {
    if vm.builtins.get_str("__name__").is_none() {
        vm.builtins.set_str("__name__", Value::str("builtins"));
    }
    let m = Value::Module(crate::gc::new(crate::object::ModuleObj::new(
        "builtins",
        vm.builtins.clone(),
    )));
    vm.modules.set_str("builtins", m.clone());
    // `complex` is otherwise loaded on its first unqualified use.
    vm.complex_class()?;
    Ok(m)
}

/// Modules created with the VM (sys must exist before any import).
pub fn install(vm: &mut Vm) {
    if let Ok(m) = sys::init(vm) {
        vm.modules.set_str("sys", m);
    }
}
