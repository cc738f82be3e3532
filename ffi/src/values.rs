//! Building and reading values, and the container protocol, as handles.

use std::ffi::{c_char, c_int, c_void, CString};
use std::rc::Rc;

use krait_engine::object::{type_name_of, BytesObj, DictObj};
use krait_engine::Value;

use crate::status::*;
use crate::vm::{api, c_str, c_text, kr_vm, put, ApiResult, Fail};

/// Writes a plain value through a non-null out-pointer.
fn write<T>(out: *mut T, v: T) -> ApiResult {
    if out.is_null() {
        return Err(Fail::Status(KR_ERROR_BAD_ARGUMENT));
    }
    // SAFETY: checked non-null; the caller provides writable storage.
    unsafe { out.write(v) };
    Ok(())
}

/// # Safety
/// `vm` must be NULL or a live VM.
#[no_mangle]
pub unsafe extern "C" fn kr_release(vm: *mut kr_vm, value: u64) -> kr_status {
    api(vm, |kvm, _| {
        if value == 0 {
            return Ok(());
        }
        // Take the value out before dropping it: its destructor may run script code.
        let v = kvm.handles.borrow_mut().remove(value);
        match v {
            Some(v) => {
                drop(v);
                Ok(())
            }
            None => Err(Fail::Status(KR_ERROR_BAD_HANDLE)),
        }
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_dup(vm: *mut kr_vm, value: u64, out: *mut u64) -> kr_status {
    api(vm, |kvm, _| put(kvm, out, kvm.value(value)?))
}

/// # Safety
/// `vm` must be NULL or a live VM; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_none(vm: *mut kr_vm, out: *mut u64) -> kr_status {
    api(vm, |kvm, _| put(kvm, out, Value::None))
}

/// # Safety
/// `vm` must be NULL or a live VM; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_bool_new(vm: *mut kr_vm, truth: c_int, out: *mut u64) -> kr_status {
    api(vm, |kvm, _| put(kvm, out, Value::Bool(truth != 0)))
}

/// # Safety
/// `vm` must be NULL or a live VM; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_int_new(vm: *mut kr_vm, i: i64, out: *mut u64) -> kr_status {
    api(vm, |kvm, _| put(kvm, out, Value::Int(i)))
}

