//! The `krait` script runner: runs a file, `-c CODE`, stdin, or a REPL, with
//! CPython-compatible exit codes.

use std::process::ExitCode;

use krait::cli;

fn main() -> ExitCode {
    let opts = match cli::parse(std::env::args().skip(1).collect()) {
        Ok(o) => o,
        Err(msg) => {
            eprintln!("{}", msg);
            eprintln!("usage: krait [option] ... [-c cmd | file | -] [arg] ...");
            eprintln!("Try `krait --help' for more information.");
            return ExitCode::from(2);
        }
    };
    // Scripts run on a thread with a large stack so that deep (but legal)
    // native recursion — parsing, compiling, repr of nested data — is safe.
    let handle = std::thread::Builder::new()
        .name("krait-main".into())
        .stack_size(512 << 20)
        .spawn(move || krait::run(opts));
    match handle {
        Ok(h) => ExitCode::from(h.join().unwrap_or(1)),
        Err(e) => {
            eprintln!("krait: cannot start the interpreter thread: {}", e);
            ExitCode::from(1)
        }
    }
}
