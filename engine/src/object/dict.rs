//! `dict`: an insertion-ordered hash table (hashbrown indices over an entry
//! vector, like CPython's compact dict; a small table is scanned instead, see
//! `LINEAR_MAX`) and its views.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use hashbrown::HashTable;

use super::{StrObj, TupleObj};
use crate::error::PyResult;
use crate::gc::{collectable, on_drop, trashcan, GcHeader};
use crate::value::Value;
use crate::vm::Vm;

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    /// `Value::Null` marks a deleted entry.
    pub key: Value,
    pub value: Value,
}

#[derive(Default)]
pub struct DictTable {
    /// Every live entry's position, once there are more than `LINEAR_MAX`
    /// entries; empty before.
    indices: HashTable<usize>,
    pub entries: Vec<Entry>,
    len: usize,
    /// Changes whenever a key is added or removed or entries move (never on a
    /// plain value overwrite), taken from a per-thread counter so no two
    /// layouts share a number. 0 only for a table that never held a key.
    /// Name caches (LOAD_GLOBAL, class lookups) remember it with an entry index.
    layout: u64,
    /// This is a class namespace: a layout change also moves the type epoch,
    /// so attribute caches need not re-check every dict along an MRO.
    type_namespace: bool,
}

thread_local! {
    static NEXT_LAYOUT: Cell<u64> = const { Cell::new(1) };
}

fn next_layout() -> u64 {
    NEXT_LAYOUT.with(|n| {
        let v = n.get();
        n.set(v + 1);
        v
    })
}

#[derive(Default)]
pub struct DictObj {
    pub table: RefCell<DictTable>,
    /// Bumped on every mutation (lets caches and iterators detect changes).
    pub version: Cell<u64>,
    pub gc: GcHeader,
}

collectable!(DictObj, Dict);

impl Drop for DictObj {
    fn drop(&mut self) {
        on_drop(&self.gc, self as *const _ as usize);
        let table = std::mem::take(self.table.get_mut());
        let nested = |e: &Entry| e.key.may_free_nested() || e.value.may_free_nested();
        if table.entries.iter().any(nested) {
            trashcan::drop_deep(table);
        }
    }
}

/// Up to this many entries (deleted ones included) a table keeps no hash
/// index: a lookup compares the entries' hashes in order, as quick as a
/// probe at this size, and the small dicts most code makes (records,
/// keyword arguments, parsed objects) skip allocating and freeing an index.
const LINEAR_MAX: usize = 8;

thread_local! {
    static TYPE_EPOCH: Cell<u64> = const { Cell::new(1) };
}

/// A counter that changes whenever a class is created, an MRO is computed,
/// or a name is added to or removed from any class namespace. Attribute
/// caches keyed by (class address, epoch) stay valid while both are
/// unchanged; rebinding a class attribute (`Task.count += 1`) keeps it.
#[inline]
pub fn type_epoch() -> u64 {
    TYPE_EPOCH.with(|e| e.get())
}

pub fn bump_type_epoch() {
    TYPE_EPOCH.with(|e| e.set(e.get() + 1));
}

