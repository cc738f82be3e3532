//! `heapq`: the heap primitives in Rust with CPython's sift algorithms step
//! for step (so heaps come out in CPython's exact element order), comparing
//! through the VM's `<` so user classes with `__lt__` work. `nlargest`,
//! `nsmallest` and `merge` are Python (`py/heapq.py`). The private `_max`
//! variants (max-heaps) are here too, as in CPython's `_heapq`.

use std::rc::Rc;

use super::util::{exact, source_module};
use crate::error::PyResult;
use crate::object::{type_name_of, Args, ListObj, NativeFn};
use crate::value::Value;
use crate::vm::Vm;

const FUNCS: &[(&str, NativeFn)] = &[
    ("heappush", heappush),
    ("heappop", heappop),
    ("heapify", heapify),
    ("heapreplace", heapreplace),
    ("heappushpop", heappushpop),
    ("_heappop_max", heappop_max),
    ("_heapreplace_max", heapreplace_max),
    ("_heapify_max", heapify_max),
];

pub fn init(vm: &mut Vm) -> PyResult<Value> {
    source_module(vm, "heapq", FUNCS, include_str!("py/heapq.py"))
}

/// Min-heaps order by `a < b`; the `_max` variants by `b < a`.
#[derive(Clone, Copy)]
enum Order {
    Min,
    Max,
}

/// Whether `a` belongs above `b`, through the VM's `<` (`__lt__`, TypeError when unordered).
fn less(vm: &mut Vm, order: Order, a: &Value, b: &Value) -> PyResult<bool> {
    let r = match order {
        Order::Min => vm.compare(a, b, 0)?,
        Order::Max => vm.compare(b, a, 0)?,
    };
    vm.truthy(&r)
}

fn changed(vm: &mut Vm) -> crate::error::PyErr {
    vm.new_error("RuntimeError", "list changed size during iteration")
}

/// Item `i`, or RuntimeError when a comparison shrank the list under us.
fn at(vm: &mut Vm, heap: &ListObj, i: usize) -> PyResult {
    match heap.get(i) {
        Some(v) => Ok(v),
        None => Err(changed(vm)),
    }
}

fn put(vm: &mut Vm, heap: &ListObj, i: usize, v: Value) -> PyResult<()> {
    let mut items = heap.items.borrow_mut();
    match items.get_mut(i) {
        Some(slot) => {
            *slot = v;
            Ok(())
        }
        None => {
            drop(items);
            Err(changed(vm))
        }
    }
}

/// CPython's `_siftdown`: move the item at `pos` up towards `start`.
fn sift_down(vm: &mut Vm, o: Order, heap: &ListObj, start: usize, mut pos: usize) -> PyResult<()> {
    let size = heap.len();
    let newitem = at(vm, heap, pos)?;
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let parent = at(vm, heap, parentpos)?;
        let lt = less(vm, o, &newitem, &parent)?;
        if heap.len() != size {
            return Err(changed(vm));
        }
        if !lt {
            break;
        }
        put(vm, heap, pos, parent)?;
        pos = parentpos;
    }
    put(vm, heap, pos, newitem)
}

/// CPython's `_siftup`: move the smaller child up until a leaf, then sift down.
fn sift_up(vm: &mut Vm, o: Order, heap: &ListObj, mut pos: usize) -> PyResult<()> {
    let end = heap.len();
    let start = pos;
    let newitem = at(vm, heap, pos)?;
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end {
            let (l, r) = (at(vm, heap, child)?, at(vm, heap, right)?);
            let lt = less(vm, o, &l, &r)?;
            if heap.len() != end {
                return Err(changed(vm));
            }
            if !lt {
                child = right;
            }
        }
        let c = at(vm, heap, child)?;
        put(vm, heap, pos, c)?;
        pos = child;
        child = 2 * pos + 1;
    }
    put(vm, heap, pos, newitem)?;
    sift_down(vm, o, heap, start, pos)
}

