//! The instruction set and `CodeObject`: the contract between the compiler,
//! the interpreter, the disassembler and the JIT. Modelled on CPython 3.11's
//! stack bytecode (same op names where the meaning matches), with absolute
//! jump targets and full 32-bit operands so no EXTENDED_ARG is needed.
//!
//! Stack notation below: `[a, b] → [c]` means the op pops `b` (top) and `a`
//! and pushes `c`. "Slot" means a local-variable slot of the frame.
//!
//! ## Exceptions
//! Handlers are found through `CodeObject::exception_table`, never by
//! executing setup instructions. When an exception is raised at instruction
//! `pc`, the interpreter takes the FIRST entry in table order with
//! `start <= pc < end`, truncates the value stack to `depth` items, pushes
//! the exception object and jumps to `target`. The compiler lists inner
//! ranges before the outer ranges that contain them. No entry: the frame
//! unwinds to its caller.
//!
//! The "handled exception" (what `sys.exc_info()` and bare `raise` see) is
//! saved and restored by `PushExcInfo`/`PopExcept` around handler bodies.
//!
//! ## Frame entry
//! Arguments are bound into slots `0..argcount + kwonlyargcount (+1 for
//! *args) (+1 for **kwargs)`, in that order. Then one fresh cell is made per
//! entry of `cellvars`; if `cell_params[i]` is `Some(slot)` the cell starts
//! holding that parameter's value. Deref index `i` names `cellvars[i]` for
//! `i < cellvars.len()`, else `freevars[i - cellvars.len()]`, whose cells
//! come from the function's closure tuple.

use std::fmt;
use std::rc::Rc;

/// One instruction: an opcode and a 32-bit operand (0 when unused).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(C)]
pub struct Instr {
    pub op: Op,
    pub arg: u32,
}

impl Instr {
    pub const fn new(op: Op, arg: u32) -> Instr {
        Instr { op, arg }
    }
}

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])* $name:ident = $dis:literal, )*) => {
        /// Opcodes. Each doc line is the op's specification.
        #[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
        #[repr(u8)]
        pub enum Op {
            $( $(#[doc = $doc])* $name, )*
        }

        impl Op {
            /// Every opcode, in numeric order.
            pub const ALL: &'static [Op] = &[$(Op::$name,)*];

            /// The CPython-`dis`-style name printed by the disassembler.
            pub fn name(self) -> &'static str {
                match self { $( Op::$name => $dis, )* }
            }

            /// The one-line specification (the doc comment above).
            pub fn doc(self) -> &'static str {
                match self { $( Op::$name => concat!($($doc),*), )* }
            }
        }
    };
}

