# io.BytesIO: reading, writing, seeking, readinto and CPython's errors.
import io


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


b = io.BytesIO()
print(b.write(b'hello '), b.write(bytearray(b'world')), b.write(b''), b.tell())
print(b.getvalue(), b.read(), b.seek(0), b.read(3), b.tell(), b.read())
print(b.writelines([b'\n', bytearray(b'x')]), b.getvalue())
attempt('write str', lambda: b.write('a'))
attempt('write int', lambda: b.write(5))
attempt('writelines str', lambda: b.writelines([b'ok', 'no']))
print(b.getvalue())

# Initial bytes are copied; the position starts at 0.
src = bytearray(b'xyz')
b = io.BytesIO(src)
src[0] = 65
print(b.getvalue(), b.tell(), b.write(b'Q'), b.getvalue())
print(io.BytesIO(None).getvalue(), io.BytesIO(initial_bytes=b'k').read())
attempt('init str', lambda: io.BytesIO('x'))
attempt('init int', lambda: io.BytesIO(5))

# Reads of every size.
b = io.BytesIO(b'hello\nworld\nx')
print(b.read(2), b.read1(2), b.read1(), b.tell(), b.read(), b.read(0))
b.seek(0)
print(b.read(None), b.read(-1), b.read1(-1))
b.seek(0)
print(b.readline(), b.readline(3), b.readlines(), b.readline())
b.seek(0)
print(list(b), list(b))
b.seek(0)
print(b.readlines(1), b.readlines(6), b.readlines(0))
b.seek(0)
for i, line in enumerate(b):
    print(i, line)

# readinto fills a bytearray from the position.
buf = bytearray(5)
b = io.BytesIO(b'abc')
print(b.readinto(buf), buf, b.readinto(buf), buf, b.tell())
attempt('readinto bytes', lambda: io.BytesIO(b'abc').readinto(b'xxx'))

# Seeking: past the end pads on the next write; negative results clamp to 0.
b = io.BytesIO(b'abc')
print(b.seek(5), b.read(), b.write(b''), b.getvalue())
print(b.write(b'x'), b.getvalue(), b.tell())
b.seek(1)
print(b.write(bytearray(b'ZZ')), b.getvalue(), b.tell())
print(b.write(b'QQQQQ'), b.getvalue())
print(b.seek(-1, 2), b.seek(-100, 1), b.seek(100, 1), b.seek(2, 0), b.seek(1, 1))
print(b.seek(0, io.SEEK_END), b.seek(0, io.SEEK_SET), b.seek(False))

# truncate keeps the position.
b = io.BytesIO(b'abcdef')
b.seek(4)
print(b.truncate(2), b.getvalue(), b.tell())
print(b.truncate(), b.getvalue(), b.truncate(10), b.getvalue())
print(b.write(b'!'), b.getvalue())

# Flags and attributes.
b = io.BytesIO(b'x')
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush(), b.closed)
attempt('fileno', b.fileno)
attempt('detach', b.detach)
print(isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase),
      isinstance(b, io.TextIOBase), isinstance(b, io.RawIOBase))
print(type(b).__name__, type(b).__module__)

# Argument errors.
attempt('seek negative', lambda: b.seek(-1))
attempt('seek whence', lambda: b.seek(0, 3))
attempt('seek negative whence', lambda: b.seek(-1, 5))
attempt('seek float', lambda: b.seek(1.5))
attempt('truncate negative', lambda: b.truncate(-1))
attempt('truncate str', lambda: b.truncate('a'))
attempt('read str', lambda: b.read('a'))
attempt('readline str', lambda: b.readline('a'))
attempt('readlines str', lambda: b.readlines('a'))

# A closed BytesIO.
b = io.BytesIO(b'data')
print(b.close(), b.closed, b.close())
for name in ('read', 'read1', 'readline', 'readlines', 'getvalue', 'tell', 'truncate',
             'readable', 'writable', 'seekable', 'flush', 'isatty'):
    attempt(name, getattr(b, name))
attempt('write', lambda: b.write(b'a'))
attempt('write str', lambda: b.write('a'))
attempt('writelines', lambda: b.writelines([b'a']))
attempt('seek', lambda: b.seek(0))
attempt('readinto', lambda: b.readinto(bytearray(2)))
attempt('next', lambda: next(b))

with io.BytesIO(b'ctx') as f:
    print(f.read(), f.closed)
print(f.closed)

# Many small writes grow the buffer in place.
b = io.BytesIO()
for i in range(20000):
    b.write(b'ab')
print(len(b.getvalue()), b.tell())
b.seek(39998)
print(b.read(), b.write(b'!'), b.getvalue()[-3:])

# The abstract bases.
attempt('IOBase seek', lambda: io.IOBase().seek(0))
attempt('IOBase tell', lambda: io.IOBase().tell())
attempt('IOBase truncate', lambda: io.IOBase().truncate())
attempt('IOBase fileno', lambda: io.IOBase().fileno())
attempt('IOBase readable', lambda: io.IOBase().readable())
attempt('TextIOBase read', lambda: io.TextIOBase().read())
attempt('TextIOBase write', lambda: io.TextIOBase().write('a'))
attempt('BufferedIOBase read', lambda: io.BufferedIOBase().read())
attempt('RawIOBase read', lambda: io.RawIOBase().read())
base = io.IOBase()
print(base.closed, base.close(), base.closed)
attempt('closed flush', base.flush)
attempt('closed enter', base.__enter__)


class Pair(io.RawIOBase):
    def __init__(self):
        self.left = 4

    def readable(self):
        return True

    def readinto(self, buf):
        n = min(len(buf), 2, self.left)
        buf[:n] = b'xy'[:n]
        self.left -= n
        return n


print(Pair().read(3), Pair().read(), Pair().readall())
print(io.IOBase.__name__, io.IOBase.__module__, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
print(io.DEFAULT_BUFFER_SIZE, issubclass(io.UnsupportedOperation, OSError),
      issubclass(io.UnsupportedOperation, ValueError))
print(io.open is open)
