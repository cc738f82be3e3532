//! `_os`: the native half of `os` and `open()` (py/os.py, py/_io.py): files
//! by descriptor, directories, stat, the environment. Every call checks the
//! host's grant first (vm/host.rs) and raises PermissionError without it.
//! Descriptors are this VM's own numbers (3, 4, ...) over Rust `File`s, so a
//! sandboxed VM never sees the process's descriptors.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::rc::Rc;

use crate::builtins::types::native_closure;
use crate::error::{PyErr, PyResult};
use crate::object::{type_name_of, Args, BytesObj};
use crate::value::Value;
use crate::vm::host::Grant;
use crate::vm::Vm;

#[derive(Default)]
struct Files {
    open: HashMap<i64, File>,
    next: i64,
}

type Shared = Rc<RefCell<Files>>;

/// OSError subclass for an I/O error, with CPython's (errno, strerror, filename) args.
pub fn os_error(vm: &mut Vm, e: &std::io::Error, filename: Option<&str>) -> PyErr {
    use std::io::ErrorKind::*;
    let class = match e.kind() {
        NotFound => "FileNotFoundError",
        PermissionDenied => "PermissionError",
        AlreadyExists => "FileExistsError",
        IsADirectory => "IsADirectoryError",
        NotADirectory => "NotADirectoryError",
        _ => "OSError",
    };
    let text = e.to_string();
    // Rust appends " (os error N)"; CPython shows the bare strerror.
    let strerror = match text.rfind(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    };
    let mut args = vec![
        Value::Int(e.raw_os_error().unwrap_or(0) as i64),
        Value::string(strerror),
    ];
    if let Some(f) = filename {
        args.push(Value::str(f));
    }
    vm.new_error_args(class, args)
}

fn arg<'a>(vm: &mut Vm, args: &'a Args, i: usize, name: &str) -> PyResult<&'a Value> {
    args.args
        .get(i)
        .ok_or_else(|| vm.type_error(format!("{}() missing required argument {}", name, i + 1)))
}

fn str_arg(vm: &mut Vm, args: &Args, i: usize, name: &str) -> PyResult<String> {
    match arg(vm, args, i, name)? {
        Value::Str(s) => Ok(s.as_str().to_string()),
        v => Err(vm.type_error(format!(
            "{}: path should be string, not {}",
            name,
            type_name_of(v)
        ))),
    }
}

fn int_arg(vm: &mut Vm, args: &Args, i: usize, name: &str) -> PyResult<i64> {
    match arg(vm, args, i, name)? {
        Value::Int(n) => Ok(*n),
        Value::Bool(b) => Ok(*b as i64),
        v => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name_of(v)
        ))),
    }
}

fn bad_fd(vm: &mut Vm) -> PyErr {
    vm.new_error_args(
        "OSError",
        vec![Value::Int(9), Value::str("Bad file descriptor")],
    )
}

fn bytes(data: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(BytesObj::new(data)))
}

/// `open_file(path, mode)`: mode is "r", "w", "a" or "x", optionally with "+".
fn open_file(vm: &mut Vm, files: &Shared, args: Args) -> PyResult {
    let path = str_arg(vm, &args, 0, "open")?;
    vm.require_grant(Grant::Filesystem, &format!("open('{}')", path))?;
    let mode = str_arg(vm, &args, 1, "open")?;
    let plus = mode.contains('+');
    let mut o = OpenOptions::new();
    match mode.chars().next() {
        Some('r') => o.read(true).write(plus),
        Some('w') => o.write(true).create(true).truncate(true).read(plus),
        Some('a') => o.append(true).create(true).read(plus),
        Some('x') => o.write(true).create_new(true).read(plus),
        _ => return Err(vm.new_error("ValueError", &format!("invalid mode: '{}'", mode))),
    };
    let file = o.open(&path).map_err(|e| os_error(vm, &e, Some(&path)))?;
    // Opening a directory for reading succeeds on Unix; CPython refuses it.
    if file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        return Err(vm.new_error_args(
            "IsADirectoryError",
            vec![
                Value::Int(21),
                Value::str("Is a directory"),
                Value::str(&path),
            ],
        ));
    }
    let mut f = files.borrow_mut();
    f.next = f.next.max(3);
    let fd = f.next;
    f.next += 1;
    f.open.insert(fd, file);
    Ok(Value::Int(fd))
}

