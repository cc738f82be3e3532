# open() and the os file functions (the runner grants the filesystem).
import os
import os.path
import sys

base = 'os_files_tmp_' + sys.implementation.name
if os.path.isdir(base):
    for name in os.listdir(base):
        os.remove(os.path.join(base, name))
    os.rmdir(base)
os.mkdir(base)
path = os.path.join(base, 'data.txt')

with open(path, 'w') as f:
    print(f.write('héllo\nwörld\r\nlast'), f.mode, f.closed)
print(f.closed, os.path.exists(path), os.path.isfile(path), os.path.isdir(base))
print(os.path.getsize(path), os.stat(path).st_size)

with open(path) as f:
    print(repr(f.readline()), repr(f.read(3)))
    print(f.readlines())
with open(path, 'rb') as f:
    print(f.read(7), f.tell(), f.read())
with open(path, 'a', encoding='utf-8') as f:
    f.writelines(['\n', 'more'])
print([line for line in open(path)])
with open(path, 'r+b') as f:
    f.seek(1)
    f.write(b'E')
    f.seek(0)
    print(f.read(4), f.seek(-2, 2), f.read())

for mode, fn in [('missing', lambda: open(os.path.join(base, 'nope'))),
                 ('exists', lambda: open(path, 'x')),
                 ('directory', lambda: open(base)),
                 ('rmdir', lambda: os.rmdir(os.path.join(base, 'nope')))]:
    try:
        fn()
    except OSError as e:
        print(mode, type(e).__name__, e.errno, e.strerror, e.filename == None)
for bad in ['rw', 'q', 'rbt', 'rr']:
    try:
        open(path, bad)
    except ValueError as e:
        print(bad, 'ValueError', e)
try:
    open(path, 'rb', encoding='utf-8')
except ValueError as e:
    print(e)
f = open(path)
f.close()
for op in [f.read, f.readline, lambda: f.write('x')]:
    try:
        op()
    except ValueError as e:
        print('closed:', e)
with open(path) as f:
    try:
        f.write('x')
    except OSError as e:
        print(type(e).__name__, e)

os.makedirs(os.path.join(base, 'a', 'b'), exist_ok=True)
os.rename(path, os.path.join(base, 'a', 'moved.txt'))
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, 'a'))))
os.remove(os.path.join(base, 'a', 'moved.txt'))
os.rmdir(os.path.join(base, 'a', 'b'))
os.rmdir(os.path.join(base, 'a'))
os.rmdir(base)
print(os.path.exists(base))
print(os.path.join('a', 'b', '/c', 'd'), os.path.split('/x/y/z.txt'), os.path.splitext('a/b.tar.gz'))
print(os.path.normpath('/a/./b/../c//d'), os.path.basename('/p/q'), os.path.dirname('/p/q'))
print(os.getcwd() == os.path.abspath('.'), os.sep, os.linesep == '\n')
