//! The script-visible methods of `set` and `frozenset`, their constructors, and the
//! `| & - ^` and comparison operators. The algorithms follow CPython's setobject.c
//! step by step (which side is iterated, when tables are presized), so results
//! iterate in the same order as in CPython.

use std::rc::Rc;

use super::method_args::{descriptor_error, nargs, no_args, no_kwargs, one_arg, self_arg};
use crate::error::PyResult;
use crate::object::set::Slot;
use crate::object::{Args, NativeFn, SetObj};
use crate::value::Value;
use crate::vm::Vm;

pub const METHODS: &[(&str, NativeFn)] = &[
    ("add", set_add),
    ("discard", set_discard),
    ("remove", set_remove),
    ("pop", set_pop),
    ("clear", set_clear),
    ("copy", set_copy_method),
    ("update", set_update),
    ("intersection_update", set_intersection_update),
    ("difference_update", set_difference_update),
    (
        "symmetric_difference_update",
        set_symmetric_difference_update,
    ),
    ("union", set_union),
    ("intersection", set_intersection),
    ("difference", set_difference),
    ("symmetric_difference", set_symmetric_difference),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
];

pub const FROZENSET_METHODS: &[(&str, NativeFn)] = &[
    ("copy", set_copy_method),
    ("union", set_union),
    ("intersection", set_intersection),
    ("difference", set_difference),
    ("symmetric_difference", set_symmetric_difference),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
];

// ----- table-level helpers mirroring setobject.c -----

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// Slots in use or dummy (CPython's `fill`).
fn fill_of(s: &SetObj) -> usize {
    s.table
        .borrow()
        .slots
        .iter()
        .filter(|x| !matches!(x, Slot::Empty))
        .count()
}

fn mask_of(s: &SetObj) -> usize {
    s.table.borrow().slots.len() - 1
}

fn has_dummies(s: &SetObj) -> bool {
    s.table
        .borrow()
        .slots
        .iter()
        .any(|x| matches!(x, Slot::Dummy))
}

/// `set_insert_clean`: places a key known to be absent into a table without dummies.
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
            if let Some(j) = (i + 1..=i + LINEAR_PROBES).find(|&j| matches!(slots[j], Slot::Empty))
            {
                slots[j] = Slot::Full(hash, key);
                return;
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

/// Makes `slots` (full or empty entries only) the table of `s`, with its
/// `used` and `fill` counters both equal to the number of keys, exactly the state
/// CPython's table is in after a resize or a clean copy.
fn install_layout(vm: &mut Vm, s: &SetObj, slots: Vec<Slot>) {
    let n = slots.iter().filter(|x| matches!(x, Slot::Full(..))).count();
    let old = std::mem::take(&mut *s.table.borrow_mut());
    drop(old);
    // Bring the private counters to `n` with placeholder ints (no script code
    // runs for them), then swap in the real slots.
    for i in 0..n {
        let _ = s.add_hashed(vm, i as i64, Value::Int(i as i64));
    }
    s.table.borrow_mut().slots = slots;
}

/// `set_table_resize(so, minused)`.
fn resize(vm: &mut Vm, s: &SetObj, minused: usize) {
    let mut newsize = MIN_SIZE;
    while newsize <= minused {
        newsize <<= 1;
    }
    // CPython keeps a minimum-size table without dummies as it is.
    if newsize == MIN_SIZE && mask_of(s) + 1 == MIN_SIZE && !has_dummies(s) {
        return;
    }
    let mut slots = vec![Slot::Empty; newsize];
    for (h, k) in s.hashed_items() {
        insert_clean(&mut slots, h, k);
    }
    install_layout(vm, s, slots);
}

/// `set_merge(so, other)`: adds every key of another set.
fn merge(vm: &mut Vm, so: &Rc<SetObj>, other: &Rc<SetObj>) -> PyResult<()> {
    if Rc::ptr_eq(so, other) || other.is_empty() {
        return Ok(());
    }
    let other_used = other.len();
    if (fill_of(so) + other_used) * 5 >= mask_of(so) * 3 {
        resize(vm, so, (so.len() + other_used) * 2);
    }
    let fill = fill_of(so);
    let mask = mask_of(so);
    let other_slots = other.table.borrow().slots.clone();
    if fill == 0 && mask == other_slots.len() - 1 && !has_dummies(other) {
        install_layout(vm, so, other_slots);
        return Ok(());
    }
    if fill == 0 {
        let mut slots = vec![Slot::Empty; mask + 1];
        for slot in other_slots {
            if let Slot::Full(h, k) = slot {
                insert_clean(&mut slots, h, k);
            }
        }
        install_layout(vm, so, slots);
        return Ok(());
    }
    for slot in other_slots {
        if let Slot::Full(h, k) = slot {
            so.add_hashed(vm, h, k)?;
        }
    }
    Ok(())
}

fn as_set(v: &Value) -> Option<&Rc<SetObj>> {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => Some(s),
        _ => None,
    }
}

