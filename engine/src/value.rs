//! `Value`: the 16-byte tagged value every part of the engine passes around.
//! Immediates (None, bool, i64, f64) live inline; everything else is a
//! reference-counted pointer. Tag at offset 0, payload at offset 8 (the JIT
//! reads this layout; see the layout test below).

use std::fmt;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::bytecode::CodeObject;
use crate::object::{
    BoundMethodObj, BuiltinObj, BytesObj, CellObj, ClassMethodObj, ClassObj, DictObj, DictViewObj,
    FunctionObj, GeneratorObj, InstanceObj, IterObj, ListObj, ModuleObj, PropertyObj, RangeObj,
    SetObj, SliceObj, StaticMethodObj, StrObj, SuperObj, TupleObj,
};

/// `Some($body)` with `$r` bound to the `Rc` of a reference value, None for
/// an immediate.
macro_rules! with_rc {
    ($v:expr, $r:ident => $body:expr) => {
        match $v {
            Value::BigInt($r) => Some($body),
            Value::Str($r) => Some($body),
            Value::Bytes($r) | Value::ByteArray($r) => Some($body),
            Value::List($r) => Some($body),
            Value::Tuple($r) => Some($body),
            Value::Dict($r) => Some($body),
            Value::Set($r) | Value::FrozenSet($r) => Some($body),
            Value::Range($r) => Some($body),
            Value::Slice($r) => Some($body),
            Value::Function($r) => Some($body),
            Value::Builtin($r) => Some($body),
            Value::BoundMethod($r) => Some($body),
            Value::Class($r) => Some($body),
            Value::Instance($r) => Some($body),
            Value::Module($r) => Some($body),
            Value::Cell($r) => Some($body),
            Value::Code($r) => Some($body),
            Value::Iterator($r) => Some($body),
            Value::Generator($r) => Some($body),
            Value::Property($r) => Some($body),
            Value::StaticMethod($r) => Some($body),
            Value::ClassMethod($r) => Some($body),
            Value::Super($r) => Some($body),
            Value::DictView($r) => Some($body),
            Value::Null
            | Value::None
            | Value::NotImplemented
            | Value::Ellipsis
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_) => None,
        }
    };
}

/// The tag is a full word: with a byte tag, rustc moves a value as the tag
/// byte plus bytes 1..16 and then reads it back as one 16-byte load, a
/// store-to-load forwarding stall on every push of a returned value.
#[derive(Default)]
#[repr(C, u64)]
pub enum Value {
    /// Internal marker: an unbound local, or "no self" after LOAD_METHOD.
    /// Never visible to scripts.
    #[default]
    Null,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    Float(f64),
    /// Only for ints outside i64; results that fit are always `Int`.
    BigInt(Rc<BigInt>),
    Str(Rc<StrObj>),
    Bytes(Rc<BytesObj>),
    ByteArray(Rc<BytesObj>),
    List(Rc<ListObj>),
    Tuple(Rc<TupleObj>),
    Dict(Rc<DictObj>),
    Set(Rc<SetObj>),
    FrozenSet(Rc<SetObj>),
    Range(Rc<RangeObj>),
    Slice(Rc<SliceObj>),
    Function(Rc<FunctionObj>),
    Builtin(Rc<BuiltinObj>),
    BoundMethod(Rc<BoundMethodObj>),
    Class(Rc<ClassObj>),
    Instance(Rc<InstanceObj>),
    Module(Rc<ModuleObj>),
    Cell(Rc<CellObj>),
    Code(Rc<CodeObject>),
    Iterator(Rc<IterObj>),
    Generator(Rc<GeneratorObj>),
    Property(Rc<PropertyObj>),
    StaticMethod(Rc<StaticMethodObj>),
    ClassMethod(Rc<ClassMethodObj>),
    Super(Rc<SuperObj>),
    DictView(Rc<DictViewObj>),
}

/// The out-of-line end of `Value::release`: the last reference, whose
/// object is freed.
#[inline(never)]
fn drop_last(v: Value) {
    drop(v);
}

impl Clone for Value {
    /// A reference variant gets its count raised; then every variant is one
    /// 16-byte copy. (Building the copy variant by variant writes the tag and
    /// the payload separately and then reads them back as one 16-byte value,
    /// which stalls store-to-load forwarding on every LOAD_FAST.)
    #[inline(always)]
    fn clone(&self) -> Self {
        if !self.is_immediate() {
            self.incref();
        }
        // SAFETY: an immediate is plain data, and a reference variant's strong
        // count was raised just above, so the bitwise copy owns its own count.
        unsafe { std::ptr::read(self) }
    }
}

impl Value {
    /// None, bool, int, float and the markers: no reference count.
    #[inline(always)]
    pub fn is_immediate(&self) -> bool {
        matches!(
            self,
            Value::Null
                | Value::None
                | Value::NotImplemented
                | Value::Ellipsis
                | Value::Bool(_)
                | Value::Int(_)
                | Value::Float(_)
        )
    }

