# dataclasses options: order, frozen, unsafe_hash, eq=False, repr=False, init=False, kw_only
from dataclasses import dataclass, field, FrozenInstanceError, replace

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)

vs = [Version(1, 2), Version(1, 0, "x"), Version(0, 9)]
print(sorted(vs))
print(Version(1, 0) < Version(1, 1), Version(2) >= Version(1, 9), Version(1, 0, "a") == Version(1, 0, "b"))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("TypeError:", e)

@dataclass(frozen=True)
class Frozen:
    a: int
    b: tuple = ()

fr = Frozen(1, (2,))
print(fr, hash(fr) == hash(Frozen(1, (2,))), {fr: "ok"}[Frozen(1, (2,))])
try:
    fr.a = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))
try:
    del fr.b
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    fr.new = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(replace(fr, a=9))

@dataclass(frozen=True)
class FrozenPost:
    x: int
    doubled: int = field(init=False)
    def __post_init__(self):
        object.__setattr__(self, "doubled", self.x * 2)
print(FrozenPost(4))

@dataclass(unsafe_hash=True)
class Hashable:
    k: str
    v: int = field(hash=False)
h1, h2 = Hashable("a", 1), Hashable("a", 2)
print(hash(h1) == hash(h2), h1 == h2, len({h1, h2}))

@dataclass(eq=False)
class Identity:
    x: int
i = Identity(1)
print(i == Identity(1), i == i, hash(i) == hash(i))

@dataclass(repr=False)
class NoRepr:
    x: int
print(type(repr(NoRepr(1))).__name__, repr(NoRepr(1)).startswith("<"))

@dataclass(init=False)
class NoInit:
    x: int = 3
ni = NoInit()
print(ni, ni.x)

@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int
print(Options(level=3))
try:
    Options(True, 3)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Mixed:
    a: int
    b: int = field(kw_only=True, default=2)
    c: int = 5
print(Mixed(1), Mixed(1, 3, b=4))

try:
    @dataclass(order=True)
    class Clash:
        x: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(order=True, eq=False)
    class NoEq:
        x: int
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Thaw(Frozen):
        c: int = 0
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(frozen=True)
    class Freeze(Version):
        pass
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Explicit:
    x: int
    def __hash__(self):
        return 7
print(hash(Explicit(1)))

@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str
print(max(Card(3, "h"), Card(3, "s"), Card(2, "z")), Card.__match_args__)
