# pprint: CPython's line breaking for nested containers, long strings split
# into implicit concatenations, sorted keys, depth limits, compact packing.
import pprint
import io
from collections import OrderedDict, defaultdict, Counter, deque

data = {
    'name': 'krait',
    'versions': [1, 2, 3, (4, 5, 6), {'major': 3, 'minor': 11}],
    'tags': {30, 10, 20},
    'frozen': frozenset({3, 1, 2}),
    'nested': {'z': [list(range(12)), list(range(12, 30))], 'a': (1,)},
    'empty': [[], {}, (), set()],
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=2)
pprint.pprint(data, sort_dicts=False, width=50)
pprint.pp(data, width=50)

text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
pprint.pprint(text)
pprint.pprint([text, 'short'], width=50)
pprint.pprint({'doc': "line one\nline two is rather longer than the first\nthree"}, width=30)
pprint.pprint(b'0123456789abcdefghij' * 5, width=40)
pprint.pprint(bytearray(b'abcdefgh' * 10), width=40)

numbers = list(range(40))
pprint.pprint(numbers, compact=True)
pprint.pprint(numbers, width=30, compact=True)
pprint.pprint([numbers[:10], 'x' * 30, numbers[10:25]], width=40, compact=True)
pprint.pprint(list(range(1000000, 1000010)), underscore_numbers=True, width=40)
pprint.pprint((1,), width=1)
pprint.pprint(((1, 2, 3, 4, 5),), width=10)
pprint.pprint([[[[[1, 2]]]]], depth=3)

print(pprint.pformat({'b': 1, 'a': [1, 2]}))
print(repr(pprint.pformat(list(range(30)), width=20)))
print(pprint.saferepr({'b': [1, 2], 'a': (3,)}))
print(pprint.isreadable([1, 'two', 3.0]), pprint.isreadable([object]))
print(pprint.isrecursive([1, 2]))
rec = [1, 2]
rec.append(rec)
print(pprint.isrecursive(rec), pprint.isreadable(rec))

stream = io.StringIO()
printer = pprint.PrettyPrinter(indent=2, width=30, stream=stream)
printer.pprint({'alpha': list(range(10)), 'beta': 'b' * 10})
print(stream.getvalue(), end='')
print(printer.pformat((1, 2)))
print(printer.isreadable({'a': 1}), printer.isrecursive({'a': 1}))

pprint.pprint(OrderedDict((str(i), i * i) for i in range(8)), width=40)
dd = defaultdict(list)
for i in range(6):
    dd['key%d' % i].append(i)
pprint.pprint(dd, width=40)
pprint.pprint(Counter('abracadabra' * 3), width=30)
pprint.pprint(deque(range(20)), width=30)
pprint.pprint(deque(range(20), maxlen=25), width=30)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)


class MyList(list):
    pass


class ShoutList(list):
    def __repr__(self):
        return 'SHOUT' + list.__repr__(self)


pprint.pprint([Point(i, i * 2) for i in range(8)], width=40)
pprint.pprint(MyList(range(30)), width=40)
pprint.pprint(ShoutList(range(30)), width=40)
pprint.pprint({1: 'a', 'b': 2, (1, 2): None, 2.5: []})

for bad in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError:', e)

import dataclasses
import types

loop = [1, 2]
loop.append(loop)
print(pprint.pformat(loop).replace(str(id(loop)), 'ID'))
print(pprint.saferepr(loop).replace(str(id(loop)), 'ID'))
selfish = {'x': 1}
selfish['self'] = selfish
print(pprint.pformat(selfish).replace(str(id(selfish)), 'ID'))


@dataclasses.dataclass
class Record:
    name: str
    items: list
    hidden: object = dataclasses.field(repr=False, default=None)
    link: object = None


@dataclasses.dataclass
class Custom:
    a: int

    def __repr__(self):
        return 'Custom!' * 12


rec = Record('n' * 20, list(range(12)))
pprint.pprint(rec, width=40)
rec.link = rec
pprint.pprint(rec, width=30)
pprint.pprint([Custom(1)], width=20)
pprint.pprint(types.SimpleNamespace(a=1, b=list(range(12))), width=30)
pprint.pprint(types.MappingProxyType({'a': list(range(12))}), width=30)
