//! Krait's C ABI (`include/krait.h`).
