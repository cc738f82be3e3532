//! Inline fast paths of the dispatch loop for int and float operands.
//! Each returns None when the generic (dunder-aware, error-raising) path
//! must run instead, so they never change results, only skip work.

use crate::value::Value;

const MAX_EXACT: i64 = 1 << 53;

/// `a op b` (BINARY_OP arg, in-place forms included) for two inline numbers.
#[inline(always)]
pub(crate) fn binary(a: &Value, b: &Value, op: u32) -> Option<Value> {
    let op = if op >= 13 { op - 13 } else { op };
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => int_binary(*x, *y, op),
        (Value::Float(x), Value::Float(y)) => float_binary(*x, *y, op),
        (Value::Float(x), Value::Int(y)) => float_binary(*x, *y as f64, op),
        (Value::Int(x), Value::Float(y)) => float_binary(*x as f64, *y, op),
        _ => None,
    }
}

#[inline(always)]
fn int_binary(x: i64, y: i64, op: u32) -> Option<Value> {
    let r = match op {
        0 => x.checked_add(y)?,
        10 => x.checked_sub(y)?,
        5 => x.checked_mul(y)?,
        1 => x & y,
        7 => x | y,
        12 => x ^ y,
        // FloorDiv and Mod: Python rounds toward negative infinity.
        2 => {
            if y == 0 || (x == i64::MIN && y == -1) {
                return None;
            }
            let q = x / y;
            if (x % y != 0) && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            }
        }
        6 => {
            if y == 0 || y == -1 {
                return None;
            }
            let m = x % y;
            if m != 0 && ((m < 0) != (y < 0)) {
                m + y
            } else {
                m
            }
        }
        3 => {
            if !(0..63).contains(&y) {
                return None;
            }
            let r = x << y;
            if r >> y != x {
                return None;
            }
            r
        }
        9 => {
            if y < 0 {
                return None;
            }
            x >> y.min(63)
        }
        // True division is exact-then-rounded when both fit in 53 bits.
        11 => {
            if y == 0
                || !(-MAX_EXACT..=MAX_EXACT).contains(&x)
                || !(-MAX_EXACT..=MAX_EXACT).contains(&y)
            {
                return None;
            }
            return Some(Value::Float(x as f64 / y as f64));
        }
        _ => return None,
    };
    Some(Value::Int(r))
}

#[inline(always)]
fn float_binary(x: f64, y: f64, op: u32) -> Option<Value> {
    Some(Value::Float(match op {
        0 => x + y,
        10 => x - y,
        5 => x * y,
        11 if y != 0.0 => x / y,
        // `**` with a positive finite base and a finite exponent is libm's
        // pow, as float_pow computes it; anything else (negative or zero
        // bases, infinities, overflow) takes the generic path.
        8 if x > 0.0 && x.is_finite() && y.is_finite() => {
            let r = x.powf(y);
            if !r.is_finite() {
                return None;
            }
            r
        }
        _ => return None,
    }))
}

/// COMPARE_OP (arg 0..5 for < <= == != > >=) for two ints or two floats.
#[inline(always)]
pub(crate) fn compare(a: &Value, b: &Value, op: u32) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(cmp(x, y, op)),
        (Value::Float(x), Value::Float(y)) => Some(cmp(x, y, op)),
        // UTF-8 byte order is code point order, as str comparison uses.
        (Value::Str(x), Value::Str(y)) => Some(match op {
            2 => std::rc::Rc::ptr_eq(x, y) || x.as_str() == y.as_str(),
            3 => !(std::rc::Rc::ptr_eq(x, y) || x.as_str() == y.as_str()),
            _ => cmp(x.as_str(), y.as_str(), op),
        }),
        _ => None,
    }
}

#[inline(always)]
fn cmp<T: PartialOrd>(x: T, y: T, op: u32) -> bool {
    match op {
        0 => x < y,
        1 => x <= y,
        2 => x == y,
        3 => x != y,
        4 => x > y,
        _ => x >= y,
    }
}

/// Pops the two operands a comparison fast path consumed. Ints and floats
/// are forgotten (skipping the out-of-line drop leaks nothing); strings are
/// dropped.
#[inline(always)]
pub(crate) fn pop_compared(stack: &mut Vec<Value>) {
    for _ in 0..2 {
        if let Some(v) = stack.pop() {
            if v.is_immediate() {
                std::mem::forget(v);
            } else {
                drop(v);
            }
        }
    }
}

/// Replaces the two immediate operands a fast path consumed with its result.
#[inline(always)]
pub(crate) fn replace_immediates(stack: &mut Vec<Value>, r: Value) {
    if let Some(v) = stack.pop() {
        debug_assert!(v.is_immediate());
        std::mem::forget(v);
    }
    if let Some(slot) = stack.last_mut() {
        debug_assert!(slot.is_immediate());
        // SAFETY: the slot holds an immediate (no count to release), so
        // overwriting it without dropping leaks nothing.
        unsafe { write_whole(slot, r) };
    }
}

