# repr, str, ascii, chr, ord, hex, oct, bin, format, int/float/bool/list/tuple/dict constructors
print(repr('x'), repr(1), repr(1.0), repr(None), repr([1, 'a']), repr((1,)), repr({'a': 1}))
print(str('x'), str(1), str(1.5), str(None), str(True), str([None]))
print(ascii('abc'), ascii('é'), ascii(['ü', 1]), ascii('\n'), ascii('😀'))
print(chr(65), chr(0x263A), ord('☺'), ord('\n'), chr(0))
print(hex(0), hex(255), hex(-1), oct(64), oct(-64), bin(0), bin(10), bin(-10))
print(hex(2 ** 64), bin(2 ** 10))
print(format(10, 'b'), format(3.14159, '.3f'), format('s', '^5'), format(1000000, ','))
print(bool(), bool(0), bool('a'), int(), float(), str(), list(), tuple(), dict(), set())
print(int('12'), float('1.25'), list('ab'), tuple('ab'), dict(a=1))
try:
    hex(1.5)
except TypeError as e:
    print('TypeError:', e)
print(type(repr(5)).__name__, len(repr('a\nb')))
