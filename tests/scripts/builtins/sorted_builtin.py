# sorted with key/reverse on many iterables
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted('bca'), sorted((2, 1)))
print(sorted({'b': 1, 'a': 2}), sorted({'b': 1, 'a': 2}.items()), sorted({'b': 1, 'a': 2}, key=lambda k: {'b': 1, 'a': 2}[k]))
print(sorted({5, 3, 9}), sorted(range(5), key=lambda x: (x % 2, -x)))
print(sorted(['aa', 'B', 'c'], key=str.lower), sorted(['aa', 'B', 'c']), sorted([-3, 2, -1], key=abs, reverse=True))
data = [{'n': 'x', 'v': 2}, {'n': 'y', 'v': 1}, {'n': 'z', 'v': 2}]
print([d['n'] for d in sorted(data, key=lambda d: d['v'])])
print([d['n'] for d in sorted(data, key=lambda d: d['v'], reverse=True)])
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print('TypeError:', e)
print(sorted([1.5, 1, True, 0]), sorted(['b', 'a'], key=None))