/// # Safety
/// `vm` must be NULL or a live VM; `digits` NUL-terminated; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_int_from_string(
    vm: *mut kr_vm,
    digits: *const c_char,
    out: *mut u64,
) -> kr_status {
    api(vm, |kvm, engine| {
        let text = c_str(digits)?;
        let int_type = Value::Class(engine.types.int.clone());
        let v = engine.call(&int_type, vec![Value::str(text)])?;
        put(kvm, out, v)
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_float_new(vm: *mut kr_vm, d: f64, out: *mut u64) -> kr_status {
    api(vm, |kvm, _| put(kvm, out, Value::Float(d)))
}

/// # Safety
/// `vm` must be NULL or a live VM; `text` holds `len` bytes; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_str_new(
    vm: *mut kr_vm,
    text: *const c_char,
    len: usize,
    out: *mut u64,
) -> kr_status {
    api(vm, |kvm, _| put(kvm, out, Value::str(c_text(text, len)?)))
}

/// # Safety
/// `vm` must be NULL or a live VM; `data` holds `len` bytes; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_bytes_new(
    vm: *mut kr_vm,
    data: *const c_void,
    len: usize,
    out: *mut u64,
) -> kr_status {
    api(vm, |kvm, _| {
        let bytes = if len == 0 {
            Vec::new()
        } else if data.is_null() {
            return Err(Fail::Status(KR_ERROR_BAD_ARGUMENT));
        } else {
            // SAFETY: the caller passes `len` readable bytes.
            unsafe { std::slice::from_raw_parts(data as *const u8, len) }.to_vec()
        };
        put(kvm, out, Value::Bytes(Rc::new(BytesObj::new(bytes))))
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; `items` holds `n` handles; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_list_new(
    vm: *mut kr_vm,
    n: usize,
    items: *const u64,
    out: *mut u64,
) -> kr_status {
    api(vm, |kvm, _| {
        put(kvm, out, Value::list(kvm.values(n, items)?))
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; `items` holds `n` handles; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_tuple_new(
    vm: *mut kr_vm,
    n: usize,
    items: *const u64,
    out: *mut u64,
) -> kr_status {
    api(vm, |kvm, _| {
        put(kvm, out, Value::tuple(kvm.values(n, items)?))
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_dict_new(vm: *mut kr_vm, out: *mut u64) -> kr_status {
    api(vm, |kvm, _| {
        put(kvm, out, Value::Dict(krait_engine::gc::new(DictObj::new())))
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_to_int(vm: *mut kr_vm, v: u64, out: *mut i64) -> kr_status {
    api(vm, |kvm, _| match kvm.value(v)? {
        Value::Int(i) => write(out, i),
        Value::Bool(b) => write(out, b as i64),
        Value::BigInt(_) => Err(Fail::Status(KR_ERROR_OVERFLOW)),
        _ => Err(Fail::Status(KR_ERROR_TYPE)),
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_to_float(vm: *mut kr_vm, v: u64, out: *mut f64) -> kr_status {
    api(vm, |kvm, engine| match kvm.value(v)? {
        Value::Float(f) => write(out, f),
        Value::Int(i) => write(out, i as f64),
        Value::Bool(b) => write(out, b as i64 as f64),
        big @ Value::BigInt(_) => {
            let float_type = Value::Class(engine.types.float.clone());
            match engine.call(&float_type, vec![big])? {
                Value::Float(f) => write(out, f),
                _ => Err(Fail::Status(KR_ERROR_TYPE)),
            }
        }
        _ => Err(Fail::Status(KR_ERROR_TYPE)),
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_truthy(vm: *mut kr_vm, v: u64, out: *mut c_int) -> kr_status {
    api(vm, |kvm, engine| {
        let v = kvm.value(v)?;
        let t = engine.truthy(&v)?;
        write(out, t as c_int)
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; `data` and `len` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_str_data(
    vm: *mut kr_vm,
    v: u64,
    data: *mut *const c_char,
    len: *mut usize,
) -> kr_status {
    api(vm, |kvm, _| {
        let Value::Str(s) = kvm.value(v)? else {
            return Err(Fail::Status(KR_ERROR_TYPE));
        };
        if data.is_null() {
            return Err(Fail::Status(KR_ERROR_BAD_ARGUMENT));
        }
        let n = s.as_str().len();
        let mut handles = kvm.handles.borrow_mut();
        let text = handles
            .text(v, || s.as_str().as_bytes().to_vec())
            .ok_or(Fail::Status(KR_ERROR_BAD_HANDLE))?;
        write(data, text.as_ptr() as *const c_char)?;
        if !len.is_null() {
            write(len, n)?;
        }
        Ok(())
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; `data` and `len` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_bytes_data(
    vm: *mut kr_vm,
    v: u64,
    data: *mut *const c_void,
    len: *mut usize,
) -> kr_status {
    api(vm, |kvm, _| {
        let b = match kvm.value(v)? {
            Value::Bytes(b) | Value::ByteArray(b) => b,
            _ => return Err(Fail::Status(KR_ERROR_TYPE)),
        };
        let bytes = b.data.borrow();
        // The buffer belongs to the value, which the handle keeps alive.
        write(data, bytes.as_ptr() as *const c_void)?;
        write(len, bytes.len())
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_is_none(vm: *mut kr_vm, v: u64, out: *mut c_int) -> kr_status {
    api(vm, |kvm, _| write(out, kvm.value(v)?.is_none() as c_int))
}

/// # Safety
/// `vm` must be NULL or a live VM; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_type_name(
    vm: *mut kr_vm,
    v: u64,
    out: *mut *const c_char,
) -> kr_status {
    api(vm, |kvm, _| {
        let name = type_name_of(&kvm.value(v)?);
        let mut names = kvm.type_names.borrow_mut();
        let c = names
            .entry(name.clone())
            .or_insert_with(|| CString::new(name).unwrap_or_default());
        // The CString stays in the VM's table until kr_vm_free.
        write(out, c.as_ptr())
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_is_instance(
    vm: *mut kr_vm,
    v: u64,
    cls: u64,
    out: *mut c_int,
) -> kr_status {
    api(vm, |kvm, engine| {
        let (v, cls) = (kvm.value(v)?, kvm.value(cls)?);
        let isinstance = engine
            .builtin("isinstance")
            .ok_or(Fail::Status(KR_ERROR_INTERNAL))?;
        let r = engine.call(&isinstance, vec![v, cls])?;
        write(out, engine.truthy(&r)? as c_int)
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_repr(vm: *mut kr_vm, v: u64, out: *mut u64) -> kr_status {
    api(vm, |kvm, engine| {
        let text = engine.repr(&kvm.value(v)?)?;
        put(kvm, out, Value::string(text))
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_str(vm: *mut kr_vm, v: u64, out: *mut u64) -> kr_status {
    api(vm, |kvm, engine| {
        let text = engine.str(&kvm.value(v)?)?;
        put(kvm, out, Value::string(text))
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_len(vm: *mut kr_vm, v: u64, out: *mut usize) -> kr_status {
    api(vm, |kvm, engine| {
        let n = engine.len(&kvm.value(v)?)?;
        write(out, n)
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_get_item(vm: *mut kr_vm, v: u64, key: u64, out: *mut u64) -> kr_status {
    api(vm, |kvm, engine| {
        let item = engine.getitem(&kvm.value(v)?, &kvm.value(key)?)?;
        put(kvm, out, item)
    })
}

/// # Safety
/// `vm` must be NULL or a live VM.
#[no_mangle]
pub unsafe extern "C" fn kr_set_item(vm: *mut kr_vm, v: u64, key: u64, item: u64) -> kr_status {
    api(vm, |kvm, engine| {
        let (obj, key, item) = (kvm.value(v)?, kvm.value(key)?, kvm.value(item)?);
        engine.setitem(&obj, key, item)?;
        Ok(())
    })
}

/// # Safety
/// `vm` must be NULL or a live VM.
#[no_mangle]
pub unsafe extern "C" fn kr_del_item(vm: *mut kr_vm, v: u64, key: u64) -> kr_status {
    api(vm, |kvm, engine| {
        engine.delitem(&kvm.value(v)?, &kvm.value(key)?)?;
        Ok(())
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_get_index(
    vm: *mut kr_vm,
    v: u64,
    index: i64,
    out: *mut u64,
) -> kr_status {
    api(vm, |kvm, engine| {
        let item = engine.getitem(&kvm.value(v)?, &Value::Int(index))?;
        put(kvm, out, item)
    })
}

/// # Safety
/// `vm` must be NULL or a live VM.
#[no_mangle]
pub unsafe extern "C" fn kr_list_append(vm: *mut kr_vm, list: u64, item: u64) -> kr_status {
    api(vm, |kvm, _| {
        let Value::List(l) = kvm.value(list)? else {
            return Err(Fail::Status(KR_ERROR_TYPE));
        };
        l.items.borrow_mut().push(kvm.value(item)?);
        Ok(())
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; `it` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_iter(vm: *mut kr_vm, v: u64, it: *mut u64) -> kr_status {
    api(vm, |kvm, engine| {
        let iterator = engine.get_iter(&kvm.value(v)?)?;
        put(kvm, it, iterator)
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; `out` and `done` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_next(
    vm: *mut kr_vm,
    it: u64,
    out: *mut u64,
    done: *mut c_int,
) -> kr_status {
    api(vm, |kvm, engine| {
        if out.is_null() || done.is_null() {
            return Err(Fail::Status(KR_ERROR_BAD_ARGUMENT));
        }
        match engine.next(&kvm.value(it)?)? {
            Some(v) => {
                write(done, 0)?;
                put(kvm, out, v)
            }
            None => {
                write(out, 0)?;
                write(done, 1)
            }
        }
    })
}
