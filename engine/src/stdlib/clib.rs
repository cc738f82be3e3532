//! The C library's libm functions that CPython calls where Rust's std uses
//! its own formula (asinh, acosh, atanh) or has none (erf, erfc): calling the
//! same functions keeps results identical to CPython's, bit for bit.

mod sys {
    extern "C" {
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
    }
}

macro_rules! wrap {
    ($($name:ident),*) => {
        $(
            pub fn $name(x: f64) -> f64 {
                // SAFETY: a pure libm function of one double, no pointers.
                unsafe { sys::$name(x) }
            }
        )*
    };
}

wrap!(asinh, acosh, atanh, erf, erfc);
