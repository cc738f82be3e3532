//! What the host lets a VM do and the hooks it installs: sandbox grants
//! (filesystem, environment variables, native extension modules), the loader
//! for native extension modules (the C API owns dlopen; the engine only finds
//! the file), and where `input()`/`sys.stdin` read from.

use std::rc::Rc;

use crate::error::PyResult;
use crate::value::Value;
use crate::vm::Vm;

/// Capabilities beyond pure computation. The engine's default grants
/// nothing; the `krait` runner grants everything.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Grants {
    /// `open()` and the `os` functions that touch files and directories.
    pub filesystem: bool,
    /// `os.environ`, `os.getenv`, `os.putenv`.
    pub environment: bool,
    /// `import name` loading `name.so` (or `libname.so`) from the module path.
    pub native_extensions: bool,
}

impl Grants {
    pub fn all() -> Grants {
        Grants {
            filesystem: true,
            environment: true,
            native_extensions: true,
        }
    }
}

/// Which grant an operation needs.
#[derive(Clone, Copy, Debug)]
pub enum Grant {
    Filesystem,
    Environment,
    NativeExtensions,
}

/// Loads the native extension module `full` (a dotted name) from the shared
/// library at `path` and returns the module.
pub type NativeLoader = Rc<dyn Fn(&mut Vm, &str, &str) -> PyResult>;

/// One line of input including its `\n` (None at the end of input).
pub type InputFn = Box<dyn FnMut() -> Option<String>>;

/// Hooks the host installs on a VM (all optional).
#[derive(Default)]
pub struct HostHooks {
    pub native_loader: Option<NativeLoader>,
    /// Replaces the process's stdin for `input()` and `sys.stdin`.
    pub input: Option<InputFn>,
    /// Called by `flush_out` (sys.stdout.flush(), before input()) when the
    /// output goes to a host callback that buffers.
    pub flush: Option<Box<dyn FnMut()>>,
}

impl Vm {
    /// PermissionError unless the host granted `grant`; `what` names the operation.
    pub fn require_grant(&mut self, grant: Grant, what: &str) -> PyResult<()> {
        let g = self.config.grants;
        let (ok, name) = match grant {
            Grant::Filesystem => (g.filesystem, "filesystem access"),
            Grant::Environment => (g.environment, "environment access"),
            Grant::NativeExtensions => (g.native_extensions, "native extension loading"),
        };
        if ok {
            return Ok(());
        }
        Err(self.new_error(
            "PermissionError",
            &format!("{}: {} is not granted to this VM", what, name),
        ))
    }

    /// One line from the host's input hook or the process's stdin, with its
    /// `\n`; "" at the end of input.
    pub fn read_input_line(&mut self) -> PyResult<String> {
        self.flush_out();
        if let Some(input) = &mut self.host.input {
            return Ok(input().unwrap_or_default());
        }
        let mut line = String::new();
        match std::io::stdin().read_line(&mut line) {
            Ok(_) => Ok(line),
            Err(e) => Err(self.new_error("OSError", &e.to_string())),
        }
    }

    /// Everything left on the input.
    pub fn read_input_all(&mut self) -> PyResult<String> {
        if self.host.input.is_none() {
            self.flush_out();
            let mut text = String::new();
            return match std::io::Read::read_to_string(&mut std::io::stdin(), &mut text) {
                Ok(_) => Ok(text),
                Err(e) => Err(self.new_error("OSError", &e.to_string())),
            };
        }
        let mut text = String::new();
        loop {
            let line = self.read_input_line()?;
            if line.is_empty() {
                return Ok(text);
            }
            text.push_str(&line);
        }
    }

    /// A native extension module found at `path` for `import full`.
    pub(crate) fn load_native_extension(&mut self, full: &str, path: &str) -> PyResult {
        let what = format!("import of native extension '{}' from '{}'", full, path);
        if let Err(e) = self.require_grant(Grant::NativeExtensions, &what) {
            // An ImportError (as CPython reports a module it cannot load), saying why.
            let msg = self.str(&e.value()).unwrap_or_default();
            return Err(self.import_error(full, path, &msg));
        }
        let Some(loader) = self.host.native_loader.clone() else {
            let msg = format!(
                "cannot load native extension '{}' from '{}': this VM has no native extension loader (embed Krait through its C API)",
                full, path
            );
            return Err(self.import_error(full, path, &msg));
        };
        loader(self, full, path)
    }

    /// ImportError(msg) with its `name` and `path` attributes, as CPython sets them.
    pub fn import_error(&mut self, name: &str, path: &str, msg: &str) -> crate::error::PyErr {
        let e = self.new_error("ImportError", msg);
        e.0.set_attr_str("name", Value::str(name));
        e.0.set_attr_str("path", Value::str(path));
        e
    }
}
