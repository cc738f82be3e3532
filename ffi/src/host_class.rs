//! Host classes (`kr_class_new`): script-visible classes whose instances wrap
//! a host pointer, with native methods, properties and dunders, and a
//! finaliser that runs exactly once when the last reference goes.

use std::ffi::{c_char, c_void, CString};
use std::rc::Rc;

use krait_engine::object::descriptor::{PropertyObj, StaticMethodObj};
use krait_engine::object::function::NativeImpl;
use krait_engine::object::host::HostData;
use krait_engine::object::instance::Native;
use krait_engine::object::{Args, BuiltinObj, DictObj, InstanceObj};
use krait_engine::{Value, Vm};

use crate::native::{function_value, NativeFn};
use crate::status::*;
use crate::vm::{api, c_str, kr_vm, put, ApiResult, Fail};

/// Where the host tag hides in a host class's namespace (and its subclasses', by MRO).
const TAG_KEY: &str = "__krait_host_class__";

pub type FinalizeFn = Option<unsafe extern "C" fn(*mut c_void, *mut c_void)>;

#[repr(C)]
pub struct kr_method_def {
    pub signature: *const c_char,
    pub func: NativeFn,
}

#[repr(C)]
pub struct kr_property_def {
    pub name: *const c_char,
    pub get: NativeFn,
    pub set: NativeFn,
}

#[repr(C)]
pub struct kr_class_def {
    pub name: *const c_char,
    pub methods: *const kr_method_def,
    pub method_count: usize,
    pub properties: *const kr_property_def,
    pub property_count: usize,
    pub constructor: NativeFn,
    pub constructor_signature: *const c_char,
    pub finalize: FinalizeFn,
    pub userdata: *mut c_void,
}

/// What kr_object_new needs to know about a host class.
pub struct HostClass {
    finalize: FinalizeFn,
    userdata: usize,
}

fn slice<'a, T>(p: *const T, n: usize) -> ApiResult<&'a [T]> {
    if n == 0 {
        return Ok(&[]);
    }
    if p.is_null() {
        return Err(Fail::Status(KR_ERROR_BAD_ARGUMENT));
    }
    // SAFETY: the host passes `n` readable entries.
    Ok(unsafe { std::slice::from_raw_parts(p, n) })
}

/// The tag of the host class `cls` (or of the host class it derives from).
fn tag_of(cls: &Value) -> ApiResult<usize> {
    let Value::Class(c) = cls else {
        return Err(Fail::Status(KR_ERROR_TYPE));
    };
    match c.lookup(TAG_KEY) {
        Some(Value::Int(tag)) => Ok(tag as usize),
        _ => Err(Fail::Status(KR_ERROR_TYPE)),
    }
}

