# The `typing` module, enough for annotated code to run: the special forms
# and generic aliases subscript and print like CPython's, Generic and Protocol
# can be subclassed, NamedTuple and TypedDict build real classes, and
# `int | None` (type.__or__) lands in _type_or below.
import abc as _abc
import collections as _collections
import types as _types

TYPE_CHECKING = False

_FunctionType = type(lambda: None)


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, _FunctionType):
        return obj.__name__
    if isinstance(obj, list):
        return '[%s]' % ', '.join(_type_repr(a) for a in obj)
    return repr(obj)


def _type_check(arg, msg):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


class ForwardRef:
    def __init__(self, arg):
        self.__forward_arg__ = arg

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)

    def __repr__(self):
        return 'ForwardRef(%r)' % (self.__forward_arg__,)


class _Final:
    pass


class _SpecialForm(_Final):
    def __init__(self, name, getitem=None, doc=None):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return 'typing.' + self._name

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % (self,))

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError('%r is not subscriptable' % (self,))
        return self._getitem(self, parameters)

    def __instancecheck__(self, obj):
        raise TypeError('%r cannot be used with isinstance()' % (self,))

    def __subclasscheck__(self, cls):
        raise TypeError('%r cannot be used with issubclass()' % (self,))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass %r' % (self,))


class _GenericAlias(_Final):
    # `List[int]`, `Dict[str, int]`, `Foo[T]`: origin plus arguments.
    def __init__(self, origin, args, name=None, special=False):
        self.__origin__ = origin
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = args
        self._name = name
        self._special = special
        self.__parameters__ = tuple(a for a in args if isinstance(a, TypeVar))

    def __repr__(self):
        name = 'typing.' + self._name if self._name else _type_repr(self.__origin__)
        if self._special:
            return name
        if not self.__args__:
            return '%s[()]' % name
        return '%s[%s]' % (name, ', '.join(_type_repr(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._special:
            return _GenericAlias(self.__origin__, tuple(_type_check(p, '') for p in params),
                                 self._name)
        if not self.__parameters__:
            raise TypeError('%r is not a generic class' % (self,))
        if len(params) != len(self.__parameters__):
            raise TypeError('Too %s arguments for %r; actual %d, expected %d' % (
                'many' if len(params) > len(self.__parameters__) else 'few', self,
                len(params), len(self.__parameters__)))
        subst = dict(zip(self.__parameters__, params))
        return _GenericAlias(self.__origin__, tuple(subst.get(a, a) for a in self.__args__),
                             self._name)

    def __call__(self, *args, **kwargs):
        if self._name and self._special:
            raise TypeError('Type %s cannot be instantiated; use %s() instead' % (
                self._name, self.__origin__.__name__))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError('Cannot subclass %r' % (self,))
        if self._name:
            # List[int], Dict[str, int]: the builtin, plus Generic unless a later base has it.
            res = []
            if self.__origin__ not in bases:
                res.append(self.__origin__)
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                    break
            else:
                res.append(Generic)
            return tuple(res)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        if self._special:
            return isinstance(obj, self.__origin__)
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __subclasscheck__(self, cls):
        if self._special:
            return issubclass(cls, self.__origin__)
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _CallableAlias(_GenericAlias):
    def __repr__(self):
        if self._special:
            return 'typing.Callable'
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return 'typing.Callable[..., %s]' % _type_repr(args[1])
        return 'typing.Callable[[%s], %s]' % (', '.join(_type_repr(a) for a in args[:-1]),
                                               _type_repr(args[-1]))

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if args is ...:
            return _CallableAlias(self.__origin__, (..., _type_check(result, '')), 'Callable')
        if not isinstance(args, (list, tuple)):
            raise TypeError('Callable[args, result]: args must be a list. Got %s'
                            % _type_repr(args))
        return _CallableAlias(self.__origin__,
                              tuple(_type_check(a, '') for a in args) + (_type_check(result, ''),),
                              'Callable')


def _callable_check(self, obj):
    if not self._special:
        raise TypeError('Subscripted generics cannot be used with class and instance checks')
    return callable(obj)


_CallableAlias.__instancecheck__ = _callable_check


class _TupleAlias(_GenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), 'Tuple')
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(tuple, tuple(p if p is ... else _type_check(p, '') for p in params),
                             'Tuple')


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return 'typing.Optional[%s]' % _type_repr(other)
        return 'typing.Union[%s]' % ', '.join(_type_repr(a) for a in args)

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__)

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, a) for a in self.__args__)