opcodes! {
    /// Does nothing.
    Nop = "NOP",
    /// `[a] → []`.
    PopTop = "POP_TOP",
    /// arg=i (1-based): push a copy of the i-th item from the top (`Copy 1` duplicates TOS).
    Copy = "COPY",
    /// arg=i (≥2): swap TOS with the i-th item from the top.
    Swap = "SWAP",

    /// arg=const index: `[] → [consts[arg]]`.
    LoadConst = "LOAD_CONST",
    /// arg=slot: push the local; UnboundLocalError if unset.
    LoadFast = "LOAD_FAST",
    /// arg=slot: `[v] → []`, store into the local.
    StoreFast = "STORE_FAST",
    /// arg=slot: unbind the local; UnboundLocalError if unset.
    DeleteFast = "DELETE_FAST",
    /// arg=deref index: push the cell's contents; NameError/UnboundLocalError if empty.
    LoadDeref = "LOAD_DEREF",
    /// arg=deref index: `[v] → []`, store into the cell.
    StoreDeref = "STORE_DEREF",
    /// arg=deref index: empty the cell.
    DeleteDeref = "DELETE_DEREF",
    /// arg=deref index: push the cell object itself (to build a closure tuple).
    LoadClosure = "LOAD_CLOSURE",
    /// arg=deref index (a free var in a class body): look the name up in the class
    /// namespace first, then in the cell.
    LoadClassDeref = "LOAD_CLASSDEREF",
    /// arg=name index: look up in the frame's namespace dict, then globals, then builtins.
    LoadName = "LOAD_NAME",
    /// arg=name index: `[v] → []`, store into the frame's namespace dict.
    StoreName = "STORE_NAME",
    /// arg=name index: delete from the frame's namespace dict (NameError if absent).
    DeleteName = "DELETE_NAME",
    /// arg=name index: look up in globals, then builtins; NameError if absent.
    LoadGlobal = "LOAD_GLOBAL",
    /// arg=name index: `[v] → []`, store into globals.
    StoreGlobal = "STORE_GLOBAL",
    /// arg=name index: delete from globals (NameError if absent).
    DeleteGlobal = "DELETE_GLOBAL",

    /// arg=name index: `[obj] → [obj.name]`.
    LoadAttr = "LOAD_ATTR",
    /// arg=name index: `[v, obj] → []`, `obj.name = v`.
    StoreAttr = "STORE_ATTR",
    /// arg=name index: `[obj] → []`, `del obj.name`.
    DeleteAttr = "DELETE_ATTR",
    /// arg=name index: `[obj] → [func, obj]` when `obj.name` is a plain function found
    /// on the type (no bound method is made), else `[obj.name, NULL]`.
    LoadMethod = "LOAD_METHOD",
    /// arg=argc: `[func, self_or_NULL, a1..an] → [result]`; calls `func(self, a1..an)`
    /// or `func(a1..an)` when the second item is NULL.
    CallMethod = "CALL_METHOD",
    /// arg=argc: `[callable, a1..an] → [result]`.
    Call = "CALL",
    /// arg=argc (positional + keyword values): `[callable, a1..an, kwnames] → [result]`;
    /// `kwnames` is a tuple of str naming the last len(kwnames) values.
    CallKw = "CALL_KW",
    /// arg=1 if a kwargs dict is present: `[callable, args_tuple, kwargs?] → [result]`.
    CallFunctionEx = "CALL_FUNCTION_EX",

    /// arg=ast::BinOp as u8, +13 for the in-place form (`+=`): `[a, b] → [a op b]`.
    BinaryOp = "BINARY_OP",
    /// `[a] → [-a]`.
    UnaryNegative = "UNARY_NEGATIVE",
    /// `[a] → [+a]`.
    UnaryPositive = "UNARY_POSITIVE",
    /// `[a] → [not a]`.
    UnaryNot = "UNARY_NOT",
    /// `[a] → [~a]`.
    UnaryInvert = "UNARY_INVERT",
    /// arg=0..5 for < <= == != > >=: `[a, b] → [a op b]`.
    CompareOp = "COMPARE_OP",
    /// arg=1 for `is not`: `[a, b] → [bool]`.
    IsOp = "IS_OP",
    /// arg=1 for `not in`: `[a, b] → [a in b]`.
    ContainsOp = "CONTAINS_OP",
    /// `[obj, key] → [obj[key]]`.
    BinarySubscr = "BINARY_SUBSCR",
    /// `[v, obj, key] → []`, `obj[key] = v`.
    StoreSubscr = "STORE_SUBSCR",
    /// `[obj, key] → []`, `del obj[key]`.
    DeleteSubscr = "DELETE_SUBSCR",
    /// arg=2 or 3: `[lo, hi(, step)] → [slice]`.
    BuildSlice = "BUILD_SLICE",

    /// arg=n: `[a1..an] → [(a1..an)]`.
    BuildTuple = "BUILD_TUPLE",
    /// arg=n: `[a1..an] → [[a1..an]]`.
    BuildList = "BUILD_LIST",
    /// arg=n: `[a1..an] → [{a1..an}]`.
    BuildSet = "BUILD_SET",
    /// arg=n pairs: `[k1, v1 .. kn, vn] → [dict]`.
    BuildMap = "BUILD_MAP",
    /// arg=n: `[s1..sn] → [s1 + .. + sn]` (f-string pieces, all str).
    BuildString = "BUILD_STRING",
    /// arg = conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 if a spec is on the stack:
    /// `[v(, spec)] → [format(conv(v), spec)]`.
    FormatValue = "FORMAT_VALUE",
    /// arg=i: `[.., list, .., v] → [.., list, ..]`, appends v to the list i items below
    /// the top after popping v (comprehensions).
    ListAppend = "LIST_APPEND",
    /// arg=i: like ListAppend for a set.
    SetAdd = "SET_ADD",
    /// arg=i: `[.., dict, .., k, v] → [.., dict, ..]`, `dict[k] = v`.
    MapAdd = "MAP_ADD",
    /// arg=i: `[.., list, .., it] → [.., list, ..]`, `list.extend(it)`.
    ListExtend = "LIST_EXTEND",
    /// arg=i: like ListExtend for a set.
    SetUpdate = "SET_UPDATE",
    /// arg=i: `[.., dict, .., m] → [.., dict, ..]`, `dict.update(m)`.
    DictUpdate = "DICT_UPDATE",
    /// arg=i: like DictUpdate but a repeated key raises TypeError
    /// ("got multiple values for keyword argument") — for `f(**a, **b)`.
    DictMerge = "DICT_MERGE",
    /// `[list] → [tuple(list)]`.
    ListToTuple = "LIST_TO_TUPLE",
    /// arg=n: `[seq] → [vn .. v1]` (v1 on top); ValueError unless exactly n items.
    UnpackSequence = "UNPACK_SEQUENCE",
    /// arg = before | after << 8: `[seq] → [after items.., list of the middle, before items..]`
    /// with the first item on top (for `a, *b, c = seq`).
    UnpackEx = "UNPACK_EX",

    /// arg=target: jump.
    Jump = "JUMP",
    /// arg=target: `[v] → []`, jump if v is false.
    PopJumpIfFalse = "POP_JUMP_IF_FALSE",
    /// arg=target: `[v] → []`, jump if v is true.
    PopJumpIfTrue = "POP_JUMP_IF_TRUE",
    /// arg=target (earlier): `[v] → []`, jump back if v is false; a loop's
    /// back-edge, so it charges the loop body to the budget as JUMP does.
    PopJumpBackIfFalse = "POP_JUMP_BACKWARD_IF_FALSE",
    /// arg=target (earlier): `[v] → []`, jump back if v is true (the test at
    /// the bottom of a `while` loop).
    PopJumpBackIfTrue = "POP_JUMP_BACKWARD_IF_TRUE",
    /// arg=target: if TOS is false jump and keep it, else pop it (`and`).
    JumpIfFalseOrPop = "JUMP_IF_FALSE_OR_POP",
    /// arg=target: if TOS is true jump and keep it, else pop it (`or`).
    JumpIfTrueOrPop = "JUMP_IF_TRUE_OR_POP",
    /// `[obj] → [iter(obj)]`.
    GetIter = "GET_ITER",
    /// arg=target: `[it] → [it, next(it)]`; when exhausted, `[it] → []` and jump to target.
    ForIter = "FOR_ITER",

    /// arg=flags: 1 defaults tuple, 2 kw-defaults dict, 4 annotations dict, 8 closure tuple.
    /// `[defaults?, kwdefaults?, annotations?, closure?, code] → [function]`; the
    /// function's qualname is the code's qualname.
    MakeFunction = "MAKE_FUNCTION",
    /// `[v] → []`, return v from the frame.
    ReturnValue = "RETURN_VALUE",
    /// `[] → [__build_class__]` (called as `__build_class__(body_fn, name, *bases, **kw)`).
    /// A class body's code returns its `__class__` cell (or None if it has none).
    LoadBuildClass = "LOAD_BUILD_CLASS",
    /// Create `__annotations__` in the frame's namespace if absent.
    SetupAnnotations = "SETUP_ANNOTATIONS",
    /// `[] → [AssertionError]` (the class, whatever the name is bound to).
    LoadAssertionError = "LOAD_ASSERTION_ERROR",
    /// `[v] → []`; in the REPL, print repr(v) unless None and bind it to `_`.
    PrintExpr = "PRINT_EXPR",

    /// arg=0: re-raise the handled exception; 1: `[exc] → raise exc`;
    /// 2: `[exc, cause] → raise exc from cause`.
    RaiseVarargs = "RAISE_VARARGS",
    /// `[exc] → [] `, raise exc again keeping its traceback (end of a handler that did not match).
    Reraise = "RERAISE",
    /// `[exc] → [prev, exc]`: saves the previously handled exception (None if none)
    /// and makes exc the handled one.
    PushExcInfo = "PUSH_EXC_INFO",
    /// `[prev] → []`: restore prev as the handled exception.
    PopExcept = "POP_EXCEPT",
    /// `[exc, type] → [exc, bool]`: does exc match type (a class or tuple of classes)?
    /// TypeError if type is not an exception class.
    CheckExcMatch = "CHECK_EXC_MATCH",

    /// `[mgr] → [exit, enter_result]`: looks up `__exit__` (bound) and calls `__enter__`.
    BeforeWith = "BEFORE_WITH",
    /// `[exit, prev, exc] → [exit, prev, exc, result]`: calls `exit(type(exc), exc, tb)`.
    WithExceptStart = "WITH_EXCEPT_START",

    /// `[v] → [v']`, suspend the generator yielding v; on resume v' is the sent value.
    YieldValue = "YIELD_VALUE",
    /// `[iterable] → [iterator]` for `yield from`: generators/coroutines pass through,
    /// others get `iter()`.
    GetYieldFromIter = "GET_YIELD_FROM_ITER",
    /// `[sub, v] → [sub, v']` or `[result]`: send v to the sub-iterator (`next()` when v is
    /// None and sub is not a generator). If it yields y, suspend yielding y and re-execute this
    /// op on resume with the sent value as v. If it returns r (StopIteration), `[result=r]` and
    /// continue. `throw()`/`close()` on the suspended frame are delegated to `sub`.
    YieldFrom = "YIELD_FROM",
    /// `[obj] → [awaitable iterator]`: `__await__` protocol (arg: 0 await, 1 async with enter,
    /// 2 async with exit) for the TypeError message.
    GetAwaitable = "GET_AWAITABLE",
    /// `[obj] → [obj.__aiter__()]`.
    GetAIter = "GET_AITER",
    /// `[aiter] → [aiter, awaitable of aiter.__anext__()]`.
    GetANext = "GET_ANEXT",
    /// `[aiter, exc] → []` if exc is StopAsyncIteration, else re-raise exc (end of `async for`).
    EndAsyncFor = "END_ASYNC_FOR",
    /// `[mgr] → [aexit, awaitable of mgr.__aenter__()]`.
    BeforeAsyncWith = "BEFORE_ASYNC_WITH",

    /// arg=name index: `[level, fromlist] → [module]` (`__import__` semantics: the top
    /// package for `import a.b` with an empty fromlist).
    ImportName = "IMPORT_NAME",
    /// arg=name index: `[module] → [module, module.name]` (falls back to importing the
    /// submodule `module.name`; ImportError "cannot import name").
    ImportFrom = "IMPORT_FROM",
    /// `[module] → []`: bind every public name (or `__all__`) into the frame's namespace.
    ImportStar = "IMPORT_STAR",

    /// `[subj] → [subj, bool]`: is subj a sequence for a sequence pattern
    /// (list, tuple, range, deque and their subclasses; never str, bytes or bytearray)?
    MatchSequence = "MATCH_SEQUENCE",
    /// `[subj] → [subj, bool]`: is subj a mapping (a dict, dict subclass or mapping proxy)?
    MatchMapping = "MATCH_MAPPING",
    /// `[obj] → [obj, len(obj)]`.
    GetLen = "GET_LEN",
    /// `[subj, keys] → [subj, keys, values]`: the values of the tuple `keys` looked up
    /// with `subj.get` (never `__getitem__`/`__missing__`), or None if one is absent.
    MatchKeys = "MATCH_KEYS",
    /// arg=positional count: `[subj, cls, names] → [attrs]`: if subj is an instance of
    /// cls, the tuple of its attributes named by `cls.__match_args__[:arg]` then by the
    /// tuple `names`; None when not an instance or an attribute is missing.
    MatchClass = "MATCH_CLASS",
    /// `[subj, keys] → [subj, rest]`: a new dict of subj's items whose key is not in `keys`.
    CopyDictWithoutKeys = "COPY_DICT_WITHOUT_KEYS",

    /// Superinstruction heads (compile/superinstructions.rs), written by the
    /// compiler's last pass over the head of a sequence, which stays in place
    /// after it. arg as LOAD_FAST; the LOAD_CONST after it follows.
    LoadFastLoadConst = "LOAD_FAST__LOAD_CONST",
    /// arg as LOAD_FAST; the LOAD_FAST after it follows.
    LoadFastLoadFast = "LOAD_FAST__LOAD_FAST",
    /// arg as LOAD_FAST; the LOAD_ATTR after it follows.
    LoadFastAttr = "LOAD_FAST__LOAD_ATTR",
    /// arg as STORE_FAST; the LOAD_FAST after it follows.
    StoreFastLoadFast = "STORE_FAST__LOAD_FAST",
    /// arg as LOAD_FAST; LOAD_CONST and BINARY_OP follow.
    LoadFastConstBinary = "LOAD_FAST__LOAD_CONST__BINARY_OP",
    /// arg as LOAD_FAST; LOAD_CONST, BINARY_OP and STORE_FAST follow.
    LoadFastConstBinaryStore = "LOAD_FAST__LOAD_CONST__BINARY_OP__STORE_FAST",
    /// arg as LOAD_FAST; LOAD_CONST and COMPARE_OP follow.
    LoadFastConstCompare = "LOAD_FAST__LOAD_CONST__COMPARE_OP",
    /// arg as LOAD_FAST; LOAD_CONST and BINARY_SUBSCR follow (`b[0]`).
    LoadFastConstSubscr = "LOAD_FAST__LOAD_CONST__BINARY_SUBSCR",
    /// arg as LOAD_FAST; LOAD_FAST and BINARY_OP follow (`dx * dy`).
    LoadFastFastBinary = "LOAD_FAST__LOAD_FAST__BINARY_OP",
    /// arg as LOAD_FAST; LOAD_FAST, BINARY_OP and STORE_FAST follow.
    LoadFastFastBinaryStore = "LOAD_FAST__LOAD_FAST__BINARY_OP__STORE_FAST",
    /// arg as LOAD_FAST; BINARY_OP follows (the top of the stack op a local).
    LoadFastBinary = "LOAD_FAST__BINARY_OP",
    /// arg as LOAD_FAST; BINARY_OP and STORE_FAST follow.
    LoadFastBinaryStore = "LOAD_FAST__BINARY_OP__STORE_FAST",
    /// arg as LOAD_FAST; LOAD_CONST, COPY 2, COPY 2 and BINARY_SUBSCR follow
    /// (the load half of `b[3] -= x`: object, key and item end up pushed).
    LoadFastConstSubscrKeep = "LOAD_FAST__LOAD_CONST__COPY__COPY__BINARY_SUBSCR",
    /// arg as BINARY_OP; SWAP 3, SWAP 2 and STORE_SUBSCR follow (the store
    /// half of `b[k] op= x`).
    BinaryOpStoreSubscr = "BINARY_OP__SWAP__SWAP__STORE_SUBSCR",
    /// arg as LOAD_FAST; LOAD_FAST and BINARY_SUBSCR follow (`a[i]`).
    LoadFastFastSubscr = "LOAD_FAST__LOAD_FAST__BINARY_SUBSCR",
    /// arg as LOAD_FAST; LOAD_FAST and STORE_SUBSCR follow (`a[i] = x`).
    LoadFastFastStoreSubscr = "LOAD_FAST__LOAD_FAST__STORE_SUBSCR",
    /// arg as BUILD_SLICE; BINARY_SUBSCR follows (`a[i:j]` of a built-in
    /// sequence is read without a slice object).
    BuildSliceSubscr = "BUILD_SLICE__BINARY_SUBSCR",
    /// arg as BUILD_SLICE; STORE_SUBSCR follows (`a[i:j] = x` of a list).
    BuildSliceStoreSubscr = "BUILD_SLICE__STORE_SUBSCR",
}

