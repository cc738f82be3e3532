//! The `krait` runner and native extension modules: `examples/extension/
//! fastmath.c` is built as a shared library and imported by `demo.py` run
//! with the `krait` binary (output must equal `demo.out`); `--deny` and
//! `--sandbox` take the grants away; the binary exports every function
//! `include/krait.h` declares, so extensions can call them.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn krait() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_krait"))
}

/// A fresh directory under the target dir for this test's build products.
fn work_dir(name: &str) -> PathBuf {
    let dir = krait().parent().unwrap().join("extension_tests").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn build_extension(source: &Path, out: &Path) {
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let result = Command::new(cc)
        .args(["-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic"])
        .args(["-shared", "-fPIC", "-I"])
        .arg(repo().join("include"))
        .arg(source)
        .args(["-lm", "-o"])
        .arg(out)
        .output()
        .expect("run the C compiler");
    assert!(
        result.status.success(),
        "{}",
        String::from_utf8_lossy(&result.stderr)
    );
}

fn run(args: &[&str], kraitpath: &Path, cwd: &Path) -> Output {
    Command::new(krait())
        .args(args)
        .env("KRAITPATH", kraitpath)
        .current_dir(cwd)
        .output()
        .expect("run krait")
}

fn last_line(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .lines()
        .last()
        .unwrap_or("")
        .to_string()
}

#[test]
fn krait_imports_a_c_extension() {
    let dir = work_dir("fastmath");
    build_extension(
        &repo().join("examples/extension/fastmath.c"),
        &dir.join("fastmath.so"),
    );
    let example = repo().join("examples/extension");
    let out = run(&["demo.py"], &dir, &example);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let expected = std::fs::read_to_string(example.join("demo.out")).unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), expected);

    // libNAME.so is found too.
    std::fs::rename(dir.join("fastmath.so"), dir.join("libfastmath.so")).unwrap();
    let out = run(
        &["-c", "import fastmath; print(fastmath.hypot3(3, 4))"],
        &dir,
        &dir,
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "5.0\n");
}

#[test]
fn broken_extensions_are_import_errors() {
    let dir = work_dir("broken");
    for name in ["ext_noabi", "ext_noinit", "ext_newer_abi", "ext_raising"] {
        let source = repo().join("tests/c_api/ext").join(format!("{}.c", name));
        build_extension(&source, &dir.join(format!("{}.so", name)));
    }
    std::fs::write(dir.join("ext_junk.so"), "not a library").unwrap();
    let cases = [
        ("ext_noabi", "ImportError: native extension './ext_noabi.so' does not export kr_module_abi_version (add KR_MODULE_ABI from krait.h)"),
        ("ext_noinit", "ImportError: native extension './ext_noinit.so' does not define its init function kr_module_init_ext_noinit"),
        ("ext_newer_abi", "ImportError: native extension './ext_newer_abi.so' was built for Krait C API 1.1.0, but this Krait provides 0.1.0 (rebuild it against this krait.h)"),
        ("ext_raising", "RuntimeError: ext_raising: the device is missing"),
        ("ext_junk", "ImportError: cannot load native extension './ext_junk.so': ./ext_junk.so: file too short"),
    ];
    for (name, want) in cases {
        let out = run(&["-c", &format!("import {}", name)], &dir, &dir);
        assert_eq!(out.status.code(), Some(1), "{}", name);
        assert_eq!(last_line(&out.stderr), want, "{}", name);
    }
}

#[test]
fn extension_printf_and_print_keep_their_order() {
    let dir = work_dir("printf");
    build_extension(
        &repo().join("tests/c_api/ext/ext_printf.c"),
        &dir.join("ext_printf.so"),
    );
    let script =
        "print('one')\nimport ext_printf\nprint('two')\next_printf.shout('three')\nprint('four')\n";
    let out = run(&["-c", script], &dir, &dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "one\ntwo\nC says: three\nfour\n"
    );
}

#[test]
fn runner_flags_deny_grants() {
    let dir = work_dir("grants");
    build_extension(
        &repo().join("examples/extension/fastmath.c"),
        &dir.join("fastmath.so"),
    );
    std::fs::write(dir.join("data.txt"), "contents\n").unwrap();
    let script = "import os\n\
        def ext():\n\
        \x20   import fastmath\n\
        \x20   return fastmath.hypot3(3, 4)\n\
        for label, f in [('open', lambda: open('data.txt').read().strip()),\n\
        \x20                ('env', lambda: os.environ.get('PATH') is not None),\n\
        \x20                ('ext', ext)]:\n\
        \x20   try:\n\
        \x20       print(label, f())\n\
        \x20   except (PermissionError, ImportError) as e:\n\
        \x20       print(label, type(e).__name__)\n";
    std::fs::write(dir.join("probe.py"), script).unwrap();
    let cases: [(&[&str], &str); 4] = [
        (&["probe.py"], "open contents\nenv True\next 5.0\n"),
        (
            &["--deny", "filesystem", "probe.py"],
            "open PermissionError\nenv True\next 5.0\n",
        ),
        (
            &["--deny", "env,extensions", "probe.py"],
            "open contents\nenv PermissionError\next ImportError\n",
        ),
        (
            &["--sandbox", "probe.py"],
            "open PermissionError\nenv PermissionError\next ImportError\n",
        ),
    ];
    for (args, want) in cases {
        let out = run(args, &dir, &dir);
        assert_eq!(String::from_utf8_lossy(&out.stdout), want, "{:?}", args);
    }
}

#[test]
fn binary_exports_the_whole_c_api() {
    let header = std::fs::read_to_string(repo().join("include/krait.h")).unwrap();
    let mut declared: Vec<String> = Vec::new();
    for line in header.lines() {
        let code = line.split("/*").next().unwrap_or("");
        if code.trim_start().starts_with('#') || code.contains("typedef") {
            continue;
        }
        let mut rest = code;
        while let Some(i) = rest.find("kr_") {
            let name: String = rest[i..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            rest = &rest[i + name.len()..];
            // (kr_module_init_NAME is what an extension defines, not the library.)
            let in_comment = line.trim_start().starts_with('*');
            if rest.starts_with('(') && !in_comment && !declared.contains(&name) {
                declared.push(name);
            }
        }
    }
    assert!(declared.len() > 50, "parsed {} functions", declared.len());
    let nm = Command::new("nm")
        .args(["-D", "--defined-only"])
        .arg(krait())
        .output()
        .expect("run nm");
    let symbols = String::from_utf8_lossy(&nm.stdout);
    let exported: Vec<&str> = symbols
        .lines()
        .filter_map(|l| l.split(' ').nth(2))
        .collect();
    let missing: Vec<&String> = declared
        .iter()
        .filter(|n| !exported.contains(&n.as_str()))
        .collect();
    assert!(missing.is_empty(), "not exported by krait: {:?}", missing);
}
