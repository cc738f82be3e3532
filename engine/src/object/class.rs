//! Classes (`type` objects): name, bases, C3 method resolution order and the
//! class namespace. Builtin types are classes too, so `type(1) is int`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::DictObj;
use crate::gc::{collectable, on_drop, GcHeader};
use crate::value::Value;

/// Which builtin layout instances of a class carry (a user class inherits it).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    /// Plain instances with a `__dict__`.
    Object,
    /// Instances carry exception state (args, traceback, cause, context).
    Exception,
    /// A builtin type whose values are not instances (int, str, list, ...).
    Builtin,
}

/// `ClassObj::attr_hooks` bits.
pub const HOOK_GETATTRIBUTE: u8 = 1;
pub const HOOK_GETATTR: u8 = 2;
pub const HOOK_SETATTR: u8 = 4;

pub struct ClassObj {
    pub name: Rc<str>,
    pub qualname: RefCell<Rc<str>>,
    pub bases: RefCell<Vec<Rc<ClassObj>>>,
    /// The MRO without the class itself (so no Rc cycle through `self`).
    pub mro_tail: RefCell<Vec<Rc<ClassObj>>>,
    pub dict: Rc<DictObj>,
    pub layout: Layout,
    /// A user metaclass; None means `type`.
    pub metaclass: RefCell<Option<Rc<ClassObj>>>,
    /// Bumped whenever the class or a base changes (for attribute caches).
    pub version: Cell<u64>,
    /// `__new__`/`__init__` as instantiation last saw them (see `CallInfo`).
    pub call_info: RefCell<Option<CallInfo>>,
    /// Whether instances have a `__del__`, valid for the type epoch it names.
    finalizer: Cell<(u64, bool)>,
    /// The script attribute hooks instances have (`HOOK_*` bits), valid for
    /// the type epoch it names.
    attr_hooks: Cell<(u64, u8)>,
    /// The shape new instances start from (see shape.rs): the `__slots__`
    /// names along the MRO, made on first use (when the MRO is known).
    shape_root: std::cell::OnceCell<Rc<super::shape::Shape>>,
    /// Classes made with this one among their bases, oldest first
    /// (`__subclasses__`); weak, as a base must not keep them alive.
    subclasses: RefCell<Vec<std::rc::Weak<ClassObj>>>,
    pub gc: GcHeader,
}

collectable!(ClassObj, Class);

impl Drop for ClassObj {
    fn drop(&mut self) {
        on_drop(&self.gc, self as *const _ as usize);
    }
}

/// What calling a class needs from its MRO, valid while the type epoch is
/// `epoch` and the class's lookup version is `version`.
pub struct CallInfo {
    pub epoch: u64,
    pub version: u64,
    pub new: Option<Value>,
    pub default_new: bool,
    pub init: Option<Value>,
    pub default_init: bool,
}

impl ClassObj {
    pub fn new(
        name: &str,
        bases: Vec<Rc<ClassObj>>,
        dict: Rc<DictObj>,
        layout: Layout,
    ) -> ClassObj {
        super::dict::bump_type_epoch();
        dict.table.borrow_mut().set_type_namespace();
        ClassObj {
            name: name.into(),
            qualname: RefCell::new(name.into()),
            bases: RefCell::new(bases),
            mro_tail: RefCell::new(Vec::new()),
            dict,
            layout,
            metaclass: RefCell::new(None),
            version: Cell::new(0),
            call_info: RefCell::new(None),
            finalizer: Cell::new((0, false)),
            attr_hooks: Cell::new((0, 0)),
            shape_root: std::cell::OnceCell::new(),
            subclasses: RefCell::new(Vec::new()),
            gc: GcHeader::new(),
        }
    }

    /// Records a new class with each of its bases (see `subclasses`).
    pub fn link_to_bases(self: &Rc<Self>) {
        for base in self.bases.borrow().iter() {
            let mut subs = base.subclasses.borrow_mut();
            subs.retain(|w| w.strong_count() > 0);
            subs.push(Rc::downgrade(self));
        }
    }

    /// The live classes that name this one as a direct base.
    pub fn subclasses(&self) -> Vec<Rc<ClassObj>> {
        self.subclasses
            .borrow()
            .iter()
            .filter_map(std::rc::Weak::upgrade)
            .collect()
    }