/// # Safety
/// `vm` must be NULL or a live VM; `def` a filled kr_class_def; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_class_new(
    vm: *mut kr_vm,
    def: *const kr_class_def,
    out: *mut u64,
) -> kr_status {
    api(vm, |kvm, engine| {
        if def.is_null() || out.is_null() {
            return Err(Fail::Status(KR_ERROR_BAD_ARGUMENT));
        }
        // SAFETY: checked non-null; the host fills the struct.
        let def = unsafe { &*def };
        let name = c_str(def.name)?;
        let ns = krait_engine::gc::new(DictObj::new());
        for m in slice(def.methods, def.method_count)? {
            let (mname, f) = function_value(kvm, engine, m.signature, m.func, def.userdata)?;
            ns.set_str(&mname, f);
        }
        for p in slice(def.properties, def.property_count)? {
            let pname = c_str(p.name)?;
            let mut accessor = |func: NativeFn, sig: &str| -> ApiResult<Value> {
                if func.is_none() {
                    return Ok(Value::None);
                }
                let sig = CString::new(sig).map_err(|_| Fail::Status(KR_ERROR_BAD_ARGUMENT))?;
                Ok(function_value(kvm, engine, sig.as_ptr(), func, def.userdata)?.1)
            };
            let fget = accessor(p.get, &format!("{}(self)", pname))?;
            let fset = accessor(p.set, &format!("{}(self, value)", pname))?;
            let prop = PropertyObj::new(fget, fset, Value::None, Value::None);
            ns.set_str(pname, Value::Property(krait_engine::gc::new(prop)));
        }
        if def.constructor.is_some() {
            let sig = if def.constructor_signature.is_null() {
                c"__new__".as_ptr()
            } else {
                def.constructor_signature
            };
            let (_, f) = function_value(kvm, engine, sig, def.constructor, def.userdata)?;
            ns.set_str(
                "__new__",
                Value::StaticMethod(krait_engine::gc::new(StaticMethodObj::new(f))),
            );
        } else {
            // Like CPython's types that scripts cannot instantiate.
            let msg = format!("cannot create '{}' instances", name);
            let f = Value::Builtin(Rc::new(BuiltinObj {
                name: "__new__".into(),
                func: NativeImpl::Closure(Rc::new(move |vm: &mut Vm, _: Args| {
                    Err(vm.type_error(&msg))
                })),
                owner: None,
                raw_self: false,
            }));
            ns.set_str(
                "__new__",
                Value::StaticMethod(krait_engine::gc::new(StaticMethodObj::new(f))),
            );
        }
        let tag = kvm.next_class_tag();
        ns.set_str(TAG_KEY, Value::Int(tag as i64));
        ns.set_str("__module__", Value::str("builtins"));
        kvm.host_classes.borrow_mut().insert(
            tag,
            HostClass {
                finalize: def.finalize,
                userdata: def.userdata as usize,
            },
        );
        let type_ = engine
            .builtin("type")
            .ok_or(Fail::Status(KR_ERROR_INTERNAL))?;
        let cls = engine.call(
            &type_,
            vec![Value::str(name), Value::tuple(vec![]), Value::Dict(ns)],
        )?;
        put(kvm, out, cls)
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; `out` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_object_new(
    vm: *mut kr_vm,
    cls: u64,
    ptr: *mut c_void,
    out: *mut u64,
) -> kr_status {
    api(vm, |kvm, _| {
        let cls = kvm.value(cls)?;
        let tag = tag_of(&cls)?;
        let Value::Class(c) = cls else {
            return Err(Fail::Status(KR_ERROR_TYPE));
        };
        let (finalize, userdata) = {
            let classes = kvm.host_classes.borrow();
            let info = classes.get(&tag).ok_or(Fail::Status(KR_ERROR_TYPE))?;
            (info.finalize, info.userdata)
        };
        let finalizer: Option<Box<dyn FnOnce(usize)>> = finalize.map(|f| {
            Box::new(move |p: usize| {
                // SAFETY: the host registered `f` for objects of this class;
                // it receives the pointer it gave kr_object_new, once.
                unsafe { f(userdata as *mut c_void, p as *mut c_void) }
            }) as Box<dyn FnOnce(usize)>
        });
        let data = HostData::new(ptr as usize, tag, finalizer);
        let obj = InstanceObj::new(c, Native::Host(Box::new(data)));
        put(kvm, out, Value::Instance(krait_engine::gc::new(obj)))
    })
}

/// # Safety
/// `vm` must be NULL or a live VM; `ptr` writable.
#[no_mangle]
pub unsafe extern "C" fn kr_object_ptr(
    vm: *mut kr_vm,
    v: u64,
    cls: u64,
    ptr: *mut *mut c_void,
) -> kr_status {
    api(vm, |kvm, _| {
        if ptr.is_null() {
            return Err(Fail::Status(KR_ERROR_BAD_ARGUMENT));
        }
        let tag = tag_of(&kvm.value(cls)?)?;
        let Value::Instance(inst) = kvm.value(v)? else {
            return Err(Fail::Status(KR_ERROR_TYPE));
        };
        let p = match &*inst.native.borrow() {
            Native::Host(d) if d.tag == tag => d.ptr,
            _ => return Err(Fail::Status(KR_ERROR_TYPE)),
        };
        // SAFETY: checked non-null.
        unsafe { *ptr = p as *mut c_void };
        Ok(())
    })
}
