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

    let all: Vec<usize> = (0..objs.len()).collect();
    let mut garbage = unreachable(&objs, &all);

    let finalized = if garbage.is_empty() {
        false
    } else {
        run_finalizers(vm, &objs, &garbage)
    };
    if finalized {
        // Finalisers may have stored garbage somewhere live: look again.
        garbage = unreachable(&objs, &garbage);
    }
    let found = garbage.len();

    let promote_to = (generation + 1).min(GENERATIONS - 1);
    with_registry(vm, |r| {
        for &i in &garbage {
            r.forget(objs[i]);
        }
        let mut promoted = 0;
        for o in &objs {
            o.header().mark.set(0);
            if o.header().is_tracked() {
                if generation < GENERATIONS - 1 {
                    r.move_to(*o, promote_to);
                }
                promoted += 1;
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

/// The subset of `candidates` (indices into `objs`) unreachable from outside
/// the candidates. Every object of `objs` carries its mark.
fn unreachable(objs: &[GcRef], candidates: &[usize]) -> Vec<usize> {
    // Which objects take part: only references between candidates cancel.
    let n = objs.len();
    let mut member = vec![false; n];
    for &i in candidates {
        member[i] = true;
    }
    let mut refs: Vec<isize> = vec![0; n];
    let mut root = vec![false; n];
    for &i in candidates {
        refs[i] = objs[i].strong_count() as isize - 1;
    }
    for &i in candidates {
        let ok = objs[i].traverse(&mut |h| {
            let m = h.mark.get() as usize;
            if m != 0 && member[m - 1] {
                refs[m - 1] -= 1;
            }
        });
        if !ok {
            root[i] = true;
        }
    }
    let mut alive = vec![false; n];
    let mut stack: Vec<usize> = Vec::new();
    for &i in candidates {
        if refs[i] > 0 || root[i] {
            alive[i] = true;
            stack.push(i);
        }
    }
    while let Some(i) = stack.pop() {
        objs[i].traverse(&mut |h| {
            let m = h.mark.get() as usize;
            if m != 0 && member[m - 1] && !alive[m - 1] {
                alive[m - 1] = true;
                stack.push(m - 1);
            }
        });
    }
    candidates.iter().copied().filter(|&i| !alive[i]).collect()
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
