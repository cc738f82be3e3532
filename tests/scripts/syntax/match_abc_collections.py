# match takes collections.abc Sequence/Mapping subclasses and registered classes as sequences/mappings.
from collections.abc import Sequence, Mapping, MutableSequence
from collections import deque
import types
class S(Sequence):
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return i
    def __len__(self): return 2
class M(Mapping):
    def __getitem__(self, k): return {"a": 1}[k]
    def __iter__(self): return iter(["a"])
    def __len__(self): return 1
class R:
    def __getitem__(self, i): return [7, 8][i]
    def __len__(self): return 2
MutableSequence.register(R)
class Plain:
    pass
def kind(x):
    match x:
        case {"a": v}:
            return f"mapping a={v}"
        case [a, b]:
            return f"sequence {a} {b}"
        case _:
            return "other"
for v in [S(), M(), R(), Plain(), deque([1, 2]), types.MappingProxyType({"a": 5}), "ab", b"ab", [1, 2], {"a": 0}]:
    print(type(v).__name__, kind(v))
