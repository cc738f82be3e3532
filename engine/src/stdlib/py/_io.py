"""open() and the file objects it returns (TextIOWrapper, BufferedReader,
BufferedWriter, BufferedRandom), over _os descriptors, and the abstract bases
every stream shares (IOBase and its three kinds, as in CPython's _io).
Opening needs the host's filesystem grant."""

import _os


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'
DEFAULT_BUFFER_SIZE = 8192
_CHUNK = 8192


class IOBase:
    """CPython's _IOBase: closing once, the context manager and line iteration,
    with seeking and descriptors unsupported unless a subclass provides them."""

    # A class-level default, so subclasses that never call __init__ start open.
    __closed = False

    @property
    def closed(self):
        return self.__closed

    def _checkClosed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    def flush(self):
        self._checkClosed()

    def seek(self, pos, whence=0):
        raise UnsupportedOperation('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        raise UnsupportedOperation('truncate')

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        hint = _size_arg(hint)
        if hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total > hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Unbuffered binary streams: read() is built on the subclass's readinto()."""

    def read(self, size=-1):
        size = _size_arg(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        parts = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            parts.append(data)
        return b''.join(parts)

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class BufferedIOBase(IOBase):
    """Buffered binary streams (BufferedReader/Writer/Random, BytesIO)."""

    def read(self, size=-1):
        raise UnsupportedOperation('read')

    def read1(self, size=-1):
        raise UnsupportedOperation('read1')

    def write(self, b):
        raise UnsupportedOperation('write')

    def detach(self):
        raise UnsupportedOperation('detach')

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n


class TextIOBase(IOBase):
    """Text streams (TextIOWrapper, StringIO)."""

    encoding = None
    errors = None
    newlines = None

    def read(self, size=-1):
        raise UnsupportedOperation('read')

    def readline(self, size=-1):
        raise UnsupportedOperation('readline')

    def write(self, s):
        raise UnsupportedOperation('write')

    def detach(self):
        raise UnsupportedOperation('detach')


for _cls in (IOBase, RawIOBase, BufferedIOBase, TextIOBase):
    _cls.__module__ = 'io'


def _index(value):
    """CPython's conversion of an integer argument (operator.index)."""
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return method(value)


def _size_arg(value):
    """A size argument that may be None (meaning -1), with CPython's wording."""
    if value is None:
        return -1
    if isinstance(value, int) or hasattr(type(value), '__index__'):
        return _index(value)
    raise TypeError('argument should be integer or None, not %r' % type(value).__name__)


def _utf8_cut(raw):
    """Length of the longest prefix of raw that ends on a UTF-8 character boundary."""
    n = len(raw)
    i = n - 1
    while i >= 0 and n - i <= 4:
        b = raw[i]
        if b & 0xC0 != 0x80:
            need = 1 if b < 0x80 else 2 if b >> 5 == 6 else 3 if b >> 4 == 14 else 4
            return n if n - i >= need else i
        i -= 1
    return n


class _FileBase(IOBase):
    def __init__(self, fd, name, mode, readable, writable):
        self._fd = fd
        self.name = name
        self.mode = mode
        self._readable = readable
        self._writable = writable
        self._raw = b''          # bytes read ahead of the position

    def _check_open(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def _check_readable(self):
        self._check_open()
        if not self._readable:
            raise UnsupportedOperation('not readable')

    def _check_writable(self):
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation('not writable')

    def _fill(self, want):
        """Reads until _raw holds `want` bytes or the file ends; False at the end."""
        while len(self._raw) < want:
            chunk = _os.read(self._fd, max(_CHUNK, want - len(self._raw)))
            if not chunk:
                return False
            self._raw += chunk
        return True

    def _read_raw(self, size):
        if size is None or size < 0:
            data = self._raw + _os.read(self._fd, -1)
            self._raw = b''
            return data
        self._fill(size)
        data, self._raw = self._raw[:size], self._raw[size:]
        return data

    def _readline_raw(self, limit=-1):
        while True:
            i = self._raw.find(b'\n')
            if i >= 0 or (0 <= limit <= len(self._raw)):
                end = i + 1 if i >= 0 else len(self._raw)
                if 0 <= limit < end:
                    end = limit
                line, self._raw = self._raw[:end], self._raw[end:]
                return line
            if not self._fill(len(self._raw) + 1):
                line, self._raw = self._raw, b''
                return line

    def _sync(self):
        # Give back what was read ahead, so a write lands at the position.
        if self._raw:
            _os.lseek(self._fd, -len(self._raw), 1)
            self._raw = b''

    def _write_raw(self, data):
        self._sync()
        return _os.write(self._fd, data)

    def seek(self, offset, whence=0):
        self._check_open()
        if whence == 1:
            offset -= len(self._raw)
        self._raw = b''
        return _os.lseek(self._fd, offset, whence)

    def tell(self):
        self._check_open()
        return _os.lseek(self._fd, 0, 1) - len(self._raw)

    def readable(self):
        self._check_open()
        return self._readable

    def writable(self):
        self._check_open()
        return self._writable

    def seekable(self):
        self._check_open()
        return True

    def fileno(self):
        self._check_open()
        return self._fd

    def isatty(self):
        self._check_open()
        return False

    def flush(self):
        self._check_open()

    def close(self):
        if not self.closed:
            try:
                IOBase.close(self)
            finally:
                _os.close(self._fd)

    def __del__(self):
        if not self.closed:
            self.close()


class _Buffered(_FileBase, BufferedIOBase):
    def read(self, size=-1):
        self._check_readable()
        return self._read_raw(size)

    def readline(self, size=-1):
        self._check_readable()
        return self._readline_raw(size)

    def write(self, data):
        self._check_writable()
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return self._write_raw(bytes(data))

    def __repr__(self):
        return "<_io.%s name=%r>" % (type(self).__name__, self.name)


class BufferedReader(_Buffered):
    pass


class BufferedWriter(_Buffered):
    pass


class BufferedRandom(_Buffered):
    pass


class TextIOWrapper(_FileBase, TextIOBase):
    def __init__(self, fd, name, mode, readable, writable, encoding, errors, newline):
        _FileBase.__init__(self, fd, name, mode, readable, writable)
        self.encoding = encoding
        self.errors = errors
        self._newline = newline
        self._text = ''          # decoded text read ahead

    def _decode(self, raw, final):
        if self.encoding.lower().replace('-', '').replace('_', '') in ('utf8',):
            cut = len(raw) if final else _utf8_cut(raw)
            self._raw = raw[cut:] + self._raw
            raw = raw[:cut]
        text = raw.decode(self.encoding, self.errors)
        if self._newline is None:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def _more(self):
        """Decodes one more chunk into _text; False at the end of the file."""
        raw = self._raw
        self._raw = b''
        chunk = _os.read(self._fd, _CHUNK)
        raw += chunk
        if not raw:
            return False
        self._text += self._decode(raw, not chunk)
        return True

    def read(self, size=-1):
        self._check_readable()
        if size is None or size < 0:
            raw = self._raw + _os.read(self._fd, -1)
            self._raw = b''
            text = self._text + self._decode(raw, True)
            self._text = ''
            return text
        while len(self._text) < size and self._more():
            pass
        text, self._text = self._text[:size], self._text[size:]
        return text

    def readline(self, size=-1):
        self._check_readable()
        while True:
            i = self._text.find('\n')
            if i >= 0 or (0 <= size <= len(self._text)):
                end = i + 1 if i >= 0 else len(self._text)
                if 0 <= size < end:
                    end = size
                line, self._text = self._text[:end], self._text[end:]
                return line
            if not self._more():
                line, self._text = self._text, ''
                return line

    def write(self, s):
        self._check_writable()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not ' + type(s).__name__)
        if self._text:
            self._raw = self._text.encode(self.encoding, self.errors) + self._raw
            self._text = ''
        self._write_raw(s.encode(self.encoding, self.errors))
        return len(s)

    def seek(self, offset, whence=0):
        self._text = ''
        return _FileBase.seek(self, offset, whence)

    def tell(self):
        pending = len(self._text.encode(self.encoding, self.errors)) if self._text else 0
        return _FileBase.tell(self) - pending

    def __repr__(self):
        return "<_io.TextIOWrapper name=%r mode=%r encoding=%r>" % (
            self.name, self.mode, self.encoding)


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    if not isinstance(mode, str):
        raise TypeError('open() argument \'mode\' must be str, not ' + type(mode).__name__)
    if isinstance(file, int) or not isinstance(file, str):
        method = getattr(type(file), '__fspath__', None)
        if method is None:
            raise TypeError('expected str, bytes or os.PathLike object, not '
                            + type(file).__name__)
        file = method(file)
    modes = set(mode)
    if modes - set('rwaxbt+') or len(mode) > len(modes):
        raise ValueError('invalid mode: %r' % mode)
    kinds = [c for c in mode if c in 'rwax']
    if len(kinds) != 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    binary = 'b' in modes
    if binary and 't' in modes:
        raise ValueError("can't have text and binary mode at once")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    kind = kinds[0]
    plus = '+' in modes
    fd = _os.open_file(file, kind + ('+' if plus else ''))
    readable = kind == 'r' or plus
    writable = kind != 'r' or plus
    if binary:
        cls = BufferedRandom if plus else BufferedReader if kind == 'r' else BufferedWriter
        return cls(fd, file, mode, readable, writable)
    return TextIOWrapper(fd, file, mode, readable, writable,
                         encoding or 'UTF-8', errors or 'strict', newline)
