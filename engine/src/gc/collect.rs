//! The cycle collector: CPython's trial deletion over one or more
//! generations.
//!
//! 1. Take a strong reference to every object of the generations examined,
//!    and give each a scratch count: its reference count minus ours.
//! 2. Subtract every reference one examined object holds to another. What
//!    is left is the number of references from outside (stacks, Rust code,
//!    older generations, untracked objects).
//! 3. Everything reachable from an object with outside references is alive;
//!    the rest is garbage.
//! 4. Clear weak references to the garbage (running callbacks), run
//!    `__del__` once per object, then repeat 1–3 over the garbage: a
//!    finaliser may have resurrected some of it.
//! 5. Clear the references the garbage holds (breaking the cycles) and drop
//!    ours; reference counting frees the rest.
//!
//! Survivors move to the next generation.

use super::registry::{Registry, GENERATIONS};
use super::trace::{GcRef, Kind};
use super::weak;
use super::FINALIZED;
use crate::value::Value;
use crate::vm::Vm;

/// Runs `f` on the VM's own registry (not the thread's current one).
fn with_registry<R>(vm: &Vm, f: impl FnOnce(&mut Registry) -> R) -> R {
    f(&mut vm.heap.heap().registry.borrow_mut())
}

/// Runs a collection of `generation` and every younger one; returns the
/// number of unreachable objects found. Re-entrant calls (from a finaliser)
/// return 0.
pub fn collect(vm: &mut Vm, generation: usize) -> usize {
    let generation = generation.min(GENERATIONS - 1);
    let objs: Vec<GcRef> = match with_registry(vm, |r| {
        if r.collecting {
            return None;
        }
        r.collecting = true;
        Some(r.objects(0..=generation))
    }) {
        Some(v) => v,
        None => return 0,
    };
    for (i, o) in objs.iter().enumerate() {
        o.incref();
        o.header().mark.set(i as u32 + 1);
    }

    let mut garbage = unreachable(&objs, 0..objs.len(), |_| true);

    let finalized = if garbage.is_empty() {
        false
    } else {
        run_finalizers(vm, &objs, &garbage)
    };
    if finalized {
        // Finalisers may have stored garbage somewhere live: look again.
        let mut member = vec![false; objs.len()];
        for &i in &garbage {
            member[i] = true;
        }
        garbage = unreachable(&objs, garbage.iter().copied(), |i| member[i]);
    }
    let found = garbage.len();

    with_registry(vm, |r| {
        for &i in &garbage {
            objs[i].header().mark.set(0);
            r.forget(objs[i]);
        }
        // What is left of the examined objects survived. They all still sit
        // in generations 0..=generation (the collector's references keep
        // them tracked), so promotion is one pass over those lists; objects
        // a finaliser made (unmarked) stay where they are. A full
        // collection leaves every survivor in the oldest generation, as
        // CPython's does. Every mark is cleared: a stale one would make a
        // later collection count an object it does not examine.
        let oldest = GENERATIONS - 1;
        let promoted = objs.len() - found;
        if generation < oldest {
            r.promote(generation, generation + 1);
        } else {
            r.promote(oldest - 1, oldest);
            for o in &r.gens[oldest] {
                o.header().mark.set(0);
            }
        }
        // CPython's counters: this generation and the younger ones restart;
        // the next older one counts this collection.
        for g in 0..=generation {
            r.count[g] = 0;
        }
        if generation + 1 < GENERATIONS {
            r.count[generation + 1] += 1;
        }
        if generation == GENERATIONS - 2 {
            r.long_lived_pending += promoted;
        } else if generation == GENERATIONS - 1 {
            r.long_lived_total = promoted;
            r.long_lived_pending = 0;
        }
        let s = &mut r.stats[generation];
        s.collections += 1;
        s.collected += found;
    });

    for &i in &garbage {
        objs[i].clear();
    }
    for o in &objs {
        o.decref();
    }
    with_registry(vm, |r| r.collecting = false);
    found
}

