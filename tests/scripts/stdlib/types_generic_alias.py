import types, typing
a = list[int]
print(a, type(a), a.__origin__, a.__args__, a.__parameters__, a == list[int], hash(a) == hash(list[int]), a())
print(a.__name__, a.__qualname__, a.__module__, repr(dict[str, 'x']))
class C(list[int]): pass
print(C.__bases__, C([1, 2]))
T = typing.TypeVar('T')
print(list[T].__parameters__, list[T][int], dict[str, T][int])
print(tuple[()], tuple[int, ...], type[int], list[list[int]], dict[str, list[int]])
print(list[int] == list[int], list[int] != list[str], list[int] == list)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
print(types.UnionType, type(int | None) is types.UnionType, list[int] | None)
def f(x: list[int], y: dict[str, tuple[int, ...]] = None) -> set[str]: pass
print(f.__annotations__)
print(typing.List[list[int]], typing.Optional[dict[str, int]])
