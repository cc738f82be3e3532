//! Standard modules implemented in Rust, one file per module, and the
//! registry `import` consults before searching the filesystem.

pub mod asyncio_native;
pub mod bisect;
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
pub mod sys;
pub mod time;
pub mod util;
pub mod weakref;

use crate::error::PyResult;
use crate::value::Value;
use crate::vm::Vm;
use util::source_module;

pub type ModuleInit = fn(&mut Vm) -> PyResult<Value>;

/// The builtin module named `name`, if Krait has one.
pub fn native_module(name: &str) -> Option<ModuleInit> {
    match name {
        "sys" => Some(sys::init),
        "gc" => Some(gc::init),
        "_hashlib" => Some(hashlib::init),
        "hashlib" => Some(|vm| source_module(vm, "hashlib", &[], include_str!("py/hashlib.py"))),
        "_weakref" => Some(weakref::init_native),
        "weakref" => Some(weakref::init),
        "math" => Some(math::init),
        "time" => Some(time::init),
        "random" => Some(random::init),
        "_random" => Some(random_core::init),
        "re" => Some(re::init),
        "heapq" => Some(heapq::init),
        "bisect" => Some(bisect::init),
        "dis" => Some(dis::init),
        "string" => Some(|vm| source_module(vm, "string", &[], include_str!("py/string.py"))),
        "operator" => Some(|vm| source_module(vm, "operator", &[], include_str!("py/operator.py"))),
        "functools" => {
            Some(|vm| source_module(vm, "functools", &[], include_str!("py/functools.py")))
        }
        "itertools" => {
            Some(|vm| source_module(vm, "itertools", &[], include_str!("py/itertools.py")))
        }
        "collections" => {
            Some(|vm| source_module(vm, "collections", &[], include_str!("py/collections.py")))
        }
        "copy" => Some(|vm| source_module(vm, "copy", &[], include_str!("py/copy.py"))),
        "json" => Some(|vm| source_module(vm, "json", &[], include_str!("py/json.py"))),
        "timeit" => Some(|vm| source_module(vm, "timeit", &[], include_str!("py/timeit.py"))),
        "abc" => Some(|vm| source_module(vm, "abc", &[], include_str!("py/abc.py"))),
        "dataclasses" => {
            Some(|vm| source_module(vm, "dataclasses", &[], include_str!("py/dataclasses.py")))
        }
        "typing" => Some(|vm| source_module(vm, "typing", &[], include_str!("py/typing.py"))),
        "logging" => Some(|vm| source_module(vm, "logging", &[], include_str!("py/logging.py"))),
        "_logging_format" => Some(|vm| {
            source_module(
                vm,
                "_logging_format",
                &[],
                include_str!("py/logging_format.py"),
            )
        }),
        "datetime" => Some(|vm| source_module(vm, "datetime", &[], include_str!("py/datetime.py"))),
        "_datetime_calendar" => Some(|vm| {
            source_module(
                vm,
                "_datetime_calendar",
                &[],
                include_str!("py/_datetime_calendar.py"),
            )
        }),
        "_datetime_timedelta" => Some(|vm| {
            source_module(
                vm,
                "_datetime_timedelta",
                &[],
                include_str!("py/_datetime_timedelta.py"),
            )
        }),
        "_datetime_format" => Some(|vm| {
            source_module(
                vm,
                "_datetime_format",
                &[],
                include_str!("py/_datetime_format.py"),
            )
        }),
        "_datetime_clock" => Some(|vm| {
            source_module(
                vm,
                "_datetime_clock",
                &[],
                include_str!("py/_datetime_clock.py"),
            )
        }),
        "_datetime_instant" => Some(|vm| {
            source_module(
                vm,
                "_datetime_instant",
                &[],
                include_str!("py/_datetime_instant.py"),
            )
        }),
        "textwrap" => Some(|vm| source_module(vm, "textwrap", &[], include_str!("py/textwrap.py"))),
        "linecache" => Some(linecache::init),
        "numbers" => Some(|vm| source_module(vm, "numbers", &[], include_str!("py/numbers.py"))),
        "warnings" => Some(|vm| source_module(vm, "warnings", &[], include_str!("py/warnings.py"))),
        "traceback" => {
            Some(|vm| source_module(vm, "traceback", &[], include_str!("py/traceback.py")))
        }
        "pprint" => Some(|vm| source_module(vm, "pprint", &[], include_str!("py/pprint.py"))),
        "types" => Some(|vm| source_module(vm, "types", &[], include_str!("py/types.py"))),
        "enum" => Some(|vm| source_module(vm, "enum", &[], include_str!("py/enum.py"))),
        "contextlib" => {
            Some(|vm| source_module(vm, "contextlib", &[], include_str!("py/contextlib.py")))
        }
        "_asyncio" => Some(asyncio_native::init),
        "contextvars" => {
            Some(|vm| source_module(vm, "contextvars", &[], include_str!("py/contextvars.py")))
        }
        "asyncio" => Some(|vm| source_module(vm, "asyncio", &[], include_str!("py/asyncio.py"))),
        "_asyncio_sync" => {
            Some(|vm| source_module(vm, "_asyncio_sync", &[], include_str!("py/asyncio_sync.py")))
        }
        "_asyncio_handles" => Some(|vm| {
            source_module(
                vm,
                "_asyncio_handles",
                &[],
                include_str!("py/asyncio_handles.py"),
            )
        }),
        "_asyncio_compose" => Some(|vm| {
            source_module(
                vm,
                "_asyncio_compose",
                &[],
                include_str!("py/asyncio_compose.py"),
            )
        }),
        "builtins" => Some(builtins_module),
        "errno" => Some(|vm| source_module(vm, "errno", &[], include_str!("py/errno.py"))),
        "_os" => Some(os::init),
        "os" => Some(|vm| source_module(vm, "os", &[], include_str!("py/os.py"))),
        "posixpath" => {
            Some(|vm| source_module(vm, "posixpath", &[], include_str!("py/posixpath.py")))
        }
        "_io" => Some(|vm| source_module(vm, "_io", &[], include_str!("py/_io.py"))),
        "collections.abc" => Some(|vm| {
            source_module(
                vm,
                "collections.abc",
                &[],
                include_str!("py/collections_abc.py"),
            )
        }),
        "__future__" => {
            Some(|vm| source_module(vm, "__future__", &[], include_str!("py/__future__.py")))
        }
        "_memio" => Some(|vm| source_module(vm, "_memio", &[], include_str!("py/_memio.py"))),
        "io" => Some(|vm| source_module(vm, "io", &[], include_str!("py/io.py"))),
        "_complex" => Some(|vm| source_module(vm, "_complex", &[], include_str!("py/_complex.py"))),
        "_memoryview" => {
            Some(|vm| source_module(vm, "_memoryview", &[], include_str!("py/_memoryview.py")))
        }
        "unittest" => Some(|vm| source_module(vm, "unittest", &[], include_str!("py/unittest.py"))),
        "_unittest_util" => Some(|vm| {
            source_module(
                vm,
                "_unittest_util",
                &[],
                include_str!("py/unittest_util.py"),
            )
        }),
        "_unittest_outcome" => Some(|vm| {
            source_module(
                vm,
                "_unittest_outcome",
                &[],
                include_str!("py/unittest_outcome.py"),
            )
        }),
        "_unittest_case" => Some(|vm| {
            source_module(
                vm,
                "_unittest_case",
                &[],
                include_str!("py/unittest_case.py"),
            )
        }),
        "_unittest_async" => Some(|vm| {
            source_module(
                vm,
                "_unittest_async",
                &[],
                include_str!("py/unittest_async.py"),
            )
        }),
        "_unittest_result" => Some(|vm| {
            source_module(
                vm,
                "_unittest_result",
                &[],
                include_str!("py/unittest_result.py"),
            )
        }),
        "fractions" => {
            Some(|vm| source_module(vm, "fractions", &[], include_str!("py/fractions.py")))
        }
        "struct" => Some(struct_floats::init),
        "statistics" => {
            Some(|vm| source_module(vm, "statistics", &[], include_str!("py/statistics.py")))
        }
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
