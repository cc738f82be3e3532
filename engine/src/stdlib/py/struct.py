# struct: values <-> bytes by format string, as CPython 3.11's _struct on a
# little-endian 64-bit machine: byte orders @ = < > !, native alignment, and
# each code's range checks and messages. The float bit patterns come from the
# native helpers _as_double, _float_bits and _bits_float (struct_floats.rs).
import operator

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


# code: (native size, standard size or None where only native exists)
_SIZES = {
    'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1),
    'h': (2, 2), 'H': (2, 2), 'i': (4, 4), 'I': (4, 4), 'l': (8, 4), 'L': (8, 4),
    'q': (8, 8), 'Q': (8, 8), 'n': (8, None), 'N': (8, None), 'P': (8, None),
    'e': (2, 2), 'f': (4, 4), 'd': (8, 8), 's': (1, 1), 'p': (1, 1),
}
# Native mode aligns these to their size; the rest are byte-aligned.
_ALIGNED = set('hHiIlLqQnNPefd')
_SIGNED = set('bhilqn')
_MAXSIZE = (1 << 63) - 1
_LONG_MIN, _LONG_MAX = -(1 << 63), (1 << 63) - 1
_ULONG_MAX = (1 << 64) - 1


class _Item:
    # One code of a format: `count` repeats (or the length of s/p) at `offset`.
    __slots__ = ('code', 'count', 'size', 'offset')

    def __init__(self, code, count, size, offset):
        self.code = code
        self.count = count
        self.size = size
        self.offset = offset


def _format_text(fmt):
    if isinstance(fmt, str):
        return fmt
    if isinstance(fmt, (bytes, bytearray)):
        return fmt.decode('latin-1')
    raise TypeError('Struct() argument 1 must be a str or bytes object, not %s'
                    % type(fmt).__name__)


def _parse(text):
    # (byte order, native?, items, total size, number of values)
    order, native = 'little', True
    i = 0
    if text[:1] in ('@', '=', '<', '>', '!'):
        native = text[0] == '@'
        order = 'big' if text[0] in '>!' else 'little'
        i = 1
    items = []
    size = 0
    values = 0
    n = len(text)
    while i < n:
        c = text[i]
        i += 1
        if c.isspace():
            continue
        count = 1
        if '0' <= c <= '9':
            count = ord(c) - 48
            while i < n and '0' <= text[i] <= '9':
                count = count * 10 + ord(text[i]) - 48
                if count > _MAXSIZE:
                    raise error('total struct size too long')
                i += 1
            if i == n:
                raise error('repeat count given without format specifier')
            c = text[i]
            i += 1
        sizes = _SIZES.get(c)
        itemsize = None if sizes is None else sizes[0] if native else sizes[1]
        if itemsize is None:
            raise error('bad char in struct format')
        if native and c in _ALIGNED and size % itemsize:
            size += itemsize - size % itemsize
        if count > (_MAXSIZE - size) // itemsize:
            raise error('total struct size too long')
        if c in 'sp':
            items.append(_Item(c, count, count, size))
            values += 1
        elif c != 'x':
            for k in range(count):
                items.append(_Item(c, 1, itemsize, size + k * itemsize))
            values += count
        size += count * itemsize
    return order, native, items, size, values


def _int_arg(v):
    if isinstance(v, int):
        return int(v)
    if hasattr(type(v), '__index__'):
        return operator.index(v)
    raise error('required argument is not an integer')


def _range_error(code, size, signed):
    if signed:
        top = (1 << (8 * size - 1)) - 1
        return error("'%s' format requires %d <= number <= %d" % (code, -top - 1, top))
    return error("'%s' format requires 0 <= number <= %d" % (code, (1 << (8 * size)) - 1))


# Native-style checks, used by '@' and (on this little-endian machine) by
# '<' and '=' for codes whose standard size equals the native one.
_NATIVE_NAMES = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}


