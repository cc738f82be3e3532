import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Obj(%d)" % self.n


cache = weakref.WeakValueDictionary()
x, y, z = Obj(1), Obj(2), Obj(3)
cache["x"] = x
cache["y"] = y
cache["z"] = z
print(sorted(cache.keys()), len(cache))
del x
print(sorted(cache.keys()), len(cache), cache.get("x"), "y" in cache, "x" in cache)
try:
    cache["x"]
except KeyError as e:
    print("KeyError", e)
print(cache["y"], sorted(cache.items(), key=lambda kv: kv[0]))
print(cache.pop("z"), len(cache))
del z
print(cache.setdefault("w", y) is y)
print(sorted(cache), cache.copy()["y"])

wk = weakref.WeakKeyDictionary()
k1, k2 = Obj(4), Obj(5)
wk[k1] = "one"
wk[k2] = "two"
print(len(wk), wk[k1], k2 in wk, wk.get(Obj(6), "missing"))
del k1
print(len(wk), [v for v in wk.values()])

ws = weakref.WeakSet()
e1, e2 = Obj(7), Obj(8)
ws.add(e1)
ws.add(e2)
ws.add(e1)
print(len(ws), e1 in ws, Obj(9) in ws)
del e1
print(len(ws), sorted(o.n for o in ws))
ws.discard(e2)
print(len(ws))


class Registry:
    """A typical use: objects register themselves without being kept alive."""
    live = weakref.WeakSet()

    def __init__(self, name):
        self.name = name
        Registry.live.add(self)


objs = [Registry("a"), Registry("b"), Registry("c")]
print(sorted(o.name for o in Registry.live))
objs.pop(1)
print(sorted(o.name for o in Registry.live))
objs.clear()
print(len(Registry.live))