impl Op {
    /// The plain op a superinstruction head stands for (itself for the
    /// others): what `dis` shows and what code reading the bytecode sees.
    pub fn unfused(self) -> Op {
        match self {
            Op::LoadFastLoadConst
            | Op::LoadFastLoadFast
            | Op::LoadFastAttr
            | Op::LoadFastConstBinary
            | Op::LoadFastConstBinaryStore
            | Op::LoadFastConstCompare
            | Op::LoadFastConstSubscr
            | Op::LoadFastFastBinary
            | Op::LoadFastFastBinaryStore
            | Op::LoadFastBinary
            | Op::LoadFastBinaryStore
            | Op::LoadFastConstSubscrKeep
            | Op::LoadFastFastSubscr
            | Op::LoadFastFastStoreSubscr => Op::LoadFast,
            Op::StoreFastLoadFast => Op::StoreFast,
            Op::BinaryOpStoreSubscr => Op::BinaryOp,
            Op::BuildSliceSubscr | Op::BuildSliceStoreSubscr => Op::BuildSlice,
            op => op,
        }
    }

    /// Does the operand name a jump target (an instruction index)?
    pub fn is_jump(self) -> bool {
        matches!(
            self,
            Op::Jump
                | Op::PopJumpIfFalse
                | Op::PopJumpIfTrue
                | Op::PopJumpBackIfFalse
                | Op::PopJumpBackIfTrue
                | Op::JumpIfFalseOrPop
                | Op::JumpIfTrueOrPop
                | Op::ForIter
        )
    }

