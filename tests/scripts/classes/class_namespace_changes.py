# Attribute caches must see names added to or removed from any class on the
# MRO after the cache was filled, while surviving plain rebinding.


class Base:
    kind = "base"

    def hello(self):
        return "Base.hello"


class Mid(Base):
    pass


class Leaf(Mid):
    def __init__(self):
        self.x = 1


def probe(o):
    out = []
    for name in ("kind", "hello", "x", "extra"):
        try:
            v = getattr(o, name)
            out.append(v() if callable(v) else v)
        except AttributeError as e:
            out.append("AttributeError: %s" % e)
    return out


def via_sites(o):
    # Fixed attribute sites (each has its own inline cache).
    try:
        a = o.kind
    except AttributeError:
        a = "-"
    try:
        b = o.hello()
    except AttributeError:
        b = "-"
    try:
        c = o.extra
    except AttributeError:
        c = "-"
    return a, b, c, o.x


leaf = Leaf()
for _ in range(3):
    print(via_sites(leaf), probe(leaf))

# Rebinding keeps the place; the new value must show.
Base.kind = "rebound"
print(via_sites(leaf))

# A name added to a base after the caches were filled.
Base.extra = "added to Base"
print(via_sites(leaf))

# A method added to the middle class shadows the base one.
Mid.hello = lambda self: "Mid.hello"
print(via_sites(leaf))

# Removing it again exposes the base method.
del Mid.hello
print(via_sites(leaf))

# A property added later outranks the instance dict for x.
Mid.x = property(lambda self: "property x")
print(via_sites(leaf))
del Mid.x
print(via_sites(leaf))

# Deleting from the base: the cached place is gone.
del Base.kind
del Base.extra
print(via_sites(leaf))

# Instances gaining a __del__ through their class after creation.
class Res:
    pass


r = Res()
del r
Res.__del__ = lambda self: print("finalized", type(self).__name__)
r = Res()
del r
print("after del")
del Res.__del__
r = Res()
del r
print("end")

# Many classes sharing one site, then one of them changes.
classes = [type("K%d" % i, (), {"v": i}) for i in range(6)]
objs = [k() for k in classes]
print([o.v for o in objs])
classes[3].v = 33
del classes[4].v
print([getattr(o, "v", None) for o in objs])
