//! Builds every `tests/c_api/*.c` (and `examples/embed/*.c`) with the system C compiler against
//! `libkrait_ffi.a` (C99, -pedantic, warnings as errors; `*.cpp` as C++11)
//! and runs it: exit status 0 and stdout equal to the `.out` file beside it.
//! The native extension modules they import (`examples/extension/fastmath.c`,
//! `tests/c_api/ext/*.c`) are built first as shared libraries into the
//! directory `$KRAIT_EXT_DIR` names. Also checks that `krait.h` compiles as C++.
//! `KRAIT_VALGRIND=1 cargo test --release -p krait-ffi --test c_api` runs
//! the programs under valgrind.

use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// `target/<profile>/`, where cargo put libkrait_ffi.a next to the test binary's `deps/`.
fn lib_dir() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    exe.parent().unwrap().parent().unwrap().to_path_buf()
}

fn compiler(source: &Path) -> (String, &'static [&'static str]) {
    if source.extension().is_some_and(|e| e == "cpp") {
        let cxx = std::env::var("CXX").unwrap_or_else(|_| "c++".into());
        (
            cxx,
            &[
                "-std=c++11",
                "-Wall",
                "-Wextra",
                "-Werror",
                "-pedantic",
                "-g",
            ],
        )
    } else {
        let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
        (
            cc,
            &["-std=c99", "-Wall", "-Wextra", "-Werror", "-pedantic", "-g"],
        )
    }
}

fn compile(source: &Path, extra: &[&str], out: &Path) -> Result<(), String> {
    let (cc, flags) = compiler(source);
    let status = Command::new(cc)
        .args(flags)
        .arg("-I")
        .arg(repo().join("include"))
        .arg(source)
        .args(extra)
        .arg("-o")
        .arg(out)
        .output()
        .map_err(|e| format!("cannot run the C compiler: {}", e))?;
    if !status.status.success() {
        return Err(format!(
            "compiling {} failed:\n{}",
            source.display(),
            String::from_utf8_lossy(&status.stderr)
        ));
    }
    Ok(())
}

fn build(source: &Path, out: &Path) -> Result<(), String> {
    // `cargo test` builds the library into deps/ without copying it up.
    let lib = [lib_dir().join("deps"), lib_dir()]
        .iter()
        .map(|d| d.join("libkrait_ffi.a"))
        .find(|p| p.exists())
        .ok_or("libkrait_ffi.a is missing")?;
    let lib = lib.to_string_lossy().to_string();
    // -rdynamic: the extensions the program loads resolve kr_* in it.
    compile(
        source,
        &["-pthread", &lib, "-rdynamic", "-lpthread", "-ldl", "-lm"],
        out,
    )
}

/// The extension modules the C tests import, as shared libraries in `dir`.
fn build_extensions(dir: &Path) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let mut sources = vec![repo().join("examples/extension/fastmath.c")];
    for e in std::fs::read_dir(repo().join("tests/c_api/ext")).map_err(|e| e.to_string())? {
        sources.push(e.map_err(|e| e.to_string())?.path());
    }
    for source in sources
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "c"))
    {
        let stem = source.file_stem().unwrap().to_string_lossy().to_string();
        compile(
            source,
            &["-shared", "-fPIC", "-lm"],
            &dir.join(format!("{}.so", stem)),
        )?;
    }
    Ok(())
}

fn run_one(source: &Path, build_dir: &Path, ext_dir: &Path) -> Result<(), String> {
    let stem = source.file_stem().unwrap().to_string_lossy().to_string();
    let exe = build_dir.join(&stem);
    build(source, &exe)?;
    // KRAIT_VALGRIND=1 runs each program under valgrind: any invalid access
    // or leaked block fails the test.
    let mut cmd = if std::env::var("KRAIT_VALGRIND").is_ok_and(|v| v == "1") {
        let mut c = Command::new("valgrind");
        c.args([
            "-q",
            "--leak-check=full",
            "--errors-for-leak-kinds=definite,indirect",
        ])
        .args(["--error-exitcode=99"])
        .arg(&exe);
        c
    } else {
        Command::new(&exe)
    };
    let out = cmd
        .current_dir(source.parent().unwrap())
        .env("KRAIT_EXT_DIR", ext_dir)
        .output()
        .map_err(|e| format!("cannot run {}: {}", exe.display(), e))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() {
        return Err(format!(
            "{} exited with {}:\n{}{}",
            stem, out.status, stdout, stderr
        ));
    }
    let expected_path = source.with_extension("out");
    let expected = std::fs::read_to_string(&expected_path)
        .map_err(|_| format!("{} is missing", expected_path.display()))?;
    if stdout != expected {
        return Err(format!(
            "{}: stdout differs\n--- expected\n{}--- got\n{}",
            stem, expected, stdout
        ));
    }
    Ok(())
}

#[test]
fn c_programs() {
    let build_dir = lib_dir().join("c_api_tests");
    std::fs::create_dir_all(&build_dir).unwrap();
    // The tests proper, and the embedding example the README points to.
    let mut sources: Vec<PathBuf> = ["tests/c_api", "examples/embed", "examples/async_host"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(repo().join(dir)).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "c" || e == "cpp"))
        .collect();
    sources.sort();
    let ext_dir = build_dir.join("ext");
    build_extensions(&ext_dir).unwrap();
    assert!(sources.len() > 1, "no C tests found");
    let failures: Vec<String> = sources
        .iter()
        .filter_map(|s| run_one(s, &build_dir, &ext_dir).err())
        .collect();
    println!(
        "c_api: {} passed, {} failed",
        sources.len() - failures.len(),
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn header_compiles_as_cpp() {
    let src = lib_dir().join("krait_header_check.cpp");
    std::fs::write(
        &src,
        "#include \"krait.h\"\nint main() { kr_config c; kr_config_init(&c); return c.size == sizeof c ? 0 : 1; }\n",
    )
    .unwrap();
    let out = Command::new(std::env::var("CXX").unwrap_or_else(|_| "c++".into()))
        .args([
            "-std=c++11",
            "-Wall",
            "-Wextra",
            "-Werror",
            "-pedantic",
            "-fsyntax-only",
        ])
        .arg("-I")
        .arg(repo().join("include"))
        .arg(&src)
        .output()
        .expect("run c++");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A host linked against the shared library (no -rdynamic): its extensions
/// resolve kr_* in libkrait_ffi.so.
#[test]
fn shared_library_host_loads_extensions() {
    let dir = lib_dir().join("c_api_shared");
    std::fs::create_dir_all(&dir).unwrap();
    let so_dir = [lib_dir().join("deps"), lib_dir()]
        .into_iter()
        .find(|d| d.join("libkrait_ffi.so").exists())
        .expect("libkrait_ffi.so is missing");
    let ext_dir = dir.join("ext");
    build_extensions(&ext_dir).unwrap();
    let source = repo().join("tests/c_api/extensions.c");
    let exe = dir.join("extensions_shared");
    let link_dir = format!("-L{}", so_dir.display());
    let rpath = format!("-Wl,-rpath,{}", so_dir.display());
    compile(&source, &[&link_dir, "-lkrait_ffi", &rpath], &exe).unwrap();
    let out = Command::new(&exe)
        .current_dir(source.parent().unwrap())
        .env("KRAIT_EXT_DIR", &ext_dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let expected = std::fs::read_to_string(source.with_extension("out")).unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), expected);
}