    /// Does the operand index `CodeObject::names`?
    pub fn uses_name(self) -> bool {
        matches!(
            self,
            Op::LoadName
                | Op::StoreName
                | Op::DeleteName
                | Op::LoadGlobal
                | Op::StoreGlobal
                | Op::DeleteGlobal
                | Op::LoadAttr
                | Op::StoreAttr
                | Op::DeleteAttr
                | Op::LoadMethod
                | Op::ImportName
                | Op::ImportFrom
        )
    }
}

/// A compile-time constant. The interpreter turns these into runtime values
/// once per code object. Equality is identity for code objects (used by the
/// compiler to share constant slots).
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Bool(bool),
    Ellipsis,
    Int(i64),
    /// Decimal digits of an int that does not fit in i64.
    BigInt(String),
    Float(f64),
    /// An imaginary number `0+xj`.
    Imaginary(f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Constant]>),
    Code(Rc<CodeObject>),
}

impl PartialEq for Constant {
    fn eq(&self, other: &Constant) -> bool {
        use Constant::*;
        match (self, other) {
            (None, None) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (BigInt(a), BigInt(b)) => a == b,
            // Bitwise so 0.0 and -0.0 (and NaNs) stay distinct constants.
            (Float(a), Float(b)) | (Imaginary(a), Imaginary(b)) => a.to_bits() == b.to_bits(),
            (Str(a), Str(b)) => a == b,
            (Bytes(a), Bytes(b)) => a == b,
            (Tuple(a), Tuple(b)) => a == b,
            (Code(a), Code(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }
}

/// Flags describing a code object, as in CPython's `co_flags`.
pub mod flags {
    pub const OPTIMIZED: u32 = 0x1;
    pub const NEWLOCALS: u32 = 0x2;
    pub const VARARGS: u32 = 0x4;
    pub const VARKEYWORDS: u32 = 0x8;
    pub const NESTED: u32 = 0x10;
    pub const GENERATOR: u32 = 0x20;
    pub const COROUTINE: u32 = 0x80;
    pub const ASYNC_GENERATOR: u32 = 0x200;
    /// Krait-specific: a class body (LoadName sees the class namespace).
    pub const CLASS_BODY: u32 = 0x1000_0000;
}

/// One exception-table row; see the module docs for how it is searched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
}

/// A compiled function body, module or class body.
#[derive(Default)]
pub struct CodeObject {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub first_line: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub instrs: Vec<Instr>,
    /// Source line of each instruction (same length as `instrs`).
    pub lines: Vec<u32>,
    pub consts: Vec<Constant>,
    /// Names used by global/attribute/import ops.
    pub names: Vec<Rc<str>>,
    /// Local variable names by slot; parameters first.
    pub varnames: Vec<Rc<str>>,
    /// Locals of this code captured by inner scopes.
    pub cellvars: Vec<Rc<str>>,
    /// For each cellvar, the parameter slot it starts from, if it is a parameter.
    pub cell_params: Vec<Option<u32>>,
    /// Variables of enclosing scopes used here.
    pub freevars: Vec<Rc<str>>,
    pub exception_table: Vec<ExceptionEntry>,
    /// Upper bound of the value-stack depth.
    pub max_stack: u32,
    /// The docstring, if the body starts with a string literal.
    pub doc: Option<Rc<str>>,
    /// Interpreter-owned runtime data (constants as values, interned names),
    /// built on first execution. The compiler leaves it empty.
    pub runtime: std::cell::OnceCell<Box<crate::vm::CodeRuntime>>,
    /// Tracked once its runtime exists: the attribute caches hold values.
    pub gc: crate::gc::GcHeader,
}

crate::gc::collectable!(CodeObject, Code);

impl fmt::Debug for CodeObject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "<code object {} at line {}>",
            self.qualname, self.first_line
        )
    }
}

impl CodeObject {
    pub fn has_flag(&self, flag: u32) -> bool {
        self.flags & flag != 0
    }

    /// Total parameter slots, counting `*args` and `**kwargs`.
    pub fn total_params(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.has_flag(flags::VARARGS) {
            n += 1;
        }
        if self.has_flag(flags::VARKEYWORDS) {
            n += 1;
        }
        n
    }

    /// The source line of instruction `pc`.
    pub fn line_of(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.first_line)
    }
}

impl fmt::Display for Instr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.op.name(), self.arg)
    }
}
