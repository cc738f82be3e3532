# Slotted instances start with every member unset: reads raise AttributeError
# until a store, `del` unsets again, and subclasses add their own members
# (with or without a __dict__). Stores and reads run from the same sites for
# several classes, so inline caches see each layout.
class Base:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


class Child(Base):
    __slots__ = ("c",)

    def __init__(self, a, c):
        super().__init__(a)
        self.c = c


class Open(Base):
    def __init__(self, a):
        super().__init__(a)
        self.extra = "x"


class Dup(Base):
    __slots__ = ("b", "d")


def read(obj, name):
    try:
        return getattr(obj, name)
    except AttributeError as e:
        return f"AttributeError: {e}"


def read_b(obj):
    try:
        return obj.b
    except AttributeError as e:
        return f"AttributeError: {e}"


def store_b(obj, v):
    obj.b = v


objs = [Base(1), Child(2, 3), Open(4), Dup.__new__(Dup), Base(5)]
for o in objs:
    print(type(o).__name__, read(o, "a"), read_b(o), read(o, "c"), read(o, "d"))
for i, o in enumerate(objs):
    store_b(o, i * 10)
    print(type(o).__name__, read_b(o), hasattr(o, "b"))

o = objs[0]
del o.b
print(read_b(o), hasattr(o, "b"))
try:
    del o.b
except AttributeError as e:
    print("AttributeError:", e)
store_b(o, "again")
print(read_b(o))

op = objs[2]
print(op.extra, op.a)

c = objs[1]
print(c.a, c.b, c.c)
try:
    c.zzz = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    c.__dict__
except AttributeError as e:
    print("AttributeError:", e)

d = Dup.__new__(Dup)
d.d = 4
print(read(d, "a"), read_b(d), d.d)


# A class whose __slots__ is a string or a list, and a cycle through slots
# (the collector clears it).
class One:
    __slots__ = "only"


class Listed:
    __slots__ = ["p", "q"]


one = One()
print(read(one, "only"))
one.only = one
import gc

del one
print(gc.collect() >= 1)
lst = Listed()
lst.q = 2
print(read(lst, "p"), lst.q)
lst.p = lst
del lst
print(gc.collect() >= 1)


# getattr with a default and hasattr on unset members.
b = Base(0)
print(getattr(b, "b", "default"), hasattr(b, "a"), hasattr(b, "b"))
