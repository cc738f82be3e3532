# dataclasses with InitVar, enums with custom __str__, nested contextmanagers, copy of both
from dataclasses import dataclass, field, InitVar, fields
@dataclass
class C:
    x: int
    scale: InitVar[int] = 2
    y: int = field(init=False)
    def __post_init__(self, scale):
        self.y = self.x * scale
c = C(3)
print(c, [f.name for f in fields(c)], C(3, 5).y)
print(repr(InitVar[int]))
from enum import Enum
class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    def __str__(self):
        return self.value
print(str(Status.ACTIVE), f"{Status.INACTIVE}", repr(Status.ACTIVE))
print(Status("active"), Status.ACTIVE.name)
import contextlib
with contextlib.ExitStack() as s:
    f = s.enter_context(contextlib.nullcontext("x"))
    print(f)
@contextlib.contextmanager
def outer():
    with inner() as v:
        yield v + 1
@contextlib.contextmanager
def inner():
    yield 1
with outer() as v:
    print(v)
print(sorted(Status, key=lambda s: s.value))
d = {Status.ACTIVE: 1}
print(d[Status("active")])
import copy
print(copy.deepcopy(Status.ACTIVE) is Status.ACTIVE, copy.copy(c))