def _flatten_union(params):
    flat = []
    for p in params:
        if isinstance(p, (_UnionGenericAlias, UnionType)):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    out = []
    for p in flat:
        if p not in out:
            out.append(p)
    return tuple(out)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    parameters = _flatten_union(tuple(_type_check(p, '') for p in parameters))
    if len(parameters) == 1:
        return parameters[0]
    return _UnionGenericAlias(Union, parameters)


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, 'Optional[t] requires a single type.')
    return Union[arg, type(None)]


class _LiteralAlias(_GenericAlias):
    def __repr__(self):
        return 'typing.Literal[%s]' % ', '.join(repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, _LiteralAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _LiteralAlias(self, parameters)


def _wrap_one(name):
    def getitem(self, parameters):
        item = _type_check(parameters, '%s accepts only single type.' % name)
        alias = _GenericAlias(self, (item,), name)
        if name == 'ClassVar':
            alias._is_classvar = True
        return alias
    return getitem


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata):
        super().__init__(origin, (origin,), 'Annotated')
        self.__metadata__ = metadata

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (_type_repr(self.__origin__),
                                              ', '.join(repr(a) for a in self.__metadata__))


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments '
                        '(a type and an annotation).')
    return _AnnotatedAlias(params[0], tuple(params[1:]))


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return 'typing.Any'
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    pass


Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
ClassVar = _SpecialForm('ClassVar', _wrap_one('ClassVar'))
ClassVar._is_classvar = True
Final = _SpecialForm('Final', _wrap_one('Final'))
Annotated = _SpecialForm('Annotated', _annotated_getitem)
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Concatenate = _SpecialForm('Concatenate', lambda self, p: _GenericAlias(self, p, 'Concatenate'))
TypeGuard = _SpecialForm('TypeGuard', _wrap_one('TypeGuard'))
Required = _SpecialForm('Required', _wrap_one('Required'))
NotRequired = _SpecialForm('NotRequired', _wrap_one('NotRequired'))


class UnionType:
    # The result of `int | str` (types.UnionType).
    def __init__(self, args):
        self.__args__ = args

    def __repr__(self):
        return ' | '.join('None' if a is type(None) else _type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, (UnionType, _UnionGenericAlias)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _type_or(self, other)

    def __ror__(self, other):
        return _type_or(other, self)

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__)

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, a) for a in self.__args__)

    @property
    def __parameters__(self):
        return ()


UnionType.__module__ = 'types'


def _type_or(a, b):
    def ok(x):
        return x is None or isinstance(
            x, (type, UnionType, _GenericAlias, _types.GenericAlias, TypeVar))
    if not (ok(a) and ok(b)):
        return NotImplemented
    if isinstance(a, _GenericAlias) and not isinstance(a, _UnionGenericAlias) or \
            isinstance(b, _GenericAlias) and not isinstance(b, _UnionGenericAlias):
        return Union[a, b]
    args = _flatten_union((type(None) if a is None else a, type(None) if b is None else b))
    if len(args) == 1:
        return args[0]
    return UnionType(args)


class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__constraints__ = tuple(constraints)
        self.__bound__ = _type_check(bound, '') if bound is not None else None
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of TypeVar')


class ParamSpec(TypeVar):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        super().__init__(name, bound=bound, covariant=covariant, contravariant=contravariant)
        self.args = self
        self.kwargs = self


AnyStr = TypeVar('AnyStr', bytes, str)


class Generic:
    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if not params and cls is not Tuple:
            raise TypeError('Parameter list to %s[...] cannot be empty' % cls.__qualname__)
        if cls in (Generic, Protocol):
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError('Parameters to %s[...] must all be type variables or '
                                    'parameter specification variables.' % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError('Parameters to %s[...] must all be unique' % cls.__name__)
            return _GenericAlias(cls, params)
        expected = getattr(cls, '__parameters__', ())
        if len(params) != len(expected):
            raise TypeError('Too %s arguments for %s; actual %d, expected %d' % (
                'many' if len(params) > len(expected) else 'few', repr(cls),
                len(params), len(expected)))
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        for base in cls.__dict__.get('__orig_bases__', ()):
            if isinstance(base, _GenericAlias):
                for a in base.__parameters__:
                    if a not in tvars:
                        tvars.append(a)
        cls.__parameters__ = tuple(tvars)


_PROTO_EXCLUDED = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '__parameters__', '__orig_bases__', '__qualname__', '__init_subclass__', '__hash__',
    '_is_protocol', '_is_runtime_protocol', '_abc_registry'})