/// Equality that needs no script code: Some(answer) for builtin immutable
/// keys, None when `__eq__` may have to run.
pub fn simple_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    // The usual keys first, each with its own identity test: the general
    // `is` below looks up both heap addresses.
    match (a, b) {
        (Int(x), Int(y)) => return Some(x == y),
        (Str(x), Str(y)) => return Some(Rc::ptr_eq(x, y) || x.as_str() == y.as_str()),
        (Tuple(x), Tuple(y)) if Rc::ptr_eq(x, y) => return Some(true),
        (Tuple(x), Tuple(y)) => return tuple_items_eq(x, y),
        _ => {}
    }
    if a.is(b) {
        return Some(true);
    }
    Some(match (a, b) {
        (Str(x), Str(y)) => x.as_str() == y.as_str(),
        (Int(x), Int(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => {
            (*x as f64) == *y && y.fract() == 0.0 && (*y as i64) == *x
        }
        (Float(x), Float(y)) => x == y,
        (Bool(x), Bool(y)) => x == y,
        (Bool(x), Int(y)) | (Int(y), Bool(x)) => (*x as i64) == *y,
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => (*x as i64 as f64) == *y,
        (BigInt(x), BigInt(y)) => x == y,
        (BigInt(_), Int(_) | Bool(_)) | (Int(_) | Bool(_), BigInt(_)) => false,
        (Bytes(x), Bytes(y)) => *x.data.borrow() == *y.data.borrow(),
        (None, _) | (_, None) => false,
        (Instance(_), _) | (_, Instance(_)) => return Option::None,
        (Str(_), _) | (_, Str(_)) => false,
        (Int(_) | Float(_) | Bool(_) | BigInt(_), Tuple(_))
        | (Tuple(_), Int(_) | Float(_) | Bool(_) | BigInt(_)) => false,
        _ => return Option::None,
    })
}

/// Item by item, as `simple_eq` (None when an item pair needs `__eq__`).
fn tuple_items_eq(x: &TupleObj, y: &TupleObj) -> Option<bool> {
    use Value::*;
    if x.len() != y.len() {
        return Some(false);
    }
    for (p, q) in x.items.iter().zip(y.items.iter()) {
        // Ints and strs (the usual key parts) without a recursive call.
        let same = match (p, q) {
            (Int(a), Int(b)) => a == b,
            (Str(a), Str(b)) => Rc::ptr_eq(a, b) || a.as_str() == b.as_str(),
            _ => simple_eq(p, q)?,
        };
        if !same {
            return Some(false);
        }
    }
    Some(true)
}

impl DictTable {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The layout version (see the field).
    pub fn layout(&self) -> u64 {
        self.layout
    }

    fn new_layout(&mut self) {
        self.layout = next_layout();
        if self.type_namespace {
            bump_type_epoch();
        }
    }

    /// Marks the table as a class namespace (see `type_namespace`).
    pub fn set_type_namespace(&mut self) {
        self.type_namespace = true;
    }

    fn touch_indices(&mut self) {
        if self.entries.len() > 16 && self.entries.len() > self.len * 2 {
            self.compact();
        }
    }

    /// Drops deleted entries and rebuilds the index.
    fn compact(&mut self) {
        self.new_layout();
        self.entries.retain(|e| !e.key.is_null());
        self.rebuild_index();
    }

    /// Indexes every live entry, or none while the table is small.
    fn rebuild_index(&mut self) {
        self.indices.clear();
        if self.entries.len() <= LINEAR_MAX {
            return;
        }
        let entries = &self.entries;
        for (i, e) in entries.iter().enumerate() {
            if !e.key.is_null() {
                self.indices
                    .insert_unique(e.hash as u64, i, |&j| entries[j].hash as u64);
            }
        }
    }

    /// The live entry with `hash` for which `eq` (given the entry's
    /// position) holds: the entries in order while the table is small,
    /// else through the index.
    #[inline(always)]
    fn probe(&self, hash: i64, mut eq: impl FnMut(usize, &Entry) -> bool) -> Option<usize> {
        let entries = &self.entries;
        if entries.len() <= LINEAR_MAX {
            return (0..entries.len()).find(|&i| {
                let e = &entries[i];
                e.hash == hash && !e.key.is_null() && eq(i, e)
            });
        }
        self.indices
            .find(hash as u64, |&i| {
                let e = &entries[i];
                e.hash == hash && eq(i, e)
            })
            .copied()
    }

    /// Finds a key using only `simple_eq`; returns the entry index, or
    /// Err(candidates) listing entries whose equality needs script code.
    fn find_simple(&self, hash: i64, key: &Value) -> Result<Option<usize>, Vec<usize>> {
        if let Value::Str(k) = key {
            // The common case, inline: str keys against str entries.
            let mut other_kinds = false;
            let found = self.probe(hash, |_, e| match &e.key {
                Value::Str(s) => Rc::ptr_eq(s, k) || s.as_str() == k.as_str(),
                _ => {
                    other_kinds = true;
                    false
                }
            });
            match found {
                Some(i) => return Ok(Some(i)),
                None if !other_kinds => return Ok(None),
                None => {}
            }
        }
        let mut slow = Vec::new();
        let found = self.probe(hash, |i, e| match simple_eq(&e.key, key) {
            Some(b) => b,
            None => {
                slow.push(i);
                false
            }
        });
        match found {
            Some(i) => Ok(Some(i)),
            None if slow.is_empty() => Ok(None),
            None => Err(slow),
        }
    }

    /// Like `find_str` for an interned name: pointer equality first.
    pub fn find_strobj(&self, key: &StrObj) -> Option<usize> {
        self.probe(key.hash(), |_, e| {
            matches!(&e.key, Value::Str(s)
                if std::ptr::eq(&**s, key) || s.as_str() == key.as_str())
        })
    }

    pub fn find_str(&self, hash: i64, key: &str) -> Option<usize> {
        self.probe(
            hash,
            |_, e| matches!(&e.key, Value::Str(s) if s.as_str() == key),
        )
    }

    fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        self.touch_indices();
        self.new_layout();
        let i = self.entries.len();
        self.entries.push(Entry { hash, key, value });
        self.len += 1;
        if i == LINEAR_MAX {
            // Past the small size: index everything.
            self.rebuild_index();
        } else if i > LINEAR_MAX {
            let entries = &self.entries;
            self.indices
                .insert_unique(hash as u64, i, |&j| entries[j].hash as u64);
        }
    }

    fn remove_at(&mut self, i: usize) -> (Value, Value) {
        let hash = self.entries[i].hash;
        if self.entries.len() > LINEAR_MAX {
            if let Ok(entry) = self.indices.find_entry(hash as u64, |&j| j == i) {
                entry.remove();
            }
        }
        self.len -= 1;
        self.new_layout();
        let key = std::mem::take(&mut self.entries[i].key);
        let value = std::mem::take(&mut self.entries[i].value);
        if self.len == 0 {
            self.entries.clear();
            self.indices.clear();
        }
        (key, value)
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_null())
    }
}

