# enum: members, values, aliases, auto, IntEnum/StrEnum/Flag/IntFlag, errors
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
print(Color.RED in Color)
try:
    Color.RED.value = 3
except AttributeError as e: print(e)
try:
    Color.RED = 3
except AttributeError as e: print(e)
try:
    del Color.RED
except AttributeError as e: print(e)
try:
    Color.RED.foo = 3
    print(Color.RED.foo)
except AttributeError as e: print(e)
print(Color.__members__)
print(f"{Color.RED}", format(Color.RED, '>12'), str(Color.RED))
class N(enum.IntEnum):
    A = 1
    B = 2
print(f"{N.A}", str(N.A), repr(N.A), N.A + 1, N.A == 1, N(2), format(N.A, '>3'))
class P(enum.Flag):
    R = 4
    W = 2
    X = 1
print(P.R | P.W, repr(P.R | P.W), P(0), repr(P(0)), list(P.R|P.X), P.R in (P.R|P.W), bool(P(0)), ~P.R)
class IP(enum.IntFlag):
    R = 4
    W = 2
print(IP.R | IP.W, repr(IP.R | IP.W), IP.R | 1, repr(IP.R|1), str(IP.R))
class S(str, enum.Enum):
    A = 'a'
print(f"{S.A}", str(S.A), S.A == 'a')
class A(enum.Enum):
    X = enum.auto()
    Y = enum.auto()
print(list(A), A.X.value)
try:
    Color(5)
except ValueError as e: print(e)
try:
    Color['PINK']
except KeyError as e: print(repr(e))
print(Color, repr(Color), P, len(Color), list(reversed(Color)))
print(hash(Color.RED) == hash('RED'), Color.RED == 1, Color.RED is Color(1))
print(type(Color.RED), type(Color), Color.RED.__class__.__mro__)
print(Color.RED < Color.GREEN if False else 'skip')
try:
    Color.RED < Color.GREEN
except TypeError as e: print(e)
try:
    @enum.unique
    class U(enum.Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e: print(e)
class F(enum.Enum):
    A = 1
    B = 1
print(list(F), F.B, F(1), F.__members__)
try:
    class G(Color): pass
    class G2(Color):
        X = 3
except TypeError as e: print(e)
print(Color.RED.name, Color.RED._value_, dir(Color.RED)[:3] if False else '')
print(P(6), P.R & P.W, P.R ^ P.W, P(7))
print(enum.Enum('Animal', 'ANT BEE'))
print(list(enum.Enum('Animal', 'ANT BEE')))
class Planet(enum.Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
print(Planet.MERCURY.mass, Planet.MERCURY.value, Planet.MERCURY)
class Mood(enum.Enum):
    HAPPY = 3
    @classmethod
    def default(cls): return cls.HAPPY
    def describe(self): return self.name.lower()
    @property
    def up(self): return self.value + 1
print(Mood.default(), Mood.HAPPY.describe(), Mood.HAPPY.up)
print(isinstance(Color.RED, Color), Color.RED.__class__.__name__)
class M(enum.Enum):
    @classmethod
    def _missing_(cls, v):
        return cls.Z
    Z = 0
print(M(99))
print(N.A < N.B, sorted([N.B, N.A]), max(N), int(N.B))
print(enum.IntEnum.__mro__ if False else '', N.__mro__)
