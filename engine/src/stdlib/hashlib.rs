//! `_hashlib`: message digests on the RustCrypto crates. py/hashlib.py wraps
//! each digest state (a namespace of closures over it) in CPython's API.

use std::cell::RefCell;
use std::rc::Rc;

use sha2::Digest;

use super::util::{exact, module};
use crate::builtins::types::native_closure;
use crate::error::PyResult;
use crate::object::{Args, BytesObj, DictObj, NativeFn};
use crate::value::Value;
use crate::vm::Vm;

#[derive(Clone)]
enum State {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
}

impl State {
    fn named(name: &str) -> Option<State> {
        Some(match name {
            "md5" => State::Md5(Default::default()),
            "sha1" => State::Sha1(Default::default()),
            "sha224" => State::Sha224(Default::default()),
            "sha256" => State::Sha256(Default::default()),
            "sha384" => State::Sha384(Default::default()),
            "sha512" => State::Sha512(Default::default()),
            _ => return None,
        })
    }

    fn update(&mut self, data: &[u8]) {
        match self {
            State::Md5(h) => h.update(data),
            State::Sha1(h) => h.update(data),
            State::Sha224(h) => h.update(data),
            State::Sha256(h) => h.update(data),
            State::Sha384(h) => h.update(data),
            State::Sha512(h) => h.update(data),
        }
    }

    /// The digest so far (the state itself goes on, as in CPython).
    fn digest(&self) -> Vec<u8> {
        match self.clone() {
            State::Md5(h) => h.finalize().to_vec(),
            State::Sha1(h) => h.finalize().to_vec(),
            State::Sha224(h) => h.finalize().to_vec(),
            State::Sha256(h) => h.finalize().to_vec(),
            State::Sha384(h) => h.finalize().to_vec(),
            State::Sha512(h) => h.finalize().to_vec(),
        }
    }
}

pub fn init(_vm: &mut Vm) -> PyResult<Value> {
    let funcs: &[(&str, NativeFn)] = &[("new_state", new_state)];
    Ok(module("_hashlib", funcs).0)
}

fn bytes_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Bytes(b) | Value::ByteArray(b) => Ok(b.data.borrow().clone()),
        Value::Str(_) => Err(vm.type_error("Strings must be encoded before hashing")),
        other => Err(vm.type_error(format!(
            "object supporting the buffer API required, not '{}'",
            crate::object::type_name_of(other)
        ))),
    }
}

/// `new_state(name)`: a namespace with update(data), digest() and copy(),
/// or None for an unknown algorithm.
fn new_state(vm: &mut Vm, args: Args) -> PyResult {
    exact(vm, &args, "_hashlib", "new_state", 1)?;
    let Value::Str(name) = &args.args[0] else {
        return Err(vm.type_error("algorithm name must be a str"));
    };
    match State::named(&name.as_str().to_ascii_lowercase()) {
        Some(s) => Ok(namespace(Rc::new(RefCell::new(s)))),
        None => Ok(Value::None),
    }
}

fn namespace(state: Rc<RefCell<State>>) -> Value {
    let d = crate::gc::new(DictObj::new());
    let s = state.clone();
    d.set_str(
        "update",
        native_closure(
            "update",
            Rc::new(move |vm: &mut Vm, args: Args| {
                let data = match args.args.first() {
                    Some(v) => bytes_of(vm, v)?,
                    None => {
                        return Err(vm.type_error("update() takes exactly one argument (0 given)"))
                    }
                };
                s.borrow_mut().update(&data);
                Ok(Value::None)
            }),
        ),
    );
    let s = state.clone();
    d.set_str(
        "digest",
        native_closure(
            "digest",
            Rc::new(move |_vm: &mut Vm, _args: Args| {
                let out = s.borrow().digest();
                Ok(Value::Bytes(Rc::new(BytesObj::new(out))))
            }),
        ),
    );
    d.set_str(
        "copy",
        native_closure(
            "copy",
            Rc::new(move |_vm: &mut Vm, _args: Args| {
                let copy = state.borrow().clone();
                Ok(namespace(Rc::new(RefCell::new(copy))))
            }),
        ),
    );
    Value::Dict(d)
}