    /// Could dropping this value free an object that holds other values
    /// (and so drop those from inside its own drop)? Not for an immediate,
    /// a leaf object (str, bytes, big int, range) or a reference that is
    /// not the last one. Containers that answer no for all their contents
    /// free them directly instead of through the trashcan (gc/trashcan.rs).
    #[inline]
    pub fn may_free_nested(&self) -> bool {
        match self {
            Value::BigInt(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::ByteArray(_)
            | Value::Range(_) => false,
            v if v.is_immediate() => false,
            v => with_rc!(v, r => Rc::strong_count(r) == 1).unwrap_or(true),
        }
    }

    /// Raises the strong count of a reference variant (every arm compiles to
    /// the same increment).
    #[inline(always)]
    fn incref(&self) {
        with_rc!(self, r => {
            // SAFETY: a strong count never reaches usize::MAX: that takes
            // 2^64 increments without decrements. Saying so drops
            // `Rc::clone`'s overflow abort, which is what kept the arms
            // apart (a jump table on every clone).
            unsafe { std::hint::assert_unchecked(Rc::strong_count(r) < usize::MAX) };
            std::mem::forget(r.clone())
        });
    }

    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(StrObj::copied(s)))
    }

    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(StrObj::new(s)))
    }

    /// Drops the value with the immediate case inline: the full drop glue
    /// is an out-of-line call, which hot loops over slots should not pay
    /// for ints, floats and bools.
    /// A reference that is not the last one is released inline too (one
    /// decrement); only the last one takes the out-of-line drop.
    #[inline(always)]
    pub fn release(self) {
        self.release_last();
    }

    /// Stores `v` in `slot`, releasing the old value (see `release`).
    #[inline(always)]
    pub fn store(slot: &mut Value, v: Value) {
        std::mem::replace(slot, v).release();
    }

    /// `release`, saying whether it dropped the last reference (whose drop
    /// may have queued a finaliser: gc/pending.rs).
    #[inline(always)]
    pub fn release_last(self) -> bool {
        if self.is_immediate() {
            std::mem::forget(self);
            return false;
        }
        if with_rc!(&self, r => Rc::strong_count(r) == 1).unwrap_or(true) {
            drop_last(self);
            return true;
        }
        // SAFETY: `self` owns one of the (more than one) strong counts of its
        // object: giving that count back cannot free the object, and `self`
        // is forgotten so the count is given back exactly once. Every arm is
        // the same decrement at the allocation's start, so the match folds.
        with_rc!(&self, r => unsafe { Rc::decrement_strong_count(Rc::as_ptr(r)) });
        std::mem::forget(self);
        false
    }

    /// `store`, saying whether the old value's release dropped the last
    /// reference (see `release_last`).
    #[inline(always)]
    pub fn store_last(slot: &mut Value, v: Value) -> bool {
        std::mem::replace(slot, v).release_last()
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// Builds an int value, shrinking to the inline form when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(crate::gc::new_tuple(TupleObj::new(items)))
    }

    /// `(a, b)` in one allocation.
    pub fn pair(a: Value, b: Value) -> Value {
        Value::Tuple(crate::gc::new_tuple(TupleObj::pair(a, b)))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(crate::gc::new(ListObj::new(items)))
    }

    /// Identity as Python's `is` sees it: same immediate or same object.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Null, Value::Null)
            | (Value::None, Value::None)
            | (Value::NotImplemented, Value::NotImplemented)
            | (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            // Small ints are cached in CPython; all inline ints compare by value here.
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.heap_ptr(), other.heap_ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }

    /// The address of the heap object, if this is a reference (used by `id` and `is`).
    pub fn heap_ptr(&self) -> Option<usize> {
        with_rc!(self, r => Rc::as_ptr(r) as *const u8 as usize)
    }

    /// The reference count of the heap object (`sys.getrefcount`), if this is a reference.
    pub fn ref_count(&self) -> Option<usize> {
        with_rc!(self, r => Rc::strong_count(r))
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => write!(f, "<null>"),
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Value::Int(i) => write!(f, "{}", i),
            Value::Float(x) => write!(f, "{}", x),
            Value::BigInt(b) => write!(f, "{}", b),
            Value::Str(s) => write!(f, "{:?}", s.as_str()),
            _ => write!(f, "<{} object>", crate::object::type_name_of(self)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_is_tag_then_payload() {
        assert_eq!(std::mem::size_of::<Value>(), 16);
        let v = Value::Int(0x1234_5678_9abc);
        // SAFETY: Value is repr(C, u64): a u64 tag at offset 0 and the payload at offset 8.
        let words: [u64; 2] = unsafe { std::mem::transmute(v) };
        assert_eq!(words[1], 0x1234_5678_9abc);
        assert_eq!(words[0] & 0xff, 5);
        let f = Value::Float(1.5);
        // SAFETY: as above.
        let words: [u64; 2] = unsafe { std::mem::transmute(f) };
        assert_eq!(words[1], 1.5f64.to_bits());
        assert_eq!(words[0] & 0xff, 6);
    }
}
