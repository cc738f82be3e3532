//! The interactive prompt: `>>> ` / `... ` with multi-line blocks, printing
//! the value of each expression statement.

use std::io::{BufRead, Write};

use krait_engine::compile::Mode;
use krait_engine::Vm;

/// Reads statements from stdin until end of input. As in CPython, the banner
/// and prompts go to stderr so that stdout carries only the program's output
/// and the values of expression statements.
pub fn run(mut vm: Vm, quiet: bool) -> u8 {
    if !quiet {
        eprintln!(
            "Krait {} (Python 3.11 compatible). Ctrl-D to exit.",
            env!("CARGO_PKG_VERSION")
        );
    }
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    loop {
        let mut source = String::new();
        let mut prompt = ">>> ";
        // A compound statement (or decorator) runs once an empty line ends it;
        // a simple statement runs as soon as its brackets and quotes close.
        let mut in_block = false;
        loop {
            eprint!("{}", prompt);
            let _ = std::io::stderr().flush();
            let Some(Ok(line)) = lines.next() else {
                eprintln!();
                vm.finish();
                return 0;
            };
            source.push_str(&line);
            source.push('\n');
            let trimmed = line.trim();
            if prompt == ">>> " {
                in_block =
                    trimmed.ends_with(':') || trimmed.ends_with('\\') || trimmed.starts_with('@');
            }
            let done = if in_block {
                trimmed.is_empty()
            } else {
                !needs_more(&source)
            };
            if done {
                break;
            }
            prompt = "... ";
        }
        if source.trim().is_empty() {
            continue;
        }
        match vm.compile(&source, "<stdin>", Mode::Interactive) {
            Ok(code) => {
                let globals = vm.main.dict.clone();
                if let Err(err) = vm.run_code(code, globals, None) {
                    if vm.err_matches(&err, "SystemExit") {
                        let status = crate::runner::exit_status(&mut vm, &err);
                        vm.finish();
                        return status;
                    }
                    vm.print_exception(&err);
                }
                vm.flush_out();
            }
            Err(e) => eprintln!("{}", e.render()),
        }
    }
}

/// An unclosed bracket or triple quote means the statement continues.
fn needs_more(source: &str) -> bool {
    let mut depth = 0i32;
    for c in source.chars() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            _ => {}
        }
    }
    depth > 0 || source.matches("\"\"\"").count() % 2 == 1 || source.matches("'''").count() % 2 == 1
}