    /// Does this class (or a base) define `__del__`? Cached: it is asked
    /// every time an instance is freed.
    #[inline]
    pub fn has_finalizer(&self) -> bool {
        let (seen_epoch, has) = self.finalizer.get();
        if seen_epoch == super::dict::type_epoch() {
            return has;
        }
        self.find_finalizer()
    }

    #[cold]
    fn find_finalizer(&self) -> bool {
        let epoch = super::dict::type_epoch();
        let has = self.lookup("__del__").is_some();
        self.finalizer.set((epoch, has));
        has
    }

    /// Which of `__getattribute__` (a script function), `__getattr__` and
    /// `__setattr__` (a script function) instances of this class have
    /// (`HOOK_*` bits). Cached like `has_finalizer`: the generic attribute
    /// paths ask on every access.
    pub fn attr_hooks(&self) -> u8 {
        let epoch = super::dict::type_epoch();
        let (seen_epoch, hooks) = self.attr_hooks.get();
        if seen_epoch == epoch {
            return hooks;
        }
        let mut hooks = 0;
        if matches!(self.lookup("__getattribute__"), Some(Value::Function(_))) {
            hooks |= HOOK_GETATTRIBUTE;
        }
        if self.lookup("__getattr__").is_some() {
            hooks |= HOOK_GETATTR;
        }
        if matches!(self.lookup("__setattr__"), Some(Value::Function(_))) {
            hooks |= HOOK_SETATTR;
        }
        self.attr_hooks.set((epoch, hooks));
        hooks
    }

    /// The root of this class's shape tree. Its names are the `__slots__`
    /// declared along the MRO, base classes first: every instance starts
    /// with a value for each (Null, "unset"), so the stores of `__init__`
    /// overwrite a slot in place instead of growing the shape one name at
    /// a time, and reads find each name where every instance has it, as
    /// CPython's slot members sit at fixed offsets.
    pub fn shape_root(&self) -> &Rc<super::shape::Shape> {
        self.shape_root
            .get_or_init(|| super::shape::Shape::root_with(self.slot_names()))
    }

    /// The names `__slots__` declares in this class and its bases (base
    /// first, each once; `__dict__` and `__weakref__` are not attributes).
    fn slot_names(&self) -> Vec<Rc<super::StrObj>> {
        let mut names: Vec<Rc<super::StrObj>> = Vec::new();
        let tail = self.mro_tail.borrow();
        let dicts = tail.iter().rev().map(|c| &c.dict).chain([&self.dict]);
        for d in dicts {
            let Some(slots) = d.get_str("__slots__") else {
                continue;
            };
            let declared: Vec<Value> = match &slots {
                Value::Str(_) => vec![slots.clone()],
                Value::Tuple(t) => t.items.to_vec(),
                Value::List(l) => l.items.borrow().clone(),
                Value::Dict(d) => d.keys(),
                _ => Vec::new(),
            };
            for v in declared {
                if let Value::Str(s) = v {
                    let n = s.as_str();
                    if n != "__dict__"
                        && n != "__weakref__"
                        && !names.iter().any(|k| k.as_str() == n)
                    {
                        names.push(s);
                    }
                }
            }
        }
        names
    }

    pub fn metaclass(&self) -> Option<Rc<ClassObj>> {
        self.metaclass.borrow().clone()
    }

    /// The full MRO, starting with the class itself.
    pub fn mro(self: &Rc<Self>) -> Vec<Rc<ClassObj>> {
        let mut v = vec![self.clone()];
        v.extend(self.mro_tail.borrow().iter().cloned());
        v
    }

    /// Changes whenever the namespace of this class or of a class on its MRO
    /// changes (a sum of monotonic dict mutation counters).
    #[inline]
    pub fn lookup_version(&self) -> u64 {
        let mut v = self.dict.version.get();
        for c in self.mro_tail.borrow().iter() {
            v = v.wrapping_add(c.dict.version.get());
        }
        v
    }

