//! Item access: `obj[key]`, `obj[key] = v`, `del obj[key]` for sequences
//! (ints and slices, CPython's index clamping), mappings and `__getitem__`.

use std::rc::Rc;

use crate::error::PyResult;
use crate::object::list::position;
use crate::object::{type_name_of, BytesObj, ListObj, SliceObj, StrObj};
use crate::value::Value;
use crate::vm::Vm;

/// A resolved slice: start, step and the number of items it selects.
#[derive(Clone, Copy, Debug)]
pub struct SliceRange {
    pub start: i64,
    pub step: i64,
    pub len: usize,
    /// The clamped stop index, as `slice.indices` reports it.
    pub stop: i64,
}

impl SliceRange {
    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}

/// Does `get_slice` slice `v` itself (no `__getitem__` to call)?
pub(crate) fn slices_natively(v: &Value) -> bool {
    matches!(
        v,
        Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::ByteArray(_)
            | Value::Range(_)
    )
}

impl Vm {
    /// `len()` of a range: past i64::MAX values it raises OverflowError, as
    /// CPython's (indexing and slicing work at any length).
    pub(crate) fn range_len(&mut self, r: &crate::object::RangeObj) -> PyResult<usize> {
        match r.len() {
            Some(n) => Ok(n as usize),
            None => Err(self.new_error(
                "OverflowError",
                "Python int too large to convert to C ssize_t",
            )),
        }
    }

    /// Resolves a slice against a sequence length (PySlice_AdjustIndices).
    pub fn slice_range(&mut self, s: &SliceObj, len: usize) -> PyResult<SliceRange> {
        let len = len as i64;
        let step = if s.step.is_none() {
            1
        } else {
            self.slice_index(&s.step)?
        };
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let clamp = |v: i64| -> i64 {
            if v < 0 {
                (v + len).max(lower)
            } else {
                v.min(upper)
            }
        };
        let start = if s.start.is_none() {
            if step < 0 {
                upper
            } else {
                lower
            }
        } else {
            clamp(self.slice_index(&s.start)?)
        };
        let stop = if s.stop.is_none() {
            if step < 0 {
                lower
            } else {
                upper
            }
        } else {
            clamp(self.slice_index(&s.stop)?)
        };
        let n = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok(SliceRange {
            start,
            step,
            stop,
            len: n as usize,
        })
    }

