# sys.getrefcount agrees with CPython for plain references.
import sys

x = []
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
lst = [x, x]
print(sys.getrefcount(x))


def f(a):
    return sys.getrefcount(a)


print(f(x))


class C:
    pass


c = C()
c.attr = x
print(sys.getrefcount(x))
d = {"k": x}
print(sys.getrefcount(x))
del lst
print(sys.getrefcount(x))
t = (x,)
print(sys.getrefcount(x))
del t, d, y
print(sys.getrefcount(x))
print(sys.getrefcount(c), sys.getrefcount({1}), sys.getrefcount(object()))
