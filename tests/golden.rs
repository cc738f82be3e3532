//! Golden test: every `tests/scripts/**/*.py` must behave under `krait`
//! exactly as under CPython 3.11 (stdout, exit code, last stderr line).
//!
//! Environment knobs:
//! - `KRAIT_PYTHON`      CPython interpreter to compare against (default: python3's sys.executable)
//! - `KRAIT_TEST_JOBS`   number of worker threads (default 2)
//! - `KRAIT_TEST_FILTER` only run scripts whose relative path contains this substring
//! - `KRAIT_EXTRA_ARGS`  space-separated flags passed to krait before the script
//! - `KRAIT_BLESS=1`     rewrite the `.expected` files (Krait-only scripts) from krait's output

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(30);
const DIFF_LINES: usize = 3;

/// What one process run produced.
struct Outcome {
    stdout: String,
    stderr: String,
    /// Exit code; `None` when killed by a signal.
    code: Option<i32>,
    timed_out: bool,
}

fn run(program: &Path, args: &[String], script: &Path, python: bool) -> Result<Outcome, String> {
    let dir = script.parent().unwrap();
    let name = script.file_name().unwrap();
    let mut cmd = Command::new(program);
    cmd.args(args)
        .arg(name)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if python {
        cmd.env("PYTHONIOENCODING", "utf-8");
    }
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {}: {}", program.display(), e))?;
    // Drain both pipes on their own threads so a chatty child cannot block.
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut p) = pipe {
                let _ = p.read_to_end(&mut buf);
            }
            String::from_utf8_lossy(&buf).into_owned()
        })
    };
    let out = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let err = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() > TIMEOUT => {
                timed_out = true;
                let _ = child.kill();
                break child.wait().map_err(|e| e.to_string())?;
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(e.to_string()),
        }
    };
    Ok(Outcome {
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
        code: status.code(),
        timed_out,
    })
}

fn last_line(s: &str) -> &str {
    s.lines()
        .map(str::trim_end)
        .rfind(|l| !l.is_empty())
        .unwrap_or("")
}

/// A short unified-style excerpt starting at the first differing line.
fn diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let Some(first) = (0..e.len().max(a.len())).find(|&i| e.get(i) != a.get(i)) else {
        return "    (outputs differ only in line endings or a trailing newline)\n".to_string();
    };
    let mut out = format!(
        "    @@ line {} @@ (- cpython/expected, + krait)\n",
        first + 1
    );
    for (sign, side) in [('-', &e), ('+', &a)] {
        let shown = &side[first.min(side.len())..(first + DIFF_LINES).min(side.len())];
        for line in shown {
            out.push_str(&format!("    {}{}\n", sign, line));
        }
        if shown.is_empty() {
            out.push_str(&format!("    {}<end of output>\n", sign));
        }
    }
    out
}

fn describe(o: &Outcome) -> String {
    match (o.timed_out, o.code) {
        (true, _) => "timeout".to_string(),
        (false, Some(c)) => format!("exit {}", c),
        (false, None) => "killed by signal".to_string(),
    }
}

struct Config {
    krait: PathBuf,
    extra: Vec<String>,
    python: Option<PathBuf>,
    bless: bool,
}

