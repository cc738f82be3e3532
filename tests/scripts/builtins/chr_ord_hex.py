# chr/ord/hex/oct/bin edge cases
print([chr(i) for i in range(65, 71)], [ord(c) for c in 'AZaz09 '])
print(repr(chr(0)), repr(chr(10)), repr(chr(127)), chr(0x10FFFF) == '\U0010ffff', ord(chr(0x10FFFF)))
for bad in [lambda: chr(0x110000), lambda: chr(-1), lambda: ord(''), lambda: ord('ab'), lambda: chr(1.5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(hex(0), hex(16), hex(-16), hex(2 ** 100), oct(0), oct(9), oct(-9), bin(0), bin(1), bin(-1), bin(256))
print(hex(True), bin(False), oct(10 ** 20))
class Idx:
    def __index__(self):
        return 42
print(hex(Idx()), bin(Idx()), oct(Idx()), list(range(50))[Idx()], 'x' * Idx())
try:
    bin(1.0)
except TypeError as e:
    print('TypeError:', e)
print(format(ord('€'), 'x'), '\\u%04x' % ord('é'), chr(int('263a', 16)))
