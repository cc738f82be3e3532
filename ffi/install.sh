#!/usr/bin/env bash
# Builds the C library and installs it for C hosts:
#   PREFIX/include/krait.h, PREFIX/lib/libkrait.{a,so}, PREFIX/lib/pkgconfig/krait.pc
# Usage: ffi/install.sh [PREFIX]   (default /usr/local)
# Then: cc host.c $(pkg-config --cflags --libs krait)
set -euo pipefail
prefix=${1:-/usr/local}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
cargo build --release -p krait-ffi
target=${CARGO_TARGET_DIR:-$root/target}/release
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
install -d "$prefix/include" "$prefix/lib/pkgconfig"
install -m 644 include/krait.h "$prefix/include/krait.h"
install -m 644 "$target/libkrait_ffi.a" "$prefix/lib/libkrait.a"
install -m 755 "$target/libkrait_ffi.so" "$prefix/lib/libkrait.so"
cat > "$prefix/lib/pkgconfig/krait.pc" <<PC
prefix=$prefix
includedir=\${prefix}/include
libdir=\${prefix}/lib

Name: krait
Description: Embeddable Python 3.11-compatible scripting engine
Version: $version
Cflags: -I\${includedir}
Libs: -L\${libdir} -lkrait
Libs.private: -lpthread -ldl -lm
PC
echo "installed Krait $version into $prefix"