fn with_file<T>(
    vm: &mut Vm,
    files: &Shared,
    fd: i64,
    body: impl FnOnce(&mut File) -> std::io::Result<T>,
) -> PyResult<T> {
    let result = match files.borrow_mut().open.get_mut(&fd) {
        Some(f) => body(f),
        None => return Err(bad_fd(vm)),
    };
    result.map_err(|e| os_error(vm, &e, None))
}

/// `read(fd, n)`: up to n bytes (all that is left when n < 0).
fn read(vm: &mut Vm, files: &Shared, args: Args) -> PyResult {
    let fd = int_arg(vm, &args, 0, "read")?;
    let n = int_arg(vm, &args, 1, "read")?;
    let data = with_file(vm, files, fd, |f| {
        let mut buf = Vec::new();
        if n < 0 {
            f.read_to_end(&mut buf)?;
        } else {
            f.take(n as u64).read_to_end(&mut buf)?;
        }
        Ok(buf)
    })?;
    Ok(bytes(data))
}

fn write(vm: &mut Vm, files: &Shared, args: Args) -> PyResult {
    let fd = int_arg(vm, &args, 0, "write")?;
    let data = match arg(vm, &args, 1, "write")? {
        Value::Bytes(b) | Value::ByteArray(b) => b.data.borrow().clone(),
        v => {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_name_of(v)
            )))
        }
    };
    with_file(vm, files, fd, |f| f.write_all(&data))?;
    Ok(Value::Int(data.len() as i64))
}

fn seek(vm: &mut Vm, files: &Shared, args: Args) -> PyResult {
    let fd = int_arg(vm, &args, 0, "lseek")?;
    let offset = int_arg(vm, &args, 1, "lseek")?;
    let whence = int_arg(vm, &args, 2, "lseek")?;
    let to = match whence {
        0 if offset >= 0 => SeekFrom::Start(offset as u64),
        0 => return Err(vm.new_error("ValueError", &format!("negative seek position {}", offset))),
        1 => SeekFrom::Current(offset),
        2 => SeekFrom::End(offset),
        _ => {
            return Err(vm.new_error(
                "ValueError",
                &format!("invalid whence ({}, should be 0, 1 or 2)", whence),
            ))
        }
    };
    let pos = with_file(vm, files, fd, |f| f.seek(to))?;
    Ok(Value::Int(pos as i64))
}

fn close(vm: &mut Vm, files: &Shared, args: Args) -> PyResult {
    let fd = int_arg(vm, &args, 0, "close")?;
    match files.borrow_mut().open.remove(&fd) {
        Some(_) => Ok(Value::None),
        None => Err(bad_fd(vm)),
    }
}

/// A filesystem call on one path, checked against the grant.
fn fs_call(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    body: impl FnOnce(&str) -> std::io::Result<Value>,
) -> PyResult {
    let path = str_arg(vm, args, 0, name)?;
    vm.require_grant(Grant::Filesystem, &format!("os.{}('{}')", name, path))?;
    body(&path).map_err(|e| os_error(vm, &e, Some(&path)))
}

fn listdir(vm: &mut Vm, args: Args) -> PyResult {
    fs_call(vm, &args, "listdir", |p| {
        let mut names = Vec::new();
        for entry in std::fs::read_dir(p)? {
            names.push(Value::string(
                entry?.file_name().to_string_lossy().into_owned(),
            ));
        }
        Ok(Value::list(names))
    })
}

/// `stat(path)`: (mode, size, mtime, is_dir, is_file) for os.stat_result.
fn stat(vm: &mut Vm, args: Args) -> PyResult {
    fs_call(vm, &args, "stat", |p| {
        let m = std::fs::metadata(p)?;
        #[cfg(unix)]
        let mode = std::os::unix::fs::PermissionsExt::mode(&m.permissions()) as i64;
        #[cfg(not(unix))]
        let mode = if m.is_dir() { 0o40755 } else { 0o100644 };
        let mtime = m
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map(|d| d.as_secs_f64())
            .unwrap_or(0.0);
        Ok(Value::tuple(vec![
            Value::Int(mode),
            Value::Int(m.len() as i64),
            Value::Float(mtime),
            Value::Bool(m.is_dir()),
            Value::Bool(m.is_file()),
        ]))
    })
}

