//! `s += t` (and `s = s + t`) on strs in linear time.
//!
//! When the result is about to be stored back into the variable the left
//! operand came from, that variable's reference would be dropped by the
//! store anyway. Letting go of it first often leaves the text with no other
//! owner, and then it grows in place instead of being copied, as CPython's
//! `unicode_concatenate` does; a loop of `+=` stays linear.

use std::rc::Rc;

use crate::bytecode::{CodeObject, Op};
use crate::object::{DictObj, StrObj};
use crate::value::Value;
use crate::vm::frame::Frame;

/// BINARY_OP with `+` or `+=` on two strs at the top of `f`'s stack:
/// replaces them with the concatenation (anything else there is left as it
/// is).
#[inline(never)]
pub(crate) fn concat_strs(f: &mut Frame, code: &CodeObject, names: &[Rc<StrObj>]) {
    let n = f.stack.len();
    let (Value::Str(a), Value::Str(_)) = (&f.stack[n - 2], &f.stack[n - 1]) else {
        return;
    };
    let a_ptr = Rc::as_ptr(a);
    release_target(f, code, names, a_ptr);
    let (Some(Value::Str(b)), Some(Value::Str(mut a))) = (f.stack.pop(), f.stack.pop()) else {
        unreachable!("both operands were checked to be strs");
    };
    let joined = match Rc::get_mut(&mut a) {
        Some(text) => {
            text.append_known(b.as_str(), b.is_ascii());
            a
        }
        None => Rc::new(StrObj::concat_known(
            [a.as_str(), b.as_str()].into_iter(),
            a.is_ascii() && b.is_ascii(),
        )),
    };
    f.stack.push(Value::Str(joined));
}

/// If the next instruction stores into the variable that holds `a_ptr`,
/// clears that variable now (the store will set it again).
fn release_target(f: &mut Frame, code: &CodeObject, names: &[Rc<StrObj>], a_ptr: *const StrObj) {
    let Some(next) = code.instrs.get(f.pc) else {
        return;
    };
    let holds_a = |v: &Value| matches!(v, Value::Str(s) if Rc::as_ptr(s) == a_ptr);
    match next.op.unfused() {
        Op::StoreFast => {
            let slot = &mut f.stack[next.arg as usize];
            if holds_a(slot) {
                *slot = Value::Null;
            }
        }
        Op::StoreName | Op::StoreGlobal => {
            let ns = match (&f.locals, next.op.unfused()) {
                (Some(l), Op::StoreName) => l.clone(),
                _ => f.globals.clone(),
            };
            if let Some(name) = names.get(next.arg as usize) {
                release_in_dict(&ns, name, holds_a);
            }
        }
        _ => {}
    }
}

/// Overwrites the namespace entry for `name` with None if it holds the
/// operand (a value overwrite: caches keyed by the dict's layout stay valid).
fn release_in_dict(ns: &DictObj, name: &StrObj, holds_a: impl Fn(&Value) -> bool) {
    let old = {
        let Ok(mut table) = ns.table.try_borrow_mut() else {
            return;
        };
        let Some(i) = table.find_strobj(name) else {
            return;
        };
        let entry = &mut table.entries[i];
        if !holds_a(&entry.value) {
            return;
        }
        std::mem::replace(&mut entry.value, Value::None)
    };
    drop(old);
}