/// `set_update_internal(so, other)`.
fn update_internal(vm: &mut Vm, so: &Rc<SetObj>, other: &Value) -> PyResult<()> {
    match other {
        Value::Set(o) | Value::FrozenSet(o) => merge(vm, so, o),
        Value::Dict(d) => {
            let size = d.len();
            if (fill_of(so) + size) * 5 >= mask_of(so) * 3 {
                resize(vm, so, (so.len() + size) * 2);
            }
            let entries: Vec<(i64, Value)> = d
                .table
                .borrow()
                .iter()
                .map(|e| (e.hash, e.key.clone()))
                .collect();
            for (h, k) in entries {
                so.add_hashed(vm, h, k)?;
            }
            Ok(())
        }
        _ => {
            let it = vm.get_iter(other)?;
            while let Some(x) = vm.next(&it)? {
                so.add(vm, x)?;
            }
            Ok(())
        }
    }
}

/// A new set (`frozen` picks the type) filled from `src` like `set(src)`.
fn make_new(vm: &mut Vm, frozen: bool, src: Option<&Value>) -> PyResult<Value> {
    let s = crate::gc::new(SetObj::new());
    if let Some(src) = src {
        update_internal(vm, &s, src)?;
    }
    Ok(wrap(s, frozen))
}

fn wrap(s: Rc<SetObj>, frozen: bool) -> Value {
    if frozen {
        s.gc.set_flag(crate::gc::FROZEN);
        Value::FrozenSet(s)
    } else {
        Value::Set(s)
    }
}

fn is_frozen(v: &Value) -> bool {
    matches!(v, Value::FrozenSet(_))
}

fn inner(v: &Value) -> Rc<SetObj> {
    match v {
        Value::Set(s) | Value::FrozenSet(s) => s.clone(),
        _ => crate::gc::new(SetObj::new()),
    }
}

/// `set_copy`: a new set of the same type with the same keys.
fn copy_of(vm: &mut Vm, so: &Value) -> PyResult<Value> {
    make_new(vm, is_frozen(so), Some(so))
}

