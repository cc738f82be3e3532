# The `types` module: names for the interpreter's own types, SimpleNamespace
# and MappingProxyType.
import sys as _sys


def _f():
    pass


class _C:
    def _m(self):
        pass


def _g():
    yield 1


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
GeneratorType = type(_g())
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
del _f, _C, _g


class SimpleNamespace:
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ('%s=%r' % (k, v) for k, v in self.__dict__.items())
        return '%s(%s)' % ('namespace' if type(self) is SimpleNamespace
                           else type(self).__name__, ', '.join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


class MappingProxyType:
    # A mapping to `match` (collections_abc.py explains the flag).
    __abc_tpflags__ = 1 << 6

    def __init__(self, mapping):
        if not hasattr(mapping, 'keys') or not hasattr(mapping, '__getitem__'):
            raise TypeError('mappingproxy() argument must be a mapping, not %s'
                            % type(mapping).__name__)
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        return dict(self._mapping) | dict(other)

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


MappingProxyType.__name__ = MappingProxyType.__qualname__ = 'mappingproxy'


def new_class(name, bases=(), kwds=None, exec_body=None):
    kwds = dict(kwds or {})
    meta = kwds.pop('metaclass', type)
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return meta(name, bases, ns, **kwds)


def _alias_repr(a):
    if a is ...:
        return '...'
    if isinstance(a, type) and not isinstance(a, GenericAlias):
        if a.__module__ == 'builtins':
            return a.__qualname__
        return '%s.%s' % (a.__module__, a.__qualname__)
    if a is None:
        return 'None'
    return repr(a)


def _is_typevar(a):
    return type(a).__name__ in ('TypeVar', 'ParamSpec', 'TypeVarTuple')


class GenericAlias:
    """`list[int]`: a class with arguments, as annotations write it. It
    calls, and answers attributes, as its class does."""

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        # The class's own: an instance attribute, found before the alias class's.
        self.__module__ = getattr(origin, '__module__', None)
        params = []
        for a in args:
            for p in (a.__parameters__ if isinstance(a, GenericAlias) else (a,)):
                if _is_typevar(p) and p not in params:
                    params.append(p)
        self.__parameters__ = tuple(params)

    def __repr__(self):
        if not self.__args__:
            inner = '()'
        else:
            inner = ', '.join(_alias_repr(a) for a in self.__args__)
        return '%s[%s]' % (_alias_repr(self.__origin__), inner)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __call__(self, *args, **kwargs):
        obj = self.__origin__(*args, **kwargs)
        try:
            obj.__orig_class__ = self
        except Exception:
            pass
        return obj

    def __getitem__(self, items):
        if not self.__parameters__:
            raise TypeError('%r is not a generic class' % (self,))
        if not isinstance(items, tuple):
            items = (items,)
        if len(items) != len(self.__parameters__):
            raise TypeError('Too %s arguments for %r; actual %d, expected %d' % (
                'many' if len(items) > len(self.__parameters__) else 'few',
                self, len(items), len(self.__parameters__)))
        subst = dict(zip(self.__parameters__, items))
        args = tuple(a[tuple(subst[p] for p in a.__parameters__)]
                     if isinstance(a, GenericAlias) and a.__parameters__
                     else subst.get(a, a) if _is_typevar(a) else a
                     for a in self.__args__)
        return GenericAlias(self.__origin__, args)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __or__(self, other):
        import typing
        return typing._type_or(self, other)

    def __ror__(self, other):
        import typing
        return typing._type_or(other, self)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__') and name not in (
                '__name__', '__qualname__', '__module__', '__doc__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


def __getattr__(name):
    # `int | str` is built by typing, which imports this module.
    if name == 'UnionType':
        import typing
        return typing.UnionType
    raise AttributeError(f"module 'types' has no attribute {name!r}")
