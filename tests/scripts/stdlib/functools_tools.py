import functools
from functools import reduce, partial, wraps, lru_cache, cache, cmp_to_key, total_ordering
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 10), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print('TypeError', e)
p = partial(int, base=2)
print(p('101'), p('11', base=3), p.args, p.keywords, p.func is int)
def f(a, b, c=0):
    return (a, b, c)
q = partial(partial(f, 1), c=5)
print(q(2), q(2, c=9), q.args, q.keywords)
def deco(fn):
    @wraps(fn)
    def inner(*a):
        return fn(*a) * 2
    return inner
@deco
def area(w, h):
    "Area doc."
    return w * h
print(area(2, 3), area.__name__, area.__doc__, area.__wrapped__(2, 3))
calls = []
@lru_cache(maxsize=None)
def fib(n):
    calls.append(n)
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(calls), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
calls.clear()
for v in [1, 2, 1, 3, 2, 1]:
    sq(v)
print(calls, sq.cache_info())
@cache
def ident(x):
    calls.append(x)
    return x
calls.clear()
ident(1); ident(1); ident(2)
print(calls)
@lru_cache
def plain(x):
    return x + 1
print(plain(1), plain(1), plain.cache_info().hits)
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([5, 1, 4], key=cmp_to_key(lambda a, b: cmp(b, a))), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
a, b = V(1), V(2)
print(a < b, a > b, a <= b, a >= b, b >= a, a <= V(1), a >= V(1))
