# The io module's view of open()'s files: the class hierarchy, io.open, and
# IOBase behaviour files share with StringIO (the runner grants the filesystem).
import io
import os
import sys

path = 'io_files_tmp_' + sys.implementation.name + '.txt'
with io.open(path, 'w') as f:
    print(isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase),
          isinstance(f, io.IOBase), isinstance(f, io.BufferedIOBase))
    print(f.writelines(['ab\n', 'cd\n', 'ef\n']), f.closed)
print(f.closed)

with open(path) as f:
    print(f.readlines(3), f.readlines(1), f.readlines())
with open(path, 'rb') as f:
    print(isinstance(f, io.BufferedReader), isinstance(f, io.BufferedIOBase),
          isinstance(f, io.IOBase), isinstance(f, io.TextIOBase))
    print(f.readlines(2), f.read())
with open(path, 'ab') as f:
    print(isinstance(f, io.BufferedWriter), f.write(b'gh\n'))
with open(path, 'r+b') as f:
    print(isinstance(f, io.BufferedRandom), f.seek(0, io.SEEK_END), f.seek(-3, io.SEEK_CUR),
          f.read())

f = open(path)
f.close()
for name in ('read', 'readline', 'tell', 'flush', 'readlines'):
    try:
        getattr(f, name)()
    except ValueError as e:
        print(name, type(e).__name__, e)
try:
    f.__enter__()
except ValueError as e:
    print('enter', e)
try:
    open(path).write('x')
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)

# Reading a file into a StringIO and back out.
with open(path) as f:
    buf = io.StringIO(f.read())
print(buf.readlines())
os.remove(path)
print(os.path.exists(path))
