//! The interactive mode (`krait -i`), fed from a pipe and compared with
//! CPython's `python3 -i -q` fed the same lines: stdout carries only printed
//! output and the values of expression statements; prompts go to stderr.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

fn python() -> PathBuf {
    if let Ok(p) = std::env::var("KRAIT_PYTHON") {
        if !p.is_empty() {
            return PathBuf::from(p);
        }
    }
    let out = Command::new("python3")
        .args(["-c", "import sys; print(sys.executable)"])
        .stdin(Stdio::null())
        .output()
        .expect("python3 is needed as the oracle");
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
}

struct Session {
    stdout: String,
    stderr: String,
    status: i32,
}

fn feed(program: &PathBuf, args: &[&str], input: &str) -> Session {
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start interpreter");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    Session {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        status: out.status.code().unwrap_or(-1),
    }
}

fn krait() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_krait"))
}

/// Runs `input` through both interpreters with the same flags; returns Krait's session.
fn same_as_cpython(args: &[&str], input: &str) -> Session {
    let k = feed(&krait(), args, input);
    let c = feed(&python(), args, input);
    assert_eq!(k.stdout, c.stdout, "stdout differs for input:\n{input}");
    assert_eq!(
        k.status, c.status,
        "exit status differs for input:\n{input}"
    );
    k
}

#[test]
fn expression_values_blocks_and_errors() {
    let input = "x = 3\nx * 2\n'a' + 'b'\nNone\nfor i in range(2):\n    print(i)\n\n\
                 def f(n):\n    return n + 1\n\nf(4)\n1 / 0\n[x, (1, 2)]\nprint('after')\n";
    let k = same_as_cpython(&["-i", "-q"], input);
    assert!(k.stderr.contains(">>> "), "prompts go to stderr");
    assert!(k.stderr.contains("... "), "continuation prompt for blocks");
    assert!(k.stderr.contains("ZeroDivisionError: division by zero"));
}

#[test]
fn decorated_definitions_and_open_brackets_continue() {
    let input = "def deco(fn):\n    return lambda: fn() * 2\n\n@deco\ndef g():\n    return 21\n\n\
                 g()\nvalues = [1,\n  2,\n  3]\nsum(values)\n";
    same_as_cpython(&["-i", "-q"], input);
}

#[test]
fn syntax_error_leaves_the_session_usable() {
    let input = "1 +\nx = 5\nx\n";
    let k = same_as_cpython(&["-i", "-q"], input);
    assert!(k.stderr.contains("SyntaxError"), "stderr was: {}", k.stderr);
}

#[test]
fn inspect_after_a_command_keeps_its_globals() {
    same_as_cpython(&["-q", "-i", "-c", "y = 40"], "y + 2\n");
}

#[test]
fn sys_exit_ends_the_session_with_its_status() {
    let k = same_as_cpython(
        &["-i", "-q"],
        "import sys\nprint('bye')\nsys.exit(3)\nprint('never')\n",
    );
    assert_eq!(k.status, 3);
}