/// The list argument, with CPython's message naming the function.
fn heap_arg(vm: &mut Vm, v: &Value, func: &str, numbered: bool) -> PyResult<Rc<ListObj>> {
    match v {
        Value::List(l) => Ok(l.clone()),
        _ => {
            let which = if numbered { " 1" } else { "" };
            // Argument clinic spells None as "None", other values by type name.
            let got = if v.is_none() {
                "None".to_string()
            } else {
                type_name_of(v)
            };
            Err(vm.type_error(format!(
                "{}() argument{} must be list, not {}",
                func, which, got
            )))
        }
    }
}

fn heappush(vm: &mut Vm, args: Args) -> PyResult {
    exact(vm, &args, "_heapq", "heappush", 2)?;
    let heap = heap_arg(vm, &args.args[0], "heappush", true)?;
    heap.items.borrow_mut().push(args.args[1].clone());
    let last = heap.len() - 1;
    sift_down(vm, Order::Min, &heap, 0, last)?;
    Ok(Value::None)
}

fn heappop(vm: &mut Vm, args: Args) -> PyResult {
    pop(vm, args, "heappop", Order::Min)
}

fn heappop_max(vm: &mut Vm, args: Args) -> PyResult {
    pop(vm, args, "_heappop_max", Order::Max)
}

fn pop(vm: &mut Vm, args: Args, name: &str, o: Order) -> PyResult {
    exact(vm, &args, "_heapq", name, 1)?;
    let heap = heap_arg(vm, &args.args[0], name, false)?;
    let Some(last) = heap.items.borrow_mut().pop() else {
        return Err(vm.index_error("index out of range"));
    };
    if heap.is_empty() {
        return Ok(last);
    }
    let top = std::mem::replace(&mut heap.items.borrow_mut()[0], last);
    sift_up(vm, o, &heap, 0)?;
    Ok(top)
}

fn heapreplace(vm: &mut Vm, args: Args) -> PyResult {
    replace(vm, args, "heapreplace", Order::Min)
}

fn heapreplace_max(vm: &mut Vm, args: Args) -> PyResult {
    replace(vm, args, "_heapreplace_max", Order::Max)
}

fn replace(vm: &mut Vm, args: Args, name: &str, o: Order) -> PyResult {
    exact(vm, &args, "_heapq", name, 2)?;
    let heap = heap_arg(vm, &args.args[0], name, true)?;
    if heap.is_empty() {
        return Err(vm.index_error("index out of range"));
    }
    let top = std::mem::replace(&mut heap.items.borrow_mut()[0], args.args[1].clone());
    sift_up(vm, o, &heap, 0)?;
    Ok(top)
}

fn heappushpop(vm: &mut Vm, args: Args) -> PyResult {
    exact(vm, &args, "_heapq", "heappushpop", 2)?;
    let heap = heap_arg(vm, &args.args[0], "heappushpop", true)?;
    let item = args.args[1].clone();
    let Some(top) = heap.get(0) else {
        return Ok(item);
    };
    if !less(vm, Order::Min, &top, &item)? {
        return Ok(item);
    }
    if heap.is_empty() {
        return Err(vm.index_error("index out of range"));
    }
    let top = std::mem::replace(&mut heap.items.borrow_mut()[0], item);
    sift_up(vm, Order::Min, &heap, 0)?;
    Ok(top)
}

fn heapify(vm: &mut Vm, args: Args) -> PyResult {
    make_heap(vm, args, "heapify", Order::Min)
}

fn heapify_max(vm: &mut Vm, args: Args) -> PyResult {
    make_heap(vm, args, "_heapify_max", Order::Max)
}

fn make_heap(vm: &mut Vm, args: Args, name: &str, o: Order) -> PyResult {
    exact(vm, &args, "_heapq", name, 1)?;
    let heap = heap_arg(vm, &args.args[0], name, false)?;
    let n = heap.len();
    for i in (0..n / 2).rev() {
        sift_up(vm, o, &heap, i)?;
    }
    Ok(Value::None)
}