    fn slice_index(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::BigInt(b) => Ok(if num_traits::Signed::is_negative(&**b) {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }),
            _ => self.to_index(v).map_err(|_| {
                self.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )
            }),
        }
    }

    /// A slice bound of a range: None, or an int of any size.
    fn range_slice_bound(&mut self, v: &Value) -> PyResult<Option<num_bigint::BigInt>> {
        if v.is_none() {
            return Ok(None);
        }
        if let Some(b) = crate::object::int::to_bigint(v) {
            return Ok(Some(b));
        }
        match self.to_index(v) {
            Ok(i) => Ok(Some(i.into())),
            Err(_) => Err(self
                .type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    /// Normalises a sequence index; Err(IndexError) when out of range.
    fn seq_index(&mut self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match key {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => {
                return Err(self.index_error("cannot fit 'int' into an index-sized integer"))
            }
            _ => match self.to_index(key) {
                Ok(i) => i,
                Err(_) if what == "str" => {
                    return Err(self.type_error(format!(
                        "string indices must be integers, not '{}'",
                        type_name_of(key)
                    )))
                }
                Err(_) => {
                    return Err(self.type_error(format!(
                        "{} indices must be integers or slices, not {}",
                        what,
                        type_name_of(key)
                    )))
                }
            },
        };
        let idx = if i < 0 { i + len as i64 } else { i };
        if idx < 0 || idx >= len as i64 {
            let msg = match what {
                "str" => "string index out of range".to_string(),
                "bytes" | "bytearray" => "index out of range".to_string(),
                "range" => "range object index out of range".to_string(),
                _ => format!("{} index out of range", what),
            };
            return Err(self.index_error(msg));
        }
        Ok(idx as usize)
    }

    /// `obj[key]`.
    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult {
        if let Value::Slice(sl) = key {
            if slices_natively(obj) {
                return self.get_slice(obj, sl);
            }
        }
        match (obj, key) {
            (Value::List(l), _) => {
                let n = l.len();
                let i = self.seq_index(key, n, "list")?;
                Ok(l.items.borrow()[i].clone())
            }
            (Value::Tuple(t), _) => {
                let i = self.seq_index(key, t.len(), "tuple")?;
                Ok(t.items[i].clone())
            }
            (Value::Str(s), Value::Int(i)) => {
                // `s[i]`: O(1) for any text (see StrObj::char_at).
                match position(*i, s.char_len()).and_then(|at| s.char_at(at)) {
                    Some(c) => Ok(self.char_str(c)),
                    None => Err(self.index_error("string index out of range")),
                }
            }
            (Value::Str(s), _) => {
                let n = s.char_len();
                let i = self.seq_index(key, n, "str")?;
                Ok(match s.char_at(i) {
                    Some(c) => self.char_str(c),
                    None => Value::str(""),
                })
            }
            (Value::Bytes(b) | Value::ByteArray(b), _) => {
                let n = b.data.borrow().len();
                let what = if matches!(obj, Value::Bytes(_)) {
                    "bytes"
                } else {
                    "bytearray"
                };
                let i = self.seq_index(key, n, what)?;
                Ok(Value::Int(b.data.borrow()[i] as i64))
            }
            // Any int index, for a range of any length, as CPython's.
            (Value::Range(r), _) => {
                let item = match key {
                    Value::Int(i) => r.item(*i),
                    Value::Bool(b) => r.item(*b as i64),
                    Value::BigInt(b) => r.item_big(b),
                    _ => match self.to_index(key) {
                        Ok(i) => r.item(i),
                        Err(_) => {
                            return Err(self.type_error(format!(
                                "range indices must be integers or slices, not {}",
                                type_name_of(key)
                            )))
                        }
                    },
                };
                match item {
                    Some(v) => Ok(v),
                    None => Err(self.index_error("range object index out of range")),
                }
            }
            (Value::Dict(d), _) => match d.get(self, key)? {
                Some(v) => Ok(v),
                None => Err(self.key_error(key.clone())),
            },
            (Value::Class(c), _) => {
                if self.meta_has(obj, "__getitem__") {
                    let r = self.call_dunder(obj, "__getitem__", vec![key.clone()])?;
                    return Ok(r.unwrap_or(Value::None));
                }
                if let Some(m) = c.lookup("__class_getitem__") {
                    let f = match m {
                        Value::ClassMethod(cm) => cm.func.clone(),
                        other => other,
                    };
                    return self.call(&f, vec![obj.clone(), key.clone()]);
                }
                // `list[int]`: a types.GenericAlias (any builtin class takes
                // arguments here, a superset of CPython's generic builtins).
                if c.layout == crate::object::class::Layout::Builtin {
                    let types = self.import_module("types")?;
                    let alias = self.getattr_str(&types, "GenericAlias")?;
                    return self.call(&alias, vec![obj.clone(), key.clone()]);
                }
                Err(self.type_error(format!("type '{}' is not subscriptable", c.name)))
            }
            _ => match self.call_dunder(obj, "__getitem__", vec![key.clone()])? {
                Some(v) => Ok(v),
                None => Err(self.type_error(format!(
                    "'{}' object is not subscriptable",
                    type_name_of(obj)
                ))),
            },
        }
    }

    /// `obj[start:stop:step]` of a built-in sequence (see `slices_natively`),
    /// from bounds that need not be in a slice object: BUILD_SLICE fused with
    /// BINARY_SUBSCR passes them from the stack.
    pub(crate) fn get_slice(&mut self, obj: &Value, sl: &SliceObj) -> PyResult {
        match obj {
            Value::List(l) => {
                if !sl.is_plain() {
                    // `__index__` may change the list: resolve against a copy.
                    let items = l.items.borrow().clone();
                    let r = self.slice_range(sl, items.len())?;
                    return Ok(Value::list(r.indices().map(|i| items[i].clone()).collect()));
                }
                let r = self.slice_range(sl, l.len())?;
                let items = l.items.borrow();
                let picked = if r.step == 1 {
                    let start = r.start as usize;
                    items[start..start + r.len].to_vec()
                } else {
                    r.indices().map(|i| items[i].clone()).collect()
                };
                drop(items);
                Ok(Value::list(picked))
            }
            Value::Tuple(t) => {
                let r = self.slice_range(sl, t.len())?;
                Ok(Value::tuple(
                    r.indices().map(|i| t.items[i].clone()).collect(),
                ))
            }
            Value::Str(s) => {
                if s.is_ascii() {
                    let bytes = s.as_str().as_bytes();
                    let r = self.slice_range(sl, bytes.len())?;
                    if r.step == 1 {
                        let start = r.start as usize;
                        return Ok(Value::str(&s.as_str()[start..start + r.len]));
                    }
                    // Extended slice (`s[::-1]`, `s[::2]`) of ASCII text: pick
                    // bytes, not chars (no UTF-8 encoding per picked char).
                    // A short result is picked into a stack buffer and stored
                    // inline: one allocation in all.
                    let mut buf = [0u8; 32];
                    if r.len <= buf.len() {
                        for (k, i) in r.indices().enumerate() {
                            buf[k] = bytes[i];
                        }
                        let text = std::str::from_utf8(&buf[..r.len]).unwrap_or_default();
                        return Ok(Value::Str(Rc::new(StrObj::copied_ascii(text))));
                    }
                    let out: Vec<u8> = r.indices().map(|i| bytes[i]).collect();
                    let out = String::from_utf8(out).unwrap_or_default();
                    Ok(Value::Str(Rc::new(StrObj::from_ascii_string(out))))
                } else {
                    let r = self.slice_range(sl, s.char_len())?;
                    if r.len == 0 {
                        return Ok(Value::str(""));
                    }
                    if r.step == 1 {
                        // A contiguous run: cut by byte offsets, no per-char copy.
                        let start = r.start as usize;
                        let a = s.byte_offset(start);
                        let b = s.byte_offset(start + r.len);
                        return Ok(Value::str(&s.as_str()[a..b]));
                    }
                    let picked = r.indices().map(|i| s.char_at(i).unwrap_or_default());
                    Ok(Value::string(picked.collect()))
                }
            }
            Value::Bytes(b) | Value::ByteArray(b) => {
                // Copy only the slice (a BytesIO read must not cost the whole
                // buffer); the bounds' __index__ may have shrunk a bytearray
                // meanwhile, so indices past its end are skipped, not trusted.
                let len = b.data.borrow().len();
                let r = self.slice_range(sl, len)?;
                let data = b.data.borrow();
                let out: Vec<u8> = if r.step == 1 {
                    let start = (r.start as usize).min(data.len());
                    data[start..(start + r.len).min(data.len())].to_vec()
                } else {
                    r.indices().filter_map(|i| data.get(i).copied()).collect()
                };
                drop(data);
                let obj2 = Rc::new(BytesObj::new(out));
                Ok(if matches!(obj, Value::ByteArray(_)) {
                    Value::ByteArray(obj2)
                } else {
                    Value::Bytes(obj2)
                })
            }
            // With ints of any size (as _PySlice_GetLongIndices), so any
            // range slices and the result may be wide.
            Value::Range(r) => {
                let step = self.range_slice_bound(&sl.step)?;
                if step.as_ref().is_some_and(num_traits::Zero::is_zero) {
                    return Err(self.value_error("slice step cannot be zero"));
                }
                let start = self.range_slice_bound(&sl.start)?;
                let stop = self.range_slice_bound(&sl.stop)?;
                Ok(Value::Range(Rc::new(r.slice(start, stop, step))))
            }
            _ => {
                let key = Value::Slice(Rc::new(SliceObj {
                    start: sl.start.clone(),
                    stop: sl.stop.clone(),
                    step: sl.step.clone(),
                }));
                self.getitem(obj, &key)
            }
        }
    }

    /// `l[start:stop:step] = value` (from a slice object, or from bounds on
    /// the stack when BUILD_SLICE is fused with STORE_SUBSCR).
    pub(crate) fn set_list_slice(
        &mut self,
        l: &Rc<ListObj>,
        s: &SliceObj,
        value: Value,
    ) -> PyResult<()> {
        let new_items = match &value {
            // A temporary list (`a[::2] = [0] * n`): nobody else can
            // see it, so its items move instead of being copied.
            Value::List(nl) if Rc::strong_count(nl) == 1 => {
                std::mem::take(&mut *nl.items.borrow_mut())
            }
            Value::List(_) | Value::Tuple(_) => self.iterate(&value)?,
            _ => {
                // PySequence_Fast: a TypeError from iter() becomes this message.
                let it = match self.get_iter(&value) {
                    Err(e) if self.err_matches(&e, "TypeError") => {
                        let simple =
                            matches!(s.step, Value::None | Value::Int(1) | Value::Bool(true));
                        return Err(self.type_error(if simple {
                            "can only assign an iterable"
                        } else {
                            "must assign iterable to extended slice"
                        }));
                    }
                    r => r?,
                };
                self.iterate(&it)?
            }
        };
        let n = l.len();
        let r = self.slice_range(s, n)?;
        if r.step == 1 {
            let start = r.start as usize;
            let mut items = l.items.borrow_mut();
            if new_items.len() == r.len {
                // Same length (a reversal, a copy): overwrite in place.
                // (Old values drop here as splice would drop them; a
                // `__del__` is only queued, gc/pending.rs.)
                for (slot, v) in items[start..start + r.len].iter_mut().zip(new_items) {
                    Value::store(slot, v);
                }
            } else {
                items.splice(start..start + r.len, new_items);
            }
        } else {
            if new_items.len() != r.len {
                return Err(self.value_error(format!(
                    "attempt to assign sequence of size {} to extended slice of size {}",
                    new_items.len(),
                    r.len
                )));
            }
            let mut items = l.items.borrow_mut();
            for (i, v) in r.indices().zip(new_items) {
                Value::store(&mut items[i], v);
            }
        }
        Ok(())
    }

    /// `obj[key] = value`.
    pub fn setitem(&mut self, obj: &Value, key: Value, value: Value) -> PyResult<()> {
        match (obj, &key) {
            (Value::List(l), Value::Slice(s)) => self.set_list_slice(l, s, value),
            (Value::List(l), _) => {
                let n = l.len();
                let i = self.seq_index(&key, n, "list").map_err(|e| {
                    if self.err_matches(&e, "IndexError") {
                        self.index_error("list assignment index out of range")
                    } else {
                        e
                    }
                })?;
                let old = std::mem::replace(&mut l.items.borrow_mut()[i], value);
                old.release();
                Ok(())
            }
            (Value::Dict(d), _) => d.set(self, key, value),
            (Value::ByteArray(b), Value::Slice(s)) => {
                let new = self.assigned_bytes(&value)?;
                let n = b.data.borrow().len();
                let r = self.slice_range(s, n)?;
                if r.step == 1 {
                    let start = r.start as usize;
                    b.data.borrow_mut().splice(start..start + r.len, new);
                    return Ok(());
                }
                if new.len() != r.len {
                    return Err(self.value_error(format!(
                        "attempt to assign bytes of size {} to extended slice of size {}",
                        new.len(),
                        r.len
                    )));
                }
                let mut data = b.data.borrow_mut();
                for (i, byte) in r.indices().zip(new) {
                    data[i] = byte;
                }
                Ok(())
            }
            (Value::ByteArray(b), _) => {
                let n = b.data.borrow().len();
                let i = self.seq_index(&key, n, "bytearray")?;
                let v = self.to_index(&value)?;
                if !(0..256).contains(&v) {
                    return Err(self.value_error("byte must be in range(0, 256)"));
                }
                b.data.borrow_mut()[i] = v as u8;
                Ok(())
            }
            _ => match self.call_dunder(obj, "__setitem__", vec![key, value])? {
                Some(_) => Ok(()),
                None => Err(self.type_error(format!(
                    "'{}' object does not support item assignment",
                    type_name_of(obj)
                ))),
            },
        }
    }

    /// The bytes of a value assigned to a bytearray slice: bytes-like
    /// objects as they are, any other iterable of ints in range(0, 256).
    fn assigned_bytes(&mut self, value: &Value) -> PyResult<Vec<u8>> {
        match value {
            Value::Bytes(o) | Value::ByteArray(o) => return Ok(o.data.borrow().clone()),
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Str(_) => {
                return Err(self.type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ))
            }
            _ => {}
        }
        let items = self.iterate(value)?;
        let mut out = Vec::with_capacity(items.len());
        for v in &items {
            let i = self.to_index(v)?;
            if !(0..256).contains(&i) {
                return Err(self.value_error("byte must be in range(0, 256)"));
            }
            out.push(i as u8);
        }
        Ok(out)
    }

    /// `del obj[key]`.
    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match (obj, key) {
            (Value::List(l), Value::Slice(s)) => {
                let n = l.len();
                let r = self.slice_range(s, n)?;
                let mut remove: Vec<usize> = r.indices().collect();
                remove.sort_unstable();
                let mut items = l.items.borrow_mut();
                let old = std::mem::take(&mut *items);
                let mut j = 0;
                let mut removed = Vec::new();
                for (i, v) in old.into_iter().enumerate() {
                    if j < remove.len() && remove[j] == i {
                        j += 1;
                        removed.push(v);
                    } else {
                        items.push(v);
                    }
                }
                drop(items);
                drop(removed);
                Ok(())
            }
            (Value::List(l), _) => {
                let n = l.len();
                let i = self.seq_index(key, n, "list").map_err(|e| {
                    if self.err_matches(&e, "IndexError") {
                        self.index_error("list assignment index out of range")
                    } else {
                        e
                    }
                })?;
                let v = l.items.borrow_mut().remove(i);
                drop(v);
                Ok(())
            }
            (Value::Dict(d), _) => match d.remove(self, key)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(key.clone())),
            },
            (Value::ByteArray(b), Value::Slice(s)) => {
                let n = b.data.borrow().len();
                let r = self.slice_range(s, n)?;
                let mut drop_at = vec![false; n];
                for i in r.indices() {
                    drop_at[i] = true;
                }
                let mut data = b.data.borrow_mut();
                let mut k = 0;
                data.retain(|_| {
                    k += 1;
                    !drop_at[k - 1]
                });
                Ok(())
            }
            (Value::ByteArray(b), _) => {
                let n = b.data.borrow().len();
                let i = self.seq_index(key, n, "bytearray")?;
                b.data.borrow_mut().remove(i);
                Ok(())
            }
            _ => match self.call_dunder(obj, "__delitem__", vec![key.clone()])? {
                Some(_) => Ok(()),
                None => Err(self.type_error(format!(
                    "'{}' object doesn't support item deletion",
                    type_name_of(obj)
                ))),
            },
        }
    }
}