def _get_protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = base.__dict__.get('__annotations__', {})
        for attr in list(base.__dict__) + list(annotations):
            if not attr.startswith('_abc_') and attr not in _PROTO_EXCLUDED:
                attrs.add(attr)
    return attrs


def _is_callable_members_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _get_protocol_attrs(cls))


class _ProtocolMeta(_abc.ABCMeta):
    def __instancecheck__(cls, instance):
        is_protocol = cls.__dict__.get('_is_protocol', False)
        if is_protocol and not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with '
                            '@runtime_checkable protocols')
        if (not is_protocol or _is_callable_members_only(cls)) and \
                issubclass(type(instance), cls):
            return True
        if is_protocol:
            if all(hasattr(instance, attr) and
                   (not callable(getattr(cls, attr, None)) or
                    getattr(instance, attr) is not None)
                   for attr in _get_protocol_attrs(cls)):
                return True
        return super().__instancecheck__(instance)

    def __subclasscheck__(cls, other):
        if cls.__dict__.get('_is_protocol', False):
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError('Instance and class checks can only be used with '
                                '@runtime_checkable protocols')
            if not _is_callable_members_only(cls):
                raise TypeError("Protocols with non-method members don't support issubclass()")
            if cls in other.__mro__:
                return True
            for attr in _get_protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return False
                        break
                else:
                    return False
            return True
        return super().__subclasscheck__(other)


class Protocol(Generic, metaclass=_ProtocolMeta):
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

    def __new__(cls, *args, **kwargs):
        if cls.__dict__.get('_is_protocol', False) or cls is Protocol:
            raise TypeError('Protocols cannot be instantiated')
        return object.__new__(cls)


def runtime_checkable(cls):
    if not issubclass(cls, Generic) or not cls.__dict__.get('_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r'
                        % cls)
    cls._is_runtime_protocol = True
    return cls


def _alias(origin, name):
    return _GenericAlias(origin, (), name, special=True)


List = _alias(list, 'List')
Dict = _alias(dict, 'Dict')
Set = _alias(set, 'Set')
FrozenSet = _alias(frozenset, 'FrozenSet')
Tuple = _TupleAlias(tuple, (), 'Tuple', special=True)
Type = _alias(type, 'Type')
Callable = _CallableAlias(_FunctionType, (), 'Callable', special=True)
DefaultDict = _alias(_collections.defaultdict, 'DefaultDict')
OrderedDict = _alias(_collections.OrderedDict, 'OrderedDict')
Counter = _alias(_collections.Counter, 'Counter')
Deque = _alias(_collections.deque, 'Deque')


class _AbstractOrigin:
    # The origin of an abstract alias (Iterable, Mapping, ...): isinstance
    # checks look for the methods that define the protocol.
    def __init__(self, name, methods, base=None):
        self.__name__ = self.__qualname__ = name
        self.methods = methods
        self.base = base

    def check(self, obj):
        if self.base is not None and isinstance(obj, self.base):
            return True
        t = type(obj)
        return all(any(m in k.__dict__ and k.__dict__[m] is not None for k in t.__mro__)
                   for m in self.methods)


class _AbstractAlias(_GenericAlias):
    def __instancecheck__(self, obj):
        if not self._special:
            raise TypeError('Subscripted generics cannot be used with class and instance checks')
        return self.__origin__.check(obj)

    def __subclasscheck__(self, cls):
        return all(any(m in k.__dict__ for k in cls.__mro__) for m in self.__origin__.methods)

    def __call__(self, *args, **kwargs):
        raise TypeError('Type %s cannot be instantiated' % self._name)

    def __mro_entries__(self, bases):
        return (Generic,)


def _abstract(name, methods, base=None):
    return _AbstractAlias(_AbstractOrigin(name, methods, base), (), name, special=True)


