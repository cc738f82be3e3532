# reprlib: Repr's limits per type, nesting levels, string/int/other cutting,
# sorted set and dict items, fill values, subclass hooks, recursive_repr.
import reprlib
import collections


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


r = reprlib.Repr()
print(sorted(vars(r).items()))
print(reprlib.__all__, [n for n in dir(reprlib.Repr) if not n.startswith('__')])
R = reprlib.repr
for x in (list(range(100)), list(range(6)), list(range(7)), [], (), (1,), tuple(range(10)),
          set(range(50)), set(), frozenset(), frozenset('abcdefgh'),
          collections.deque(range(10)), collections.deque(),
          {i: str(i) for i in range(10)}, {}, {'x': [1, 2]}, {1: 'a', 'b': 2},
          'x' * 100, 'x' * 30, 'x' * 31, 'a\nb' * 20, "it's" * 10, '',
          2 ** 200, -2 ** 200, 10 ** 39, 10 ** 40, 123, True, 3.5, 1e300, None, b'y' * 50,
          [[[[[[[[1]]]]]]]], ((((((((1,),),),),),),),), [{'k': [{'k': [1]}]}], [[]] * 3,
          range(1000), type, ValueError('a' * 40)):
    print(R(x))


class Long:
    def __repr__(self):
        return 'L' * 100


class Bad:
    def __repr__(self):
        raise RuntimeError('nope')


class MyList(list):
    pass


print(R(Long()), R([Long()]), R(MyList(range(20))))
print(R(Bad()).startswith('<Bad instance at 0x'))
r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 10
r.maxlevel = 2
r.fillvalue = '<>'
print(r.repr(list(range(10))), r.repr('abcdefghijklmnop'), r.repr([[[1]]]), r.repr({1: {2: {3: 4}}}))
r.maxstring = 3
print(r.repr('abcdefghijklmnop'), r.repr('ab'))
r.maxstring = 0
r.maxlong = 2
r.maxother = 4
print(r.repr('abcdef'), r.repr(123456), r.repr(2.5), r.repr(12345.678))
r = reprlib.Repr()
r.maxlevel = 0
print(r.repr([1]), r.repr([]), r.repr({1: 2}), r.repr({}), r.repr((1,)), r.repr('s'), r.repr(5))
show('keywords', lambda: reprlib.Repr(maxlist=3))


class Custom(reprlib.Repr):
    def repr_float(self, x, level):
        return 'F%g' % x

    def repr_NoneType(self, x, level):
        return 'nil'


print(Custom().repr([1.5, None, 2.25, [None]]))


class Unsortable:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'U%d' % self.n


print(R({Unsortable(1)}), R({1, 'a'}) in ('{1, \'a\'}', "{'a', 1}"))
print(R({3: 'c', 1: 'a', 2: 'b', 0: 'z', 9: 'y'}))

print('-- recursive_repr')


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        """Node with its children."""
        return 'Node(%s, %r)' % (self.name, self.children)


a = Node('a')
b = Node('b')
a.children.append(b)
b.children.append(a)
a.children.append(a)
print(repr(a), repr(b))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__,
      Node.__repr__.__module__)


class Box:
    def __init__(self):
        self.inner = self

    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return 'Box(%r)' % (self.inner,)


print(repr(Box()), repr([Box(), Box()]))


class Fails:
    @reprlib.recursive_repr()
    def __repr__(self):
        raise KeyError('in repr')


show('error passes through', lambda: repr(Fails()))
f = Fails()
show('and again', lambda: repr(f))