/// `set_intersection(so, other)`.
pub fn intersection(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<Value> {
    if so.is(other) {
        return copy_of(vm, so);
    }
    let frozen = is_frozen(so);
    let result = crate::gc::new(SetObj::new());
    let mut small = inner(so);
    if let Some(o) = as_set(other) {
        let mut o = o.clone();
        if o.len() > small.len() {
            std::mem::swap(&mut small, &mut o);
        }
        // Iterate the smaller set `o`, probing the larger one.
        for (h, k) in o.hashed_items() {
            if small.contains(vm, &k)? {
                result.add_hashed(vm, h, k)?;
            }
        }
        return Ok(wrap(result, frozen));
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.next(&it)? {
        let h = vm.hash(&k)?;
        if small.contains(vm, &k)? {
            result.add_hashed(vm, h, k)?;
        }
    }
    Ok(wrap(result, frozen))
}

/// Removes every key of `other` from `so` (`set_difference_update_internal`).
fn difference_update_internal(vm: &mut Vm, so: &Rc<SetObj>, other: &Value) -> PyResult<()> {
    if let Some(o) = as_set(other) {
        if Rc::ptr_eq(o, so) {
            so.clear();
            return Ok(());
        }
        for (_, k) in o.hashed_items() {
            so.discard(vm, &k)?;
        }
    } else {
        let it = vm.get_iter(other)?;
        while let Some(k) = vm.next(&it)? {
            so.discard(vm, &k)?;
        }
    }
    // More than a quarter dummies: resize them away.
    let (fill, used, mask) = (fill_of(so), so.len(), mask_of(so));
    if fill - used > mask / 4 {
        resize(vm, so, if used > 50000 { used * 2 } else { used * 4 });
    }
    Ok(())
}

/// `set_difference(so, other)`.
fn difference(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<Value> {
    let frozen = is_frozen(so);
    let me = inner(so);
    let other_size = match other {
        Value::Set(o) | Value::FrozenSet(o) => o.len(),
        Value::Dict(d) => d.len(),
        _ => usize::MAX,
    };
    if other_size == usize::MAX || (me.len() >> 2) > other_size {
        let result = copy_of(vm, so)?;
        difference_update_internal(vm, &inner(&result), other)?;
        return Ok(result);
    }
    let result = crate::gc::new(SetObj::new());
    for (h, k) in me.hashed_items() {
        let present = match other {
            Value::Dict(d) => d.contains(vm, &k)?,
            _ => inner(other).contains(vm, &k)?,
        };
        if !present {
            result.add_hashed(vm, h, k)?;
        }
    }
    Ok(wrap(result, frozen))
}

/// `set_symmetric_difference_update(so, other)`.
fn symmetric_difference_update(vm: &mut Vm, so: &Rc<SetObj>, other: &Value) -> PyResult<()> {
    if let Value::Dict(d) = other {
        let entries: Vec<(i64, Value)> = d
            .table
            .borrow()
            .iter()
            .map(|e| (e.hash, e.key.clone()))
            .collect();
        for (h, k) in entries {
            if !so.discard(vm, &k)? {
                so.add_hashed(vm, h, k)?;
            }
        }
        return Ok(());
    }
    let otherset = match as_set(other) {
        Some(o) => {
            if Rc::ptr_eq(o, so) {
                so.clear();
                return Ok(());
            }
            o.clone()
        }
        None => inner(&make_new(vm, false, Some(other))?),
    };
    for (h, k) in otherset.hashed_items() {
        if !so.discard(vm, &k)? {
            so.add_hashed(vm, h, k)?;
        }
    }
    Ok(())
}

/// `set_symmetric_difference(so, other)`: a copy of `other` updated with `so`.
fn symmetric_difference(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<Value> {
    let result = make_new(vm, is_frozen(so), Some(other))?;
    symmetric_difference_update(vm, &inner(&result), so)?;
    Ok(result)
}

/// `set_issubset(so, other)` for two sets.
fn is_subset(vm: &mut Vm, so: &Rc<SetObj>, other: &Rc<SetObj>) -> PyResult<bool> {
    if so.len() > other.len() {
        return Ok(false);
    }
    for (_, k) in so.hashed_items() {
        if !other.contains(vm, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `other` as a set: itself if it is one, else `set(other)`.
fn to_set(vm: &mut Vm, other: &Value) -> PyResult<Rc<SetObj>> {
    match as_set(other) {
        Some(o) => Ok(o.clone()),
        None => Ok(inner(&make_new(vm, false, Some(other))?)),
    }
}

fn is_disjoint(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<bool> {
    let me = inner(so);
    if let Some(o) = as_set(other) {
        if Rc::ptr_eq(o, &me) {
            return Ok(me.is_empty());
        }
        let (mut big, mut small) = (me.clone(), o.clone());
        if small.len() > big.len() {
            std::mem::swap(&mut big, &mut small);
        }
        for (_, k) in small.hashed_items() {
            if big.contains(vm, &k)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = vm.get_iter(other)?;
    while let Some(k) = vm.next(&it)? {
        if me.contains(vm, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

// ----- operators (called by the VM) -----

/// `a | b`, `a & b`, `a - b`, `a ^ b` where `a` is a set or frozenset; None
/// (NotImplemented) when `b` is not one. The result has `a`'s type.
pub fn set_binary(vm: &mut Vm, a: &Value, b: &Value, op: char) -> PyResult<Option<Value>> {
    if as_set(a).is_none() || as_set(b).is_none() {
        return Ok(None);
    }
    set_binary_any(vm, a, b, op).map(Some)
}

/// The operator algorithms for a set `a` and any iterable `b`.
pub fn set_binary_any(vm: &mut Vm, a: &Value, b: &Value, op: char) -> PyResult<Value> {
    match op {
        '|' => {
            let result = copy_of(vm, a)?;
            if !a.is(b) {
                update_internal(vm, &inner(&result), b)?;
            }
            Ok(result)
        }
        '&' => intersection(vm, a, b),
        '-' => difference(vm, a, b),
        _ => symmetric_difference(vm, a, b),
    }
}

/// `a |= b`, `a &= b`, `a -= b`, `a ^= b` for a mutable set `a` and a set or
/// frozenset `b`, updating `a` in place like CPython; None when not applicable.
pub fn set_inplace(vm: &mut Vm, a: &Value, b: &Value, op: char) -> PyResult<Option<Value>> {
    let (Value::Set(_), Some(_)) = (a, as_set(b)) else {
        return Ok(None);
    };
    update_with(vm, a, b, op)?;
    Ok(Some(a.clone()))
}

/// Applies `op` to the set `target` in place with any iterable `other`
/// (`update`, `intersection_update`, `difference_update`, `symmetric_difference_update`).
pub fn update_with(vm: &mut Vm, target: &Value, other: &Value, op: char) -> PyResult<()> {
    let so = inner(target);
    match op {
        '|' => update_internal(vm, &so, other),
        '&' => {
            let tmp = intersection(vm, target, other)?;
            swap_bodies(&so, &inner(&tmp));
            Ok(())
        }
        '-' => difference_update_internal(vm, &so, other),
        _ => symmetric_difference_update(vm, &so, other),
    }
}

fn swap_bodies(a: &SetObj, b: &SetObj) {
    std::mem::swap(&mut *a.table.borrow_mut(), &mut *b.table.borrow_mut());
}

/// `a < b` ... `a >= b` (op 0..5 = < <= == != > >=) for two sets/frozensets
/// (subset semantics); None when either side is not a set.
pub fn set_compare(vm: &mut Vm, a: &Value, b: &Value, op: u32) -> PyResult<Option<bool>> {
    let (Some(x), Some(y)) = (as_set(a), as_set(b)) else {
        return Ok(None);
    };
    let (x, y) = (x.clone(), y.clone());
    Ok(Some(match op {
        0 => x.len() < y.len() && is_subset(vm, &x, &y)?,
        1 => is_subset(vm, &x, &y)?,
        2 => x.len() == y.len() && is_subset(vm, &x, &y)?,
        3 => !(x.len() == y.len() && is_subset(vm, &x, &y)?),
        4 => x.len() > y.len() && is_subset(vm, &y, &x)?,
        5 => is_subset(vm, &y, &x)?,
        _ => return Ok(None),
    }))
}

// ----- constructors -----

fn ctor_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Option<Value>> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", name)));
    }
    super::method_args::check_count(vm, nargs(args), name, 0, 1)?;
    Ok(args.args.get(1).cloned())
}

/// `set()` / `set(iterable)`; `args.args[0]` is the class.
pub fn new_set(vm: &mut Vm, args: Args) -> PyResult {
    let src = ctor_arg(vm, &args, "set")?;
    make_new(vm, false, src.as_ref())
}

/// `frozenset()` / `frozenset(iterable)`; a frozenset argument is returned as is.
pub fn new_frozenset(vm: &mut Vm, args: Args) -> PyResult {
    let src = ctor_arg(vm, &args, "frozenset")?;
    if let Some(v @ Value::FrozenSet(_)) = &src {
        return Ok(v.clone());
    }
    make_new(vm, true, src.as_ref())
}

// ----- methods -----

fn type_label(v: &Value) -> &'static str {
    if is_frozen(v) {
        "frozenset"
    } else {
        "set"
    }
}

/// `self` for a method that mutates: must be a `set`.
fn this_mut(vm: &mut Vm, args: &Args, method: &str) -> PyResult<Rc<SetObj>> {
    match self_arg(args) {
        Value::Set(s) => Ok(s),
        other => Err(descriptor_error(vm, method, "set", &other)),
    }
}

/// `self` for a method shared by set and frozenset.
fn this_any(vm: &mut Vm, args: &Args, method: &str) -> PyResult<Value> {
    match self_arg(args) {
        v @ (Value::Set(_) | Value::FrozenSet(_)) => Ok(v),
        other => Err(descriptor_error(vm, method, "set", &other)),
    }
}

fn set_add(vm: &mut Vm, args: Args) -> PyResult {
    let s = this_mut(vm, &args, "add")?;
    let x = one_arg(vm, &args, "set.add")?;
    s.add(vm, x)?;
    Ok(Value::None)
}

/// Discards `key`, retrying a `set` key as a frozenset like CPython does.
fn discard_key(vm: &mut Vm, s: &SetObj, key: &Value) -> PyResult<bool> {
    match s.discard(vm, key) {
        Err(e) => match key {
            Value::Set(k) if vm.err_matches(&e, "TypeError") => {
                s.discard(vm, &Value::FrozenSet(k.clone()))
            }
            _ => Err(e),
        },
        r => r,
    }
}

fn set_discard(vm: &mut Vm, args: Args) -> PyResult {
    let s = this_mut(vm, &args, "discard")?;
    let x = one_arg(vm, &args, "set.discard")?;
    discard_key(vm, &s, &x)?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: Args) -> PyResult {
    let s = this_mut(vm, &args, "remove")?;
    let x = one_arg(vm, &args, "set.remove")?;
    if !discard_key(vm, &s, &x)? {
        return Err(vm.key_error(x));
    }
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, args: Args) -> PyResult {
    let s = this_mut(vm, &args, "pop")?;
    no_args(vm, &args, "set.pop")?;
    match s.pop() {
        Some(v) => Ok(v),
        None => Err(vm.key_error(Value::str("pop from an empty set"))),
    }
}

fn set_clear(vm: &mut Vm, args: Args) -> PyResult {
    let s = this_mut(vm, &args, "clear")?;
    no_args(vm, &args, "set.clear")?;
    s.clear();
    Ok(Value::None)
}

fn set_copy_method(vm: &mut Vm, args: Args) -> PyResult {
    let me = this_any(vm, &args, "copy")?;
    no_args(vm, &args, &format!("{}.copy", type_label(&me)))?;
    if is_frozen(&me) {
        return Ok(me);
    }
    copy_of(vm, &me)
}

/// The arguments after `self` of a `*others` method (no keywords allowed).
fn others<'a>(vm: &mut Vm, args: &'a Args, me: &Value, method: &str) -> PyResult<&'a [Value]> {
    if !args.kwargs.is_empty() {
        no_kwargs(vm, args, &format!("{}.{}", type_label(me), method))?;
    }
    Ok(&args.args[1..])
}

fn set_update(vm: &mut Vm, args: Args) -> PyResult {
    let s = this_mut(vm, &args, "update")?;
    let me = Value::Set(s.clone());
    for o in others(vm, &args, &me, "update")? {
        update_internal(vm, &s, o)?;
    }
    Ok(Value::None)
}

/// `set_intersection_multi`.
fn intersection_multi(vm: &mut Vm, me: &Value, others: &[Value]) -> PyResult<Value> {
    if others.is_empty() {
        return copy_of(vm, me);
    }
    let mut result = me.clone();
    for o in others {
        result = intersection(vm, &result, o)?;
    }
    Ok(result)
}

fn set_intersection_update(vm: &mut Vm, args: Args) -> PyResult {
    let s = this_mut(vm, &args, "intersection_update")?;
    let me = Value::Set(s.clone());
    let os = others(vm, &args, &me, "intersection_update")?;
    let tmp = intersection_multi(vm, &me, os)?;
    swap_bodies(&s, &inner(&tmp));
    Ok(Value::None)
}

fn set_difference_update(vm: &mut Vm, args: Args) -> PyResult {
    let s = this_mut(vm, &args, "difference_update")?;
    let me = Value::Set(s.clone());
    for o in others(vm, &args, &me, "difference_update")? {
        difference_update_internal(vm, &s, o)?;
    }
    Ok(Value::None)
}

fn set_symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult {
    let s = this_mut(vm, &args, "symmetric_difference_update")?;
    let o = one_arg(vm, &args, "set.symmetric_difference_update")?;
    symmetric_difference_update(vm, &s, &o)?;
    Ok(Value::None)
}

fn set_union(vm: &mut Vm, args: Args) -> PyResult {
    let me = this_any(vm, &args, "union")?;
    let os = others(vm, &args, &me, "union")?;
    let result = copy_of(vm, &me)?;
    let r = inner(&result);
    for o in os {
        if o.is(&me) {
            continue;
        }
        update_internal(vm, &r, o)?;
    }
    Ok(result)
}

fn set_intersection(vm: &mut Vm, args: Args) -> PyResult {
    let me = this_any(vm, &args, "intersection")?;
    let os = others(vm, &args, &me, "intersection")?;
    intersection_multi(vm, &me, os)
}

fn set_difference(vm: &mut Vm, args: Args) -> PyResult {
    let me = this_any(vm, &args, "difference")?;
    let os = others(vm, &args, &me, "difference")?;
    if os.is_empty() {
        return copy_of(vm, &me);
    }
    let result = difference(vm, &me, &os[0])?;
    let r = inner(&result);
    for o in &os[1..] {
        difference_update_internal(vm, &r, o)?;
    }
    Ok(result)
}

fn set_symmetric_difference(vm: &mut Vm, args: Args) -> PyResult {
    let me = this_any(vm, &args, "symmetric_difference")?;
    let o = one_arg(
        vm,
        &args,
        &format!("{}.symmetric_difference", type_label(&me)),
    )?;
    symmetric_difference(vm, &me, &o)
}

fn set_issubset(vm: &mut Vm, args: Args) -> PyResult {
    let me = this_any(vm, &args, "issubset")?;
    let o = one_arg(vm, &args, &format!("{}.issubset", type_label(&me)))?;
    let other = to_set(vm, &o)?;
    Ok(Value::Bool(is_subset(vm, &inner(&me), &other)?))
}

fn set_issuperset(vm: &mut Vm, args: Args) -> PyResult {
    let me = this_any(vm, &args, "issuperset")?;
    let o = one_arg(vm, &args, &format!("{}.issuperset", type_label(&me)))?;
    let other = to_set(vm, &o)?;
    Ok(Value::Bool(is_subset(vm, &other, &inner(&me))?))
}

fn set_isdisjoint(vm: &mut Vm, args: Args) -> PyResult {
    let me = this_any(vm, &args, "isdisjoint")?;
    let o = one_arg(vm, &args, &format!("{}.isdisjoint", type_label(&me)))?;
    Ok(Value::Bool(is_disjoint(vm, &me, &o)?))
}

#[cfg(test)]
#[path = "set_methods_tests.rs"]
mod tests;
