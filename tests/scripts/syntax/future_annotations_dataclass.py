from __future__ import annotations
import dataclasses
from dataclasses import dataclass, field
from typing import ClassVar, List, Optional
@dataclass
class Node:
    name: str
    children: List[Node] = field(default_factory=list)
    parent: Optional[Node] = None
    count: ClassVar[int] = 0
n = Node("a", [Node("b")])
print(n)
print(Node.__annotations__)
print([f.name for f in dataclasses.fields(Node)])
import typing
def h(x: int) -> str: return str(x)
print(h.__annotations__)
