# enum.Flag / IntFlag: combination, membership, iteration, pseudo-members, boundaries
from enum import Flag, IntFlag, auto, Enum, IntEnum, StrEnum

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RWX = R | W | X

print(list(Perm), len(Perm))
print(Perm.RWX, repr(Perm.RWX), Perm.RWX.value)
rw = Perm.R | Perm.W
print(rw, repr(rw), rw.name, rw.value, len(rw))
print(Perm.R in rw, Perm.X in rw, bool(rw), bool(Perm(0)))
print(list(rw), rw & Perm.W, rw ^ Perm.R, ~rw, ~Perm.RWX)
print(Perm(3) is rw, Perm(7) is Perm.RWX)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
try:
    Perm.R | 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 in Perm.R
except TypeError as e:
    print("TypeError:", e)

class Color(IntFlag):
    RED = 1
    GREEN = 2
    BLUE = 4

c = Color.RED | Color.BLUE
print(c, repr(c), c == 5, c + 1, isinstance(c, int))
print(Color.RED | 8, repr(Color.RED | 8), Color(0), repr(Color(0)))
print(Color.GREEN & 3, repr(Color.GREEN & 3), 2 | Color.RED, repr(2 | Color.RED))
print(format(Color.BLUE, '03d'), f"{c}")

class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
print(Shape.CIRCLE < Shape.SQUARE, Shape.SQUARE * 3, sorted([Shape.SQUARE, Shape.CIRCLE]))
print(f"{Shape.SQUARE}", format(Shape.CIRCLE, '>4'), str(Shape.CIRCLE), repr(Shape.CIRCLE))
print({Shape.CIRCLE: 'c'}[1], Shape(2), hash(Shape.CIRCLE) == hash(1))

class Dir(StrEnum):
    NORTH = auto()
    SOUTH = 's'
print(list(Dir), Dir.NORTH == 'north', Dir.SOUTH.upper(), f"{Dir.NORTH}", str(Dir.SOUTH))
try:
    class Bad(StrEnum):
        A = 1
except TypeError as e:
    print("TypeError:", e)

class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    FIRST = auto()
    SECOND = auto()
print([m.value for m in Ordinal])

class Wrong(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 5
try:
    Wrong(2)
except TypeError as e:
    print("TypeError:", e, "| context:", e.__context__)

class Coord(tuple, Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)
print(Coord.UNIT, Coord.UNIT[0], Coord((0, 0)), Coord.UNIT.value)

class Auto(Enum):
    A = auto()
    B = 10
    C = auto()
print(list(Auto))
print(Perm.R.name, Perm.R.value, type(Perm.R).__name__, isinstance(Perm.R, Flag))