def _check_native(code, v):
    if code in 'bBhHil':
        if not _LONG_MIN <= v <= _LONG_MAX:
            raise error('argument out of range')
        if code in _NATIVE_NAMES:
            lo, hi = {'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535)}[code]
            if not lo <= v <= hi:
                raise error('%s format requires %d <= number <= %d' % (_NATIVE_NAMES[code], lo, hi))
        elif code == 'i' and not -(1 << 31) <= v < (1 << 31):
            raise _range_error('i', 4, True)
    elif code in 'ILNQ':
        if not 0 <= v <= _ULONG_MAX:
            raise error('argument out of range')
        if code == 'I' and v > 0xffffffff:
            raise _range_error('I', 4, False)
    elif code in 'nq':
        if not _LONG_MIN <= v <= _LONG_MAX:
            raise error('argument out of range')
    elif code == 'P':
        if not _LONG_MIN <= v <= _ULONG_MAX:
            raise error('int too large to convert')


def _check_standard(code, size, v):
    # CPython's lp_/bp_ functions: C long first, then the standard range;
    # 8-byte codes convert straight to bytes ("int too large to convert").
    if code in 'qQ':
        lo, hi = (_LONG_MIN, _LONG_MAX) if code == 'q' else (0, _ULONG_MAX)
        if not lo <= v <= hi:
            raise error('int too large to convert')
    elif code in _SIGNED:
        if not _LONG_MIN <= v <= _LONG_MAX:
            raise error('argument out of range')
        if not -(1 << (8 * size - 1)) <= v < (1 << (8 * size - 1)):
            raise _range_error(code, size, True)
    else:
        if not 0 <= v <= _ULONG_MAX:
            raise error('argument out of range')
        if v >= 1 << (8 * size):
            raise _range_error(code, size, False)


class Struct:
    """Struct(fmt) --> compiled struct object"""

    __module__ = '_struct'  # where CPython defines it (shows in repr)

    def __init__(self, format):
        text = _format_text(format)
        self._order, self._native, self._items, self.size, self._values = _parse(text)
        self.format = text
        # Which codes take native-style checks: all in '@' mode; in '<' and
        # '=' (native order here) those whose sizes agree; none in '>'/'!'.
        if self._native:
            self._native_checks = set('bBhHiIlLqQnNP')
        elif self._order == 'little':
            self._native_checks = set('bBhHiIqQ')
        else:
            self._native_checks = set('bB')

    def _pack_to(self, out, base, values):
        order = self._order
        for item, v in zip(self._items, values):
            code = item.code
            at = base + item.offset
            if code in 'sp':
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % code)
                if code == 's':
                    data = bytes(v[:item.count])
                    out[at:at + len(data)] = data
                elif item.count:
                    data = bytes(v[:item.count - 1])
                    out[at] = min(len(data), 255)
                    out[at + 1:at + 1 + len(data)] = data
            elif code == 'c':
                if not isinstance(v, bytes) or len(v) != 1:
                    raise error('char format requires a bytes object of length 1')
                out[at] = v[0]
            elif code == '?':
                out[at] = 1 if v else 0
            elif code in 'efd':
                try:
                    x = _as_double(v)
                except Exception:
                    raise error('required argument is not a float') from None
                bits = _float_bits(x, code, self._native)
                out[at:at + item.size] = bits.to_bytes(item.size, order)
            else:
                n = _int_arg(v)
                if code in self._native_checks:
                    _check_native(code, n)
                else:
                    _check_standard(code, item.size, n)
                mask = (1 << (8 * item.size)) - 1
                out[at:at + item.size] = (n & mask).to_bytes(item.size, order)

    def _count_error(self, name, got):
        return error('%s expected %d items for packing (got %d)' % (name, self._values, got))

    def pack(self, *values):
        if len(values) != self._values:
            raise self._count_error('pack', len(values))
        out = bytearray(self.size)
        self._pack_to(out, 0, values)
        return bytes(out)

    def pack_into(self, *args):
        if len(args) != self._values + 2:
            if not args:
                raise error('pack_into expected buffer argument')
            if len(args) == 1:
                raise error('pack_into expected offset argument')
            raise self._count_error('pack_into', len(args) - 2)
        buffer, offset, values = args[0], operator.index(args[1]), args[2:]
        if not isinstance(buffer, bytearray):
            raise TypeError('argument must be read-write bytes-like object, not %s'
                            % type(buffer).__name__)
        length = len(buffer)
        if offset < 0:
            if offset + self.size > 0:
                raise error('no space to pack %d bytes at offset %d' % (self.size, offset))
            if offset + length < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, length))
            offset += length
        if length - offset < self.size:
            raise error('pack_into requires a buffer of at least %d bytes for packing %d '
                        'bytes at offset %d (actual buffer size is %d)'
                        % (self.size + offset, self.size, offset, length))
        self._pack_to(buffer, offset, values)

    def _unpack_at(self, data, base):
        order = self._order
        out = []
        for item in self._items:
            code = item.code
            at = base + item.offset
            chunk = data[at:at + item.size]
            if code == 's':
                out.append(bytes(chunk))
            elif code == 'p':
                n = min(chunk[0], item.count - 1)
                out.append(bytes(chunk[1:1 + n]))
            elif code == 'c':
                out.append(bytes(chunk))
            elif code == '?':
                out.append(chunk[0] != 0)
            elif code in 'efd':
                out.append(_bits_float(int.from_bytes(chunk, order), code))
            else:
                out.append(int.from_bytes(chunk, order, signed=code in _SIGNED))
        return tuple(out)

    def unpack(self, buffer):
        data = _bytes_like(buffer)
        if len(data) != self.size:
            raise error('unpack requires a buffer of %d bytes' % self.size)
        return self._unpack_at(data, 0)

    def unpack_from(self, buffer, offset=0):
        data = _bytes_like(buffer)
        offset = operator.index(offset)
        length = len(data)
        if offset < 0:
            if offset + length < 0:
                raise error('offset %d out of range for %d-byte buffer' % (offset, length))
            if -offset < self.size:
                raise error('not enough data to unpack %d bytes at offset %d' % (self.size, offset))
            offset += length
        if length - offset < self.size:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d '
                        'bytes at offset %d (actual buffer size is %d)'
                        % (self.size + offset, self.size, offset, length))
        return self._unpack_at(data, offset)

    def iter_unpack(self, buffer):
        data = _bytes_like(buffer)
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(data) % self.size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes'
                        % self.size)
        return unpack_iterator(self, data)