/// Replaces the immediate on top of the stack (a fast path's left operand)
/// with its result.
#[inline(always)]
pub(crate) fn replace_top_immediate(stack: &mut [Value], r: Value) {
    if let Some(slot) = stack.last_mut() {
        debug_assert!(slot.is_immediate());
        // SAFETY: the slot holds an immediate (no count to release), so
        // overwriting it without dropping leaks nothing.
        unsafe { write_whole(slot, r) };
    }
}

/// Pops the immediate on top of the stack (a fast path's consumed operand).
#[inline(always)]
pub(crate) fn pop_immediate(stack: &mut Vec<Value>) {
    if let Some(v) = stack.pop() {
        debug_assert!(v.is_immediate());
        std::mem::forget(v);
    }
}

/// Pushes a fast path's result (see `write_whole`).
#[inline(always)]
pub(crate) fn push_result(stack: &mut Vec<Value>, r: Value) {
    stack.reserve(1);
    let len = stack.len();
    // SAFETY: `reserve` made room for one more value past `len`, which is
    // written before the length covers it.
    unsafe {
        write_whole(stack.as_mut_ptr().add(len), r);
        stack.set_len(len + 1);
    }
}

/// Stores a fast path's result into a local, releasing the old value.
#[inline(always)]
pub(crate) fn store_result(slot: &mut Value, r: Value) {
    // SAFETY: the old value is moved out before the slot is overwritten,
    // so it is released exactly once.
    let old = unsafe { std::ptr::read(slot) };
    unsafe { write_whole(slot, r) };
    old.release();
}

/// Writes `v` to `dst` as one 16-byte store of a register. The fast paths'
/// results are built in memory as two 8-byte halves (tag, payload); moved
/// on with the plain 16-byte copy rustc emits, the copy's load cannot be
/// forwarded from those two stores and waits for them to retire (a
/// store-forwarding stall on every arithmetic result).
///
/// `v` is a fast path's result, an immediate (no pointer in its bits).
///
/// # Safety
/// `dst` must be valid for a write of one `Value`; what it held is
/// overwritten without being dropped.
#[inline(always)]
unsafe fn write_whole(dst: *mut Value, v: Value) {
    debug_assert!(v.is_immediate());
    // SAFETY: the caller vouches for `dst`.
    unsafe { write_bits(dst, v) }
}

/// Pushes any value (a reference included) as one 16-byte store of two
/// registers: for a value whose halves were just read apart (an Option or
/// PyResult tested for its tag), which a plain push would spill as two
/// 8-byte stores and reload as one 16-byte value (the stall `write_whole`
/// explains).
#[inline(always)]
pub(crate) fn push_whole(stack: &mut Vec<Value>, v: Value) {
    stack.reserve(1);
    let len = stack.len();
    // SAFETY: `reserve` made room for one more value past `len`, written
    // before the length covers it. The bits move unchanged, so a
    // reference's one count moves with them.
    unsafe {
        write_bits(stack.as_mut_ptr().add(len), v);
        stack.set_len(len + 1);
    }
}

/// `write_whole` for any value.
///
/// # Safety
/// As `write_whole`.
#[inline(always)]
unsafe fn write_bits(dst: *mut Value, v: Value) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{__m128i, _mm_set_epi64x, _mm_storeu_si128};
        // SAFETY: a Value is two 8-byte words (repr(C, u64)), any bits of
        // which are valid u64s.
        let [mut lo, mut hi]: [u64; 2] = unsafe { std::mem::transmute::<Value, [u64; 2]>(v) };
        // SAFETY: an empty asm block that only pins both halves in
        // registers, so they are not reloaded as one 16-byte value.
        unsafe {
            std::arch::asm!("/* {0} {1} */", inout(reg) lo, inout(reg) hi, options(pure, nomem, nostack, preserves_flags));
        }
        // SAFETY: SSE2 is part of x86_64; the caller vouches for `dst`.
        unsafe { _mm_storeu_si128(dst as *mut __m128i, _mm_set_epi64x(hi as i64, lo as i64)) };
    }
    #[cfg(not(target_arch = "x86_64"))]
    // SAFETY: the caller vouches for `dst`.
    unsafe {
        std::ptr::write(dst, v)
    };
}

/// Cuts `stack` to `at`, releasing the values above in order (`release`:
/// immediates and references that are not the last one stay inline; a
/// call's callable, self and arguments usually are neither).
#[inline(always)]
pub(crate) fn release_from(stack: &mut Vec<Value>, at: usize) {
    let n = stack.len();
    let values = stack.as_ptr();
    // SAFETY: the length is cut to `at` first, so the vector no longer owns
    // `at..n`: each is moved out exactly once below (a panicking drop would
    // leak the rest rather than free them twice).
    unsafe {
        stack.set_len(at);
        for i in at..n {
            values.add(i).read().release();
        }
    }
}
