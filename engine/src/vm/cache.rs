//! Inline caches for global names: LOAD_GLOBAL, module-level LOAD_NAME and
//! the stores to them. A cache remembers where a name was found (globals or
//! builtins, entry index) together with the dicts' layout versions; while
//! the layouts are unchanged the entry index is still that name's, so a hit
//! is one version compare and an indexed read.

use std::cell::Cell;
use std::rc::Rc;

use crate::object::{DictObj, StrObj};
use crate::value::Value;
use crate::vm::Vm;

/// Per-name cache, one per entry of `CodeObject::names`.
#[derive(Debug)]
pub struct NameCache {
    /// Layout of the globals dict when filled; `u64::MAX` when empty.
    globals: Cell<u64>,
    /// Layout of builtins when the name was found there; 0 when in globals.
    builtins: Cell<u64>,
    index: Cell<u32>,
}

impl Default for NameCache {
    fn default() -> Self {
        NameCache {
            globals: Cell::new(u64::MAX),
            builtins: Cell::new(0),
            index: Cell::new(0),
        }
    }
}

impl Vm {
    /// globals[name], else builtins[name]; None when neither has it.
    #[inline(always)]
    pub(crate) fn load_global_cached(
        &mut self,
        globals: &DictObj,
        c: &NameCache,
        name: &StrObj,
    ) -> Option<Value> {
        // SAFETY: the tables are only read, and the references end before
        // anything can mutate them (a clone runs no code); a table that is
        // mutably borrowed right now takes the checked path below.
        if let Ok(g) = unsafe { globals.table.try_borrow_unguarded() } {
            if g.layout() == c.globals.get() {
                let b = c.builtins.get();
                let i = c.index.get() as usize;
                if b == 0 {
                    return Some(g.entries[i].value.clone());
                }
                // SAFETY: as for the globals.
                if let Ok(bt) = unsafe { self.builtins.table.try_borrow_unguarded() } {
                    if bt.layout() == b {
                        return Some(bt.entries[i].value.clone());
                    }
                }
            }
        }
        self.load_global_fill(globals, c, name)
    }

    #[inline(never)]
    fn load_global_fill(
        &mut self,
        globals: &DictObj,
        c: &NameCache,
        name: &StrObj,
    ) -> Option<Value> {
        let g = globals.table.borrow();
        if let Some(i) = g.find_strobj(name) {
            c.globals.set(g.layout());
            c.builtins.set(0);
            c.index.set(i as u32);
            return Some(g.entries[i].value.clone());
        }
        let bt = self.builtins.table.borrow();
        let i = bt.find_strobj(name)?;
        c.globals.set(g.layout());
        c.builtins.set(bt.layout());
        c.index.set(i as u32);
        Some(bt.entries[i].value.clone())
    }
}

/// `dict[name] = v` for a globals-like dict, through the name's cache.
#[inline]
pub(crate) fn store_name_cached(dict: &DictObj, c: &NameCache, name: &Rc<StrObj>, v: Value) {
    let mut t = dict.table.borrow_mut();
    if t.layout() == c.globals.get() && c.builtins.get() == 0 {
        let i = c.index.get() as usize;
        let old = std::mem::replace(&mut t.entries[i].value, v);
        drop(t);
        dict.bump();
        drop(old);
    } else {
        drop(t);
        store_name_fill(dict, c, name, v);
    }
}

#[inline(never)]
fn store_name_fill(dict: &DictObj, c: &NameCache, name: &Rc<StrObj>, v: Value) {
    dict.set_strobj(name.clone(), v);
    let t = dict.table.borrow();
    if let Some(i) = t.find_strobj(name) {
        c.globals.set(t.layout());
        c.builtins.set(0);
        c.index.set(i as u32);
    }
}
