# The `collections` module. Builtin types cannot be subclassed yet, so these
# classes wrap a list or dict instead of inheriting from one.
from operator import itemgetter as _itemgetter


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = tuple(map(str, field_names))
    for name in (typename,) + field_names:
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % name)
    seen = set()
    for name in field_names:
        if name.startswith('_'):
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)
    nfields = len(field_names)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > nfields:
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(field_names[nfields - len(defaults):], defaults))

    def __init__(self, *args, **kwargs):
        if len(args) > nfields:
            raise TypeError('%s.__new__() takes %d positional arguments but %d were given'
                            % (typename, nfields + 1, len(args) + 1))
        values = list(args)
        for name in field_names[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing = [n for n in field_names[len(values):]
                           if n not in kwargs and n not in field_defaults]
                raise TypeError("%s.__new__() missing %d required positional argument%s: %s"
                                % (typename, len(missing), '' if len(missing) == 1 else 's',
                                   _join_names(missing)))
        if kwargs:
            name = next(iter(kwargs))
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (typename, name))
        object.__setattr__(self, '_values', tuple(values))

    def __repr__(self):
        return typename + '(' + ', '.join(
            '%s=%r' % (n, v) for n, v in zip(field_names, self._values)) + ')'

    def __setattr__(self, name, value):
        raise AttributeError("can't set attribute")

    def _make(cls, iterable):
        return cls(*iterable)

    def _replace(self, **kwargs):
        values = [kwargs.pop(n, v) for n, v in zip(field_names, self._values)]
        if kwargs:
            raise ValueError('Got unexpected field names: %r' % list(kwargs))
        return type(self)(*values)

    def _asdict(self):
        return dict(zip(field_names, self._values))

    ns = {
        '__init__': __init__,
        '__repr__': __repr__,
        '__setattr__': __setattr__,
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '_make': classmethod(_make),
        '_replace': _replace,
        '_asdict': _asdict,
        '__getitem__': lambda self, i: self._values[i],
        '__iter__': lambda self: iter(self._values),
        '__len__': lambda self: nfields,
        '__contains__': lambda self, x: x in self._values,
        '__eq__': lambda self, other: self._values == _as_tuple(other),
        '__ne__': lambda self, other: self._values != _as_tuple(other),
        '__lt__': lambda self, other: self._values < _as_tuple(other),
        '__le__': lambda self, other: self._values <= _as_tuple(other),
        '__gt__': lambda self, other: self._values > _as_tuple(other),
        '__ge__': lambda self, other: self._values >= _as_tuple(other),
        '__hash__': lambda self: hash(self._values),
        '__add__': lambda self, other: self._values + _as_tuple(other),
        'count': lambda self, x: self._values.count(x),
        'index': lambda self, x: self._values.index(x),
    }
    for i, name in enumerate(field_names):
        ns[name] = property(_itemgetter(i))
    del ns['__slots__']
    cls = type(typename, (), ns)
    cls.__module__ = module if module is not None else '__main__'
    return cls


