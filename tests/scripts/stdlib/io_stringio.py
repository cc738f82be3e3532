# io.StringIO: reading, writing, seeking, newline handling and CPython's errors.
import io


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# Writing and reading back.
s = io.StringIO()
print(s.write('hello '), s.write('world'), s.tell())
print(repr(s.getvalue()), repr(s.read()))
print(s.seek(0), repr(s.read(3)), s.tell(), repr(s.read()), repr(s.read()))
print(s.writelines(['\n', 'a', 'b\n']), repr(s.getvalue()))
attempt('write int', lambda: s.write(5))
attempt('writelines int', lambda: s.writelines(['x', 1]))
print(repr(s.getvalue()))

# Initial value: the position starts at 0, so writing overwrites.
s = io.StringIO('hello')
print(s.tell(), s.write('J'), repr(s.getvalue()), repr(s.read()))
print(repr(io.StringIO(None).getvalue()), repr(io.StringIO(initial_value='k').read()))

# Seeking past the end and writing pads with NULs; overwriting in the middle.
s = io.StringIO('abc')
print(s.seek(6), repr(s.read()), s.tell(), repr(s.readline()))
print(s.write(''), repr(s.getvalue()))
print(s.write('x'), repr(s.getvalue()), s.tell())
s.seek(1)
print(s.write('ZZ'), repr(s.getvalue()), s.tell())
s.seek(5)
print(s.write('LONGER'), repr(s.getvalue()))
print(s.seek(0, 2), s.seek(0, 1), s.seek(0, 0), s.seek(True))

# truncate keeps the position.
s = io.StringIO('abcdef')
s.seek(2)
print(s.truncate(4), repr(s.getvalue()), s.tell())
print(s.truncate(), repr(s.getvalue()), s.tell())
print(s.truncate(10), repr(s.getvalue()))
s.seek(0)
print(s.truncate(None), repr(s.getvalue()))

# Lines.
s = io.StringIO('ab\ncd\nef')
print(repr(s.readline(1)), repr(s.readline()), repr(s.readline(0)), repr(s.readline(-1)))
print(repr(s.readline()), repr(s.readline()), repr(s.readline(None)))
s = io.StringIO('ab\ncd\nef\n')
print(s.readlines(1), s.readlines(3), s.readlines())
s.seek(0)
print(s.readlines(0))
s = io.StringIO('one\ntwo\nthree')
print(list(s), list(s))
s.seek(0)
for i, line in enumerate(s):
    print(i, repr(line))
s = io.StringIO('h\u00e9llo \u4e16\u754c\nline2')
print(repr(s.read(2)), s.tell(), repr(s.readline()), s.tell(), repr(s.read()))

# Newline handling: '\n' (default) stores as written; None translates on write;
# '' keeps '\r' but splits lines on all three; '\r' and '\r\n' translate '\n'.
for nl in ('\n', None, '', '\r', '\r\n'):
    s = io.StringIO(newline=nl)
    s.write('a\r\nb\rc\nd')
    s.seek(0)
    print(repr(nl), repr(s.getvalue()), s.readlines(), repr(s.newlines))
s = io.StringIO('a\r\nb', newline='\r\n')
print(repr(s.getvalue()), s.tell())
s = io.StringIO('x\r\ny\rz', newline=None)
print(repr(s.getvalue()), s.newlines)
s = io.StringIO(newline=None)
print(s.newlines, end=' ')
s.write('a\n')
print(repr(s.newlines), end=' ')
s.write('b\r\n')
print(repr(s.newlines), end=' ')
s.write('c\r')
print(repr(s.newlines))
s = io.StringIO(newline=None)
s.write('a\r')
s.write('\nb')
print(repr(s.getvalue()), s.newlines)
s = io.StringIO('a\rb\r\nc', newline='')
print(list(s))

# Flags and attributes.
s = io.StringIO('x')
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.flush(), s.closed)
print(s.encoding, s.errors, s.line_buffering)
attempt('fileno', s.fileno)
attempt('detach', s.detach)
print(isinstance(s, io.TextIOBase), isinstance(s, io.IOBase), isinstance(s, io.BufferedIOBase))
print(type(s).__name__, type(s).__module__)

# Argument errors.
attempt('seek cur', lambda: s.seek(1, 1))
attempt('seek end', lambda: s.seek(-1, 2))
attempt('seek whence', lambda: s.seek(0, 3))
attempt('seek negative', lambda: s.seek(-1))
attempt('seek float', lambda: s.seek(1.5))
attempt('seek str', lambda: s.seek('a'))
attempt('seek whence str', lambda: s.seek(0, 'a'))
attempt('truncate negative', lambda: s.truncate(-1))
attempt('truncate str', lambda: s.truncate('a'))
attempt('read str', lambda: s.read('a'))
attempt('read float', lambda: s.read(2.0))
attempt('readline str', lambda: s.readline('a'))
attempt('readlines str', lambda: s.readlines('a'))
attempt('init int', lambda: io.StringIO(5))
attempt('newline bad', lambda: io.StringIO(newline='x'))
attempt('newline int', lambda: io.StringIO(newline=5))
attempt('both bad', lambda: io.StringIO(5, newline='x'))

# A closed StringIO.
s = io.StringIO('data')
print(s.close(), s.closed, s.close())
for name in ('read', 'readline', 'getvalue', 'tell', 'readable', 'writable',
             'seekable', 'truncate', 'flush', 'isatty', 'readlines'):
    attempt(name, getattr(s, name))
attempt('write', lambda: s.write('a'))
attempt('write int', lambda: s.write(1))
attempt('writelines', lambda: s.writelines(['a']))
attempt('seek', lambda: s.seek(0))
attempt('iter', lambda: iter(s))
attempt('next', lambda: next(s))
attempt('newlines', lambda: s.newlines)
attempt('with', lambda: s.__enter__())

# The context manager closes.
with io.StringIO('ctx') as f:
    print(f.read(), f.closed)
print(f.closed)

# print(file=...) and a subclass whose write() print calls.
s = io.StringIO()
print('a', 1, [2], sep='-', end='!\n', file=s)
print(file=s)
print('x', 'y', file=s, flush=True)
print(repr(s.getvalue()))


class Upper(io.StringIO):
    def write(self, text):
        return super().write(text.upper())


u = Upper()
print('shout', 'this', file=u)
print(repr(u.getvalue()), isinstance(u, io.StringIO))

# Many small writes: the value is joined once.
s = io.StringIO()
for i in range(20000):
    s.write('ab')
print(len(s.getvalue()), s.tell())
s.seek(39998)
print(s.read(), s.write('!'), s.getvalue()[-3:])

# Capturing stdout, and modules that write to or read from a stream.
import contextlib
import json
import sys

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print('captured', 1)
    sys.stdout.write('direct\n')
print(repr(buf.getvalue()))
saved = sys.stdout
sys.stdout = io.StringIO()
print('swapped')
captured = sys.stdout.getvalue()
sys.stdout = saved
print(repr(captured))
out = io.StringIO()
json.dump({'a': [1, 2]}, out)
print(out.getvalue(), json.load(io.StringIO('{"b": 2}')))
