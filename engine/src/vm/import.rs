//! `import`: sys.modules, native modules registered in Rust or by the host,
//! and `.py` files and packages found on the module search path.

use std::rc::Rc;

use crate::compile::Mode;
use crate::error::PyResult;
use crate::object::{DictObj, ModuleObj};
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// IMPORT_NAME: returns the top package (or the module itself when a
    /// fromlist is given).
    pub(crate) fn import_name(
        &mut self,
        name: &str,
        fromlist: &Value,
        level: usize,
        globals: &Rc<DictObj>,
    ) -> PyResult {
        let full = if level > 0 {
            self.resolve_relative(name, level, globals)?
        } else {
            name.to_string()
        };
        let module = self.import_module(&full)?;
        let has_fromlist = match fromlist {
            Value::Tuple(t) => !t.is_empty(),
            Value::None => false,
            _ => true,
        };
        if has_fromlist || !full.contains('.') {
            return Ok(module);
        }
        if level > 0 {
            return Ok(module);
        }
        let top = full.split('.').next().unwrap_or(&full).to_string();
        self.import_module(&top)
    }

    fn resolve_relative(
        &mut self,
        name: &str,
        level: usize,
        globals: &Rc<DictObj>,
    ) -> PyResult<String> {
        let package = match globals.get_str("__package__") {
            Some(Value::Str(p)) if !p.as_str().is_empty() => p.as_str().to_string(),
            _ => {
                let modname = globals
                    .get_str("__name__")
                    .and_then(|v| v.as_str().map(|s| s.to_string()))
                    .unwrap_or_default();
                if globals.get_str("__path__").is_some() {
                    modname
                } else {
                    modname
                        .rsplit_once('.')
                        .map(|(p, _)| p.to_string())
                        .unwrap_or_default()
                }
            }
        };
        if package.is_empty() {
            return Err(self.new_error(
                "ImportError",
                "attempted relative import with no known parent package",
            ));
        }
        let mut parts: Vec<&str> = package.split('.').collect();
        if level - 1 > parts.len() {
            return Err(self.new_error(
                "ImportError",
                "attempted relative import beyond top-level package",
            ));
        }
        parts.truncate(parts.len() - (level - 1));
        let mut base = parts.join(".");
        if !name.is_empty() {
            base = format!("{}.{}", base, name);
        }
        Ok(base)
    }

    /// Imports a module by absolute dotted name, importing parents first.
    pub fn import_module(&mut self, full: &str) -> PyResult {
        if let Some(m) = self.modules.get_str(full) {
            if m.is_none() {
                let msg = format!("import of {} halted; None in sys.modules", full);
                return Err(self.new_error("ImportError", &msg));
            }
            return Ok(m);
        }
        let (parent, short) = match full.rsplit_once('.') {
            Some((p, s)) => (Some(p.to_string()), s.to_string()),
            None => (None, full.to_string()),
        };
        let search: Vec<String> = match &parent {
            Some(p) => {
                let pm = self.import_module(p)?;
                if let Some(m) = self.modules.get_str(full) {
                    return Ok(m);
                }
                // A submodule of a builtin module (`collections.abc`).
                if let Some(init) = crate::stdlib::native_module(full) {
                    let m = init(self)?;
                    self.modules.set_str(full, m.clone());
                    if let Value::Module(parent) = &pm {
                        parent.dict.set_str(&short, m.clone());
                    }
                    return Ok(m);
                }
                match self.getattr_str(&pm, "__path__") {
                    Ok(Value::List(l)) => l
                        .items
                        .borrow()
                        .iter()
                        .filter_map(|v| v.as_str().map(|s| s.to_string()))
                        .collect(),
                    _ => return Err(self.module_not_found(full, Some(p))),
                }
            }
            None => {
                if let Some(init) = crate::stdlib::native_module(full) {
                    let m = init(self)?;
                    self.modules.set_str(full, m.clone());
                    return Ok(m);
                }
                self.search_path()
            }
        };
        for dir in search {
            // '' on sys.path is the current directory (`-c`, stdin, the REPL).
            let dir = if dir.is_empty() { ".".to_string() } else { dir };
            let pkg_init = format!("{}/{}/__init__.py", dir, short);
            let file = format!("{}/{}.py", dir, short);
            if std::path::Path::new(&pkg_init).is_file() {
                let pkg_dir = format!("{}/{}", dir, short);
                return self.load_source_module(full, &pkg_init, Some(pkg_dir), parent.as_deref());
            }
            // Extension modules come before source, as in CPython's finder.
            for lib in [
                format!("{}/{}.so", dir, short),
                format!("{}/lib{}.so", dir, short),
            ] {
                if std::path::Path::new(&lib).is_file() {
                    return self.load_native_extension(full, &lib);
                }
            }
            if std::path::Path::new(&file).is_file() {
                return self.load_source_module(full, &file, None, parent.as_deref());
            }
        }
        Err(self.module_not_found(full, None))
    }

    fn module_not_found(&mut self, full: &str, _parent: Option<&str>) -> crate::error::PyErr {
        let e = self.new_error(
            "ModuleNotFoundError",
            &format!("No module named '{}'", full),
        );
        e.0.set_attr_str("name", Value::str(full));
        e
    }

    fn search_path(&mut self) -> Vec<String> {
        let sys = self.modules.get_str("sys");
        if let Some(sys) = sys {
            if let Ok(Value::List(l)) = self.getattr_str(&sys, "path") {
                return l
                    .items
                    .borrow()
                    .iter()
                    .filter_map(|v| v.as_str().map(|s| s.to_string()))
                    .collect();
            }
        }
        self.config.module_paths.clone()
    }

    fn load_source_module(
        &mut self,
        full: &str,
        path: &str,
        pkg_dir: Option<String>,
        parent: Option<&str>,
    ) -> PyResult {
        let source = std::fs::read(path)
            .map_err(|e| self.new_error("ImportError", &format!("{}: {}", path, e)))?;
        let source = String::from_utf8(source).map_err(|_| {
            self.new_error("SyntaxError", &format!("Non-UTF-8 code in file {}", path))
        })?;
        let dict = crate::gc::new(DictObj::new());
        dict.set_str("__name__", Value::str(full));
        // CPython records where the module was found as an absolute path.
        let file = std::path::absolute(path)
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_else(|_| path.to_string());
        dict.set_str("__file__", Value::string(file));
        dict.set_str("__doc__", Value::None);
        dict.set_str("__builtins__", Value::Dict(self.builtins.clone()));
        match &pkg_dir {
            Some(d) => {
                dict.set_str("__path__", Value::list(vec![Value::str(d)]));
                dict.set_str("__package__", Value::str(full));
            }
            None => dict.set_str("__package__", Value::str(parent.unwrap_or(""))),
        }
        let module = Value::Module(crate::gc::new(ModuleObj::new(full, dict.clone())));
        self.modules.set_str(full, module.clone());
        let code = match self.compile(&source, path, Mode::Exec) {
            Ok(c) => c,
            Err(e) => {
                self.modules.remove_str(full);
                return Err(self.syntax_error_to_exc(&e));
            }
        };
        if let Err(e) = self.run_code(code, dict, None) {
            self.modules.remove_str(full);
            return Err(e);
        }
        if let Some(p) = parent {
            if let Some(pm) = self.modules.get_str(p) {
                let short = full.rsplit('.').next().unwrap_or(full);
                let name = self.intern(short);
                let _ = self.setattr(&pm, &name, module.clone());
            }
        }
        Ok(self.modules.get_str(full).unwrap_or(module))
    }

    /// IMPORT_FROM: `from module import name`.
    pub(crate) fn import_from(&mut self, module: &Value, name: &str) -> PyResult {
        let n = self.intern(name);
        match self.getattr_opt(module, &n) {
            Ok(Some(v)) => return Ok(v),
            Ok(None) => {}
            // A module `__getattr__` that has no such name: the import error below.
            Err(e) if self.err_matches(&e, "AttributeError") => {}
            Err(e) => return Err(e),
        }
        if let Value::Module(m) = module {
            let sub = format!("{}.{}", m.name, name);
            if m.dict.get_str("__path__").is_some() {
                if let Ok(v) = self.import_module(&sub) {
                    return Ok(v);
                }
            }
            let file = m
                .dict
                .get_str("__file__")
                .and_then(|v| v.as_str().map(|s| s.to_string()));
            let loc = file
                .map(|f| format!(" ({})", f))
                .unwrap_or_else(|| " (unknown location)".to_string());
            let e = self.new_error(
                "ImportError",
                &format!("cannot import name '{}' from '{}'{}", name, m.name, loc),
            );
            return Err(e);
        }
        Err(self.new_error("ImportError", &format!("cannot import name '{}'", name)))
    }

    /// IMPORT_STAR: copies public names (or `__all__`) into `ns`.
    pub(crate) fn import_star(&mut self, module: &Value, ns: &Rc<DictObj>) -> PyResult<()> {
        let Value::Module(m) = module else {
            return self.import_star_object(module, ns);
        };
        if let Some(all) = m.dict.get_str("__all__") {
            for name in self.iterate(&all)? {
                if let Value::Str(s) = &name {
                    let v = self.import_from(module, s.as_str())?;
                    ns.set_strobj(s.clone(), v);
                }
            }
            return Ok(());
        }
        for (k, v) in m.dict.items() {
            if let Value::Str(s) = &k {
                if !s.as_str().starts_with('_') {
                    ns.set_strobj(s.clone(), v);
                }
            }
        }
        Ok(())
    }

    /// `from x import *` where sys.modules holds a class or an instance:
    /// its `__all__`, else the public names of its `__dict__`.
    fn import_star_object(&mut self, obj: &Value, ns: &Rc<DictObj>) -> PyResult<()> {
        if let Ok(all) = self.getattr_str(obj, "__all__") {
            for name in self.iterate(&all)? {
                if let Value::Str(s) = &name {
                    let v = self.getattr_str(obj, s.as_str())?;
                    ns.set_strobj(s.clone(), v);
                }
            }
            return Ok(());
        }
        let dict = match obj {
            Value::Class(c) => c.dict.clone(),
            Value::Instance(inst) => inst.escaped_dict(),
            _ => {
                return Err(self.new_error(
                    "ImportError",
                    "from-import-* object has no __dict__ and no __all__",
                ))
            }
        };
        for (k, v) in dict.items() {
            if let Value::Str(s) = &k {
                if !s.as_str().starts_with('_') {
                    ns.set_strobj(s.clone(), v);
                }
            }
        }
        Ok(())
    }
}
