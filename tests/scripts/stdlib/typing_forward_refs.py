# typing: string forward references, get_type_hints resolving them, subclassing List[int]
from typing import List, Optional, Dict, get_type_hints, Iterator, Generator, Tuple
import typing
class Node:
    def __init__(self, val: "int", next: "Optional[Node]" = None):
        self.val = val
        self.next = next
    def items(self) -> Iterator[int]:
        n = self
        while n:
            yield n.val
            n = n.next
print(Node.__init__.__annotations__)
print(get_type_hints(Node.__init__))
print(Optional["Node"], Dict[str, "Node"])
class MyList(List[int]):
    pass
m = MyList([1, 2])
print(m, isinstance(m, list), MyList.__mro__)
def gen() -> Generator[int, None, None]:
    yield 1
print(list(gen()), Tuple[int, str].__args__, typing.Sequence[int])
from dataclasses import dataclass, field
@dataclass
class Tree:
    val: int
    children: "List[Tree]" = field(default_factory=list)
print(Tree(1, [Tree(2)]))
print(typing.get_type_hints(Tree))
