//! Read-only tuple subclasses with named fields, like CPython's structseq
//! (`sys.version_info.major`, `time.struct_time.tm_zone`) and, without a
//! module, namedtuple-style records (`dis.Instruction`).
//!
//! An instance wraps the tuple of its first `visible` fields (what `len`,
//! indexing, iteration, comparison and hashing see); the fields after those
//! are attributes only (`tm_zone`, `tm_gmtoff`), kept as raw instance
//! attributes under their own names, which the class's properties shadow.

use std::rc::Rc;

use crate::builtins::types::native_closure;
use crate::error::PyResult;
use crate::object::instance::{unwrap_builtin, Native};
use crate::object::{
    type_name_of, Args, ClassObj, DictObj, InstanceObj, PropertyObj, StaticMethodObj,
};
use crate::value::Value;
use crate::vm::Vm;

/// What a structseq type looks like.
pub struct SeqType<'a> {
    /// Names the class's module and prefixes the repr (`sys.flags(...)`); an
    /// empty module gives a namedtuple-style repr (`Instruction(...)`).
    pub module: &'a str,
    pub name: &'a str,
    pub fields: &'a [&'a str],
    /// How many leading fields form the tuple (the rest are attributes only).
    pub visible: usize,
    /// Whether calling the class builds an instance from a sequence, as
    /// `time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0))` does.
    pub constructible: bool,
}

/// An instance of a new structseq type whose fields are all visible.
pub fn struct_seq(
    vm: &mut Vm,
    module: &str,
    name: &str,
    fields: &[&str],
    values: Vec<Value>,
) -> PyResult {
    let cls = struct_seq_class(vm, module, name, fields)?;
    Ok(struct_seq_new(&cls, values))
}

/// A structseq type whose fields are all visible and that scripts cannot
/// instantiate, for making many instances of one type.
pub fn struct_seq_class(
    vm: &mut Vm,
    module: &str,
    name: &str,
    fields: &[&str],
) -> PyResult<Rc<ClassObj>> {
    let spec = SeqType {
        module,
        name,
        fields,
        visible: fields.len(),
        constructible: false,
    };
    struct_seq_type(vm, &spec)
}

/// An instance of a class made here: `values` holds every field in order
/// (missing trailing attribute-only fields are None).
pub fn struct_seq_new(cls: &Rc<ClassObj>, mut values: Vec<Value>) -> Value {
    let visible = match cls.dict.get_str("n_sequence_fields") {
        Some(Value::Int(n)) => (n as usize).min(values.len()),
        _ => values.len(),
    };
    let hidden = values.split_off(visible);
    let inst = InstanceObj::new(cls.clone(), Native::Value(Value::tuple(values)));
    let inst = crate::gc::new(inst);
    if let Some(names) = hidden_names(cls) {
        for (i, n) in names.iter().enumerate() {
            let v = hidden.get(i).cloned().unwrap_or(Value::None);
            inst.set_attr_str(n, v);
        }
    }
    Value::Instance(inst)
}

/// Names of the attribute-only fields of a structseq class.
fn hidden_names(cls: &Rc<ClassObj>) -> Option<Vec<String>> {
    let Some(Value::Tuple(t)) = cls.dict.get_str(HIDDEN) else {
        return None;
    };
    Some(
        t.items
            .iter()
            .filter_map(|v| v.as_str().map(|s| s.to_string()))
            .collect(),
    )
}

/// Class attribute listing the attribute-only fields (a tuple of names).
const HIDDEN: &str = "_structseq_hidden";

/// The structseq type `spec` describes.
pub fn struct_seq_type(vm: &mut Vm, spec: &SeqType) -> PyResult<Rc<ClassObj>> {
    let module = spec.module;
    let ns = crate::gc::new(DictObj::new());
    ns.set_str(
        "__module__",
        Value::str(if module.is_empty() {
            "builtins"
        } else {
            module
        }),
    );
    let qual: Rc<str> = if module.is_empty() {
        spec.name.into()
    } else {
        format!("{}.{}", module, spec.name).into()
    };
    let visible = spec.visible.min(spec.fields.len());
    for (i, field) in spec.fields.iter().enumerate() {
        let name: Rc<str> = (*field).into();
        let owner = qual.clone();
        let getter = native_closure(
            field,
            Rc::new(move |vm: &mut Vm, args: Args| {
                let this = args.args.first().cloned().unwrap_or(Value::None);
                if i >= visible {
                    if let Value::Instance(inst) = &this {
                        return Ok(inst.get_attr_str(&name).unwrap_or(Value::None));
                    }
                }
                match unwrap_builtin(&this) {
                    Value::Tuple(t) => Ok(t.items.get(i).cloned().unwrap_or(Value::None)),
                    _ => Err(vm.type_error(format!(
                        "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                        name,
                        owner,
                        type_name_of(&this)
                    ))),
                }
            }),
        );
        // CPython's structseq fields refuse assignment with this message;
        // namedtuple-style records keep the property's own.
        let readonly = if module.is_empty() {
            Value::None
        } else {
            native_closure(
                field,
                Rc::new(|vm: &mut Vm, _args: Args| Err(vm.attribute_error("readonly attribute"))),
            )
        };
        let prop = PropertyObj::new(getter, readonly.clone(), readonly, Value::None);
        ns.set_str(field, Value::Property(crate::gc::new(prop)));
    }
    let names: Vec<String> = spec.fields[..visible]
        .iter()
        .map(|f| f.to_string())
        .collect();
    let repr_qual = qual.clone();
    ns.set_str(
        "__repr__",
        native_closure(
            "__repr__",
            Rc::new(move |vm: &mut Vm, args: Args| {
                let this = args.args.first().cloned().unwrap_or(Value::None);
                let Value::Tuple(t) = unwrap_builtin(&this) else {
                    return Err(vm.type_error("descriptor needs a structseq"));
                };
                let mut parts = Vec::new();
                for (n, v) in names.iter().zip(t.items.iter()) {
                    parts.push(format!("{}={}", n, vm.repr(v)?));
                }
                Ok(Value::string(format!(
                    "{}({})",
                    repr_qual,
                    parts.join(", ")
                )))
            }),
        ),
    );
    let hidden: Vec<Value> = spec.fields[visible..]
        .iter()
        .map(|f| Value::str(f))
        .collect();
    if !module.is_empty() {
        // No per-instance __dict__: `st.foo = 1` fails as in CPython.
        ns.set_str("__slots__", Value::tuple(Vec::new()));
        ns.set_str(HIDDEN, Value::tuple(hidden.clone()));
        ns.set_str("__reduce__", native_closure("__reduce__", Rc::new(reduce)));
    }
    ns.set_str("n_fields", Value::Int(spec.fields.len() as i64));
    ns.set_str("n_sequence_fields", Value::Int(visible as i64));
    ns.set_str("n_unnamed_fields", Value::Int(0));
    if spec.constructible {
        let new = native_closure(
            "__new__",
            Rc::new(move |vm, args| construct(vm, args, &qual)),
        );
        ns.set_str(
            "__new__",
            Value::StaticMethod(crate::gc::new(StaticMethodObj::new(new))),
        );
    }
    let tuple_cls = vm.types.tuple.clone();
    vm.new_class(spec.name, vec![tuple_cls], ns, vec![])
}

