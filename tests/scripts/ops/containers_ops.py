# operators on containers: +, *, in, comparisons across types
print([1] + [2], (1,) + (2,), 'a' + 'b', b'a' + b'b')
print([0] * 3, (0,) * 3, 'ab' * 2, b'x' * 2, [[]] * 2)
print(3 * [1], -1 * [1], 0 * 'abc')
for bad in [lambda: [1] + 'a', lambda: (1,) + [2], lambda: 'a' + b'b', lambda: {1} + {2}, lambda: {'a': 1} + {'b': 2}, lambda: [1] * 1.5, lambda: 'a' * 2.0]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print([1, 2] < [1, 2, 3], (1, 2) > (1,), 'abc' > 'ab', [[1]] < [[2]], [1, 'a'] < [2, 'b'])
try:
    [1, 'a'] < [1, 2]
except TypeError as e:
    print('TypeError:', e)
try:
    {1} < [1]
except TypeError as e:
    print('TypeError:', e)
print({'a': 1} == {'a': 1.0}, [1, 2] == [1.0, 2.0], (1,) == [1], 'a' == b'a')
print(len([1] * 1000), len('ab' * 500), sum([[1]] * 3, []))