class unpack_iterator:
    # Named as CPython's iterator type; __length_hint__ counts the records left.
    __module__ = '_struct'
    def __init__(self, struct, data):
        self._struct = struct
        self._data = data
        self._at = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._at >= len(self._data):
            raise StopIteration
        values = self._struct._unpack_at(self._data, self._at)
        self._at += self._struct.size
        return values

    def __length_hint__(self):
        return (len(self._data) - self._at) // self._struct.size


def _bytes_like(buffer):
    if isinstance(buffer, (bytes, bytearray)):
        return buffer
    raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)


_cache = {}


def _struct(fmt):
    # Compiled formats are reused, as CPython's module functions do.
    if not isinstance(fmt, (str, bytes)):
        return Struct(fmt)
    key = (type(fmt), fmt)
    s = _cache.get(key)
    if s is None:
        s = Struct(fmt)
        if len(_cache) >= 100:
            _cache.clear()
        _cache[key] = s
    return s


def calcsize(format, /):
    return _struct(format).size


def pack(*args):
    if not args:
        raise TypeError('missing format argument')
    return _struct(args[0]).pack(*args[1:])


def pack_into(*args):
    if not args:
        raise TypeError('missing format argument')
    return _struct(args[0]).pack_into(*args[1:])


def unpack(*args):
    if len(args) != 2:
        raise TypeError('unpack expected 2 arguments, got %d' % len(args))
    return _struct(args[0]).unpack(args[1])


def unpack_from(format, /, buffer, offset=0):
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(*args):
    if len(args) != 2:
        raise TypeError('iter_unpack expected 2 arguments, got %d' % len(args))
    return _struct(args[0]).iter_unpack(args[1])
