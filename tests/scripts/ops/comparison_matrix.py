# all six comparison operators across several value pairs
pairs = [(1, 2), (2, 2), (2.5, 2), ('a', 'b'), ('b', 'a'), ('abc', 'abd'), ([1, 2], [1, 3]),
         ((1,), (1, 0)), (True, 1), (-1, -1.0), (float('inf'), 10 ** 300), (10 ** 400, float('inf'))]
for a, b in pairs:
    print(repr(a), repr(b), a == b, a != b, a < b, a <= b, a > b, a >= b)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {3} > {1}, {1, 2} >= {2})
print({'a': 1} == {'a': 1}, {'a': 1} != {'a': 2})
try:
    {'a': 1} < {'a': 2}
except TypeError as e:
    print('TypeError:', e)
