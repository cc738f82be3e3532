# Instance attributes: order, deletion, __dict__ views and replacement, many
# names, and one attribute site seeing instances laid out differently.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


a = P(1, 2)
b = P(3, 4)
b.z = 5
print(vars(a), vars(b))
print(a.__dict__ == {"x": 1, "y": 2}, list(b.__dict__))

# Same names, different order: both orders are kept per instance.
c = P.__new__(P)
c.y = 10
c.x = 20
print(list(c.__dict__), c.x, c.y)


def total(objs):
    # One attribute site, several layouts.
    return sum(o.x + o.y for o in objs)


print(total([a, b, c, P(7, 8)]))

# Deleting, then re-adding: the name moves to the end.
d = P(1, 2)
del d.x
print(hasattr(d, "x"), vars(d))
d.x = 9
print(list(vars(d)), d.x)
try:
    del d.nope
except AttributeError as e:
    print("AttributeError", e)

# __dict__ is live: writes either way are seen.
e = P(5, 6)
dd = e.__dict__
dd["w"] = 7
e.v = 8
print(e.w, dd["v"], sorted(dd))
del dd["x"]
print(hasattr(e, "x"))

# Replacing __dict__.
f = P(1, 1)
f.__dict__ = {"q": 42}
print(f.q, hasattr(f, "x"), vars(f))
try:
    f.__dict__ = [1, 2]
except TypeError as err:
    print("TypeError", err)

# Many attributes on one instance, then setattr/getattr by computed names.
g = P(0, 0)
for i in range(100):
    setattr(g, "a%d" % i, i)
print(len(vars(g)), g.a0, g.a99, getattr(g, "a50"))
print(sum(getattr(g, "a%d" % i) for i in range(100)))

# Many instances adding names in different orders.
objs = []
for i in range(300):
    o = P(i, -i)
    setattr(o, "k%d" % (i % 37), i)
    setattr(o, "m%d" % (i % 11), i * 2)
    objs.append(o)
print(sum(len(vars(o)) for o in objs), total(objs))
print(objs[40].k3, objs[40].m7)

# A method shadowed by an instance attribute, then unshadowed.


class M:
    def hello(self):
        return "method"


m = M()
print(m.hello())
m.hello = lambda: "instance"
print(m.hello())
del m.hello
print(m.hello())

# __class__ assignment keeps the attributes.


class Q:
    def total(self):
        return self.x + self.y


a.__class__ = Q
print(type(a).__name__, a.total(), vars(a))

# Attribute errors name the attribute.
try:
    P(1, 2).missing
except AttributeError as err:
    print("AttributeError", err)

# The same store site replacing __dict__ again and again.
for i in range(3):
    f.__dict__ = {"n": i}
    print(vars(f), f.n)