/// `cls(sequence, dict=None)`: the visible fields from the sequence, the
/// others from the rest of it or else from `dict` (None when absent).
fn construct(vm: &mut Vm, args: Args, qual: &str) -> PyResult {
    let mut positional = args.args.into_iter();
    let Some(Value::Class(cls)) = positional.next() else {
        return Err(vm.type_error("structseq.__new__(X): X is not a type object"));
    };
    let mut sequence = positional.next();
    let mut dict = positional.next();
    if positional.next().is_some() {
        let given = 3 + positional.count();
        return Err(vm.type_error(format!(
            "structseq() takes at most 2 arguments ({} given)",
            given
        )));
    }
    for (key, value) in args.kwargs {
        let slot = match key.as_str() {
            "sequence" => &mut sequence,
            "dict" => &mut dict,
            other => {
                return Err(vm.type_error(format!(
                    "structseq() got an unexpected keyword argument '{}'",
                    other
                )))
            }
        };
        if slot.is_some() {
            return Err(vm.type_error(format!(
                "argument for structseq() given by name ('{}') and position",
                key.as_str()
            )));
        }
        *slot = Some(value);
    }
    let Some(sequence) = sequence else {
        return Err(vm.type_error("structseq() missing required argument 'sequence' (pos 1)"));
    };
    let items = match vm.get_iter(&sequence) {
        Ok(_) => vm.iterate(&sequence)?,
        Err(e) if vm.err_matches(&e, "TypeError") => {
            return Err(vm.type_error("constructor requires a sequence"))
        }
        Err(e) => return Err(e),
    };
    let dict = match dict {
        None | Some(Value::None) => None,
        Some(Value::Dict(d)) => Some(d),
        Some(_) => {
            return Err(vm.type_error(format!("{}() takes a dict as second arg, if any", qual)))
        }
    };
    let (min, max) = match (
        cls.dict.get_str("n_sequence_fields"),
        cls.dict.get_str("n_fields"),
    ) {
        (Some(Value::Int(a)), Some(Value::Int(b))) => (a as usize, b as usize),
        _ => (items.len(), items.len()),
    };
    let got = items.len();
    if got < min {
        let bound = if min == max { "a" } else { "an at least" };
        return Err(vm.type_error(format!(
            "{}() takes {} {}-sequence ({}-sequence given)",
            qual, bound, min, got
        )));
    }
    if got > max {
        let bound = if min == max { "a" } else { "an at most" };
        return Err(vm.type_error(format!(
            "{}() takes {} {}-sequence ({}-sequence given)",
            qual, bound, max, got
        )));
    }
    let mut values = items;
    let names = hidden_names(&cls).unwrap_or_default();
    for name in names.iter().skip(got - min) {
        let v = match &dict {
            Some(d) => d.get_str(name).unwrap_or(Value::None),
            None => Value::None,
        };
        values.push(v);
    }
    Ok(struct_seq_new(&cls, values))
}

/// `__reduce__`: (type, (visible tuple, {attribute-only field: value})).
fn reduce(vm: &mut Vm, args: Args) -> PyResult {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    let (Value::Instance(inst), Value::Tuple(t)) = (&this, unwrap_builtin(&this)) else {
        return Err(vm.type_error("descriptor '__reduce__' needs a structseq"));
    };
    let cls = inst.class();
    let extra = crate::gc::new(DictObj::new());
    for name in hidden_names(&cls).unwrap_or_default() {
        extra.set_str(&name, inst.get_attr_str(&name).unwrap_or(Value::None));
    }
    let state = Value::tuple(vec![Value::Tuple(t), Value::Dict(extra)]);
    Ok(Value::tuple(vec![Value::Class(cls), state]))
}
