# printf-style % formatting
print('%s and %s' % ('this', 'that'))
print('%r %s' % ('quote', 'plain'))
print('%d %i %d' % (42, -7, 3.99))
print('%f|%.2f|%.0f|%10.3f|%-10.1f|' % (3.14159, 3.14159, 2.5, 3.14159, 3.14159))
print('%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%-5s|%5s|%.2s' % ('ab', 'ab', 'abcdef'))
print('%x %X %o %#x %#o %#X' % (255, 255, 8, 255, 8, 255))
print('%e %E %.2e %g %g %g %G' % (12345.678, 12345.678, 0.000123, 0.00001, 123456789.0, 100.0, 1e-10))
print('100%% sure, %d%%' % 50)
print('%(name)s is %(age)d years' % {'name': 'Bob', 'age': 40})
print('%(x)r %(x)s' % {'x': 'v'})
print('%s' % 'single', '%s' % (1,), '%s' % [1, 2], '%s' % ((1, 2),))
print('%c%c' % (65, 'b'), '%*d|' % (6, 7), '%.*f' % (2, 1.23456))
print('%s %s' % (None, True), '%d' % True, '%x' % -255, '%o' % -8)
for fmt, args in [('%d', 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%z', 1)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
print('%.3s|%8.3f|%-8.3e|' % ('abcdef', -1.5, 1234.5))
print('%i%%' % 99, '%5.1f%%' % 12.345)
print('%s' % 3.0, '%r' % 1e100, '%s' % 2 ** 70, '%d' % 2 ** 70)
# A tuple subclass (a namedtuple) supplies its items; a str subclass is one
# argument, formatted through its own __str__.
from collections import namedtuple
Pair = namedtuple('Pair', 'x y')
class Row(tuple):
    pass
class Loud(str):
    def __str__(self):
        return 'LOUD'
print('%d-%d' % Pair(1, 2), '%s/%s' % Row((3, 4)), '%s' % Loud('quiet'), '%r' % (Pair(5, 6),))
try:
    print('%s' % Pair(7, 8))
except TypeError as e:
    print('TypeError:', e)
