# sys: version_info/float_info/int_info structseqs, implementation, streams, getsizeof, exc_info
import sys
vi = sys.version_info
print(vi[:2], vi.major, vi.minor, vi >= (3, 11), vi < (4,), len(vi), vi[0] == vi.major, vi.releaselevel, type(vi).__name__)
print(isinstance(vi, tuple), tuple(vi)[:2], vi[-2], list(vi[:2]), sys.version.startswith('3.11'), sys.hexversion >> 16 == 0x30b)
major, minor, *rest = vi
print(major, minor, len(rest))
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.radix, fi.max_exp, fi.min_10_exp, fi[0] == fi.max, len(fi))
ii = sys.int_info
print(ii.bits_per_digit, ii.sizeof_digit, ii.default_max_str_digits, len(ii))
print(sys.implementation.name in ('krait', 'cpython'), sys.platform in ('linux', 'darwin', 'win32'), sys.maxsize, sys.maxunicode, sys.byteorder)
print(sys.getdefaultencoding(), sys.stdout.encoding, sys.stderr.encoding)
n = sys.stdout.write('written\n')
print(n, sys.stdout.flush(), sys.stderr.write(''), sys.stdout.isatty() in (True, False))
sys.stdout.writelines(['a', 'b\n'])
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno(), sys.stdout.writable(), sys.stdin.readable())
print(sys.getsizeof(0), sys.getsizeof(1), sys.getsizeof(2 ** 40), sys.getsizeof(2 ** 100), sys.getsizeof(1.5), sys.getsizeof(True), sys.getsizeof(None))
print(sys.getsizeof(''), sys.getsizeof('abc'), sys.getsizeof('é'), sys.getsizeof('€'), sys.getsizeof(b'ab'), sys.getsizeof(()), sys.getsizeof((1, 2)))
old = sys.getrecursionlimit()
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
s = sys.intern('hello world')
print(s, s is sys.intern('hello world'), 'sys' in sys.modules, sys.modules['sys'] is sys, type(sys.path).__name__)
print(sys.exc_info())


def fail():
    raise KeyError('k')


try:
    fail()
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, type(tb.tb_lineno).__name__)
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print(depth)
print(sys.exc_info() == (None, None, None))
for bad in [lambda: sys.setrecursionlimit(0), lambda: sys.setrecursionlimit(1.5), lambda: sys.intern(5), lambda: sys.getsizeof(),
            lambda: vi.__setattr__('major', 4)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__)
try:
    sys.exit('bye')
except SystemExit as e:
    print('exit', e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print('exit', e.code)
print(sys.flags.optimize, sys.flags.no_site, sys.flags.dev_mode, sys.flags[3], len(sys.flags) >= 17)
hi = sys.hash_info
print(hi.width, hi.modulus == 2 ** 61 - 1, hi.inf, hi.nan, hi.imag, hash(float('inf')) == hi.inf, hash(hi.modulus))
print(repr(sys.float_info)[:25], repr(sys.int_info)[:34])
