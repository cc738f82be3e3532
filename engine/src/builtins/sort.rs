//! The stable sort behind `sorted` and `list.sort`.
//!
//! Keys are compared with `<`, as CPython's list.sort does. When every key
//! has the same plain shape (ints and bools, floats without NaN, strs, or
//! tuples whose every position holds one such kind), no comparison can run
//! script code or raise, so the order is decided by a Rust comparator over
//! the values themselves; anything else goes through the VM's `<`.

use std::cmp::Ordering;

use crate::error::PyResult;
use crate::value::Value;
use crate::vm::Vm;

/// `items` sorted by `key(item)` (the items themselves when `key` is None),
/// stably; with `reverse`, descending but still stable, as in CPython.
pub fn sort_values(
    vm: &mut Vm,
    items: &[Value],
    key: &Value,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let computed;
    let keys: &[Value] = if key.is_none() {
        items
    } else {
        let mut k = Vec::with_capacity(items.len());
        for item in items {
            k.push(vm.call(key, vec![item.clone()])?);
        }
        computed = k;
        &computed
    };
    let order = sorted_order(vm, keys, reverse)?;
    Ok(order.into_iter().map(|i| items[i].clone()).collect())
}

/// The permutation that sorts `keys` stably.
fn sorted_order(vm: &mut Vm, keys: &[Value], reverse: bool) -> PyResult<Vec<usize>> {
    if let Some(kind) = plain_kind(keys) {
        return Ok(plain_order(keys, kind, reverse));
    }
    let mut idx: Vec<usize> = (0..keys.len()).collect();
    // Reversing before and after a stable ascending sort keeps equal keys in
    // their original order, as CPython's reverse=True promises.
    if reverse {
        idx.reverse();
    }
    let mut buf = idx.clone();
    merge_sort(vm, keys, &mut idx, &mut buf)?;
    if reverse {
        idx.reverse();
    }
    Ok(idx)
}

/// The kind of a plain key. Bools count as ints: they compare as 0 and 1.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Atom {
    Int,
    Float,
    Str,
}

#[derive(PartialEq, Eq)]
enum PlainKind {
    Atom(Atom),
    /// Tuples; the atom kind of each position seen so far.
    Tuple(Vec<Atom>),
}

fn atom_of(v: &Value) -> Option<Atom> {
    match v {
        Value::Int(_) | Value::Bool(_) => Some(Atom::Int),
        Value::Float(f) if !f.is_nan() => Some(Atom::Float),
        Value::Str(_) => Some(Atom::Str),
        _ => None,
    }
}

/// The shared plain shape of all `keys`, or None when some comparison would
/// need the VM (mixed kinds, NaN, big ints, instances, nested tuples...).
fn plain_kind(keys: &[Value]) -> Option<PlainKind> {
    let mut kind = match keys.first()? {
        Value::Tuple(_) => PlainKind::Tuple(Vec::new()),
        v => PlainKind::Atom(atom_of(v)?),
    };
    for key in keys {
        match (&mut kind, key) {
            (PlainKind::Atom(a), v) => {
                if atom_of(v)? != *a {
                    return None;
                }
            }
            (PlainKind::Tuple(positions), Value::Tuple(t)) => {
                for (i, item) in t.items.iter().enumerate() {
                    let a = atom_of(item)?;
                    match positions.get(i) {
                        Some(&seen) if seen != a => return None,
                        Some(_) => {}
                        None => positions.push(a),
                    }
                }
            }
            (PlainKind::Tuple(_), _) => return None,
        }
    }
    Some(kind)
}

fn int_of(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => 0,
    }
}

/// A plain key's atom, unpacked so that comparing two needs no pointer
/// chasing beyond a string's bytes.
#[derive(Clone, Copy)]
enum Prim<'a> {
    Int(i64),
    Float(f64),
    Str(&'a str),
}

