//! Operators: binary arithmetic with reflected and in-place dunders and the
//! NotImplemented protocol, rich comparisons, and unary operators.

use std::cmp::Ordering;
use std::rc::Rc;

use crate::ast::BinOp;
use crate::error::PyResult;
use crate::object::float::float_binary;
use crate::object::int::{int_binary, int_cmp, to_bigint};
use crate::object::{type_name_of, BytesObj, ClassObj, DictObj, ListObj};
use crate::value::Value;
use crate::vm::Vm;

const CMP_SYMBOLS: [&str; 6] = ["<", "<=", "==", "!=", ">", ">="];
const CMP_DUNDERS: [&str; 6] = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
/// The reflected comparison for each op (a < b  ⇔  b > a).
const CMP_SWAPPED: [u32; 6] = [4, 5, 2, 3, 0, 1];

fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
    )
}

fn as_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(x) => Ok(*x),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => crate::object::int::big_to_f64(vm, b),
        _ => Ok(f64::NAN),
    }
}

/// Does `b`'s reflected method run before `a`'s forward one? Only when
/// `b`'s class is a proper subclass of `a`'s that overrides it.
pub(crate) fn reflected_first(ta: &Rc<ClassObj>, tb: &Rc<ClassObj>, rev: &str) -> bool {
    if Rc::ptr_eq(ta, tb) || !tb.is_subclass(ta) {
        return false;
    }
    match (tb.lookup(rev), ta.lookup(rev)) {
        (Some(b), Some(a)) => !b.is(&a),
        (b, _) => b.is_some(),
    }
}

