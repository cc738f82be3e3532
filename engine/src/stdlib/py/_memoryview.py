"""memoryview over bytes and bytearray (format 'B', one dimension): indexing,
slices that share the underlying buffer (writes to a bytearray's view land
in the bytearray), and CPython's error messages."""


class memoryview:
    __slots__ = ('_obj', '_start', '_len', '_step', '_released')

    def __init__(self, obj):
        if isinstance(obj, memoryview):
            obj._check()
            self._obj, self._start, self._len, self._step = obj._obj, obj._start, obj._len, obj._step
        elif isinstance(obj, (bytes, bytearray)):
            self._obj, self._start, self._len, self._step = obj, 0, len(obj), 1
        else:
            raise TypeError('memoryview: a bytes-like object is required, not %r'
                            % type(obj).__name__)
        self._released = False

    def _check(self):
        if self._released:
            raise ValueError('operation forbidden on released memoryview object')

    def _index(self, i):
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError('index out of bounds on dimension 1')
        return self._start + i * self._step

    def _view(self, s):
        start, stop, step = s.indices(self._len)
        v = memoryview.__new__(memoryview)
        v._obj = self._obj
        v._start = self._start + start * self._step
        v._len = len(range(start, stop, step))
        v._step = self._step * step
        v._released = False
        return v

    def __len__(self):
        self._check()
        return self._len

    def __getitem__(self, key):
        self._check()
        if isinstance(key, slice):
            return self._view(key)
        return self._obj[self._index(key.__index__())]

    def __setitem__(self, key, value):
        self._check()
        if isinstance(self._obj, bytes):
            raise TypeError('cannot modify read-only memory')
        if isinstance(key, slice):
            target = self._view(key)
            data = bytes(value)
            if len(data) != target._len:
                raise ValueError('memoryview assignment: lvalue and rvalue have different structures')
            for k, b in enumerate(data):
                self._obj[target._start + k * target._step] = b
            return
        if not isinstance(value, int):
            raise TypeError("memoryview: invalid type for format 'B'")
        if not 0 <= value < 256:
            raise ValueError("memoryview: invalid value for format 'B'")
        self._obj[self._index(key.__index__())] = value

    def __iter__(self):
        self._check()
        for k in range(self._len):
            yield self._obj[self._start + k * self._step]

    def tobytes(self, order=None):
        self._check()
        if self._step == 1:
            return bytes(self._obj[self._start:self._start + self._len])
        return bytes(self._obj[self._start + k * self._step] for k in range(self._len))

    __bytes__ = tobytes

    def tolist(self):
        return list(self.tobytes())

    def hex(self, *args):
        return self.tobytes().hex(*args)

    def cast(self, format, shape=None):
        self._check()
        if format != 'B' or shape is not None:
            raise NotImplementedError("memoryview: only cast('B') is supported")
        return memoryview(self)

    def release(self):
        self._released = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.release()

    def __eq__(self, other):
        if isinstance(other, (bytes, bytearray, memoryview)):
            if self._released or (isinstance(other, memoryview) and other._released):
                return self is other
            return self.tobytes() == bytes(other)
        return NotImplemented

    def __hash__(self):
        self._check()
        if not isinstance(self._obj, bytes):
            raise ValueError('cannot hash writable memoryview object')
        return hash(self.tobytes())

    def __repr__(self):
        if self._released:
            return '<released memory at %#x>' % id(self)
        return '<memory at %#x>' % id(self)

    @property
    def obj(self):
        self._check()
        return self._obj

    @property
    def readonly(self):
        self._check()
        return isinstance(self._obj, bytes)

    @property
    def nbytes(self):
        return len(self)

    itemsize = 1
    format = 'B'
    ndim = 1

    @property
    def shape(self):
        return (len(self),)

    @property
    def strides(self):
        self._check()
        return (self._step,)

    @property
    def contiguous(self):
        self._check()
        return self._step == 1 or self._len <= 1

    c_contiguous = f_contiguous = contiguous

    @property
    def released(self):
        return self._released


memoryview.__module__ = 'builtins'
