//! cmath's kernels on (real, imag) pairs, with CPython's algorithms (so
//! results match it to the last bit), its special values for infinite and NaN
//! parts (C99 Annex G) and the errno each leaves.

use std::f64::consts::{E, FRAC_PI_2, FRAC_PI_4, PI};

pub(super) type C = (f64, f64);
type Table = [[C; 7]; 7];

// The C library's asinh, as CPython calls it: Rust's f64::asinh is its own
// formula and can differ in the last bit.
use super::clib::asinh as real_asinh;

/// What CPython's kernels leave in errno.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Errno {
    Ok,
    Domain,
    Range,
}

use Errno::{Domain, Range};

pub(super) const N: f64 = f64::NAN;
pub(super) const INF: f64 = f64::INFINITY;
const ONE: f64 = 1.0;
const P: f64 = PI;
const P2: f64 = FRAC_PI_2;
const P4: f64 = FRAC_PI_4;
const P34: f64 = 0.75 * PI;
const LN2: f64 = std::f64::consts::LN_2;
pub(super) const LN10: f64 = std::f64::consts::LN_10;
const MANT_DIG: i32 = 53;

/// Past this a part's square or product may overflow.
fn large() -> f64 {
    f64::MAX / 4.0
}

fn ldexp(x: f64, e: i32) -> f64 {
    // Exact for the scalings used here (the results stay normal).
    x * 2f64.powi(e)
}

/// The row/column of a part in the special-value tables.
fn class(d: f64) -> usize {
    if d.is_nan() {
        6
    } else if d.is_infinite() {
        if d > 0.0 {
            5
        } else {
            0
        }
    } else if d != 0.0 {
        if d.is_sign_positive() {
            4
        } else {
            1
        }
    } else if d.is_sign_positive() {
        3
    } else {
        2
    }
}

fn nonfinite(z: C) -> bool {
    !z.0.is_finite() || !z.1.is_finite()
}

fn special(z: C, t: &Table) -> C {
    t[class(z.0)][class(z.1)]
}

