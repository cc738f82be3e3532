# dataclasses: generated __init__/__repr__/__eq__, defaults, field(), fields(),
# asdict/astuple/replace, __post_init__, inheritance, and the error messages
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, MISSING

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__hash__ is None)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, z=3)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="s", compare=False)
    derived: int = field(init=False, default=-1)

a = Inventory("a")
b = Inventory("a")
a.items.append(1)
print(a, b, a.items is b.items)
print(Inventory("z", [1], 2, "x") == Inventory("z", [1], 2, "y"))
print([f.name for f in fields(Inventory)], [f.name for f in fields(a)])
f0 = fields(Inventory)[1]
print(f0.default is MISSING, f0.default_factory is list, f0.init, f0.repr, f0.type)
print(asdict(a), astuple(a))
c = replace(a, name="c")
print(c, c.items is a.items)
try:
    replace(a, derived=5)
except ValueError as e:
    print("ValueError:", e)
try:
    Inventory("q", derived=1)
except TypeError as e:
    print("TypeError:", e)

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mut:
        xs: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)
try:
    fields(3)
except TypeError as e:
    print("TypeError:", e)
try:
    asdict(Point)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h

print(Rect(2, 3), Rect(2, 3).area)

@dataclass
class Point3(Point):
    z: int = 0
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)

q = Point3(1, -2, 3)
print(q, q.norm1(), isinstance(q, Point), [f.name for f in fields(q)])
print(q == Point(1, -2))

@dataclass
class Nested:
    origin: Point
    points: list
    meta: dict
n = Nested(Point(0, 0), [Point(1, 1), Point(2, 2)], {"k": Point(3, 3)})
print(asdict(n))
print(astuple(n))
print(is_dataclass(n), is_dataclass(Nested), is_dataclass(3))

@dataclass
class WithMethods:
    value: int
    def __repr__(self):
        return "custom(%d)" % self.value
print(WithMethods(3), WithMethods(3) == WithMethods(3))

@dataclass
class ClassVarUser:
    from typing import ClassVar
    count: ClassVar[int] = 0
    name: str = "n"
print(ClassVarUser(), [f.name for f in fields(ClassVarUser)], ClassVarUser.count)