fn getcwd(vm: &mut Vm, _args: Args) -> PyResult {
    vm.require_grant(Grant::Filesystem, "os.getcwd()")?;
    match std::env::current_dir() {
        Ok(p) => Ok(Value::string(p.to_string_lossy().into_owned())),
        Err(e) => Err(os_error(vm, &e, None)),
    }
}

fn rename(vm: &mut Vm, args: Args) -> PyResult {
    let to = str_arg(vm, &args, 1, "rename")?;
    fs_call(vm, &args, "rename", |from| {
        std::fs::rename(from, &to).map(|_| Value::None)
    })
}

fn getenv(vm: &mut Vm, args: Args) -> PyResult {
    let key = str_arg(vm, &args, 0, "getenv")?;
    vm.require_grant(Grant::Environment, &format!("os.getenv('{}')", key))?;
    Ok(match std::env::var_os(&key) {
        Some(v) => Value::string(v.to_string_lossy().into_owned()),
        None => Value::None,
    })
}

fn environ(vm: &mut Vm, _args: Args) -> PyResult {
    vm.require_grant(Grant::Environment, "os.environ")?;
    let d = crate::gc::new(crate::object::DictObj::new());
    for (k, v) in std::env::vars_os() {
        d.set_str(
            &k.to_string_lossy(),
            Value::string(v.to_string_lossy().into_owned()),
        );
    }
    Ok(Value::Dict(d))
}

/// `putenv(key, value)`; value None removes the variable.
fn putenv(vm: &mut Vm, args: Args) -> PyResult {
    let key = str_arg(vm, &args, 0, "putenv")?;
    vm.require_grant(Grant::Environment, &format!("os.putenv('{}')", key))?;
    if key.is_empty() || key.contains('=') || key.contains('\0') {
        return Err(vm.new_error("ValueError", "illegal environment variable name"));
    }
    match args.args.get(1) {
        Some(Value::Str(v)) if v.as_str().contains('\0') => {
            return Err(vm.new_error("ValueError", "embedded null byte"))
        }
        // The environment is process-wide, as in CPython; the grant says so.
        Some(Value::Str(v)) => std::env::set_var(&key, v.as_str()),
        _ => std::env::remove_var(&key),
    }
    Ok(Value::None)
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = super::util::module(
        "_os",
        &[
            ("listdir", listdir),
            ("stat", stat),
            ("getcwd", getcwd),
            ("rename", rename),
            ("getenv", getenv),
            ("environ", environ),
            ("putenv", putenv),
            ("mkdir", |vm, a| {
                fs_call(vm, &a, "mkdir", |p| {
                    std::fs::create_dir(p).map(|_| Value::None)
                })
            }),
            ("rmdir", |vm, a| {
                fs_call(vm, &a, "rmdir", |p| {
                    std::fs::remove_dir(p).map(|_| Value::None)
                })
            }),
            ("remove", |vm, a| {
                fs_call(vm, &a, "remove", |p| {
                    std::fs::remove_file(p).map(|_| Value::None)
                })
            }),
            ("exists", |vm, a| {
                fs_call(vm, &a, "path.exists", |p| {
                    Ok(Value::Bool(std::path::Path::new(p).exists()))
                })
            }),
        ],
    );
    let files: Shared = Rc::default();
    type FileFn = fn(&mut Vm, &Shared, Args) -> PyResult;
    let by_fd: [(&str, FileFn); 5] = [
        ("open_file", open_file),
        ("read", read),
        ("write", write),
        ("lseek", seek),
        ("close", close),
    ];
    for (name, f) in by_fd {
        let files = files.clone();
        d.set_str(
            name,
            native_closure(name, Rc::new(move |vm: &mut Vm, a: Args| f(vm, &files, a))),
        );
    }
    Ok(m)
}

/// The builtin `open()`: `_io.open`, loaded on first use.
pub fn open_builtin(vm: &mut Vm, args: Args) -> PyResult {
    let io = vm.import_module("_io")?;
    let open = vm.getattr_str(&io, "open")?;
    vm.call_args(&open, args)
}
