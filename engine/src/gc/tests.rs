//! The collector's internals: what it frees, what it must keep, and the
//! registry bookkeeping. Each test thread has its own registry.

use std::rc::{Rc, Weak};

use super::registry;
use super::trace::value_header;
use crate::object::{ListObj, TupleObj};
use crate::value::Value;
use crate::vm::{Config, Vm};

fn list(items: Vec<Value>) -> Rc<ListObj> {
    super::new(ListObj::new(items))
}

fn collect(vm: &mut Vm) -> usize {
    super::collect::collect(vm, 2)
}

#[test]
fn frees_a_two_list_cycle() {
    let mut vm = Vm::new(Config::default());
    collect(&mut vm);
    let a = list(vec![]);
    let b = list(vec![Value::List(a.clone())]);
    a.items.borrow_mut().push(Value::List(b.clone()));
    let (wa, wb): (Weak<ListObj>, Weak<ListObj>) = (Rc::downgrade(&a), Rc::downgrade(&b));
    drop((a, b));
    assert!(
        wa.upgrade().is_some(),
        "a cycle survives reference counting"
    );
    assert_eq!(collect(&mut vm), 2);
    assert!(wa.upgrade().is_none() && wb.upgrade().is_none());
    assert_eq!(collect(&mut vm), 0);
}

#[test]
fn keeps_cycles_referenced_from_outside() {
    let mut vm = Vm::new(Config::default());
    let a = list(vec![]);
    let b = list(vec![Value::List(a.clone())]);
    a.items.borrow_mut().push(Value::List(b.clone()));
    let held = Value::List(b.clone());
    drop((a, b));
    assert_eq!(collect(&mut vm), 0);
    let Value::List(b) = &held else {
        unreachable!()
    };
    let Value::List(a) = b.get(0).unwrap() else {
        panic!("a was cleared")
    };
    assert_eq!(a.len(), 1, "a live cycle must not be cleared");
    // Dropping the outside reference makes it garbage.
    a.items.borrow_mut().clear();
    drop(held);
}

#[test]
fn a_borrowed_object_counts_as_reachable() {
    let mut vm = Vm::new(Config::default());
    let a = list(vec![]);
    a.items.borrow_mut().push(Value::List(a.clone()));
    let weak = Rc::downgrade(&a);
    let raw: *const ListObj = Rc::into_raw(a);
    // SAFETY: `raw` is alive: the self-cycle holds a count.
    let obj = unsafe { &*raw };
    let borrow = obj.items.borrow_mut();
    // The only references are the self-cycle and `raw`'s, and the list is
    // borrowed: the collector must not clear or free it.
    assert_eq!(collect(&mut vm), 0);
    drop(borrow);
    assert!(weak.upgrade().is_some());
    // SAFETY: `raw` came from `Rc::into_raw` above; this re-owns that count.
    drop(unsafe { Rc::from_raw(raw) });
    assert_eq!(collect(&mut vm), 1);
    assert!(weak.upgrade().is_none());
}

#[test]
fn counts_and_promotion_follow_cpython() {
    let mut vm = Vm::new(Config::default());
    collect(&mut vm);
    let before = registry::with(|r| r.count[0]);
    let l = list(vec![]);
    assert_eq!(registry::with(|r| r.count[0]), before + 1);
    let v = Value::List(l.clone());
    let h = value_header(&v).unwrap();
    assert!(h.is_tracked());
    assert_eq!(h.gen.get(), 0);
    super::collect::collect(&mut vm, 0);
    assert_eq!(h.gen.get(), 1, "a survivor of generation 0 moves to 1");
    super::collect::collect(&mut vm, 1);
    assert_eq!(h.gen.get(), 2);
    assert_eq!(registry::with(|r| r.count[0]), 0);
    drop((v, l));
}

#[test]
fn only_tuples_that_can_hold_cycles_are_tracked() {
    let _vm = Vm::new(Config::default());
    let atoms = super::new_tuple(TupleObj::new(vec![Value::Int(1), Value::str("x")]));
    assert!(!atoms.gc.is_tracked());
    let holder = super::new_tuple(TupleObj::new(vec![Value::list(vec![])]));
    assert!(holder.gc.is_tracked());
}

#[test]
fn untracking_keeps_the_registry_consistent() {
    let _vm = Vm::new(Config::default());
    let lists: Vec<Rc<ListObj>> = (0..100).map(|_| list(vec![])).collect();
    let n = registry::with(|r| r.tracked());
    // Free every other one; the swapped-in entries must get their new slots.
    let kept: Vec<Rc<ListObj>> = lists.into_iter().step_by(2).collect();
    assert_eq!(registry::with(|r| r.tracked()), n - 50);
    registry::with(|r| {
        for (g, objs) in r.gens.iter().enumerate() {
            for (i, o) in objs.iter().enumerate() {
                assert_eq!(o.header().slot.get() as usize, i);
                assert_eq!(o.header().gen.get() as usize, g);
            }
        }
    });
    drop(kept);
}

#[test]
fn objects_made_without_a_vm_are_not_tracked() {
    let l = list(vec![]);
    assert!(!l.gc.is_tracked());
    let vm = Vm::new(Config::default());
    let t = list(vec![]);
    assert!(t.gc.is_tracked());
    // The heap outlives its VM while objects are tracked in it.
    drop(vm);
    assert!(t.gc.is_tracked());
    drop(t);
}

#[test]
fn deep_chains_free_without_deep_recursion() {
    // A small stack: a recursive drop of this chain would overflow it.
    let t = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(|| {
            let mut chain = Value::list(vec![]);
            for _ in 0..200_000 {
                chain = Value::list(vec![chain]);
            }
            drop(chain);
        })
        .unwrap();
    assert!(t.join().is_ok());
}

#[test]
fn deep_instance_chains_free_without_deep_recursion() {
    // `node.next = Node(...)` a hundred thousand deep, freed on a small stack.
    let t = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(|| {
            let mut vm = Vm::new(Config::default());
            let src = "class N:\n    pass\nhead = None\nfor i in range(100000):\n    n = N()\n    n.next = head\n    head = n\nn = None\nhead = None\nprint('freed')\n";
            vm.output = crate::vm::Output::Capture(String::new());
            vm.exec_main(src, "<chain>").expect("the script runs");
        })
        .unwrap();
    assert!(t.join().is_ok());
}