// Special values by [class of real part][class of imaginary part], classes
// -inf, negative, -0, +0, positive, +inf, nan. Cells for two finite parts,
// and those whose value the kernel computes instead, are unused (N, N).
#[rustfmt::skip]
const ACOS: Table = [
    [(P34, INF), (P, INF), (P, INF), (P, -INF), (P, -INF), (P34, -INF), (N, INF)],
    [(P2, INF), (N, N), (N, N), (N, N), (N, N), (P2, -INF), (N, N)],
    [(P2, INF), (N, N), (N, N), (N, N), (N, N), (P2, -INF), (P2, N)],
    [(P2, INF), (N, N), (N, N), (N, N), (N, N), (P2, -INF), (P2, N)],
    [(P2, INF), (N, N), (N, N), (N, N), (N, N), (P2, -INF), (N, N)],
    [(P4, INF), (0.0, INF), (0.0, INF), (0.0, -INF), (0.0, -INF), (P4, -INF), (N, INF)],
    [(N, INF), (N, N), (N, N), (N, N), (N, N), (N, -INF), (N, N)],
];
#[rustfmt::skip]
const ACOSH: Table = [
    [(INF, -P34), (INF, -P), (INF, -P), (INF, P), (INF, P), (INF, P34), (INF, N)],
    [(INF, -P2), (N, N), (N, N), (N, N), (N, N), (INF, P2), (N, N)],
    [(INF, -P2), (N, N), (N, N), (N, N), (N, N), (INF, P2), (N, N)],
    [(INF, -P2), (N, N), (N, N), (N, N), (N, N), (INF, P2), (N, N)],
    [(INF, -P2), (N, N), (N, N), (N, N), (N, N), (INF, P2), (N, N)],
    [(INF, -P4), (INF, -0.0), (INF, -0.0), (INF, 0.0), (INF, 0.0), (INF, P4), (INF, N)],
    [(INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N)],
];
#[rustfmt::skip]
const ASINH: Table = [
    [(-INF, -P4), (-INF, -0.0), (-INF, -0.0), (-INF, 0.0), (-INF, 0.0), (-INF, P4), (-INF, N)],
    [(-INF, -P2), (N, N), (N, N), (N, N), (N, N), (-INF, P2), (N, N)],
    [(-INF, -P2), (N, N), (N, N), (N, N), (N, N), (-INF, P2), (N, N)],
    [(INF, -P2), (N, N), (N, N), (N, N), (N, N), (INF, P2), (N, N)],
    [(INF, -P2), (N, N), (N, N), (N, N), (N, N), (INF, P2), (N, N)],
    [(INF, -P4), (INF, -0.0), (INF, -0.0), (INF, 0.0), (INF, 0.0), (INF, P4), (INF, N)],
    [(INF, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (INF, N), (N, N)],
];
#[rustfmt::skip]
const ATANH: Table = [
    [(-0.0, -P2), (-0.0, -P2), (-0.0, -P2), (-0.0, P2), (-0.0, P2), (-0.0, P2), (-0.0, N)],
    [(-0.0, -P2), (N, N), (N, N), (N, N), (N, N), (-0.0, P2), (N, N)],
    [(-0.0, -P2), (N, N), (N, N), (N, N), (N, N), (-0.0, P2), (-0.0, N)],
    [(0.0, -P2), (N, N), (N, N), (N, N), (N, N), (0.0, P2), (0.0, N)],
    [(0.0, -P2), (N, N), (N, N), (N, N), (N, N), (0.0, P2), (N, N)],
    [(0.0, -P2), (0.0, -P2), (0.0, -P2), (0.0, P2), (0.0, P2), (0.0, P2), (0.0, N)],
    [(0.0, -P2), (N, N), (N, N), (N, N), (N, N), (0.0, P2), (N, N)],
];
#[rustfmt::skip]
const COSH: Table = [
    [(N, N), (N, N), (INF, 0.0), (INF, -0.0), (N, N), (N, N), (INF, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, 0.0)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, 0.0)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (INF, -0.0), (INF, 0.0), (N, N), (N, N), (INF, N)],
    [(N, N), (N, N), (N, 0.0), (N, 0.0), (N, N), (N, N), (N, N)],
];
#[rustfmt::skip]
const EXP: Table = [
    [(0.0, 0.0), (N, N), (0.0, -0.0), (0.0, 0.0), (N, N), (0.0, 0.0), (0.0, 0.0)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (INF, -0.0), (INF, 0.0), (N, N), (N, N), (INF, N)],
    [(N, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (N, N), (N, N)],
];
#[rustfmt::skip]
const LOG: Table = [
    [(INF, -P34), (INF, -P), (INF, -P), (INF, P), (INF, P), (INF, P34), (INF, N)],
    [(INF, -P2), (N, N), (N, N), (N, N), (N, N), (INF, P2), (N, N)],
    [(INF, -P2), (N, N), (N, N), (N, N), (N, N), (INF, P2), (N, N)],
    [(INF, -P2), (N, N), (N, N), (N, N), (N, N), (INF, P2), (N, N)],
    [(INF, -P2), (N, N), (N, N), (N, N), (N, N), (INF, P2), (N, N)],
    [(INF, -P4), (INF, -0.0), (INF, -0.0), (INF, 0.0), (INF, 0.0), (INF, P4), (INF, N)],
    [(INF, N), (N, N), (N, N), (N, N), (N, N), (INF, N), (N, N)],
];
#[rustfmt::skip]
const SINH: Table = [
    [(N, N), (N, N), (-INF, -0.0), (-INF, 0.0), (N, N), (N, N), (INF, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (0.0, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (0.0, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (INF, -0.0), (INF, 0.0), (N, N), (N, N), (INF, N)],
    [(N, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (N, N), (N, N)],
];
#[rustfmt::skip]
const SQRT: Table = [
    [(INF, -INF), (0.0, -INF), (0.0, -INF), (0.0, INF), (0.0, INF), (INF, INF), (N, INF)],
    [(INF, -INF), (N, N), (N, N), (N, N), (N, N), (INF, INF), (N, N)],
    [(INF, -INF), (N, N), (N, N), (N, N), (N, N), (INF, INF), (N, N)],
    [(INF, -INF), (N, N), (N, N), (N, N), (N, N), (INF, INF), (N, N)],
    [(INF, -INF), (N, N), (N, N), (N, N), (N, N), (INF, INF), (N, N)],
    [(INF, -INF), (INF, -0.0), (INF, -0.0), (INF, 0.0), (INF, 0.0), (INF, INF), (INF, N)],
    [(INF, -INF), (N, N), (N, N), (N, N), (N, N), (INF, INF), (N, N)],
];
#[rustfmt::skip]
const TANH: Table = [
    [(-ONE, 0.0), (N, N), (-ONE, -0.0), (-ONE, 0.0), (N, N), (-ONE, 0.0), (-ONE, 0.0)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(ONE, 0.0), (N, N), (ONE, -0.0), (ONE, 0.0), (N, N), (ONE, 0.0), (ONE, 0.0)],
    [(N, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (N, N), (N, N)],
];
#[rustfmt::skip]
const RECT: Table = [
    [(N, N), (N, N), (-INF, 0.0), (-INF, -0.0), (N, N), (N, N), (INF, N)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(0.0, 0.0), (N, N), (N, N), (N, N), (N, N), (0.0, 0.0), (0.0, 0.0)],
    [(0.0, 0.0), (N, N), (N, N), (N, N), (N, N), (0.0, 0.0), (0.0, 0.0)],
    [(N, N), (N, N), (N, N), (N, N), (N, N), (N, N), (N, N)],
    [(N, N), (N, N), (INF, -0.0), (INF, 0.0), (N, N), (N, N), (INF, N)],
    [(N, N), (N, N), (N, 0.0), (N, 0.0), (N, N), (N, N), (N, N)],
];

pub(super) fn sqrt_k(z: C) -> C {
    if nonfinite(z) {
        return special(z, &SQRT);
    }
    let (re, im) = z;
    if re == 0.0 && im == 0.0 {
        return (0.0, im);
    }
    let (mut ax, ay) = (re.abs(), im.abs());
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // Scale tiny parts up so the square root keeps its precision.
        ax = ldexp(ax, MANT_DIG);
        ldexp(
            (ax + ax.hypot(ldexp(ay, MANT_DIG))).sqrt(),
            -(MANT_DIG + 1) / 2,
        )
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if re >= 0.0 {
        (s, d.copysign(im))
    } else {
        (d, s.copysign(im))
    }
}

pub(super) fn log_k(z: C) -> (C, Errno) {
    if nonfinite(z) {
        return (special(z, &LOG), Errno::Ok);
    }
    let (re, im) = z;
    let (ax, ay) = (re.abs(), im.abs());
    let real = if ax > large() || ay > large() {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            ldexp(ax, MANT_DIG).hypot(ldexp(ay, MANT_DIG)).ln() - MANT_DIG as f64 * LN2
        } else {
            return ((-INF, im.atan2(re)), Domain);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            // Near the unit circle log1p keeps the small result accurate.
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    ((real, im.atan2(re)), Errno::Ok)
}

pub(super) fn exp_k(z: C) -> (C, Errno) {
    let (re, im) = z;
    if nonfinite(z) {
        let r = if re.is_infinite() && im.is_finite() && im != 0.0 {
            if re > 0.0 {
                (INF.copysign(im.cos()), INF.copysign(im.sin()))
            } else {
                (0f64.copysign(im.cos()), 0f64.copysign(im.sin()))
            }
        } else {
            special(z, &EXP)
        };
        let err = if im.is_infinite() && (re.is_finite() || (re.is_infinite() && re > 0.0)) {
            Domain
        } else {
            Errno::Ok
        };
        return (r, err);
    }
    let r = if re > large().ln() {
        let l = (re - 1.0).exp();
        (l * im.cos() * E, l * im.sin() * E)
    } else {
        let l = re.exp();
        (l * im.cos(), l * im.sin())
    };
    (r, overflowed(r))
}

fn overflowed(r: C) -> Errno {
    if r.0.is_infinite() || r.1.is_infinite() {
        Range
    } else {
        Errno::Ok
    }
}

pub(super) fn cosh_k(z: C) -> (C, Errno) {
    let (re, im) = z;
    if nonfinite(z) {
        let r = if re.is_infinite() && im.is_finite() && im != 0.0 {
            if re > 0.0 {
                (INF.copysign(im.cos()), INF.copysign(im.sin()))
            } else {
                (INF.copysign(im.cos()), -INF.copysign(im.sin()))
            }
        } else {
            special(z, &COSH)
        };
        let err = if im.is_infinite() && !re.is_nan() {
            Domain
        } else {
            Errno::Ok
        };
        return (r, err);
    }
    let r = if re.abs() > large().ln() {
        let x = re - 1f64.copysign(re);
        (im.cos() * x.cosh() * E, im.sin() * x.sinh() * E)
    } else {
        (im.cos() * re.cosh(), im.sin() * re.sinh())
    };
    (r, overflowed(r))
}

pub(super) fn sinh_k(z: C) -> (C, Errno) {
    let (re, im) = z;
    if nonfinite(z) {
        let r = if re.is_infinite() && im.is_finite() && im != 0.0 {
            if re > 0.0 {
                (INF.copysign(im.cos()), INF.copysign(im.sin()))
            } else {
                (-INF.copysign(im.cos()), INF.copysign(im.sin()))
            }
        } else {
            special(z, &SINH)
        };
        let err = if im.is_infinite() && !re.is_nan() {
            Domain
        } else {
            Errno::Ok
        };
        return (r, err);
    }
    let r = if re.abs() > large().ln() {
        let x = re - 1f64.copysign(re);
        (im.cos() * x.sinh() * E, im.sin() * x.cosh() * E)
    } else {
        (im.cos() * re.sinh(), im.sin() * re.cosh())
    };
    (r, overflowed(r))
}

pub(super) fn tanh_k(z: C) -> (C, Errno) {
    let (re, im) = z;
    if nonfinite(z) {
        let r = if re.is_infinite() && im.is_finite() && im != 0.0 {
            (1f64.copysign(re), 0f64.copysign(2.0 * im.sin() * im.cos()))
        } else {
            special(z, &TANH)
        };
        let err = if im.is_infinite() && re.is_finite() {
            Domain
        } else {
            Errno::Ok
        };
        return (r, err);
    }
    if re.abs() > large().ln() {
        return (
            (
                1f64.copysign(re),
                4.0 * im.sin() * im.cos() * (-2.0 * re.abs()).exp(),
            ),
            Errno::Ok,
        );
    }
    let tx = re.tanh();
    let ty = im.tan();
    let cx = 1.0 / re.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    (
        (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx),
        Errno::Ok,
    )
}

pub(super) fn acos_k(z: C) -> C {
    if nonfinite(z) {
        return special(z, &ACOS);
    }
    let (re, im) = z;
    if re.abs() > large() || im.abs() > large() {
        // acos(z) ~ -i log(2z) far out; avoid overflow in the square roots.
        let l = (re / 2.0).hypot(im / 2.0).ln() + LN2 * 2.0;
        let imag = if re < 0.0 {
            -l.copysign(im)
        } else {
            l.copysign(-im)
        };
        return (im.abs().atan2(re), imag);
    }
    let s1 = sqrt_k((1.0 - re, -im));
    let s2 = sqrt_k((1.0 + re, im));
    (
        2.0 * s1.0.atan2(s2.0),
        real_asinh(s2.0 * s1.1 - s2.1 * s1.0),
    )
}

pub(super) fn acosh_k(z: C) -> C {
    if nonfinite(z) {
        return special(z, &ACOSH);
    }
    let (re, im) = z;
    if re.abs() > large() || im.abs() > large() {
        return ((re / 2.0).hypot(im / 2.0).ln() + LN2 * 2.0, im.atan2(re));
    }
    let s1 = sqrt_k((re - 1.0, im));
    let s2 = sqrt_k((re + 1.0, im));
    (
        real_asinh(s1.0 * s2.0 + s1.1 * s2.1),
        2.0 * s1.1.atan2(s2.0),
    )
}

pub(super) fn asinh_k(z: C) -> C {
    if nonfinite(z) {
        return special(z, &ASINH);
    }
    let (re, im) = z;
    if re.abs() > large() || im.abs() > large() {
        let l = (re / 2.0).hypot(im / 2.0).ln() + LN2 * 2.0;
        let real = if im >= 0.0 {
            l.copysign(re)
        } else {
            -l.copysign(-re)
        };
        return (real, im.atan2(re.abs()));
    }
    let s1 = sqrt_k((1.0 + im, -re));
    let s2 = sqrt_k((1.0 - im, re));
    (
        real_asinh(s1.0 * s2.1 - s2.0 * s1.1),
        im.atan2(s1.0 * s2.0 - s1.1 * s2.1),
    )
}

pub(super) fn atanh_k(z: C) -> (C, Errno) {
    if nonfinite(z) {
        return (special(z, &ATANH), Errno::Ok);
    }
    let (re, im) = z;
    if re < 0.0 {
        // atanh is odd: work in the right half-plane.
        let ((a, b), e) = atanh_k((-re, -im));
        return ((-a, -b), e);
    }
    let ay = im.abs();
    if re > large().sqrt() || ay > large().sqrt() {
        let h = (re / 2.0).hypot(im / 2.0);
        return ((re / 4.0 / h / h, -P2.copysign(-im)), Errno::Ok);
    }
    if re == 1.0 && ay < f64::MIN_POSITIVE.sqrt() {
        if ay == 0.0 {
            return ((INF, im), Domain);
        }
        return (
            (
                -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(),
                (2f64.atan2(-ay) / 2.0).copysign(im),
            ),
            Errno::Ok,
        );
    }
    (
        (
            (4.0 * re / ((1.0 - re) * (1.0 - re) + ay * ay)).ln_1p() / 4.0,
            -(-2.0 * im).atan2((1.0 - re) * (1.0 + re) - ay * ay) / 2.0,
        ),
        Errno::Ok,
    )
}

/// The functions of z written as rotations of the hyperbolic ones:
/// f(z) = -i g(iz) or g(iz).
pub(super) fn times_i(z: C) -> C {
    (-z.1, z.0)
}

pub(super) fn times_minus_i(z: C) -> C {
    (z.1, -z.0)
}

pub(super) fn atan2_k(z: C) -> f64 {
    let (re, im) = z;
    if re.is_nan() || im.is_nan() {
        return N;
    }
    if im.is_infinite() {
        if re.is_infinite() {
            return if re.is_sign_positive() {
                P4.copysign(im)
            } else {
                P34.copysign(im)
            };
        }
        return P2.copysign(im);
    }
    if re.is_infinite() || im == 0.0 {
        return if re.is_sign_positive() {
            0f64.copysign(im)
        } else {
            P.copysign(im)
        };
    }
    im.atan2(re)
}

pub(super) fn abs_k(z: C) -> (f64, Errno) {
    let (re, im) = z;
    if nonfinite(z) {
        if re.is_infinite() {
            return (re.abs(), Errno::Ok);
        }
        if im.is_infinite() {
            return (im.abs(), Errno::Ok);
        }
        return (N, Errno::Ok);
    }
    let r = re.hypot(im);
    (r, if r.is_finite() { Errno::Ok } else { Range })
}

/// CPython's complex division; a zero divisor is a domain error.
pub(super) fn quot(a: C, b: C) -> (C, Errno) {
    let (abs_re, abs_im) = (b.0.abs(), b.1.abs());
    if abs_re >= abs_im {
        if abs_re == 0.0 {
            return ((0.0, 0.0), Domain);
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        (
            ((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom),
            Errno::Ok,
        )
    } else if abs_im >= abs_re {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        (
            ((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom),
            Errno::Ok,
        )
    } else {
        // A NaN part compares neither way.
        ((N, N), Errno::Ok)
    }
}

pub(super) fn rect_k(r: f64, phi: f64) -> (C, Errno) {
    if !r.is_finite() || !phi.is_finite() {
        let z = if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            if r > 0.0 {
                (INF.copysign(phi.cos()), INF.copysign(phi.sin()))
            } else {
                (-INF.copysign(phi.cos()), -INF.copysign(phi.sin()))
            }
        } else {
            special((r, phi), &RECT)
        };
        let err = if r != 0.0 && !r.is_nan() && phi.is_infinite() {
            Domain
        } else {
            Errno::Ok
        };
        return (z, err);
    }
    if phi == 0.0 {
        // r * phi keeps the sign of a zero angle.
        return ((r, r * phi), Errno::Ok);
    }
    ((r * phi.cos(), r * phi.sin()), Errno::Ok)
}
