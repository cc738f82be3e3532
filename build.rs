//! Exports the `krait` binary's symbols dynamically (the `kr_*` C API it links
//! from krait-ffi), so the native extension modules it loads with dlopen
//! resolve their calls into this process, as CPython's binary does for `Py*`.

fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if os == "linux" || os.ends_with("bsd") {
        println!("cargo:rustc-link-arg-bins=-Wl,--export-dynamic");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
