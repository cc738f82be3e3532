//! Name resolution over the symbol table: decides local / cell / free /
//! global for every name, bottom-up, and lays out slots and cells.

use std::collections::HashSet;

use crate::syntax::SyntaxError;

use super::scope::{
    NameScope, ScopeKind, Symbol, SymbolTable, DEF_BOUND, DEF_GLOBAL, DEF_NONLOCAL, DEF_PARAM,
};

/// Resolves every scope's names, bottom-up; returns the free names of `id`.
pub(super) fn analyze(
    t: &mut SymbolTable,
    id: usize,
    bound: &HashSet<String>,
    filename: &str,
) -> Result<HashSet<String>, SyntaxError> {
    let kind = t.scopes[id].kind;
    let mut bound_here = bound.clone();
    let mut locals = HashSet::new();
    {
        let s = &mut t.scopes[id];
        for name in &s.order {
            let sym = s.symbols.get_mut(name).unwrap();
            let f = sym.flags;
            sym.scope = if f & DEF_GLOBAL != 0 {
                if f & DEF_NONLOCAL != 0 {
                    let loc = sym.directive.unwrap_or(s.loc);
                    return Err(super::error(
                        filename,
                        format!("name '{}' is nonlocal and global", name),
                        loc,
                    ));
                }
                bound_here.remove(name);
                NameScope::GlobalExplicit
            } else if f & DEF_NONLOCAL != 0 {
                if !bound.contains(name) {
                    let loc = sym.directive.unwrap_or(s.loc);
                    return Err(super::error(
                        filename,
                        format!("no binding for nonlocal '{}' found", name),
                        loc,
                    ));
                }
                NameScope::Free
            } else if f & DEF_BOUND != 0 {
                locals.insert(name.clone());
                NameScope::Local
            } else if bound.contains(name) {
                NameScope::Free
            } else {
                NameScope::GlobalImplicit
            };
        }
    }
    let new_bound: HashSet<String> = match kind {
        ScopeKind::Module => HashSet::new(),
        ScopeKind::Class => {
            let mut b = bound_here.clone();
            b.insert("__class__".to_string());
            b
        }
        _ => bound_here.union(&locals).cloned().collect(),
    };
    let mut child_free = HashSet::new();
    for c in t.scopes[id].children.clone() {
        child_free.extend(analyze(t, c, &new_bound, filename)?);
    }
    let s = &mut t.scopes[id];
    if kind == ScopeKind::Class && child_free.remove("__class__") {
        s.needs_class_cell = true;
    }
    let mut names: Vec<&String> = child_free.iter().collect();
    names.sort();
    for name in names {
        match s.symbols.get_mut(name) {
            Some(sym) if kind.is_function_like() && sym.scope == NameScope::Local => {
                sym.scope = NameScope::Cell
            }
            Some(sym)
                if kind == ScopeKind::Class && (sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0) =>
            {
                sym.free_class = true
            }
            Some(sym) if sym.scope == NameScope::Free || sym.scope == NameScope::Cell => {}
            Some(sym) => sym.scope = NameScope::Free,
            None => {
                s.order.push(name.clone());
                s.symbols.insert(
                    name.clone(),
                    Symbol {
                        flags: 0,
                        scope: NameScope::Free,
                        free_class: false,
                        directive: None,
                    },
                );
            }
        }
    }
    // Slot and cell layout.
    let mut cellvars = Vec::new();
    let mut freevars = Vec::new();
    let mut varnames: Vec<String> = s.params.clone();
    for name in &s.order {
        let sym = &s.symbols[name];
        match sym.scope {
            NameScope::Cell => cellvars.push(name.clone()),
            NameScope::Free => freevars.push(name.clone()),
            NameScope::Local if sym.free_class => freevars.push(name.clone()),
            NameScope::Local if kind.is_function_like() && sym.flags & DEF_PARAM == 0 => {
                varnames.push(name.clone())
            }
            _ => {}
        }
    }
    cellvars.sort();
    freevars.sort();
    if s.needs_class_cell {
        cellvars.insert(0, "__class__".to_string());
    }
    let free: HashSet<String> = freevars.iter().cloned().collect();
    s.varnames = varnames;
    s.cellvars = cellvars;
    s.freevars = freevars;
    Ok(free)
}
