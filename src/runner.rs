//! Runs what the command line asked for and turns the outcome into an exit
//! status the way CPython does (1 for an uncaught exception, SystemExit's code).

use std::io::{IsTerminal, Read};

use krait_engine::compile::Mode;
use krait_engine::{Config, PyErr, Value, Vm};

use crate::cli::{Action, Options, HELP};
use crate::repl;

/// What happens once the script has run: `-i` continues in the REPL.
#[derive(Clone, Copy)]
struct After {
    interactive: bool,
    quiet: bool,
}

/// A VM that can import native extension modules (`name.so` on the module
/// path, see krait.h) through the C API layer, whose `kr_*` functions this
/// binary exports for them (build.rs).
fn new_vm(config: Config) -> Vm {
    let mut vm = Vm::new(config);
    krait_ffi::extension::install_native_loader(&mut vm);
    // Keeps every kr_* function linked in, so extensions resolve them here.
    std::hint::black_box(krait_ffi::extension::exported_functions());
    vm
}

/// Runs the runner's action; returns the process exit status.
pub fn run(opts: Options) -> u8 {
    let after = After {
        interactive: opts.interactive,
        quiet: opts.quiet,
    };
    let mut config = Config {
        argv: opts.argv.clone(),
        // The runner is the user's own program: everything is granted unless a flag denies it.
        grants: opts.grants,
        ..Config::default()
    };
    if let Some(n) = opts.recursion_limit {
        config.recursion_limit = n;
    }
    match opts.action {
        Action::Help => {
            print!("{}", HELP);
            0
        }
        Action::Version => {
            println!(
                "Krait {} (Python 3.11 compatible)",
                env!("CARGO_PKG_VERSION")
            );
            0
        }
        Action::Disassemble(path) => disassemble(&path, config),
        Action::Command(code) => {
            config.module_paths.insert(0, String::new());
            run_source(config, &code, "<string>", after)
        }
        Action::File(path) if path == "-" && !after.interactive => run_stdin(config),
        Action::File(path) if path == "-" => repl::run(new_vm(config), after.quiet),
        Action::File(path) => run_file(config, &path, after),
        Action::Interactive => {
            if after.interactive || std::io::stdin().is_terminal() {
                let mut config = config;
                config.module_paths.insert(0, String::new());
                repl::run(new_vm(config), after.quiet)
            } else {
                run_stdin(config)
            }
        }
    }
}

fn read_source(path: &str) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| {
        let reason = match e.kind() {
            std::io::ErrorKind::NotFound => "[Errno 2] No such file or directory".to_string(),
            _ => e.to_string(),
        };
        format!("krait: can't open file '{}': {}", path, reason)
    })?;
    String::from_utf8(bytes).map_err(|e| {
        let pos = e.utf8_error().valid_up_to();
        format!(
            "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared",
            e.as_bytes()[pos],
            path,
            e.as_bytes()[..pos].iter().filter(|&&b| b == b'\n').count() + 1
        )
    })
}

fn run_file(mut config: Config, path: &str, after: After) -> u8 {
    let source = match read_source(path) {
        Ok(s) => s,
        Err(msg) => {
            eprintln!("{}", msg);
            return if msg.starts_with("SyntaxError") { 1 } else { 2 };
        }
    };
    // The script's name as CPython gives it to tracebacks and `__file__`:
    // joined to the working directory, not normalised (sys.argv keeps `path`).
    let shown = absolute(path);
    let dir = std::path::Path::new(&shown)
        .parent()
        .map(|p| p.to_string_lossy().to_string())
        .unwrap_or_default();
    config
        .module_paths
        .insert(0, if dir.is_empty() { ".".into() } else { dir });
    if let Ok(extra) = std::env::var("KRAITPATH") {
        config
            .module_paths
            .extend(extra.split(':').filter(|s| !s.is_empty()).map(String::from));
    }
    run_source(config, &source, &shown, after)
}

/// `path` joined to the current directory unless it is already absolute.
fn absolute(path: &str) -> String {
    let p = std::path::Path::new(path);
    if p.is_absolute() {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => cwd.join(p).to_string_lossy().into_owned(),
        Err(_) => path.to_string(),
    }
}

fn run_stdin(mut config: Config) -> u8 {
    let mut source = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut source) {
        eprintln!("krait: cannot read stdin: {}", e);
        return 1;
    }
    config.module_paths.insert(0, String::new());
    run_source(
        config,
        &source,
        "<stdin>",
        After {
            interactive: false,
            quiet: true,
        },
    )
}

fn run_source(config: Config, source: &str, filename: &str, after: After) -> u8 {
    let mut vm = new_vm(config);
    let result = vm.exec_main(source, filename);
    let status = match result {
        Ok(_) => 0,
        // SystemExit ends the process even under `-i`, unlike other errors.
        Err(err) if vm.err_matches(&err, "SystemExit") => {
            let status = exit_status(&mut vm, &err);
            vm.finish();
            return status;
        }
        Err(err) => exit_status(&mut vm, &err),
    };
    if after.interactive {
        vm.flush_out();
        return repl::run(vm, after.quiet);
    }
    vm.finish();
    status
}

/// Reports an uncaught exception and picks the exit status.
pub fn exit_status(vm: &mut Vm, err: &PyErr) -> u8 {
    if vm.err_matches(err, "SystemExit") {
        let args = vm.exception_args(&err.value());
        return match args.first().cloned() {
            None | Some(Value::None) => 0,
            Some(Value::Int(i)) => (i & 0xff) as u8,
            Some(Value::Bool(b)) => b as u8,
            Some(other) => {
                let text = vm.str(&other).unwrap_or_default();
                vm.write_err(&format!("{}\n", text));
                1
            }
        };
    }
    vm.print_exception(err);
    1
}

fn disassemble(path: &str, config: Config) -> u8 {
    let source = match read_source(path) {
        Ok(s) => s,
        Err(msg) => {
            eprintln!("{}", msg);
            return 2;
        }
    };
    let mut vm = new_vm(config);
    match vm.compile(&source, path, Mode::Exec) {
        Ok(code) => {
            print!("{}", krait_engine::dis::disassemble(&code));
            0
        }
        Err(e) => {
            eprintln!("{}", e.render());
            1
        }
    }
}