def _join_names(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    return ', '.join(quoted[:-1]) + ' and ' + quoted[-1]


def _as_tuple(v):
    return v._values if hasattr(v, '_fields') else v


class deque:
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None and maxlen < 0:
            raise ValueError('maxlen must be non-negative')
        self._items = []
        self.maxlen = maxlen
        self.extend(iterable)

    def append(self, x):
        self._items.append(x)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            del self._items[0]

    def appendleft(self, x):
        self._items.insert(0, x)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            self._items.pop()

    def pop(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop(0)

    def extend(self, iterable):
        for x in list(iterable):
            self.append(x)

    def extendleft(self, iterable):
        for x in list(iterable):
            self.appendleft(x)

    def clear(self):
        self._items.clear()

    def copy(self):
        return deque(self._items, self.maxlen)

    def count(self, x):
        return self._items.count(x)

    def index(self, x, *args):
        try:
            return self._items.index(x, *args)
        except ValueError:
            raise ValueError('%r is not in deque' % (x,)) from None

    def insert(self, i, x):
        if self.maxlen is not None and len(self._items) >= self.maxlen:
            raise IndexError('deque already at its maximum size')
        self._items.insert(i, x)

    def remove(self, value):
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError('deque.remove(x): x not in deque') from None

    def reverse(self):
        self._items.reverse()

    def rotate(self, n=1):
        if self._items:
            n %= len(self._items)
            if n:
                self._items[:] = self._items[-n:] + self._items[:-n]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, x):
        return x in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            raise TypeError('sequence index must be integer, not \'slice\'')
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('deque index out of range') from None

    def __setitem__(self, i, v):
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError('deque index out of range') from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('deque index out of range') from None

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items == other._items

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __repr__(self):
        if self.maxlen is None:
            return 'deque(%r)' % (self._items,)
        return 'deque(%r, maxlen=%d)' % (self._items, self.maxlen)

    __hash__ = None


class _DictWrapper:
    # Shared mapping behaviour over the wrapped dict `self._d`.
    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d)

    def __contains__(self, k):
        return k in self._d

    def __getitem__(self, k):
        try:
            return self._d[k]
        except KeyError:
            return self.__missing__(k)

    def __missing__(self, k):
        raise KeyError(k)

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __eq__(self, other):
        if isinstance(other, _DictWrapper):
            return self._d == other._d
        return self._d == other

    def __bool__(self):
        return bool(self._d)

    def get(self, k, default=None):
        return self._d.get(k, default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def pop(self, *args):
        return self._d.pop(*args)

    def popitem(self):
        return self._d.popitem()

    def setdefault(self, k, default=None):
        return self._d.setdefault(k, default)

    def clear(self):
        self._d.clear()

    def update(self, *args, **kwargs):
        for other in args:
            if isinstance(other, _DictWrapper):
                other = other._d
            self._d.update(other)
        self._d.update(kwargs)

    __hash__ = None


class defaultdict(_DictWrapper):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        self._d = {}
        self.update(*args, **kwargs)

    def __missing__(self, k):
        if self.default_factory is None:
            raise KeyError(k)
        v = self.default_factory()
        self._d[k] = v
        return v

    def copy(self):
        return defaultdict(self.default_factory, self._d)

    def __repr__(self):
        f = self.default_factory
        fr = 'None' if f is None else (
            "<class '%s'>" % f.__name__ if isinstance(f, type) else repr(f))
        return 'defaultdict(%s, %r)' % (fr, self._d)


class OrderedDict(_DictWrapper):
    def __init__(self, *args, **kwargs):
        self._d = {}
        self.update(*args, **kwargs)

    def move_to_end(self, key, last=True):
        v = self._d.pop(key)
        if last:
            self._d[key] = v
        else:
            rest = list(self._d.items())
            self._d.clear()
            self._d[key] = v
            self._d.update(rest)

    def popitem(self, last=True):
        if not self._d:
            raise KeyError('dictionary is empty')
        key = next(reversed(list(self._d))) if last else next(iter(self._d))
        return key, self._d.pop(key)

    def copy(self):
        return OrderedDict(self._d)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self._d.items()) == list(other._d.items())
        return _DictWrapper.__eq__(self, other)

    def __repr__(self):
        if not self._d:
            return 'OrderedDict()'
        return 'OrderedDict(%r)' % (list(self._d.items()),)


class Counter(_DictWrapper):
    def __init__(self, iterable=None, **kwds):
        self._d = {}
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self._d.values())

    def most_common(self, n=None):
        items = sorted(self._d.items(), key=_itemgetter(1), reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for elem, count in self._d.items():
            for _ in range(count):
                yield elem

    def update(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, (dict, _DictWrapper)):
                for elem, count in iterable.items():
                    self._d[elem] = count + self._d.get(elem, 0)
            else:
                for elem in iterable:
                    self._d[elem] = self._d.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, (dict, _DictWrapper)):
                for elem, count in iterable.items():
                    self._d[elem] = self._d.get(elem, 0) - count
            else:
                for elem in iterable:
                    self._d[elem] = self._d.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return Counter(self._d)

    def __delitem__(self, elem):
        if elem in self._d:
            del self._d[elem]

    def __repr__(self):
        if not self._d:
            return 'Counter()'
        return 'Counter({%s})' % ', '.join('%r: %r' % kv for kv in self.most_common())

    def _keep_positive(self):
        return Counter({k: v for k, v in self._d.items() if v > 0})

    def __add__(self, other):
        r = Counter(self._d)
        r.update(other)
        return r._keep_positive()

    def __sub__(self, other):
        r = Counter(self._d)
        r.subtract(other)
        return r._keep_positive()

    def __or__(self, other):
        r = Counter(self._d)
        for k, v in other.items():
            if v > r[k]:
                r._d[k] = v
        return r._keep_positive()

    def __and__(self, other):
        r = Counter()
        for k, v in self._d.items():
            m = min(v, other[k])
            if m > 0:
                r._d[k] = m
        return r