Iterable = _abstract('Iterable', ('__iter__',))
Iterator = _abstract('Iterator', ('__iter__', '__next__'))
Generator = _abstract('Generator', ('__iter__', '__next__', 'send', 'throw'))
Reversible = _abstract('Reversible', ('__reversed__',))
Container = _abstract('Container', ('__contains__',))
Collection = _abstract('Collection', ('__len__', '__iter__', '__contains__'))
Hashable = _abstract('Hashable', ('__hash__',))
Sized = _abstract('Sized', ('__len__',))
Sequence = _abstract('Sequence', ('__getitem__', '__len__'), (list, tuple, str, range, bytes))
MutableSequence = _abstract('MutableSequence', ('__getitem__', '__setitem__', '__delitem__',
                                                'insert'), (list,))
Mapping = _abstract('Mapping', ('__getitem__', '__len__', '__iter__', 'keys'), (dict,))
MutableMapping = _abstract('MutableMapping', ('__getitem__', '__setitem__', '__delitem__',
                                              'keys'), (dict,))
AbstractSet = _abstract('AbstractSet', ('__contains__', '__len__', '__iter__'), (set, frozenset))
MutableSet = _abstract('MutableSet', ('add', 'discard'), (set,))
KeysView = _abstract('KeysView', ('__iter__', '__len__'))
ValuesView = _abstract('ValuesView', ('__iter__', '__len__'))
ItemsView = _abstract('ItemsView', ('__iter__', '__len__'))
Awaitable = _abstract('Awaitable', ('__await__',))
Coroutine = _abstract('Coroutine', ('send', 'throw', 'close'))
AsyncIterable = _abstract('AsyncIterable', ('__aiter__',))
AsyncIterator = _abstract('AsyncIterator', ('__aiter__', '__anext__'))
AsyncGenerator = _abstract('AsyncGenerator', ('__aiter__', '__anext__'))
ContextManager = _abstract('ContextManager', ('__enter__', '__exit__'))
SupportsInt = _abstract('SupportsInt', ('__int__',))
SupportsFloat = _abstract('SupportsFloat', ('__float__',))
SupportsAbs = _abstract('SupportsAbs', ('__abs__',))
SupportsIndex = _abstract('SupportsIndex', ('__index__',))
Text = str


def cast(typ, val):
    return val


def assert_type(val, typ):
    return val


def reveal_type(obj):
    return obj


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            'You should not call an overloaded function. A series of @typing.overload-decorated '
            'functions outside a stub module should always be followed by an implementation '
            'that is not @typing.overload-decorated.')
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, _UnionGenericAlias):
        return Union
    if isinstance(tp, UnionType):
        return UnionType
    if isinstance(tp, _GenericAlias):
        if isinstance(tp.__origin__, _AbstractOrigin):
            return tp.__origin__
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, UnionType)) and not getattr(tp, '_special', False):
        args = tp.__args__
        if isinstance(tp, _CallableAlias) and args and args[0] is not ...:
            return (list(args[:-1]), args[-1])
        return args
    return ()


def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, ForwardRef):
        value = value.__forward_arg__
    if isinstance(value, str):
        return eval(value, globalns, localns)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    import sys
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            g = globalns
            if g is None:
                mod = sys.modules.get(base.__module__)
                g = getattr(mod, '__dict__', {}) if mod is not None else {}
            for name, value in ann.items():
                hints[name] = _eval_hint(value, g, dict(vars(base)) if localns is None
                                         else localns)
        return hints
    ann = getattr(obj, '__annotations__', None)
    if ann is None:
        raise TypeError('%r is not a module, class, method, or function.' % (obj,))
    g = globalns if globalns is not None else getattr(obj, '__globals__', {})
    for name, value in ann.items():
        hints[name] = _eval_hint(value, g, localns)
    return hints


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def _make_nmtuple(name, types, defaults=(), module='__main__'):
    fields = [n for n, t in types]
    nm_tpl = _collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = dict(types)
    return nm_tpl


_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                         '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_special_nt = frozenset({'__module__', '__name__', '__annotations__', '__qualname__',
                         '__doc__'})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError('Non-default namedtuple field %s cannot follow default field%s %s'
                                % (field_name, 's' if len(default_names) > 1 else '',
                                   ', '.join(default_names)))
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns.get('__module__', '__main__'))
        for key in ns:
            if key in _prohibited:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            elif key not in _special_nt and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    return _make_nmtuple(typename, list(fields))


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not dict:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict '
                                'base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        own = ns.get('__annotations__', {})
        annotations.update(own)
        for key in own:
            (required if total else optional).add(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    if fields is None:
        fields = kwargs
    ns = {'__annotations__': dict(fields), '__module__': '__main__'}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)
