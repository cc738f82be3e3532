# Bound-method equality and hashing, and which class attributes bind.
class A:
    def f(self):
        return 'f'

    def g(self):
        return 'g'


a, b = A(), A()
print(a.f == a.f, a.f != a.f, a.f == b.f, a.f == a.g, a.f == None, None == a.f)
print(hash(a.f) == hash(a.f), len({a.f, a.f, b.f}))
d = {a.f: 1}
d[a.f] += 1
print(d[a.f], a.f in d, b.f in d)
print([].append == [].append)
l = []
print(l.append == l.append)


class B:
    # Builtin functions are not descriptors: they stay plain attributes.
    absolute = abs
    length = len
    conv = int
    m = A().f


x = B()
print(x.absolute(-3), B.absolute(-4), x.length('abc'), x.conv('7'), x.m())
try:
    x.absolute(1, 2)
except TypeError as e:
    print('TypeError', e)
