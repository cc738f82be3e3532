# str.format: positional, named, attribute, index fields and specs
print('{} {} {}'.format(1, 'two', 3.0))
print('{0} {1} {0}'.format('a', 'b'))
print('{name} is {age}'.format(name='Ann', age=30))
print('{0[0]} {0[1]} {1[key]}'.format(['x', 'y'], {'key': 'val'}))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(3, 4)
print('({0.x}, {0.y})'.format(p), '{p.x}-{p.y}'.format(p=p))
print('{:>8}|{:<8}|{:^8}|'.format('r', 'l', 'c'))
print('{:*>8}|{:-<8}|{:=^9}|'.format('r', 'l', 'c'))
print('{:08.3f} {:+d} {: d} {:,} {:_} {:x} {:#X} {:b} {:o} {:e} {:.2%}'.format(3.14159, 5, 5, 1234567, 1234567, 255, 255, 5, 8, 12345.678, 0.256))
print('{!r} {!s} {!a}'.format('hi', 'hi', 'é'))
print('{0!r:>10}'.format('x'))
print('{:{w}.{p}f}'.format(3.14159, w=10, p=2))
print('{{}} {{{}}}'.format('in braces'))
print('{0:{1}}|'.format('pad', 6))
d = {'a': 1, 'b': [10, 20]}
print('{a} {b[1]}'.format(**d))
print('{:s}'.format('str'), '{}'.format(None), '{}'.format([1, 'a']))
print('{:c}{:c}'.format(72, 105))
for bad in ['{', '}', '{0} {}', '{1}', '{x}']:
    try:
        print(bad.format('only'))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
print('{0:>{1}}'.format(42, 5), '{:^10.3}'.format('abcdef'))
print('{:.0f} {:.1f} {:g} {:g} {:g}'.format(2.5, 0.05, 1e20, 0.0001, 123456789.0))
