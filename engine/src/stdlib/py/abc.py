# The `abc` module: abstract base classes. ABCMeta records the abstract
# methods of a class, refuses to instantiate it while any remain, and lets
# classes be registered as virtual subclasses.


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


# The deprecated wrappers, as functions: classmethod/staticmethod/property
# cannot be subclassed here.
def abstractclassmethod(callable):
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def _is_abstract(value):
    if isinstance(value, property):
        return any(_is_abstract(f) for f in (value.fget, value.fset, value.fdel) if f is not None)
    if isinstance(value, (classmethod, staticmethod)):
        if getattr(value, '__isabstractmethod__', False):
            return True
        return _is_abstract(value.__func__)
    return bool(getattr(value, '__isabstractmethod__', False))


def _class_attr(cls, name):
    # The raw attribute (not bound or unwrapped) as the MRO resolves it.
    for base in cls.__mro__:
        if name in base.__dict__:
            return base.__dict__[name]
    return None


_abc_invalidation_counter = 0


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _compute_abstracts(cls)
        cls._abc_registry = []
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__dict__.get('__abstractmethods__')
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s" % (
                cls.__name__, 's' if len(names) > 1 else '', ', '.join(names)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.append(subclass)
        # A registered class is a sequence or mapping to `match` as the ABC
        # is (CPython sets the type flag); builtins keep their own answer.
        flags = getattr(cls, '__abc_tpflags__', 0)
        if flags and not getattr(subclass, '__abc_tpflags__', 0) \
                and subclass.__module__ != 'builtins':
            type.__setattr__(subclass, '__abc_tpflags__', flags)
        global _abc_invalidation_counter
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in subclass.__mro__:
            return True
        hook = getattr(cls, '__subclasshook__', None)
        ok = hook(subclass) if hook is not None else NotImplemented
        if ok is not NotImplemented:
            return bool(ok)
        for rcls in cls.__dict__.get('_abc_registry', ()):
            if issubclass(subclass, rcls):
                return True
        for scls in type.__subclasses__(cls):
            if issubclass(subclass, scls):
                return True
        return False

    def _dump_registry(cls, file=None):
        print('Class: %s.%s' % (cls.__module__, cls.__qualname__), file=file)


def _compute_abstracts(cls):
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(_class_attr(cls, name)):
                abstracts.add(name)
    type.__setattr__(cls, '__abstractmethods__', frozenset(abstracts))


def update_abstractmethods(cls):
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    _compute_abstracts(cls)
    return cls


def get_cache_token():
    return _abc_invalidation_counter


class ABC(metaclass=ABCMeta):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        return NotImplemented
