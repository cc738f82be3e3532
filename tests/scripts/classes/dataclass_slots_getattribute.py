# dataclass(slots=True), and __getattribute__ falling back to __getattr__.
from dataclasses import dataclass, field, fields
@dataclass(slots=True)
class S:
    a: int
    b: str = "x"
    c: list = field(default_factory=list)
s = S(3)
print(s, S.__slots__, hasattr(s, "__dict__"), [f.name for f in fields(S)], S.__qualname__)
try:
    s.d = 1
except AttributeError as e:
    print("AttributeError", type(e).__name__)
@dataclass(slots=True, frozen=True)
class FS:
    x: int = 1
print(FS(), FS(2) == FS(2), hash(FS(2)) == hash(FS(2)))
@dataclass(slots=True)
class T(S):
    e: float = 0.5
print(T(1), T.__slots__)
class G:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"missing {name}"
g = G()
g.real = 1
print(g.magic, g.real, g.nothing, getattr(g, "other"), hasattr(g, "x"))
