import collections.abc
from collections.abc import (Mapping, MutableMapping, Sequence, MutableSequence, Set,
                             MutableSet, Iterable, Iterator, Generator, Sized, Container,
                             Hashable, Callable, Collection, Reversible, KeysView)
import collections
print(collections.abc.Mapping is Mapping, Mapping.__module__)
for v in [[], (), "", {}, set(), frozenset(), range(3), b"", bytearray(), iter([]), (x for x in []), len, lambda: 0, 3, None]:
    print(type(v).__name__, [c.__name__ for c in (Mapping, MutableMapping, Sequence, MutableSequence, Set, MutableSet, Iterable, Iterator, Generator, Sized, Container, Hashable, Callable, Collection, Reversible) if isinstance(v, c)])
class M(Mapping):
    def __init__(self, d): self._d = d
    def __getitem__(self, k): return self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
m = M({"a": 1, "b": 2})
print(m.get("a"), m.get("z", 0), "a" in m, list(m.keys()), list(m.items()), list(m.values()), m == {"a": 1, "b": 2}, dict(m))
class MM(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
mm = MM(); mm.update({"x": 1}, y=2); mm.setdefault("z", 3); print(dict(mm), mm.pop("x"), mm.popitem(), len(mm))
class S(Sequence):
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
    def __len__(self): return 3
s = S(); print(list(s), 20 in s, list(reversed(s)), s.index(20), s.count(10))
class St(Set):
    def __init__(self, it): self._s = set(it)
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(sorted(self._s))
    def __len__(self): return len(self._s)
a, b = St([1, 2, 3]), St([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= St([1, 2, 3, 4]), a == St([3, 2, 1]), a.isdisjoint([9]))
try:
    Mapping()
except TypeError as e:
    print(e)
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(int, Hashable), issubclass(list, Hashable))
print(Iterable[int], Callable[[int], str] if False else Mapping[str, int])
from collections.abc import Generator, Coroutine
class G(Generator):
    def send(self, v): return 1
    def throw(self, typ, val=None, tb=None): return super().throw(typ, val, tb)
g = G()
print(next(g))
g.close()
class H(Generator):
    def send(self, v): return 1
    def throw(self, *a): return 5
try:
    H().close()
except RuntimeError as e:
    print(e)
try:
    G().throw(ValueError)
except ValueError as e:
    print("ValueError", e)
try:
    G().throw(ValueError, ValueError("x"))
except ValueError as e:
    print("ValueError", e)
