# set and frozenset operators (sets of small ints print in ascending order)
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print({1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1, 2, 3} >= {1}, {1} > {1}, {1, 2} > {2})
print(a == {4, 3, 2, 1}, a != b, set() == set(), frozenset({1}) == {1})
f = frozenset([1, 2, 3])
print(f, f | {4}, f & {2, 9}, type(f | {4}).__name__, type({4} | f).__name__)
print(frozenset(), set(), set([3, 1, 2]), set('aaa'), set(range(5)))
print(len(a), 2 in a, 9 in a, 9 not in a)
c = {1, 2}
c |= {5}
print(c)
c &= {1, 5, 7}
print(c)
c -= {1}
print(c)
c ^= {5, 6}
print(c)
try:
    a + b
except TypeError as e:
    print('TypeError:', e)
try:
    {[1]}
except TypeError as e:
    print('TypeError:', e)
print({1, 2, 3} - {2} - {3}, {1} | {2} | {3}, sorted({'b', 'a', 'c'}))
print(sorted({x * x for x in range(6)}), sorted({'x', 'y'} | {'z'}))
print(set() | set(), {0}, {7, 3, 5}, {True, 1, 0, False})
