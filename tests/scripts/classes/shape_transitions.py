# Attribute stores that add names: one store site sees instances laid out
# in different ways (orders, deletions, dicts, slots, subclasses, replaced
# classes), and every instance keeps exactly its own attributes.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def add_z(o, v):
    o.z = v  # one site: adds z, or overwrites it


def show(o):
    return sorted(vars(o).items())


# The same transition many times, then an overwrite at the same site.
ps = [P(i, i * 2) for i in range(5)]
for p in ps:
    add_z(p, p.x + p.y)
print([p.z for p in ps])
add_z(ps[0], "again")
print(show(ps[0]), show(ps[1]))

# Different starting layouts reaching the same site.
a = P(1, 2)
b = P.__new__(P)
b.y = 2
b.x = 1
c = P.__new__(P)
c.x = 1
d = P.__new__(P)
for o in (a, b, c, d, a, b, c, d):
    add_z(o, len(vars(o)))
print(list(vars(a)), list(vars(b)), list(vars(c)), list(vars(d)))
print(a.z, b.z, c.z, d.z)

# Many attributes (more than fit inline), added in a loop at one site.


class Bag:
    pass


def fill(o, names):
    for n in names:
        setattr(o, n, n.upper())


bags = [Bag() for _ in range(3)]
fill(bags[0], "abcdef")
fill(bags[1], "abcdef")
fill(bags[2], "fedcba")
print(list(vars(bags[0])), list(vars(bags[2])))
print(bags[1].f, bags[2].a, vars(bags[0]) == vars(bags[2]))


class Grow:
    def __init__(self, n):
        self.a = n
        self.b = n + 1
        self.c = n + 2
        self.d = n + 3
        self.e = n + 4


gs = [Grow(i) for i in range(4)]
print([(g.a, g.c, g.e) for g in gs], show(gs[3]))

# A deletion turns the instance into a dict; the site still works.
p = P(1, 2)
add_z(p, 3)
del p.x
add_z(p, 4)
q = P(5, 6)
add_z(q, 7)
print(show(p), show(q))
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
p.x = 10
print(list(vars(p)), p.x)

# __dict__ views stay live across later adds.
r = P(1, 2)
view = r.__dict__
add_z(r, 3)
r.w = 4
print(sorted(view), view["z"])
view["v"] = 5
print(r.v, show(r))
s = P(8, 9)
add_z(s, 10)
print(show(s))

# A replaced __dict__, then stores at the shared site.
t = P(1, 2)
t.__dict__ = {"only": 1}
add_z(t, 2)
print(vars(t))

# Subclasses share the base's __init__ sites but not its layouts.


class Q(P):
    def __init__(self, x, y, extra):
        self.extra = extra
        super().__init__(x, y)


class R(P):
    pass


objs = [P(1, 2), Q(3, 4, 5), R(6, 7), Q(8, 9, 10), P(11, 12)]
for o in objs:
    add_z(o, type(o).__name__)
print([list(vars(o)) for o in objs])
print([o.z for o in objs], objs[1].extra)

# __slots__: the adds go to the declared slots; other names are refused.


class S:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


class S2(S):
    __slots__ = ("c",)

    def __init__(self, a, b, c):
        super().__init__(a, b)
        self.c = c


def set_c(o, v):
    o.c = v


ss = [S(1, 2), S(3, 4), S2(5, 6, 7)]
print([(o.a, o.b) for o in ss], ss[2].c)
for o in ss:
    try:
        set_c(o, 99)
        print("set c:", o.c)
    except AttributeError as e:
        print("AttributeError:", e)
half = S.__new__(S)
try:
    half.a
except AttributeError as e:
    print("AttributeError:", e)
half.b = 1
half.a = 2
print(half.a, half.b)
print(hasattr(S(1, 2), "__dict__"), hasattr(P(1, 2), "__dict__"))
try:
    S(1, 2).__dict__
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(S2(1, 2, 3))
except TypeError as e:
    print("TypeError:", e)


class SD(S):
    __slots__ = ("__dict__",)


sd = SD(1, 2)
sd.extra = 3
print(sd.extra, sd.a, "extra" in vars(sd))


class Loose(S):
    pass


lo = Loose(1, 2)
lo.more = 3
print(lo.more, lo.a, lo.b, "more" in vars(lo))

# Changing the class between stores.


class Other:
    pass


u = P(1, 2)
u.__class__ = Other
add_z(u, 3)
v = P(4, 5)
add_z(v, 6)
print(type(u).__name__, show(u), show(v))

# A __setattr__ added later is honoured by a site that cached adds.


def add_k(o):
    o.k = 1


for i in range(3):
    add_k(P(i, i))


def loud(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)


P.__setattr__ = loud
w = P(1, 2)
add_k(w)
print(show(w))
del P.__setattr__
add_k(P(0, 0))

# A property with a setter outranks the instance at a site that added.


class H:
    def __init__(self):
        self.n = 1


def set_n(o, v):
    o.n = v


h = H()
set_n(h, 2)
H.n = property(lambda self: "prop", lambda self, v: print("prop set", v))
set_n(H(), 3)
print(h.n)

# Attribute errors after adds.
try:
    P(1, 2).nothere
except AttributeError as e:
    print("AttributeError:", e)
try:
    del P(1, 2).z
except AttributeError as e:
    print("AttributeError:", e)