impl<'a> Prim<'a> {
    fn of(v: &'a Value) -> Prim<'a> {
        match v {
            Value::Float(f) => Prim::Float(*f),
            Value::Str(s) => Prim::Str(s.as_str()),
            v => Prim::Int(int_of(v)),
        }
    }

    /// `<`'s order between atoms of one kind (`plain_kind` guarantees it;
    /// any other pair compares equal rather than panicking). Floats equal
    /// under `==` (0.0 and -0.0) compare Equal, as tuples decide at the
    /// first position that is not `==`.
    fn cmp(&self, other: &Prim) -> Ordering {
        match (self, other) {
            (Prim::Int(x), Prim::Int(y)) => x.cmp(y),
            (Prim::Float(x), Prim::Float(y)) => x.partial_cmp(y).unwrap_or(Ordering::Equal),
            (Prim::Str(x), Prim::Str(y)) => x.cmp(y),
            _ => Ordering::Equal,
        }
    }
}

/// Lexicographic order, shorter first on a common prefix: tuple `<`.
fn cmp_prims(a: &[Prim], b: &[Prim]) -> Ordering {
    for (p, q) in a.iter().zip(b) {
        let o = p.cmp(q);
        if o != Ordering::Equal {
            return o;
        }
    }
    a.len().cmp(&b.len())
}

fn plain_order(keys: &[Value], kind: PlainKind, reverse: bool) -> Vec<usize> {
    // Ties break on the original index, so the unstable sorts below give
    // the stable order; with reverse, keys compare the other way round but
    // ties still go by index, as CPython's reverse=True keeps equal keys in
    // their original order.
    let by_key = |o: Ordering| if reverse { o.reverse() } else { o };
    match kind {
        PlainKind::Atom(Atom::Int) => {
            let mut pairs: Vec<(i64, usize)> = keys
                .iter()
                .enumerate()
                .map(|(i, k)| (int_of(k), i))
                .collect();
            pairs.sort_unstable_by(|a, b| by_key(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
            pairs.into_iter().map(|(_, i)| i).collect()
        }
        PlainKind::Atom(_) => {
            let mut pairs: Vec<(Prim, usize)> = keys
                .iter()
                .enumerate()
                .map(|(i, k)| (Prim::of(k), i))
                .collect();
            pairs.sort_unstable_by(|a, b| by_key(a.0.cmp(&b.0)).then(a.1.cmp(&b.1)));
            pairs.into_iter().map(|(_, i)| i).collect()
        }
        PlainKind::Tuple(_) => {
            // All tuples' atoms in one array; key i is prims[spans[i]].
            let mut prims = Vec::new();
            let mut spans = Vec::with_capacity(keys.len());
            for k in keys {
                let start = prims.len();
                if let Value::Tuple(t) = k {
                    prims.extend(t.items.iter().map(Prim::of));
                }
                spans.push(start..prims.len());
            }
            let mut idx: Vec<usize> = (0..keys.len()).collect();
            idx.sort_unstable_by(|&i, &j| {
                by_key(cmp_prims(
                    &prims[spans[i].clone()],
                    &prims[spans[j].clone()],
                ))
                .then(i.cmp(&j))
            });
            idx
        }
    }
}

fn less(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        (Value::Str(x), Value::Str(y)) => Ok(x.as_str() < y.as_str()),
        _ => {
            let r = vm.compare(a, b, 0)?;
            vm.truthy(&r)
        }
    }
}

/// Stable merge sort of `idx` by `keys[i] < keys[j]` through the VM, so
/// errors from comparisons propagate.
fn merge_sort(vm: &mut Vm, keys: &[Value], idx: &mut [usize], buf: &mut [usize]) -> PyResult<()> {
    let n = idx.len();
    if n <= 1 {
        return Ok(());
    }
    if n <= 8 {
        // Insertion sort: stable, and cheap for short runs.
        for i in 1..n {
            let mut j = i;
            while j > 0 && less(vm, &keys[idx[j]], &keys[idx[j - 1]])? {
                idx.swap(j, j - 1);
                j -= 1;
            }
        }
        return Ok(());
    }
    let mid = n / 2;
    {
        let (l, r) = idx.split_at_mut(mid);
        let (bl, br) = buf.split_at_mut(mid);
        merge_sort(vm, keys, l, bl)?;
        merge_sort(vm, keys, r, br)?;
    }
    if !less(vm, &keys[idx[mid]], &keys[idx[mid - 1]])? {
        return Ok(());
    }
    buf[..n].copy_from_slice(idx);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < mid && j < n {
        if less(vm, &keys[buf[j]], &keys[buf[i]])? {
            idx[k] = buf[j];
            j += 1;
        } else {
            idx[k] = buf[i];
            i += 1;
        }
        k += 1;
    }
    idx[k..k + mid - i].copy_from_slice(&buf[i..mid]);
    k += mid - i;
    idx[k..k + n - j].copy_from_slice(&buf[j..n]);
    Ok(())
}
