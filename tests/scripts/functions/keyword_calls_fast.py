# Keyword calls of script functions and bound methods bound straight from the stack; errors included
def f(a, b=2, c=3):
    return (a, b, c)
print(f(1, c=5), f(a=1), f(c=9, a=0), f(1, 2, c=7), f(b=1, a=2, c=3))
for call in [lambda: f(1, a=2), lambda: f(b=1), lambda: f(1, d=4), lambda: f(1, 2, 3, c=1), lambda: f()]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
def g(x, /, y):
    return x, y
print(g(1, y=2))
try:
    g(x=1, y=2)
except TypeError as e:
    print("TypeError", e)
def h(a, *, k=1):
    return a, k
print(h(1, k=2), h(a=3))
def cells(a, b=5):
    def inner():
        return a + b
    return inner()
print(cells(b=1, a=2), cells(a=10))
def gen(a, b=1):
    yield a
    yield b
print(list(gen(b=7, a=6)))
class C:
    def m(self, x, y=0):
        return x - y
    def __init__(self, v=0):
        self.v = v
c = C(v=4)
print(c.m(y=1, x=5), c.m(3, y=1), C.m(c, x=2), c.v)
def rec(n, acc=0):
    return acc if n == 0 else rec(n=n - 1, acc=acc + n)
print(rec(n=100))
def defaults_mut(a, l=[]):
    l.append(a)
    return l
print(defaults_mut(a=1), defaults_mut(a=2))
for call in [lambda: c.m(self=1, x=2), lambda: c.m(1, x=2), lambda: c.m(z=1), lambda: c.m(y=2)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
def many(a, b, c, d, e, f, g, h, i, j=10):
    return a + b * 2 + c * 3 + d + e + f + g + h + i + j
print(many(j=1, i=2, h=3, g=4, f=5, e=6, d=7, c=8, b=9, a=10), many(1, 2, 3, 4, 5, 6, 7, 8, i=9))
bm = c.m
print(bm(x=10, y=3), sorted([3, 1, 2], key=lambda v: -v, reverse=True))
