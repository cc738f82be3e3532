# contextvars: context variables (PEP 567). A Context maps ContextVars to
# values; copies share their mapping until one of them is written
# (CPython uses an immutable HAMT to the same end). asyncio Tasks run each
# step in their own copy (see stdlib/asyncio_native/task.rs).

__all__ = ['Context', 'ContextVar', 'Token', 'copy_context']

_MISSING = object()


class Context:
    def __init__(self):
        self._data = {}
        self._shared = False
        self._prev = None
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        global _current
        if self._entered:
            raise RuntimeError('cannot enter context: %r is already entered' % (self,))
        self._prev = _current
        self._entered = True
        _current = self
        try:
            return callable(*args, **kwargs)
        finally:
            _current = self._prev
            self._prev = None
            self._entered = False

    def copy(self):
        c = Context()
        c._data = self._data
        c._shared = True
        self._shared = True
        return c

    def _writable(self):
        if self._shared:
            self._data = dict(self._data)
            self._shared = False
        return self._data

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError('a ContextVar key was expected, got %r' % (var,))
        return self._data[var]

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError('a ContextVar key was expected, got %r' % (var,))
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(list(self._data))

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError('a ContextVar key was expected, got %r' % (var,))
        return self._data.get(var, default)

    def keys(self):
        return list(self._data.keys())

    def values(self):
        return list(self._data.values())

    def items(self):
        return list(self._data.items())

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


_current = Context()


def copy_context():
    return _current.copy()


def _get_current():
    return _current


class _TokenMissing:
    def __repr__(self):
        return '<Token.MISSING>'


class Token:
    MISSING = _TokenMissing()

    def __init__(self, context, var, old_value):
        self._context = context
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        used = ' used' if self._used else ''
        return '<Token%s var=%r at 0x%x>' % (used, self._var, id(self))

    def __class_getitem__(cls, item):
        return cls


class ContextVar:
    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError('get expected at most 1 argument, got %d' % len(args))
        data = _current._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current
        old = ctx._data.get(self, Token.MISSING)
        ctx._writable()[self] = value
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError('expected an instance of Token, got %r' % (token,))
        if token._used:
            raise RuntimeError('%r has already been used once' % (token,))
        if token._var is not self:
            raise ValueError('%r was created by a different ContextVar' % (token,))
        if token._context is not _current:
            raise ValueError('%r was created in a different Context' % (token,))
        token._used = True
        data = _current._writable()
        if token._old_value is Token.MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old_value

    def __repr__(self):
        r = '<ContextVar name=%r' % (self._name,)
        if self._default is not _MISSING:
            r += ' default=%r' % (self._default,)
        return r + ' at 0x%x>' % id(self)

    def __hash__(self):
        return object.__hash__(self)

    def __class_getitem__(cls, item):
        return cls
