//! Exports the `kr_*` C API that the `krait` binary links from krait-ffi in
//! its dynamic symbol table (and nothing else), so the native extension
//! modules it loads with dlopen resolve their calls into this process, as
//! CPython's binary does for `Py*`.

fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if os == "linux" || os.ends_with("bsd") {
        let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
        let list = out.join("krait-exports.list");
        std::fs::write(&list, "{\n  kr_*;\n};\n").expect("write the dynamic symbol list");
        println!(
            "cargo:rustc-link-arg-bins=-Wl,--dynamic-list={}",
            list.display()
        );
    }
    println!("cargo:rerun-if-changed=build.rs");
}
