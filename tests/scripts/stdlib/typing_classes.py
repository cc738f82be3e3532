# typing: Generic subclasses and subscription, Protocol, NamedTuple (class and
# functional syntax), TypedDict
from typing import Generic, TypeVar, Protocol, NamedTuple, TypedDict, List, Optional, Dict

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, type(s).__name__, Stack.__parameters__)
print(Stack[int], Stack[str] == Stack[str], s.__orig_class__)
print(Stack.__mro__)
try:
    Stack[int, str]
except TypeError as e:
    print("TypeError:", e)

class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v
print(Pair.__parameters__, Pair[str, int], Pair("a", 1).v)

class IntStack(Stack[int]):
    pass
print(IntStack().items, IntStack.__mro__[1].__name__, IntStack.__orig_bases__)
try:
    Generic[int]
except TypeError as e:
    print("TypeError:", e)

class Drawable(Protocol):
    def draw(self) -> str:
        ...

class Circle:
    def draw(self) -> str:
        return "circle"

def render(d: Drawable) -> str:
    return d.draw()
print(render(Circle()))

class Square(Drawable):
    def draw(self) -> str:
        return "square"
print(render(Square()))
try:
    Drawable()
except TypeError as e:
    print("TypeError:", e)

class Employee(NamedTuple):
    name: str
    id: int = 3
    dept: Optional[str] = None
    def badge(self) -> str:
        return "%s#%d" % (self.name, self.id)

e = Employee("ann")
print(e, e.badge(), e.id, e._fields, Employee._field_defaults)
print(isinstance(e, tuple), e == ("ann", 3, None), e._replace(id=9), e._asdict())
print(Employee.__annotations__)
name, ident, dept = Employee("bob", 7, "x")
print(name, ident, dept, len(e), e[0])
try:
    class Broken(NamedTuple):
        a: int = 1
        b: str
except TypeError as e2:
    print("TypeError:", e2)

Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2), Point._fields)

class Movie(TypedDict):
    title: str
    year: int

class Partial(TypedDict, total=False):
    rating: float

m = Movie(title="Blade Runner", year=1982)
print(m, type(m).__name__, m["year"], Movie.__required_keys__ == {"title", "year"})
print(Partial.__total__, Partial.__optional_keys__, Movie.__annotations__)
try:
    isinstance(m, Movie)
except TypeError as e3:
    print("TypeError:", e3)
Alt = TypedDict("Alt", {"a": int})
print(Alt(a=1), Alt.__annotations__)

def lookup(d: Dict[str, List[int]], key: str) -> Optional[List[int]]:
    return d.get(key)
print(lookup({"a": [1]}, "a"), lookup({}, "b"))

from typing import runtime_checkable

@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None:
        ...

class Resource:
    def close(self) -> None:
        pass

class Named(Protocol):
    name: str

print(isinstance(Resource(), SupportsClose), isinstance(3, SupportsClose))
print(issubclass(Resource, SupportsClose), issubclass(int, SupportsClose))
try:
    isinstance(Circle(), Drawable)
except TypeError as e4:
    print("TypeError:", e4)
try:
    runtime_checkable(Circle)
except TypeError as e5:
    print("TypeError:", str(e5).split(",")[0])
print(isinstance(Square(), Drawable), issubclass(Square, Drawable))
