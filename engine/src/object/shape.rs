//! Hidden classes ("shapes") for instance attributes. Instances of a class
//! that get their attributes in the same order share one `Shape`, which
//! knows the names and their order; each instance keeps only a vector of
//! values. A shape grows by transitions: adding `name` to shape S leads to
//! the same child shape for every instance, so a cache that remembers
//! (shape, index) can read an attribute without a name lookup.
//!
//! Each class owns the root of its tree; children are held by their parent
//! and never hold it back, so the tree has no cycles and lives exactly as
//! long as its class. Shapes only hold interned-or-not attribute names
//! (strings are not collectable), so the collector never sees them.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use smallvec::SmallVec;

use super::StrObj;

/// Past this many attributes an instance keeps a dict instead.
const MAX_KEYS: usize = 64;
/// A class grows at most this many shapes; after that, instances that need
/// a new one fall back to a dict (code that adds names in random orders).
const MAX_SHAPES_PER_CLASS: u32 = 512;

pub struct Shape {
    keys: Box<[Rc<StrObj>]>,
    children: RefCell<SmallVec<[Rc<Shape>; 1]>>,
    tree: Rc<TreeStats>,
}

/// Shared by every shape of one class's tree.
struct TreeStats {
    /// How many shapes exist.
    count: Cell<u32>,
    /// The most attributes any shape has: new instances reserve that many.
    widest: Cell<u32>,
}

/// Same attribute name: interned names are the same object.
#[inline]
fn same_name(a: &Rc<StrObj>, b: &StrObj) -> bool {
    std::ptr::eq(Rc::as_ptr(a), b) || a.as_str() == b.as_str()
}

impl Shape {
    /// The root of a new class's tree, with `keys` (the class's
    /// `__slots__`, often none) already present.
    pub fn root_with(keys: Vec<Rc<StrObj>>) -> Rc<Shape> {
        let n = keys.len() as u32;
        Rc::new(Shape {
            keys: keys.into_boxed_slice(),
            children: RefCell::new(SmallVec::new()),
            tree: Rc::new(TreeStats {
                count: Cell::new(1),
                widest: Cell::new(n),
            }),
        })
    }

    /// How many values a new instance should reserve room for.
    #[inline]
    pub fn expected_len(&self) -> usize {
        self.tree.widest.get() as usize
    }

    /// The attribute names, in insertion order.
    #[inline]
    pub fn keys(&self) -> &[Rc<StrObj>] {
        &self.keys
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Where `name` sits in the values vector.
    #[inline]
    pub fn index_of(&self, name: &StrObj) -> Option<usize> {
        // Interned names first: a pointer compare each.
        if let Some(i) = self
            .keys
            .iter()
            .position(|k| std::ptr::eq(Rc::as_ptr(k), name))
        {
            return Some(i);
        }
        self.keys.iter().position(|k| same_name(k, name))
    }

    /// The shape after adding `name` (not already present), or None when
    /// the instance should switch to a dict.
    pub fn with(&self, name: &Rc<StrObj>) -> Option<Rc<Shape>> {
        let last = |s: &Rc<Shape>| s.keys.last().is_some_and(|k| same_name(k, name));
        if let Some(c) = self.children.borrow().iter().find(|c| last(c)) {
            return Some(c.clone());
        }
        let tree = &self.tree;
        if self.keys.len() >= MAX_KEYS || tree.count.get() >= MAX_SHAPES_PER_CLASS {
            return None;
        }
        let mut keys = Vec::with_capacity(self.keys.len() + 1);
        keys.extend(self.keys.iter().cloned());
        keys.push(name.clone());
        let child = Rc::new(Shape {
            keys: keys.into_boxed_slice(),
            children: RefCell::new(SmallVec::new()),
            tree: tree.clone(),
        });
        tree.count.set(tree.count.get() + 1);
        tree.widest
            .set(tree.widest.get().max(child.keys.len() as u32));
        self.children.borrow_mut().push(child.clone());
        Some(child)
    }
}

/// What an inline cache remembers about the instances it saw: the shape and
/// where the name sits in it (`ABSENT` for "not there"), or, for instances
/// with a dict, the entry hint (dict.rs) with no shape. The shape is held,
/// so the pointer compare on a hit can never match a new shape that reused
/// a freed one's address.
///
/// A store that added the name also remembers the shape it led to (`next`),
/// with `slot` the new attribute's index: the next instance of the same
/// shape takes that transition without looking the name up.
#[derive(Default)]
pub struct ShapeMemo {
    ptr: Cell<*const Shape>,
    keep: RefCell<Option<Rc<Shape>>>,
    next: RefCell<Option<Rc<Shape>>>,
    pub slot: Cell<u32>,
}

impl std::fmt::Debug for ShapeMemo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "ShapeMemo({:?}, {})", self.ptr.get(), self.slot.get())
    }
}

impl ShapeMemo {
    #[inline]
    pub fn matches(&self, shape: &Rc<Shape>) -> bool {
        std::ptr::eq(self.ptr.get(), Rc::as_ptr(shape))
    }

    pub fn remember(&self, shape: &Rc<Shape>, slot: u32) {
        if !self.matches(shape) {
            self.ptr.set(Rc::as_ptr(shape));
            *self.keep.borrow_mut() = Some(shape.clone());
        }
        self.slot.set(slot);
        self.clear_next();
    }

    /// A store added the name to `shape`, leading to `next`.
    pub fn remember_add(&self, shape: &Rc<Shape>, next: &Rc<Shape>) {
        self.remember(shape, shape.len() as u32);
        *self.next.borrow_mut() = Some(next.clone());
    }

    /// The shape a store of the name leads to from the remembered one, if
    /// the name was added there.
    #[inline]
    pub fn transition(&self) -> Option<Rc<Shape>> {
        self.next.borrow().clone()
    }

    fn clear_next(&self) {
        if self.next.borrow().is_some() {
            *self.next.borrow_mut() = None;
        }
    }

    /// For a dict: `slot` becomes a dict entry hint.
    #[inline]
    pub fn forget_shape(&self) {
        if !self.ptr.get().is_null() {
            self.ptr.set(std::ptr::null());
            *self.keep.borrow_mut() = None;
            self.clear_next();
        }
    }
}
