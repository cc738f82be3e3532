# collections: OrderedDict/defaultdict/Counter are dict subclasses and
# namedtuple classes are tuple subclasses
from collections import OrderedDict, defaultdict, Counter, namedtuple
import json

dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
print(isinstance(dd, dict), type(dd).__mro__[1].__name__, dd, len(dd), sorted(dd))
print(dict(dd), dd == {"a": [1], "b": []}, json.dumps(dd), list(dd.items()))
d2 = dd.copy()
d2["c"].append(3)
print(type(d2).__name__, "c" in dd, d2.default_factory is list)
print(defaultdict(int, {"x": 1}, y=2), defaultdict(None, a=1))
try:
    defaultdict(3)
except TypeError as e:
    print("TypeError:", e)
try:
    defaultdict()["missing"]
except KeyError as e:
    print("KeyError:", e)
print(dd | {"z": 0}, type(dd | {"z": 0}).__name__)

od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(od, isinstance(od, dict), list(od), od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict([("x", 1), ("y", 2)])
od3 = OrderedDict([("y", 2), ("x", 1)])
print(od2 == od3, od2 == dict(od3), dict(od2) == od3, od2 != od3)
od2.move_to_end("y", last=False)
print(od2, od2 == od3, json.dumps(od2), od2.copy(), type(od2.copy()).__name__)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)

c = Counter("mississippi")
print(c, isinstance(c, dict), c["s"], c["zz"], "zz" in c, len(c))
print(c.most_common(2), sorted(c.elements())[:4], c.total())
c.update({"m": 2})
c.subtract("iii")
print(c, dict(c) == {"m": 3, "i": 1, "s": 4, "p": 2})
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=2, b=-1).most_common(), +Counter(a=2, b=-1), -Counter(a=2, b=-1))
del c["nothing"]
print(sorted(c.keys()), json.dumps(Counter("aab")))
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError:", e)

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, isinstance(p, tuple), p == (1, 2), p + (3,), p * 2, p[::-1], hash(p) == hash((1, 2)))
print(tuple(p), list(p), p.x, p.y, len(p), p.index(2), p.count(1), max(p), sorted(Point(3, 1)))
print(type(p).__mro__[1].__name__, Point._make([5, 6]), p._replace(x=9), p._asdict(), Point.__doc__)
x, y = p
print(x, y, json.dumps(p), {p: "pt"}[(1, 2)], p < Point(1, 3), Point(0, 0) in [p, (0, 0)])
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError")
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, x=2)
except TypeError as e:
    print("TypeError:", e)
try:
    Point._make([1])
except TypeError as e:
    print("TypeError:", e)

class Point3(namedtuple("Point3", "x y z", defaults=[0])):
    def norm1(self):
        return sum(abs(v) for v in self)
q = Point3(1, -2)
print(q, q.norm1(), isinstance(q, tuple), Point3._field_defaults)
