# match against dataclasses, enums, namedtuples, deques, subclasses and class bodies
from dataclasses import dataclass
from enum import Enum
from collections import namedtuple, deque

@dataclass
class D:
    a: int
    b: str = 'x'

class E(Enum):
    A = 1
    B = 2

NT = namedtuple('NT', 'p q')

def f(v):
    match v:
        case D(1, b):
            return 'D1 ' + b
        case D(a=a):
            return 'D a=%r' % a
        case E.A:
            return 'E.A'
        case E():
            return 'some E'
        case NT(p, q=0):
            return 'NT p=%r' % p
        case (p, q):
            return 'pair %r %r' % (p, q)
        case [*xs]:
            match xs:
                case [1, *_]:
                    return 'nested starts 1'
            return 'seq %r' % (xs,)
        case _:
            return 'other'

class L(list): pass
class T(tuple): pass
for v in [D(1, 'z'), D(2), E.A, E.B, NT(5, 0), NT(5, 1), L([1, 2, 3]), T((4, 5, 6)), iter([1]), deque([1, 2]), (x for x in []), [1, 5, 6, 7]]:
    print(f(v))
print(D.__match_args__)
class C:
    match = 1
    def case(self): return 'm'
    match x := 5:
        case 5:
            hit = True
print(C.match, C().case(), C.hit)
def tb(v):
    match v:
        case {'a': x} if 1/0:
            pass
try:
    tb({'a': 1})
except ZeroDivisionError as e:
    pass
    print("zde", e)
import types
match types.MappingProxyType({'k': 1, 'j': 2}):
    case {'k': v, **others}:
        print('mapping proxy', v, others)
class MyDeque(deque):
    pass
match MyDeque([1, 2, 3]):
    case [first, *more]:
        print('deque subclass', first, more)
