//! `set` and `frozenset`: an open-addressing hash table that probes and
//! resizes exactly like CPython's setobject.c, so iteration order (and so
//! printed output) matches CPython for the same insertions.

use std::cell::RefCell;

use crate::error::PyResult;
use crate::gc::{collectable, on_drop, trashcan, GcHeader};
use crate::object::dict::simple_eq;
use crate::value::Value;
use crate::vm::Vm;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone)]
pub enum Slot {
    Empty,
    Dummy,
    Full(i64, Value),
}

pub struct SetTable {
    pub slots: Vec<Slot>,
    fill: usize,
    used: usize,
    /// Where `pop` resumes its scan (CPython's `finger`).
    finger: usize,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable {
            slots: vec![Slot::Empty; MIN_SIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
}

enum Probe {
    Found(usize),
    /// Not present; the slot to insert into and whether it was a dummy.
    Vacant(usize, bool),
    /// Equality needs script code for the key in this slot.
    NeedsEq(usize, Value),
}

impl SetTable {
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// One probe pass; `known_unequal` lists slots already compared unequal.
    fn probe(&self, hash: i64, key: &Value, known_unequal: &[usize]) -> Probe {
        let mask = self.slots.len() - 1;
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        let mut freeslot: Option<usize> = None;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                match &self.slots[j] {
                    Slot::Empty => {
                        return match freeslot {
                            Some(f) => Probe::Vacant(f, true),
                            None => Probe::Vacant(j, false),
                        }
                    }
                    Slot::Full(h, k) if *h == hash => {
                        if known_unequal.contains(&j) {
                            continue;
                        }
                        match simple_eq(k, key) {
                            Some(true) => return Probe::Found(j),
                            Some(false) => {}
                            None => return Probe::NeedsEq(j, k.clone()),
                        }
                    }
                    // CPython keeps the last dummy slot passed while probing.
                    Slot::Dummy => freeslot = Some(j),
                    Slot::Full(..) => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    fn insert_clean(slots: &mut [Slot], hash: i64, key: Value) {
        let mask = slots.len() - 1;
        let mut i = (hash as u64 as usize) & mask;
        let mut perturb = hash as u64;
        loop {
            if matches!(slots[i], Slot::Empty) {
                slots[i] = Slot::Full(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for slot in &mut slots[i + 1..=i + LINEAR_PROBES] {
                    if matches!(slot, Slot::Empty) {
                        *slot = Slot::Full(hash, key);
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; newsize]);
        for slot in old {
            if let Slot::Full(h, k) = slot {
                Self::insert_clean(&mut self.slots, h, k);
            }
        }
        self.fill = self.used;
    }

    fn store(&mut self, at: usize, was_dummy: bool, hash: i64, key: Value) {
        self.slots[at] = Slot::Full(hash, key);
        self.used += 1;
        if !was_dummy {
            self.fill += 1;
            let mask = self.slots.len() - 1;
            if self.fill * 5 >= mask * 3 {
                let target = if self.used > 50000 {
                    self.used * 2
                } else {
                    self.used * 4
                };
                self.resize(target);
            }
        }
    }

    /// Live keys in table order.
    pub fn keys(&self) -> impl Iterator<Item = &Value> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Full(_, k) => Some(k),
            _ => None,
        })
    }

    pub fn entries(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Full(h, k) => Some((*h, k)),
            _ => None,
        })
    }
}

#[derive(Default)]
pub struct SetObj {
    pub table: RefCell<SetTable>,
    pub gc: GcHeader,
}

collectable!(SetObj, Set);

impl Drop for SetObj {
    fn drop(&mut self) {
        on_drop(&self.gc, self as *const _ as usize);
        let table = std::mem::take(self.table.get_mut());
        if !table.is_empty() {
            trashcan::drop_deep(table);
        }
    }
}

impl SetObj {
    pub fn new() -> SetObj {
        SetObj::default()
    }

    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Runs the probe, calling `__eq__` outside the borrow when needed.
    fn lookup(&self, vm: &mut Vm, hash: i64, key: &Value) -> PyResult<Probe> {
        let mut unequal = Vec::new();
        loop {
            let probe = self.table.borrow().probe(hash, key, &unequal);
            match probe {
                Probe::NeedsEq(slot, k) => {
                    if vm.eq(&k, key)? {
                        return Ok(Probe::Found(slot));
                    }
                    unequal.push(slot);
                }
                other => return Ok(other),
            }
        }
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        Ok(matches!(self.lookup(vm, hash, key)?, Probe::Found(_)))
    }

    pub fn add(&self, vm: &mut Vm, key: Value) -> PyResult<()> {
        let hash = vm.hash(&key)?;
        self.add_hashed(vm, hash, key)
    }

    pub fn add_hashed(&self, vm: &mut Vm, hash: i64, key: Value) -> PyResult<()> {
        if let Probe::Vacant(at, dummy) = self.lookup(vm, hash, &key)? {
            self.table.borrow_mut().store(at, dummy, hash, key);
        }
        Ok(())
    }

    /// Removes `key`; returns whether it was present.
    pub fn discard(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let hash = vm.hash(key)?;
        if let Probe::Found(at) = self.lookup(vm, hash, key)? {
            let mut t = self.table.borrow_mut();
            t.slots[at] = Slot::Dummy;
            t.used -= 1;
            return Ok(true);
        }
        Ok(false)
    }

    pub fn pop(&self) -> Option<Value> {
        let mut t = self.table.borrow_mut();
        if t.used == 0 {
            return None;
        }
        let mask = t.slots.len() - 1;
        let mut i = t.finger & mask;
        while !matches!(t.slots[i], Slot::Full(..)) {
            i = (i + 1) & mask;
        }
        let slot = std::mem::replace(&mut t.slots[i], Slot::Dummy);
        t.used -= 1;
        t.finger = i + 1;
        match slot {
            Slot::Full(_, k) => Some(k),
            _ => None,
        }
    }

    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        drop(old);
    }

    pub fn to_vec(&self) -> Vec<Value> {
        self.table.borrow().keys().cloned().collect()
    }

    pub fn hashed_items(&self) -> Vec<(i64, Value)> {
        self.table
            .borrow()
            .entries()
            .map(|(h, k)| (h, k.clone()))
            .collect()
    }

    /// The key in the first full slot at or after `pos`: (next position, key).
    pub fn entry_from(&self, pos: usize) -> Option<(usize, Value)> {
        let t = self.table.borrow();
        let mut p = pos;
        while let Some(s) = t.slots.get(p) {
            if let Slot::Full(_, k) = s {
                return Some((p + 1, k.clone()));
            }
            p += 1;
        }
        None
    }
}

/// A frozenset's hash: order-independent mix of the item hashes.
pub fn hash_frozenset(items: &[(i64, Value)]) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut hash: u64 = 0;
    for (h, _) in items {
        hash ^= shuffle(*h as u64);
    }
    hash ^= (items.len() as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        590923713
    } else {
        hash as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::{Config, Vm};

    fn order(vm: &mut Vm, items: &[i64]) -> Vec<i64> {
        let s = SetObj::new();
        for &i in items {
            s.add(vm, Value::Int(i)).unwrap();
        }
        s.to_vec()
            .into_iter()
            .map(|v| match v {
                Value::Int(i) => i,
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn iteration_order_matches_cpython() {
        // Expected orders printed by CPython 3.11 for the same sequence of add() calls.
        let mut vm = Vm::new(Config::default());
        assert_eq!(order(&mut vm, &[3, 1, 2]), vec![1, 2, 3]);
        assert_eq!(order(&mut vm, &[10, 2, 33, 4]), vec![33, 10, 2, 4]);
        assert_eq!(order(&mut vm, &[100, 5, 13, 21]), vec![13, 21, 100, 5]);
        assert_eq!(
            order(&mut vm, &[20, 17, 14, 11, 8, 5, 2]),
            vec![2, 5, 8, 11, 14, 17, 20]
        );
        let sevens: Vec<i64> = (0..12).map(|i| i * 7).collect();
        assert_eq!(
            order(&mut vm, &sevens),
            vec![0, 35, 70, 7, 42, 77, 14, 49, 21, 56, 28, 63]
        );
        assert_eq!(order(&mut vm, &[-1, -5, 3]), vec![3, -5, -1]);
    }

    #[test]
    fn discard_and_reinsert() {
        let mut vm = Vm::new(Config::default());
        let s = SetObj::new();
        for i in 0..100 {
            s.add(&mut vm, Value::Int(i)).unwrap();
        }
        for i in (0..100).step_by(2) {
            assert!(s.discard(&mut vm, &Value::Int(i)).unwrap());
        }
        assert_eq!(s.len(), 50);
        assert!(!s.contains(&mut vm, &Value::Int(4)).unwrap());
        assert!(s.contains(&mut vm, &Value::Int(5)).unwrap());
        assert!(!s.discard(&mut vm, &Value::Int(4)).unwrap());
        s.add(&mut vm, Value::Int(4)).unwrap();
        assert_eq!(s.len(), 51);
    }
}
