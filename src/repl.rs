//! The interactive prompt: `>>> ` / `... ` with multi-line blocks, printing
//! the value of each expression statement.

use std::io::{BufRead, Write};

use krait_engine::compile::Mode;
use krait_engine::{Config, Vm};

pub fn run(config: Config) -> u8 {
    let mut vm = Vm::new(config);
    println!(
        "Krait {} (Python 3.11 compatible). Ctrl-D to exit.",
        env!("CARGO_PKG_VERSION")
    );
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    loop {
        let mut source = String::new();
        let mut prompt = ">>> ";
        loop {
            print!("{}", prompt);
            let _ = std::io::stdout().flush();
            let Some(Ok(line)) = lines.next() else {
                println!();
                vm.finish();
                return 0;
            };
            source.push_str(&line);
            source.push('\n');
            // A block continues until an empty line; a lone simple line runs at once.
            let opens_block = line.trim_end().ends_with(':') || line.trim_end().ends_with('\\');
            if prompt == ">>> " && !opens_block {
                if needs_more(&source) {
                    prompt = "... ";
                    continue;
                }
                break;
            }
            if line.trim().is_empty() {
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
