import functools
import operator
print(functools.reduce(operator.add, range(10)), functools.reduce(lambda a, b: a * b, range(1, 6), 1))
p = functools.partial(int, base=2)
print(p('1010'), p.func is int, p.keywords)
print(sorted(['b', 'A', 'c'], key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1))
