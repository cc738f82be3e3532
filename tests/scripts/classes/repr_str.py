# __repr__ and __str__ in print, str, repr, f-strings and containers
class Both:
    def __repr__(self):
        return 'Both()'
    def __str__(self):
        return 'both as str'
class ReprOnly:
    def __repr__(self):
        return 'ReprOnly<1>'
class StrOnly:
    def __str__(self):
        return 'str only'
b, r = Both(), ReprOnly()
print(b, str(b), repr(b), f'{b}', f'{b!r}', [b], (b,), {'k': b})
print(r, str(r), repr(r), f'{r}', [r])
s = StrOnly()
print(s, str(s), '%s' % s, '{}'.format(s))
print(repr(s).startswith('<__main__.StrOnly object at 0x'))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'
print(Point(1, 'a'), [Point(0, 0), Point(1.5, None)])
print('%r and %s' % (Point(2, 3), Point(4, 5)))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError:', e)
print(str(Point), repr(Point))