    /// Where `name` is found along the MRO: (MRO position, entry index),
    /// valid while the type epoch is unchanged.
    pub fn locate(&self, name: &super::StrObj) -> Option<(u32, u32)> {
        if let Some(i) = self.dict.table.borrow().find_strobj(name) {
            return Some((0, i as u32));
        }
        for (k, c) in self.mro_tail.borrow().iter().enumerate() {
            if let Some(i) = c.dict.table.borrow().find_strobj(name) {
                return Some((k as u32 + 1, i as u32));
            }
        }
        None
    }

    /// The value at a location from `locate` (same layout).
    #[inline]
    pub fn value_at(&self, owner: u32, index: u32) -> Value {
        let get = |d: &DictObj| d.table.borrow().entries[index as usize].value.clone();
        match owner {
            0 => get(&self.dict),
            k => get(&self.mro_tail.borrow()[k as usize - 1].dict),
        }
    }

    /// The value at a location from `locate`, cloned only when `keep`
    /// accepts it: an inline cache's hit, which must not pay for borrow
    /// guards or for a clone it would throw away.
    #[inline(always)]
    pub fn value_at_if(
        &self,
        owner: u32,
        index: u32,
        keep: impl Fn(&Value) -> bool,
    ) -> Option<Value> {
        let read = |d: &DictObj| {
            // SAFETY: the table is only read here and the reference ends
            // before anything can mutate it (a clone runs no code); a table
            // borrowed mutably right now is a miss.
            let table = unsafe { d.table.try_borrow_unguarded() }.ok()?;
            let v = &table.entries.get(index as usize)?.value;
            keep(v).then(|| v.clone())
        };
        match owner {
            0 => read(&self.dict),
            k => {
                // SAFETY: as for the table.
                let tail = unsafe { self.mro_tail.try_borrow_unguarded() }.ok()?;
                read(&tail.get(k as usize - 1)?.dict)
            }
        }
    }

    /// Looks `name` up along the MRO.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        self.find_along_mro(|d| d.get_str(name))
    }

    /// `lookup` by an interned name, using its cached hash.
    pub fn lookup_strobj(&self, name: &super::StrObj) -> Option<Value> {
        self.find_along_mro(|d| d.get_strobj(name))
    }

    /// The first namespace along the MRO for which `get` finds something.
    #[inline]
    fn find_along_mro(&self, get: impl Fn(&DictObj) -> Option<Value>) -> Option<Value> {
        if let Some(v) = get(&self.dict) {
            return Some(v);
        }
        self.mro_tail.borrow().iter().find_map(|c| get(&c.dict))
    }

    /// Is `other` this class or one of its ancestors?
    pub fn is_subclass(&self, other: &ClassObj) -> bool {
        if std::ptr::eq(self, other) {
            return true;
        }
        self.mro_tail
            .borrow()
            .iter()
            .any(|c| std::ptr::eq(&**c, other))
    }

    /// Computes the C3 linearisation from the bases; Err names the conflict.
    pub fn compute_mro(&self) -> Result<(), String> {
        let bases = self.bases.borrow().clone();
        let mut seqs: Vec<Vec<Rc<ClassObj>>> = bases.iter().map(|b| b.mro()).collect();
        seqs.push(bases.clone());
        let mut out: Vec<Rc<ClassObj>> = Vec::new();
        loop {
            seqs.retain(|s| !s.is_empty());
            if seqs.is_empty() {
                break;
            }
            let mut pick = None;
            for s in &seqs {
                let head = &s[0];
                let in_tail = seqs
                    .iter()
                    .any(|t| t[1..].iter().any(|c| Rc::ptr_eq(c, head)));
                if !in_tail {
                    pick = Some(head.clone());
                    break;
                }
            }
            let Some(next) = pick else {
                let mut names: Vec<String> = Vec::new();
                for s in &seqs {
                    let n = s[0].name.to_string();
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                return Err(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                ));
            };
            for s in seqs.iter_mut() {
                if Rc::ptr_eq(&s[0], &next) {
                    s.remove(0);
                }
            }
            out.push(next);
        }
        *self.mro_tail.borrow_mut() = out;
        super::dict::bump_type_epoch();
        Ok(())
    }

    /// The layout inherited from the bases (the most derived non-Object one).
    pub fn inherited_layout(bases: &[Rc<ClassObj>]) -> Layout {
        for b in bases {
            if b.layout == Layout::Exception {
                return Layout::Exception;
            }
        }
        Layout::Object
    }
}
