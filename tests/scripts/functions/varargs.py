# *args and **kwargs
def f(*args):
    return args
print(f(), f(1), f(1, 2, 3))
def g(a, *rest):
    return a, rest
print(g(1), g(1, 2, 3))
def h(**kw):
    return sorted(kw.items())
print(h(), h(x=1, y=2))
def all_kinds(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(all_kinds(1, c=3))
print(all_kinds(1, 2, 3, 4, c=5, e=6, f=7))
print(all_kinds(c=0, a=9))
def kwargs_order(**kw):
    return list(kw)
print(kwargs_order(z=1, a=2, m=3))
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(1, 2, 3), total(1, 2, start=10))
def pass_through(*a, **k):
    return h(**k), f(*a)
print(pass_through(1, 2, p=3))
print(type(f()).__name__, type(h()).__name__)
