# typing: the names annotated code imports, subscription at runtime and in
# annotations, reprs, get_origin/get_args, isinstance with the plain aliases
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable,
                    Iterable, Iterator, Generator, Sequence, Mapping, MutableMapping, Type,
                    TypeVar, ClassVar, Literal, Final, cast, overload, final,
                    TYPE_CHECKING, get_type_hints, get_origin, get_args, NewType, Annotated)
import typing

print(TYPE_CHECKING)
print(List[int], Dict[str, int], Optional[str], Union[int, str], Tuple[int, ...])
print(Set[int], FrozenSet[str], Type[int], Tuple[int, str], Tuple[()])
print(Callable[[int, str], bool], Callable[..., int], Literal["a", 1], ClassVar[int], Final[int])
print(Union[int], Union[int, None], Union[int, Union[str, int]], Optional[Union[int, str]])
print(List, Dict, Any, Union, Optional, Callable)
print(List[List[int]], Dict[str, List[Optional[int]]], Iterable[int], Mapping[str, Any])
print(int | None, int | str | None, type(int | str).__name__)
print(Union[int, str] == Union[str, int], List[int] == List[int], List[int] == List[str])
print(get_origin(List[int]) is list, get_args(Dict[str, int]), get_origin(Union[int, str]) is Union)
print(get_args(Callable[[int], str]), get_origin(int), get_args(int), get_args(Optional[int]))
print(Annotated[int, "meta"], get_args(Annotated[int, "meta"]))

T = TypeVar("T")
K = TypeVar("K", bound=str)
V_co = TypeVar("V_co", covariant=True)
print(T, K, V_co, T.__name__, K.__bound__)
print(List[T], Dict[K, T], Dict[K, T][str, int])

def greet(name: str, times: Optional[int] = None) -> List[str]:
    return [name] * (times or 1)
print(greet("hi", 2), greet.__annotations__["times"], greet.__annotations__["return"])
print(get_type_hints(greet))

def process(items: Iterable[int], key: Callable[[int], int] = abs) -> Dict[int, List[int]]:
    out: Dict[int, List[int]] = {}
    for i in items:
        out.setdefault(key(i), []).append(i)
    return out
print(process([1, -1, 2]))

class Config:
    name: str
    size: int = 3
    tags: ClassVar[List[str]] = []
print(get_type_hints(Config))
print(cast(int, "not checked"), cast("List[int]", 5))

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2
print(double(2), double("ab"))

@overload
def only_overload(x: int) -> int: ...
try:
    only_overload(1)
except NotImplementedError as e:
    print("NotImplementedError:", str(e)[:40])

@final
class Leaf:
    pass
print(Leaf.__final__)

UserId = NewType("UserId", int)
print(UserId(5), UserId.__name__, UserId.__supertype__)

print(isinstance([], List), isinstance({}, Dict), isinstance([1], Sequence), isinstance({}, Mapping))
print(isinstance(iter([]), Iterator), isinstance([], Iterator), isinstance(len, Callable))
print(isinstance(3, int | str), isinstance(None, int | None), isinstance("s", Optional[str]))
print(issubclass(bool, int | str), isinstance(3, Union[str, bytes]))
try:
    isinstance([], List[int])
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(1, Any)
except TypeError as e:
    print("TypeError:", e)
try:
    List()
except TypeError as e:
    print("TypeError:", e)
try:
    Union[()]
except TypeError as e:
    print("TypeError:", e)
try:
    Optional()
except TypeError as e:
    print("TypeError:", e)
try:
    int | "str"
except TypeError as e:
    print("TypeError:", e)
