# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __next__
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, pos):
        print('get', pos)
        return self.cells.get(pos, '.')
    def __setitem__(self, pos, value):
        print('set', pos, value)
        self.cells[pos] = value
    def __delitem__(self, pos):
        print('del', pos)
        del self.cells[pos]
    def __contains__(self, value):
        return value in self.cells.values()
g = Grid(3, 2)
print(len(g))
g[0, 1] = 'x'
g[(2, 1)] = 'y'
print(g[0, 1], g[1, 1])
print('x' in g, 'z' in g, 'z' not in g)
del g[0, 1]
print('x' in g, bool(g))
try:
    del g[5, 5]
except KeyError as e:
    print('KeyError:', e)
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(3)))
for n in Countdown(2):
    print('tick', n)
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
b = Bag(3, 1, 2)
print(list(b), sorted(b), sum(b), max(b), 2 in b, len(b), [x * 2 for x in b])
a, *rest = b
print(a, rest, dict.fromkeys(b))
class Slicer:
    def __getitem__(self, k):
        if isinstance(k, slice):
            return 'slice(%r, %r, %r)' % (k.start, k.stop, k.step)
        return 'index %r' % (k,)
s = Slicer()
print(s[1], s[1:2], s[::-1], s['key'])
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), not Empty())