impl DictObj {
    pub fn new() -> DictObj {
        DictObj::default()
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub(crate) fn bump(&self) {
        self.version.set(self.version.get().wrapping_add(1));
    }

    /// Finds the entry index of `key`, running `__eq__` when needed.
    fn find(&self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<Option<usize>> {
        let candidates = match self.table.borrow().find_simple(hash, key) {
            Ok(found) => return Ok(found),
            Err(c) => c,
        };
        for i in candidates {
            let k = match self.table.borrow().entries.get(i) {
                Some(e) if !e.key.is_null() => e.key.clone(),
                _ => continue,
            };
            if vm.eq(&k, key)? {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    /// `get` of a str or int key, without the VM: Some(the value or None)
    /// when the answer needs no script code (no entry whose equality would
    /// run `__eq__` shares the hash), else None for the general `get`.
    #[inline]
    pub(crate) fn get_simple(&self, key: &Value) -> Option<Option<Value>> {
        let hash = match key {
            Value::Str(s) => s.hash(),
            Value::Int(i) => super::int::hash_i64(*i),
            _ => return None,
        };
        let t = self.table.borrow();
        match t.find_simple(hash, key) {
            Ok(found) => Some(found.map(|i| t.entries[i].value.clone())),
            Err(_) => None,
        }
    }

    pub fn get(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        if let Some(found) = self.get_simple(key) {
            return Ok(found);
        }
        let hash = vm.hash(key)?;
        Ok(self
            .find(vm, hash, key)?
            .map(|i| self.table.borrow().entries[i].value.clone()))
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        Ok(self.find(vm, hash, key)?.is_some())
    }

    pub fn set(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        let hash = vm.hash(&key)?;
        self.set_hashed(vm, hash, key, value)
    }

    pub fn set_hashed(&self, vm: &mut Vm, hash: i64, key: Value, value: Value) -> PyResult<()> {
        match self.find(vm, hash, &key)? {
            Some(i) => self.table.borrow_mut().entries[i].value = value,
            None => self.table.borrow_mut().insert_new(hash, key, value),
        }
        self.bump();
        Ok(())
    }

    pub fn remove(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = vm.hash(key)?;
        match self.find(vm, hash, key)? {
            Some(i) => {
                let (_, v) = self.table.borrow_mut().remove_at(i);
                self.bump();
                Ok(Some(v))
            }
            None => Ok(None),
        }
    }

    /// Lookup by a Rust string (names, attributes): never runs script code.
    pub fn get_str(&self, key: &str) -> Option<Value> {
        let hash = super::str::hash_str(key);
        let t = self.table.borrow();
        t.find_str(hash, key).map(|i| t.entries[i].value.clone())
    }

    pub fn set_str(&self, key: &str, value: Value) {
        // Rebinding an existing key allocates no new key string.
        let mut t = self.table.borrow_mut();
        if let Some(i) = t.find_str(super::str::hash_str(key), key) {
            let old = std::mem::replace(&mut t.entries[i].value, value);
            drop(t);
            self.bump();
            drop(old);
            return;
        }
        drop(t);
        self.set_strobj(Rc::new(StrObj::new(key.to_string())), value)
    }

    /// Lookup by an interned name, using its cached hash.
    pub fn get_strobj(&self, key: &StrObj) -> Option<Value> {
        let t = self.table.borrow();
        t.find_strobj(key).map(|i| t.entries[i].value.clone())
    }

    /// `get_strobj` that first tries entry `hint` (where the key was last
    /// found: instances of a class usually store their attributes in the same
    /// order) and remembers where it found the key.
    #[inline]
    pub fn get_strobj_hinted(&self, key: &Rc<StrObj>, hint: &Cell<u32>) -> Option<Value> {
        let t = self.table.borrow();
        if let Some(Entry {
            key: Value::Str(k),
            value,
            ..
        }) = t.entries.get(hint.get() as usize)
        {
            if Rc::ptr_eq(k, key) {
                return Some(value.clone());
            }
        }
        let i = t.find_strobj(key)?;
        hint.set(i as u32);
        Some(t.entries[i].value.clone())
    }

    /// `set_strobj` through a hint, as `get_strobj_hinted`.
    #[inline]
    pub fn set_strobj_hinted(&self, key: &Rc<StrObj>, value: Value, hint: &Cell<u32>) {
        let mut t = self.table.borrow_mut();
        if let Some(Entry {
            key: Value::Str(k),
            value: slot,
            ..
        }) = t.entries.get_mut(hint.get() as usize)
        {
            if Rc::ptr_eq(k, key) {
                let old = std::mem::replace(slot, value);
                drop(t);
                self.bump();
                drop(old);
                return;
            }
        }
        let i = match t.find_strobj(key) {
            Some(i) => {
                t.entries[i].value = value;
                i
            }
            None => {
                t.insert_new(key.hash(), Value::Str(key.clone()), value);
                t.entries.len() - 1
            }
        };
        drop(t);
        hint.set(i as u32);
        self.bump();
    }

    pub fn set_strobj(&self, key: Rc<StrObj>, value: Value) {
        let hash = key.hash();
        let mut t = self.table.borrow_mut();
        match t.find_strobj(&key) {
            Some(i) => t.entries[i].value = value,
            None => t.insert_new(hash, Value::Str(key), value),
        }
        drop(t);
        self.bump();
    }

    pub fn remove_str(&self, key: &str) -> Option<Value> {
        let hash = super::str::hash_str(key);
        let mut t = self.table.borrow_mut();
        let i = t.find_str(hash, key)?;
        let (_, v) = t.remove_at(i);
        drop(t);
        self.bump();
        Some(v)
    }

    pub fn clear(&self) {
        let mut table = self.table.borrow_mut();
        let fresh = DictTable {
            type_namespace: table.type_namespace,
            ..DictTable::default()
        };
        if table.type_namespace {
            bump_type_epoch();
        }
        let old = std::mem::replace(&mut *table, fresh);
        drop(table);
        self.bump();
        drop(old);
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table.borrow().iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.table
            .borrow()
            .iter()
            .map(|e| e.value.clone())
            .collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    /// The entry at raw position `pos` or later: (next position, key, value).
    pub fn entry_from(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let t = self.table.borrow();
        let mut p = pos;
        while let Some(e) = t.entries.get(p) {
            if !e.key.is_null() {
                return Some((p + 1, e.key.clone(), e.value.clone()));
            }
            p += 1;
        }
        None
    }

    /// Removes and returns the last inserted item.
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let mut t = self.table.borrow_mut();
        let i = t.entries.iter().rposition(|e| !e.key.is_null())?;
        let kv = t.remove_at(i);
        drop(t);
        self.bump();
        Some(kv)
    }

    pub fn copy(&self) -> DictObj {
        let d = DictObj::new();
        {
            let src = self.table.borrow();
            let mut t = d.table.borrow_mut();
            for e in src.iter() {
                t.insert_new(e.hash, e.key.clone(), e.value.clone());
            }
        }
        d
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

/// `dict.keys()`, `.values()`, `.items()`: live views of a dict.
pub struct DictViewObj {
    pub dict: Rc<DictObj>,
    pub kind: DictViewKind,
}

impl DictViewObj {
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            DictViewKind::Keys => "dict_keys",
            DictViewKind::Values => "dict_values",
            DictViewKind::Items => "dict_items",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::{Config, Vm};

    #[test]
    fn keeps_insertion_order_across_deletes() {
        let mut vm = Vm::new(Config::default());
        let d = DictObj::new();
        for i in 0..50 {
            d.set(&mut vm, Value::Int(i), Value::Int(i * i)).unwrap();
        }
        for i in 0..40 {
            d.remove(&mut vm, &Value::Int(i)).unwrap();
        }
        d.set(&mut vm, Value::Int(3), Value::Int(0)).unwrap();
        let keys: Vec<i64> = d
            .keys()
            .into_iter()
            .map(|k| match k {
                Value::Int(i) => i,
                _ => -1,
            })
            .collect();
        assert_eq!(keys, vec![40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 3]);
        assert_eq!(
            d.get(&mut vm, &Value::Int(45))
                .unwrap()
                .map(|v| matches!(v, Value::Int(2025))),
            Some(true)
        );
    }

    #[test]
    fn equal_numbers_are_one_key() {
        let mut vm = Vm::new(Config::default());
        let d = DictObj::new();
        d.set(&mut vm, Value::Int(1), Value::str("int")).unwrap();
        d.set(&mut vm, Value::Float(1.0), Value::str("float"))
            .unwrap();
        d.set(&mut vm, Value::Bool(true), Value::str("bool"))
            .unwrap();
        assert_eq!(d.len(), 1);
        assert!(d.get_str("x").is_none());
        d.set_str("x", Value::Int(5));
        assert!(d.contains(&mut vm, &Value::str("x")).unwrap());
    }
}
