# exceptions raised from dunder methods propagate normally
class Fragile:
    def __len__(self):
        raise RuntimeError('len failed')
    def __getitem__(self, i):
        raise KeyError('getitem %r' % (i,))
    def __add__(self, other):
        raise ArithmeticError('cannot add')
    def __repr__(self):
        return 'Fragile()'
    def __eq__(self, other):
        raise TypeError('no comparisons')
    __hash__ = object.__hash__
f = Fragile()
for action in [lambda: len(f), lambda: f[3], lambda: f + 1, lambda: f == 1, lambda: f in [1, 2], lambda: [f].index(0), lambda: bool(f)]:
    try:
        print(action())
    except Exception as e:
        print(type(e).__name__, e)
class BadInit:
    def __init__(self, x):
        if x < 0:
            raise ValueError('negative x')
        self.x = x
try:
    BadInit(-1)
except ValueError as e:
    print('construction failed:', e)
print(BadInit(3).x)
class Resource:
    opened = []
    def __init__(self, name):
        self.name = name
        Resource.opened.append(name)
    def close(self):
        Resource.opened.remove(self.name)
r = Resource('db')
try:
    raise IOError('disk full')
except OSError as e:
    print('handled', e, type(e).__name__)
finally:
    r.close()
print(Resource.opened)
