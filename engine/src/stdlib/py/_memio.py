"""StringIO and BytesIO: in-memory streams with CPython's _io semantics
(Modules/_io/stringio.c, bytesio.c), including its error messages."""

from _io import (BufferedIOBase, TextIOBase, UnsupportedOperation,
                 _index, _size_arg)

_CR, _LF, _CRLF = 1, 2, 4
# StringIO.newlines for each set of newline kinds seen, in CPython's order.
_SEEN = (None, '\r', '\n', ('\r', '\n'), '\r\n', ('\r', '\r\n'), ('\n', '\r\n'),
         ('\r', '\n', '\r\n'))


class _InMemory:
    """What both in-memory streams answer, once open: they read, write and
    seek (each class's `_check` raises its own closed-file error)."""

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True


class StringIO(_InMemory, TextIOBase):
    """Text kept as a realized str plus the chunks written after its end since,
    so a run of appends costs one join when the text is next needed rather
    than a copy per write."""

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('newline must be str or None, not ' + type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not '
                            + type(initial_value).__name__)
        self._newline = newline
        self._seen = 0
        self._text = ''
        self._tail = []
        self._size = 0
        self._pos = 0
        self._is_closed = False
        if initial_value:
            self._write(initial_value)
            self._pos = 0

    def _check(self):
        if self._is_closed:
            raise ValueError('I/O operation on closed file')

    def _realize(self):
        if self._tail:
            self._tail.insert(0, self._text)
            self._text = ''.join(self._tail)
            self._tail = []
        return self._text

    def _translate(self, s):
        newline = self._newline
        if newline is None or newline == '':
            if '\r' in s:
                crlf = s.count('\r\n')
                if crlf:
                    self._seen |= _CRLF
                if s.count('\r') > crlf:
                    self._seen |= _CR
                if s.count('\n') > crlf:
                    self._seen |= _LF
                if newline is None:
                    s = s.replace('\r\n', '\n').replace('\r', '\n')
            elif '\n' in s:
                self._seen |= _LF
        elif newline != '\n' and '\n' in s:
            s = s.replace('\n', newline)
        return s

    def _write(self, s):
        s = self._translate(s)
        pos = self._pos
        size = self._size
        if pos > size:
            self._tail.append('\0' * (pos - size))
            size = pos
        if pos == size:
            self._tail.append(s)
            size += len(s)
        else:
            text = self._realize()
            self._text = text[:pos] + s + text[pos + len(s):]
            size = len(self._text)
        self._size = size
        self._pos = pos + len(s)

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        self._check()
        n = len(s)
        if n:
            self._write(s)
        return n

    def read(self, size=-1):
        size = _size_arg(size)
        self._check()
        pos = self._pos
        end = self._size if size < 0 else min(pos + size, self._size)
        if end <= pos:
            return ''
        text = self._text if end <= len(self._text) else self._realize()
        self._pos = end
        return text[pos:end]

    def _line_end(self, text, pos, limit):
        """Where the line starting at pos ends, not past limit."""
        newline = self._newline
        if newline == '':
            lf = text.find('\n', pos, limit)
            cr = text.find('\r', pos, limit if lf < 0 else lf)
            if cr >= 0:
                return cr + 2 if text.startswith('\n', cr + 1, limit) else cr + 1
            return limit if lf < 0 else lf + 1
        sep = '\n' if newline is None else newline
        i = text.find(sep, pos, limit)
        return limit if i < 0 else min(i + len(sep), limit)

    def _readline(self, size):
        pos = self._pos
        limit = self._size if size < 0 else min(pos + size, self._size)
        if limit <= pos:
            return ''
        text = self._text
        end = self._line_end(text, pos, min(limit, len(text)))
        if end >= len(text) and self._tail:
            text = self._realize()
            end = self._line_end(text, pos, limit)
        self._pos = end
        return text[pos:end]

    def readline(self, size=-1):
        size = _size_arg(size)
        self._check()
        return self._readline(size)

    def readlines(self, hint=None):
        hint = _size_arg(hint)
        self._checkClosed()
        lines = []
        total = 0
        while True:
            line = self._readline(-1)
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint < total:
                break
        return lines

    def __next__(self):
        if type(self) is StringIO:
            self._check()
            line = self._readline(-1)
        else:
            line = self.readline()
            if not isinstance(line, str):
                raise OSError("readline() should have returned a str object, not '%s'"
                              % type(line).__name__)
        if not line:
            raise StopIteration
        return line

    def getvalue(self):
        self._check()
        return self._realize()

    def seek(self, pos, whence=0):
        pos = _index(pos)
        whence = _index(whence)
        self._check()
        if whence not in (0, 1, 2):
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        if pos < 0 and whence == 0:
            raise ValueError('Negative seek position %d' % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._size
        self._pos = pos
        return pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        size = self._pos if size is None else _size_arg(size)
        self._check()
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        if size < self._size:
            self._text = self._realize()[:size]
            self._size = size
        return size

    @property
    def closed(self):
        return self._is_closed

    def close(self):
        self._is_closed = True
        self._text = ''
        self._tail = []

    def flush(self):
        # CPython's StringIO.close() bypasses IOBase's flag that flush() checks.
        pass


    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        if self._newline is None or self._newline == '':
            return _SEEN[self._seen]
        return None

    def detach(self):
        raise UnsupportedOperation('detach')


class BytesIO(_InMemory, BufferedIOBase):
    """Bytes kept in a bytearray, which grows in place on appends."""

    def __init__(self, initial_bytes=b''):
        self._buf = bytearray() if initial_bytes is None else bytearray(
            _bytes_like(initial_bytes))
        self._pos = 0
        self._is_closed = False

    def _check(self):
        if self._is_closed:
            raise ValueError('I/O operation on closed file.')

    def write(self, b):
        self._check()
        data = _bytes_like(b)
        n = len(data)
        if not n:
            return 0
        buf = self._buf
        pos = self._pos
        size = len(buf)
        if pos > size:
            buf.extend(bytes(pos - size))
            size = pos
        if pos == size:
            buf.extend(data)
        else:
            buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def read(self, size=-1):
        size = _size_arg(size)
        self._check()
        pos = self._pos
        total = len(self._buf)
        end = total if size < 0 else min(pos + size, total)
        if end <= pos:
            return b''
        self._pos = end
        return bytes(self._buf[pos:end])

    def read1(self, size=-1):
        return self.read(size)

    def _readline(self, size):
        buf = self._buf
        pos = self._pos
        limit = len(buf) if size < 0 else min(pos + size, len(buf))
        if limit <= pos:
            return b''
        i = buf.find(b'\n', pos, limit)
        end = limit if i < 0 else i + 1
        self._pos = end
        return bytes(buf[pos:end])

    def readline(self, size=-1):
        size = _size_arg(size)
        self._check()
        return self._readline(size)

    def readlines(self, hint=None):
        if hint is None:
            hint = -1
        elif not isinstance(hint, int):
            raise TypeError("integer argument expected, got '%s'" % type(hint).__name__)
        self._check()
        lines = []
        total = 0
        while True:
            line = self._readline(-1)
            if not line:
                break
            lines.append(line)
            total += len(line)
            # BytesIO stops at the hint, IOBase (and StringIO) only past it.
            if 0 < hint <= total:
                break
        return lines

    def readinto(self, b):
        self._check()
        if not isinstance(b, bytearray):
            raise TypeError('readinto() argument must be read-write bytes-like object, not '
                            + type(b).__name__)
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def __iter__(self):
        return self

    def __next__(self):
        self._check()
        line = self._readline(-1)
        if not line:
            raise StopIteration
        return line

    def getvalue(self):
        self._check()
        return bytes(self._buf)

    def seek(self, pos, whence=0):
        pos = _index(pos)
        whence = _index(whence)
        self._check()
        if pos < 0 and whence == 0:
            raise ValueError('negative seek value %d' % pos)
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += len(self._buf)
        elif whence != 0:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        self._pos = max(pos, 0)
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else _size_arg(size)
        if size < 0:
            raise ValueError('negative size value %d' % size)
        if size < len(self._buf):
            del self._buf[size:]
        return size

    @property
    def closed(self):
        return self._is_closed

    def close(self):
        self._is_closed = True
        self._buf = bytearray()


def _bytes_like(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


StringIO.__module__ = '_io'
BytesIO.__module__ = '_io'
