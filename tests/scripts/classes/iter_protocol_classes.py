# classes implementing iteration in different ways
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Range2Iter(self.n)
class Range2Iter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i * 2
r = Range2(4)
print(list(r), list(r), sum(r), [x for x in r if x > 4], max(r), sorted(r, reverse=True))
it = iter(r)
print(next(it), next(it), list(it), next(it, 'exhausted'))
a, b, *c = Range2(5)
print(a, b, c, dict(zip(Range2(2), 'xy')), set(Range2(3)) == {2, 4, 6})
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        self.a, self.b = 0, 1
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
print(list(Fib(100)), 21 in Fib(100), 22 in Fib(100))
class Getitem:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        return self.data[i]
g = Getitem('abc')
print(list(g), 'b' in g, list(enumerate(g)), ''.join(reversed(list(g))))
class NotIterable:
    pass
try:
    for x in NotIterable():
        pass
except TypeError as e:
    print('TypeError:', e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError:', e)