impl Vm {
    /// `a op b`; `op` is an `ast::BinOp` code, +13 for the in-place form.
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: u32) -> PyResult {
        let inplace = op >= 13;
        let bop = BinOp::from_u8((op % 13) as u8).unwrap_or(BinOp::Add);
        if let Some(v) = self.builtin_binary(a, b, bop, inplace)? {
            return Ok(v);
        }
        let (fwd, rev, iname) = bop.dunder_names();
        if inplace {
            if let Some(r) = self.call_dunder(a, iname, vec![b.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let b_first = reflected_first(&ta, &tb, rev);
        if b_first {
            if let Some(r) = self.call_dunder(b, rev, vec![a.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if matches!(a, Value::Instance(_)) || ta.lookup(fwd).is_some() {
            if let Some(r) = self.call_dunder(a, fwd, vec![b.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if !b_first && !Rc::ptr_eq(&ta, &tb) {
            if let Some(r) = self.call_dunder(b, rev, vec![a.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        self.binary_op_fallback(a, b, bop, inplace)
    }

    /// What `a op b` does after `a`'s own `__op__` (run in a pushed frame by
    /// the dispatch loop) returned NotImplemented: `b`'s reflected method
    /// (the loop only inlines when `b` does not go first), then the errors.
    pub(crate) fn binary_op_after_forward(&mut self, a: &Value, b: &Value, op: u32) -> PyResult {
        let inplace = op >= 13;
        let bop = BinOp::from_u8((op % 13) as u8).unwrap_or(BinOp::Add);
        let rev = bop.dunder_names().1;
        let (ta, tb) = (self.type_of(a), self.type_of(b));
        if !Rc::ptr_eq(&ta, &tb) {
            if let Some(r) = self.call_dunder(b, rev, vec![a.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        self.binary_op_fallback(a, b, bop, inplace)
    }

    /// The end of the binary protocol: sequence repetition by `__index__`,
    /// then the TypeError.
    fn binary_op_fallback(&mut self, a: &Value, b: &Value, bop: BinOp, inplace: bool) -> PyResult {
        if bop == BinOp::Mult {
            // seq * obj where obj has __index__ (sq_repeat after the dunders).
            for (seq, n) in [(a, b), (b, a)] {
                let is_seq = matches!(
                    seq,
                    Value::Str(_)
                        | Value::List(_)
                        | Value::Tuple(_)
                        | Value::Bytes(_)
                        | Value::ByteArray(_)
                );
                if is_seq && matches!(n, Value::Instance(_)) && has_index(self, n) {
                    let count = Value::Int(self.to_index(n)?);
                    if let Some(v) = self.builtin_binary(seq, &count, bop, inplace)? {
                        return Ok(v);
                    }
                }
            }
        }
        if let Some(msg) = sequence_op_error(a, b, bop) {
            // `[0] * 2**65`: the count is an int, just too large for a length.
            if bop == BinOp::Mult
                && (matches!(a, Value::BigInt(_)) || matches!(b, Value::BigInt(_)))
            {
                return Err(self.overflow_error("cannot fit 'int' into an index-sized integer"));
            }
            return Err(self.type_error(msg));
        }
        let sym = if inplace {
            format!("{}=", bop.symbol())
        } else {
            bop.symbol().to_string()
        };
        if bop == BinOp::Pow && !inplace {
            return Err(self.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
                type_name_of(a),
                type_name_of(b)
            )));
        }
        Err(self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym,
            type_name_of(a),
            type_name_of(b)
        )))
    }

    /// Operators between builtin values; None when dunders must decide.
    pub(crate) fn builtin_binary(
        &mut self,
        a: &Value,
        b: &Value,
        op: BinOp,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        use Value::*;
        if is_number(a) && is_number(b) {
            if matches!(a, Float(_)) || matches!(b, Float(_)) {
                if matches!(
                    op,
                    BinOp::Add
                        | BinOp::Sub
                        | BinOp::Mult
                        | BinOp::Div
                        | BinOp::FloorDiv
                        | BinOp::Mod
                        | BinOp::Pow
                ) {
                    let x = as_f64(self, a)?;
                    let y = as_f64(self, b)?;
                    return float_binary(self, x, y, op).map(Some);
                }
                return Ok(Option::None);
            }
            if let (Bool(x), Bool(y)) = (a, b) {
                match op {
                    BinOp::BitAnd => return Ok(Some(Bool(*x & *y))),
                    BinOp::BitOr => return Ok(Some(Bool(*x | *y))),
                    BinOp::BitXor => return Ok(Some(Bool(*x ^ *y))),
                    _ => {}
                }
            }
            return int_binary(self, a, b, op);
        }
        Ok(match (a, b, op) {
            (Str(x), Str(y), BinOp::Add) => Some(Value::Str(Rc::new(
                crate::object::StrObj::concat([x.as_str(), y.as_str()].into_iter()),
            ))),
            (Str(x), Int(_) | Bool(_), BinOp::Mult) | (Int(_) | Bool(_), Str(x), BinOp::Mult) => {
                let n = self.repeat_count(if matches!(a, Str(_)) { b } else { a })?;
                let total = self.repeat_size(x.as_str().len(), n, "repeated string is too long")?;
                let mut out = self.new_string(Some(total))?;
                for _ in 0..n {
                    out.push_str(x.as_str());
                }
                Some(Value::string(out))
            }
            (Str(x), _, BinOp::Mod) => {
                if matches!(b, Instance(_)) && self.type_of(b).lookup("__rmod__").is_some() {
                    return Ok(Option::None);
                }
                let fmt = x.as_str().to_string();
                Some(Value::string(crate::object::str_methods::percent_format(
                    self, &fmt, b,
                )?))
            }
            (List(x), List(y), BinOp::Add) => {
                if inplace {
                    let items = y.items.borrow().clone();
                    x.items.borrow_mut().extend(items);
                    Some(a.clone())
                } else {
                    let mut v = x.items.borrow().clone();
                    v.extend(y.items.borrow().iter().cloned());
                    Some(Value::list(v))
                }
            }
            (List(x), _, BinOp::Add) if inplace => {
                let items = self.iterate(b)?;
                x.items.borrow_mut().extend(items);
                Some(a.clone())
            }
            (List(x), Int(_) | Bool(_), BinOp::Mult) | (Int(_) | Bool(_), List(x), BinOp::Mult) => {
                let n = self.repeat_count(if matches!(a, List(_)) { b } else { a })?;
                let items = x.items.borrow().clone();
                let mut v = self.new_vec(items.len().checked_mul(n))?;
                repeat_into(&mut v, &items, n);
                if inplace && matches!(a, List(_)) {
                    *x.items.borrow_mut() = v;
                    Some(a.clone())
                } else {
                    Some(Value::list(v))
                }
            }
            (Tuple(x), Tuple(y), BinOp::Add) => {
                let mut v = x.items.to_vec();
                v.extend(y.items.iter().cloned());
                Some(Value::tuple(v))
            }
            (Tuple(x), Int(_) | Bool(_), BinOp::Mult)
            | (Int(_) | Bool(_), Tuple(x), BinOp::Mult) => {
                let n = self.repeat_count(if matches!(a, Tuple(_)) { b } else { a })?;
                let mut v = self.new_vec(x.len().checked_mul(n))?;
                repeat_into(&mut v, &x.items, n);
                Some(Value::tuple(v))
            }
            (Bytes(x) | ByteArray(x), Bytes(y) | ByteArray(y), BinOp::Add) => {
                let mut v = x.data.borrow().clone();
                v.extend(y.data.borrow().iter());
                if inplace && matches!(a, ByteArray(_)) {
                    *x.data.borrow_mut() = v;
                    Some(a.clone())
                } else if matches!(a, ByteArray(_)) {
                    Some(ByteArray(Rc::new(BytesObj::new(v))))
                } else {
                    Some(Bytes(Rc::new(BytesObj::new(v))))
                }
            }
            (Bytes(x) | ByteArray(x), Int(_) | Bool(_), BinOp::Mult)
            | (Int(_) | Bool(_), Bytes(x) | ByteArray(x), BinOp::Mult) => {
                let (seq, count) = if matches!(a, Bytes(_) | ByteArray(_)) {
                    (a, b)
                } else {
                    (b, a)
                };
                let n = self.repeat_count(count)?;
                let a = seq;
                let data = x.data.borrow().clone();
                let total = self.repeat_size(data.len(), n, "repeated bytes are too long")?;
                let mut v = self.new_vec(Some(total))?;
                for _ in 0..n {
                    v.extend_from_slice(&data);
                }
                Some(if matches!(a, ByteArray(_)) {
                    ByteArray(Rc::new(BytesObj::new(v)))
                } else {
                    Bytes(Rc::new(BytesObj::new(v)))
                })
            }
            (
                Set(_) | FrozenSet(_),
                Set(_) | FrozenSet(_),
                BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
            ) => {
                let c = match op {
                    BinOp::BitOr => '|',
                    BinOp::BitAnd => '&',
                    BinOp::Sub => '-',
                    _ => '^',
                };
                if inplace {
                    if let Set(target) = a {
                        let r = crate::object::set_methods::set_binary(self, a, b, c)?;
                        if let Some(Set(result)) = &r {
                            let items = result.hashed_items();
                            target.clear();
                            for (h, k) in items {
                                target.add_hashed(self, h, k)?;
                            }
                            return Ok(Some(a.clone()));
                        }
                        return Ok(r);
                    }
                }
                crate::object::set_methods::set_binary(self, a, b, c)?
            }
            (DictView(_), _, BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor)
            | (_, DictView(_), BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor) => {
                let c = match op {
                    BinOp::BitOr => '|',
                    BinOp::BitAnd => '&',
                    BinOp::Sub => '-',
                    _ => '^',
                };
                crate::object::dict_methods::view_binary(self, a, b, c)?
            }
            (Dict(x), _, BinOp::BitOr) if inplace && !matches!(b, Dict(_)) => {
                crate::object::dict_methods::merge_arg(self, x, b)?;
                Some(a.clone())
            }
            (Dict(x), Dict(y), BinOp::BitOr) => {
                if inplace {
                    self.dict_update(x, b)?;
                    Some(a.clone())
                } else {
                    let d = crate::gc::new(x.copy());
                    self.dict_update(&d, b)?;
                    let _ = y;
                    Some(Dict(d))
                }
            }
            _ => Option::None,
        })
    }

    /// Bytes of `len * n`, or CPython's OverflowError when that cannot exist.
    fn repeat_size(&mut self, len: usize, n: usize, too_long: &str) -> PyResult<usize> {
        match len.checked_mul(n).filter(|&t| t <= isize::MAX as usize) {
            Some(total) => Ok(total),
            None => Err(self.new_error("OverflowError", too_long)),
        }
    }

    fn repeat_count(&mut self, v: &Value) -> PyResult<usize> {
        let n = self.to_index(v)?;
        Ok(n.max(0) as usize)
    }

    /// A rich comparison between builtin values; None when not a builtin pair.
    pub(crate) fn builtin_richcompare(
        &mut self,
        a: &Value,
        b: &Value,
        op: u32,
    ) -> PyResult<Option<bool>> {
        if let Some(ord) = self.builtin_order(a, b)? {
            return Ok(Some(order_satisfies(ord, op)));
        }
        self.builtin_compare_special(a, b, op)
    }

    /// Rich comparison; op 0..5 = < <= == != > >=.
    pub fn compare(&mut self, a: &Value, b: &Value, op: u32) -> PyResult {
        if let Some(ord) = self.builtin_order(a, b)? {
            return Ok(Value::Bool(order_satisfies(ord, op)));
        }
        if let Some(r) = self.builtin_compare_special(a, b, op)? {
            return Ok(Value::Bool(r));
        }
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let swapped = CMP_SWAPPED[op as usize];
        let b_first = !Rc::ptr_eq(&ta, &tb) && tb.is_subclass(&ta);
        if b_first {
            if let Some(r) = self.call_dunder(b, CMP_DUNDERS[swapped as usize], vec![a.clone()])? {
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.call_dunder_cmp(a, op, b)? {
            return Ok(r);
        }
        if !b_first {
            if let Some(r) = self.call_dunder_cmp(b, swapped, a)? {
                return Ok(r);
            }
        }
        match op {
            2 => Ok(Value::Bool(a.is(b))),
            3 => Ok(Value::Bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                CMP_SYMBOLS[op as usize],
                type_name_of(a),
                type_name_of(b)
            ))),
        }
    }

    /// Calls a user comparison dunder; skips object's defaults. `__ne__`
    /// falls back to inverting `__eq__`.
    fn call_dunder_cmp(&mut self, obj: &Value, op: u32, other: &Value) -> PyResult<Option<Value>> {
        if !matches!(obj, Value::Instance(_)) {
            return Ok(None);
        }
        let cls = self.type_of(obj);
        let name = CMP_DUNDERS[op as usize];
        if let Some(m) = cls.lookup(name) {
            let is_default = self
                .types
                .object
                .dict
                .get_str(name)
                .is_some_and(|o| o.is(&m));
            if !is_default {
                let r = self.call(&m, vec![obj.clone(), other.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
                return Ok(None);
            }
        }
        if op == 3 {
            if let Some(r) = self.call_dunder_cmp(obj, 2, other)? {
                let t = self.truthy(&r)?;
                return Ok(Some(Value::Bool(!t)));
            }
        }
        Ok(None)
    }

    /// Total or partial order between builtin values: Some(None) means
    /// unordered (NaN), None means "not a builtin pair".
    fn builtin_order(&mut self, a: &Value, b: &Value) -> PyResult<Option<Option<Ordering>>> {
        use Value::*;
        Ok(match (a, b) {
            (Int(_) | Bool(_) | BigInt(_), Int(_) | Bool(_) | BigInt(_)) => Some(int_cmp(a, b)),
            (Float(x), Float(y)) => Some(x.partial_cmp(y)),
            (Float(x), Int(_) | Bool(_) | BigInt(_)) => Some(float_int_cmp(*x, b)),
            (Int(_) | Bool(_) | BigInt(_), Float(y)) => {
                Some(float_int_cmp(*y, a).map(|o| o.reverse()))
            }
            (Str(x), Str(y)) => Some(Some(x.as_str().cmp(y.as_str()))),
            (Bytes(x) | ByteArray(x), Bytes(y) | ByteArray(y)) => Some(Some(
                x.data.borrow().as_slice().cmp(y.data.borrow().as_slice()),
            )),
            _ => Option::None,
        })
    }

    /// Containers and identity-like builtins: lexicographic sequences, sets,
    /// dicts, None.
    fn builtin_compare_special(&mut self, a: &Value, b: &Value, op: u32) -> PyResult<Option<bool>> {
        use Value::*;
        match (a, b) {
            // Tuples are immutable and held by `a`/`b`: compare in place.
            (Tuple(x), Tuple(y)) => self.compare_sequences(&x.items, &y.items, op).map(Some),
            (List(x), List(y)) => self.compare_lists(x, y, op).map(Some),
            (Set(_) | FrozenSet(_), Set(_) | FrozenSet(_)) => {
                crate::object::set_methods::set_compare(self, a, b, op)
            }
            (Dict(x), Dict(y)) if op == 2 || op == 3 => {
                let eq = self.dict_eq(x, y)?;
                Ok(Some(eq == (op == 2)))
            }
            (DictView(_), DictView(_) | Set(_) | FrozenSet(_))
            | (Set(_) | FrozenSet(_), DictView(_))
                if set_like_view(a) && set_like_view(b) =>
            {
                let sx = match a {
                    DictView(_) => {
                        let xs = self.iterate(a)?;
                        self.make_set(xs)?
                    }
                    _ => a.clone(),
                };
                let sy = match b {
                    DictView(_) => {
                        let ys = self.iterate(b)?;
                        self.make_set(ys)?
                    }
                    _ => b.clone(),
                };
                crate::object::set_methods::set_compare(self, &sx, &sy, op)
            }
            // Bound methods are equal when they bind the same object to the same function.
            (BoundMethod(x), BoundMethod(y)) if op == 2 || op == 3 => {
                let same = x.self_.is(&y.self_) && x.func.is(&y.func);
                Ok(Some(same == (op == 2)))
            }
            (Slice(x), Slice(y)) => {
                let tx = [x.start.clone(), x.stop.clone(), x.step.clone()];
                let ty = [y.start.clone(), y.stop.clone(), y.step.clone()];
                self.compare_sequences(&tx, &ty, op).map(Some)
            }
            (Range(x), Range(y)) if op == 2 || op == 3 => Ok(Some(x.same_values(y) == (op == 2))),
            (None, None) | (Ellipsis, Ellipsis) | (NotImplemented, NotImplemented)
                if op == 2 || op == 3 =>
            {
                Ok(Some(op == 2))
            }
            _ => Ok(Option::None),
        }
    }

    pub(crate) fn make_set(&mut self, items: Vec<Value>) -> PyResult {
        let s = crate::object::SetObj::new();
        for i in items {
            s.add(self, i)?;
        }
        Ok(Value::Set(crate::gc::new(s)))
    }

    fn compare_sequences(&mut self, x: &[Value], y: &[Value], op: u32) -> PyResult<bool> {
        let n = x.len().min(y.len());
        for i in 0..n {
            if let Some(decided) = self.compare_items(&x[i], &y[i], op)? {
                return Ok(decided);
            }
        }
        Ok(order_satisfies(Some(x.len().cmp(&y.len())), op))
    }

    /// List comparison in place, as CPython's list_richcompare: lists of
    /// different lengths are unequal without looking at an item, and each
    /// step re-reads both lists (an item's `__eq__` may change them).
    pub(crate) fn compare_lists(&mut self, x: &ListObj, y: &ListObj, op: u32) -> PyResult<bool> {
        if (op == 2 || op == 3) && x.len() != y.len() {
            return Ok(op == 3);
        }
        let mut i = 0;
        while let (Some(a), Some(b)) = (x.get(i), y.get(i)) {
            if let Some(decided) = self.compare_items(&a, &b, op)? {
                return Ok(decided);
            }
            i += 1;
        }
        Ok(order_satisfies(Some(x.len().cmp(&y.len())), op))
    }

    /// One position of a sequence comparison: None when the items are
    /// equal (go on), else the comparison's result.
    fn compare_items(&mut self, a: &Value, b: &Value, op: u32) -> PyResult<Option<bool>> {
        // Numbers, strs and bytes: one comparison decides both questions.
        if let Some(Some(o)) = self.builtin_order(a, b)? {
            if o == Ordering::Equal {
                return Ok(None);
            }
            return Ok(Some(match op {
                2 => false,
                3 => true,
                _ => order_satisfies(Some(o), op),
            }));
        }
        if self.eq(a, b)? {
            return Ok(None);
        }
        Ok(Some(match op {
            2 => false,
            3 => true,
            _ => {
                let r = self.compare(a, b, op)?;
                self.truthy(&r)?
            }
        }))
    }

    /// `x == y` for dicts: entry by entry, re-read each step (no copy of
    /// the items; `__eq__` of a value may change either dict).
    pub(crate) fn dict_eq(&mut self, x: &Rc<DictObj>, y: &Rc<DictObj>) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        let mut pos = 0;
        while let Some((next, k, v)) = x.entry_from(pos) {
            pos = next;
            match y.get(self, &k)? {
                Some(w) => {
                    if !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// `-a`, `+a`, `~a` by dunder stem ("neg", "pos", "invert").
    pub fn unary_op(&mut self, a: &Value, stem: &str) -> PyResult {
        match a {
            Value::Int(_) | Value::BigInt(_) => {
                if let Some(v) = crate::object::int::int_unary(a, stem) {
                    return Ok(v);
                }
            }
            Value::Bool(b) => {
                return Ok(match stem {
                    "neg" => Value::Int(-(*b as i64)),
                    "pos" => Value::Int(*b as i64),
                    _ => Value::Int(!(*b as i64)),
                })
            }
            Value::Float(x) => match stem {
                "neg" => return Ok(Value::Float(-x)),
                "pos" => return Ok(Value::Float(*x)),
                _ => {}
            },
            _ => {}
        }
        let name = match stem {
            "neg" => "__neg__",
            "pos" => "__pos__",
            _ => "__invert__",
        };
        if let Some(r) = self.call_dunder(a, name, vec![])? {
            return Ok(r);
        }
        let sym = match stem {
            "neg" => "-",
            "pos" => "+",
            _ => "~",
        };
        Err(self.type_error(format!(
            "bad operand type for unary {}: '{}'",
            sym,
            type_name_of(a)
        )))
    }
}

/// Keys and items views compare like sets; values views do not.
fn set_like_view(v: &Value) -> bool {
    match v {
        Value::DictView(d) => d.kind != crate::object::DictViewKind::Values,
        _ => true,
    }
}

fn has_index(vm: &Vm, v: &Value) -> bool {
    vm.type_of(v).lookup("__index__").is_some()
}

/// CPython's messages when `+` or `*` on a builtin sequence fails: the
/// sequence's own concat/repeat slot raises instead of returning NotImplemented.
fn sequence_op_error(a: &Value, b: &Value, op: BinOp) -> Option<String> {
    use crate::object::instance::unwrap_builtin;
    let (a, b) = (unwrap_builtin(a), unwrap_builtin(b));
    let is_seq = |v: &Value| {
        matches!(
            v,
            Value::Str(_)
                | Value::List(_)
                | Value::Tuple(_)
                | Value::Bytes(_)
                | Value::ByteArray(_)
        )
    };
    match op {
        BinOp::Add => match &a {
            Value::Str(_) | Value::List(_) | Value::Tuple(_) => {
                let an = type_name_of(&a);
                Some(format!(
                    "can only concatenate {} (not \"{}\") to {}",
                    an,
                    type_name_of(&b),
                    an
                ))
            }
            Value::Bytes(_) | Value::ByteArray(_) => Some(format!(
                "can't concat {} to {}",
                type_name_of(&b),
                type_name_of(&a)
            )),
            _ => None,
        },
        BinOp::Mult => {
            let other = if is_seq(&a) {
                &b
            } else if is_seq(&b) {
                &a
            } else {
                return None;
            };
            Some(format!(
                "can't multiply sequence by non-int of type '{}'",
                type_name_of(other)
            ))
        }
        _ => None,
    }
}

/// Compares a float with an int-like exactly (no rounding surprises).
fn float_int_cmp(x: f64, i: &Value) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    if let Value::Int(n) = i {
        if n.unsigned_abs() < (1 << 53) {
            return x.partial_cmp(&(*n as f64));
        }
    }
    let b = to_bigint(i)?;
    let fl = x.floor();
    let fb = num_bigint::BigInt::from(fl as i128);
    match fb.cmp(&b) {
        Ordering::Equal => Some(if x > fl {
            Ordering::Greater
        } else {
            Ordering::Equal
        }),
        o => Some(o),
    }
}

/// Whether an ordering (None: unordered, e.g. NaN) satisfies comparison `op`
/// (0..5 = < <= == != > >=).
fn order_satisfies(ord: Option<Ordering>, op: u32) -> bool {
    match ord {
        None => op == 3,
        Some(o) => match op {
            0 => o == Ordering::Less,
            1 => o != Ordering::Greater,
            2 => o == Ordering::Equal,
            3 => o != Ordering::Equal,
            4 => o == Ordering::Greater,
            _ => o != Ordering::Less,
        },
    }
}

/// Appends `n` copies of `items` to `v` (`seq * n`), doubling what is
/// already there so the copies cost one bulk clone each, not one loop
/// per repetition.
fn repeat_into(v: &mut Vec<Value>, items: &[Value], n: usize) {
    if n == 0 || items.is_empty() {
        return;
    }
    let start = v.len();
    let total = items.len() * n;
    v.extend_from_slice(items);
    while v.len() - start < total {
        let have = v.len() - start;
        v.extend_from_within(start..start + have.min(total - have));
    }
}