/// Scratch state of a member that no reference from outside reached (yet).
const TENTATIVE: isize = 0;
/// Scratch state of a member reachable from outside.
const ALIVE: isize = 1;
/// Scratch state of an object that is not a candidate.
const NOT_MEMBER: isize = isize::MIN;
/// Added to a member that could not be traversed: it counts as reachable.
const ROOT: isize = isize::MAX / 2;

/// The subset of `candidates` (indices into `objs`, ascending, those for
/// which `member` holds) unreachable from outside the candidates. Every
/// object of `objs` carries its mark.
fn unreachable(
    objs: &[GcRef],
    candidates: impl Iterator<Item = usize> + Clone,
    member: impl Fn(usize) -> bool,
) -> Vec<usize> {
    // One word per object: first the references from outside (only
    // references between candidates cancel), then TENTATIVE or ALIVE.
    let n = objs.len();
    let mut state: Vec<isize> = (0..n)
        .map(|i| {
            if member(i) {
                objs[i].strong_count() as isize - 1
            } else {
                NOT_MEMBER
            }
        })
        .collect();
    for i in candidates.clone() {
        let ok = objs[i].traverse(&mut |h| {
            let m = h.mark.get() as usize;
            if m != 0 {
                let s = &mut state[m - 1];
                if *s != NOT_MEMBER {
                    *s -= 1;
                }
            }
        });
        if !ok {
            state[i] += ROOT;
        }
    }
    let mut stack: Vec<usize> = Vec::new();
    for i in candidates.clone() {
        if state[i] > 0 {
            state[i] = ALIVE;
            stack.push(i);
        } else {
            state[i] = TENTATIVE;
        }
    }
    while let Some(i) = stack.pop() {
        objs[i].traverse(&mut |h| {
            let m = h.mark.get() as usize;
            if m != 0 && state[m - 1] == TENTATIVE {
                state[m - 1] = ALIVE;
                stack.push(m - 1);
            }
        });
    }
    candidates.filter(|&i| state[i] == TENTATIVE).collect()
}

/// Clears weak references to the garbage and runs their callbacks, then
/// runs each garbage object's finaliser once. True if any script code ran.
fn run_finalizers(vm: &mut Vm, objs: &[GcRef], garbage: &[usize]) -> bool {
    let in_garbage = |v: &Value| -> bool {
        super::trace::value_header(v)
            .map(|h| {
                let m = h.mark.get() as usize;
                m != 0 && garbage.binary_search(&(m - 1)).is_ok()
            })
            .unwrap_or(false)
    };
    let mut callbacks = Vec::new();
    for &i in garbage {
        let h = objs[i].header();
        if h.has_flag(super::HAS_WEAKREFS) {
            h.clear_flag(super::HAS_WEAKREFS);
            for (cb, wr) in weak::clear_referent(h, objs[i].addr()) {
                // A weak reference that is garbage itself gets no callback.
                if !in_garbage(&wr) {
                    callbacks.push((cb, wr));
                }
            }
        }
    }
    let mut ran = !callbacks.is_empty();
    for (cb, wr) in callbacks {
        super::pending::call_ignoring_errors(vm, &cb, vec![wr]);
    }
    for &i in garbage {
        let o = objs[i];
        let h = o.header();
        if h.has_flag(FINALIZED) {
            continue;
        }
        match o.kind() {
            Kind::Instance => {
                let v = o.to_value();
                if let Some(del) = super::pending::finalizer_of(&v) {
                    h.set_flag(FINALIZED);
                    super::pending::call_ignoring_errors(vm, &del, vec![v]);
                    ran = true;
                }
            }
            Kind::Generator => {
                let v = o.to_value();
                if super::pending::generator_needs_close(&v) {
                    h.set_flag(FINALIZED);
                    super::pending::close_generator(vm, &v);
                    ran = true;
                }
            }
            _ => {}
        }
    }
    ran
}
