//! Functions: script functions (code + globals + defaults + closure),
//! native builtins, bound methods, and closure cells.

use std::cell::RefCell;
use std::rc::Rc;

use smallvec::SmallVec;

use crate::gc::{collectable, on_drop, trashcan, GcHeader};

use super::{DictObj, StrObj};
use crate::bytecode::CodeObject;
use crate::error::PyResult;
use crate::value::Value;
use crate::vm::Vm;

/// Arguments handed to a native function: positional values and keyword pairs.
#[derive(Default)]
pub struct Args {
    pub args: SmallVec<[Value; 4]>,
    pub kwargs: Vec<(Rc<StrObj>, Value)>,
}

impl Args {
    pub fn new(args: impl IntoIterator<Item = Value>) -> Args {
        Args {
            args: args.into_iter().collect(),
            kwargs: Vec::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.args.len()
    }

    pub fn is_empty(&self) -> bool {
        self.args.is_empty()
    }

    /// Removes and returns the keyword argument `name`, if given.
    pub fn take_kw(&mut self, name: &str) -> Option<Value> {
        let i = self.kwargs.iter().position(|(k, _)| k.as_str() == name)?;
        Some(self.kwargs.remove(i).1)
    }
}

pub type NativeFn = fn(&mut Vm, Args) -> PyResult;
pub type NativeClosure = Rc<dyn Fn(&mut Vm, Args) -> PyResult>;

/// A native's fast entry for positional calls: the arguments (self first
/// for a method) are borrowed straight off the caller's value stack. It must
/// behave exactly as the full entry, which it may call for anything unusual
/// (see `slow_call`).
pub type PosFn = fn(&mut Vm, &[Value]) -> PyResult;

pub enum NativeImpl {
    Fn(NativeFn),
    Closure(NativeClosure),
    /// The same native twice: `pos` for positional calls made from the
    /// value stack, `full` for everything else.
    Fast {
        pos: PosFn,
        full: NativeFn,
    },
}

/// A function implemented in Rust (or by the host through the C API).
pub struct BuiltinObj {
    pub name: Rc<str>,
    pub func: NativeImpl,
    /// The owner shown in repr: `<built-in method append of list object>`.
    pub owner: Option<&'static str>,
    /// A method that wants a builtin-subclass `self` as is (not its payload).
    pub raw_self: bool,
}

impl BuiltinObj {
    pub fn call(&self, vm: &mut Vm, mut args: Args) -> PyResult {
        // A method of a builtin type called on a subclass instance works on the
        // wrapped builtin value (`Stack.append` appends to the wrapped list).
        if let (Some(owner), false, Some(Value::Instance(inst))) =
            (self.owner, self.raw_self, args.args.first())
        {
            if let Some(p) = inst.payload() {
                if super::builtin_type_name(&p) == owner {
                    args.args[0] = p;
                }
            }
        }
        match &self.func {
            NativeImpl::Fn(f) | NativeImpl::Fast { full: f, .. } => f(vm, args),
            NativeImpl::Closure(f) => {
                let f = f.clone();
                f(vm, args)
            }
        }
    }
}

impl BuiltinObj {
    /// The fast entry that may take `args` (self first) in place: only a
    /// `Fast` native, and not for a builtin-subclass `self` that `call`
    /// would first swap for its payload.
    #[inline]
    pub fn positional_entry(&self, args: &[Value]) -> Option<PosFn> {
        match self.func {
            NativeImpl::Fast { pos, .. } => {
                if self.owner.is_some()
                    && !self.raw_self
                    && matches!(args.first(), Some(Value::Instance(_)))
                {
                    return None;
                }
                Some(pos)
            }
            _ => None,
        }
    }
}

/// A fast entry's way out for the unusual cases: the full entry on a copy
/// of the arguments, so results and errors are the general path's.
#[cold]
#[inline(never)]
pub fn slow_call(vm: &mut Vm, full: NativeFn, args: &[Value]) -> PyResult {
    full(vm, Args::new(args.iter().cloned()))
}

/// A function defined in script code.
pub struct FunctionObj {
    pub code: Rc<CodeObject>,
    pub globals: Rc<DictObj>,
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    /// Defaults for the last positional parameters.
    pub defaults: RefCell<Vec<Value>>,
    pub kwdefaults: RefCell<Option<Rc<DictObj>>>,
    pub closure: Vec<Rc<CellObj>>,
    /// `__dict__` (function attributes), made on first use.
    pub dict: RefCell<Option<Rc<DictObj>>>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    pub annotations: RefCell<Option<Rc<DictObj>>>,
    pub gc: GcHeader,
}

collectable!(FunctionObj, Function);

impl Drop for FunctionObj {
    fn drop(&mut self) {
        on_drop(&self.gc, self as *const _ as usize);
    }
}

/// A function bound to `self` (`obj.method` without a call).
pub struct BoundMethodObj {
    pub func: Value,
    pub self_: Value,
    pub gc: GcHeader,
}

collectable!(BoundMethodObj, BoundMethod);

impl Drop for BoundMethodObj {
    fn drop(&mut self) {
        on_drop(&self.gc, self as *const _ as usize);
    }
}

impl BoundMethodObj {
    pub fn new(func: Value, self_: Value) -> BoundMethodObj {
        BoundMethodObj {
            func,
            self_,
            gc: GcHeader::new(),
        }
    }
}

/// A closure cell; `Value::Null` means empty.
#[derive(Default)]
pub struct CellObj {
    pub value: RefCell<Value>,
    pub gc: GcHeader,
}

collectable!(CellObj, Cell);

impl Drop for CellObj {
    fn drop(&mut self) {
        on_drop(&self.gc, self as *const _ as usize);
        let v = std::mem::take(self.value.get_mut());
        if v.heap_ptr().is_some() {
            trashcan::drop_deep(v);
        }
    }
}

impl CellObj {
    pub fn new(v: Value) -> CellObj {
        CellObj {
            value: RefCell::new(v),
            gc: GcHeader::new(),
        }
    }

    pub fn get(&self) -> Value {
        self.value.borrow().clone()
    }

    pub fn set(&self, v: Value) {
        let old = std::mem::replace(&mut *self.value.borrow_mut(), v);
        drop(old);
    }
}