/// Runs one script; `Err` carries the failure report.
fn check(cfg: &Config, script: &Path) -> Result<(), String> {
    let got = run(&cfg.krait, &cfg.extra, script, false)?;
    if got.timed_out {
        return Err("krait: timeout".to_string());
    }
    let expected_file = script.with_extension("expected");
    if expected_file.exists() {
        if got.code != Some(0) {
            return Err(format!(
                "krait: {} (expected exit 0)\n    stderr: {}",
                describe(&got),
                last_line(&got.stderr)
            ));
        }
        if cfg.bless {
            return std::fs::write(&expected_file, &got.stdout).map_err(|e| e.to_string());
        }
        let want = std::fs::read_to_string(&expected_file).map_err(|e| e.to_string())?;
        if want != got.stdout {
            return Err(format!(
                "stdout differs from {}\n{}",
                expected_file.display(),
                diff(&want, &got.stdout)
            ));
        }
        return Ok(());
    }
    let python = cfg
        .python
        .as_ref()
        .ok_or("CPython not found (set KRAIT_PYTHON)")?;
    let want = run(python, &["-S".to_string()], script, true)?;
    if want.timed_out {
        return Err("cpython: timeout".to_string());
    }
    let mut problems = Vec::new();
    if want.code != got.code {
        problems.push(format!(
            "exit status: cpython {}, krait {}",
            describe(&want),
            describe(&got)
        ));
    }
    if want.stdout != got.stdout {
        problems.push(format!(
            "stdout differs\n{}",
            diff(&want.stdout, &got.stdout)
        ));
    }
    let (we, ge) = (last_line(&want.stderr), last_line(&got.stderr));
    if we != ge {
        problems.push(format!(
            "last stderr line differs\n    -{}\n    +{}",
            we, ge
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n  "))
    }
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

fn find_python() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("KRAIT_PYTHON") {
        if !p.is_empty() {
            return Some(PathBuf::from(p));
        }
    }
    let out = Command::new("python3")
        .args(["-c", "import sys; print(sys.executable)"])
        .stdin(Stdio::null())
        .output()
        .ok()?;
    let path = String::from_utf8_lossy(&out.stdout).trim().to_string();
    (out.status.success() && !path.is_empty()).then(|| PathBuf::from(path))
}

#[test]
fn golden_scripts() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("scripts");
    let mut scripts = Vec::new();
    collect(&root, &mut scripts);
    scripts.sort();
    if let Ok(filter) = std::env::var("KRAIT_TEST_FILTER") {
        scripts.retain(|p| {
            p.strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .contains(filter.as_str())
        });
    }
    let cfg = Config {
        krait: PathBuf::from(env!("CARGO_BIN_EXE_krait")),
        extra: std::env::var("KRAIT_EXTRA_ARGS")
            .unwrap_or_default()
            .split_whitespace()
            .map(String::from)
            .collect(),
        python: find_python(),
        bless: std::env::var("KRAIT_BLESS").is_ok_and(|v| v == "1"),
    };
    let jobs = std::env::var("KRAIT_TEST_JOBS")
        .ok()
        .and_then(|j| j.parse::<usize>().ok())
        .filter(|&j| j > 0)
        .unwrap_or(2);

    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<String>>> = Mutex::new(vec![None; scripts.len()]);
    thread::scope(|s| {
        for _ in 0..jobs.min(scripts.len().max(1)) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(script) = scripts.get(i) else { break };
                if let Err(report) = check(&cfg, script) {
                    results.lock().unwrap()[i] = Some(report);
                }
            });
        }
    });

    let results = results.into_inner().unwrap();
    let known = known_failures(&root);
    let (mut failed, mut expected_failures, mut fixed) = (0, 0, Vec::new());
    for (script, result) in scripts.iter().zip(&results) {
        let rel = script
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let is_known = known.contains(&rel);
        match (result, is_known) {
            (Some(report), false) => {
                failed += 1;
                println!("FAIL {}: {}", rel, report);
            }
            (Some(report), true) => {
                expected_failures += 1;
                println!("XFAIL {}: {}", rel, report);
            }
            (None, true) => fixed.push(rel),
            (None, false) => {}
        }
    }
    for rel in &fixed {
        println!(
            "FIXED {} (passes now: remove it from tests/known_failures.txt)",
            rel
        );
    }
    let passed = scripts.len() - failed - expected_failures;
    println!(
        "golden: {} passed, {} failed, {} known failures",
        passed, failed, expected_failures
    );
    assert!(failed == 0, "{} golden script(s) failed", failed);
    assert!(
        fixed.is_empty(),
        "{} known failure(s) now pass: update tests/known_failures.txt",
        fixed.len()
    );
}

/// Scripts listed in tests/known_failures.txt (one path per line, `#` comments):
/// features not supported yet. They still run; a listed script that starts
/// passing fails the test so the list only shrinks.
fn known_failures(root: &Path) -> Vec<String> {
    let file = root.parent().unwrap().join("known_failures.txt");
    std::fs::read_to_string(file)
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}
