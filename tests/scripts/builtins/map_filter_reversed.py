# map, filter, reversed
print(list(map(str, [1, 2, 3])), list(map(len, ['a', 'bb'])), list(map(lambda x: x * 2, range(4))))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(filter(None, [0, 1, '', 'a', None, [], [0], False, True])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, ['1', 'a', '22'])))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(5))), list(reversed((1, 2))))
m = map(abs, [-1, -2])
print(next(m), next(m), next(m, 'done'))
r = reversed([1, 2])
print(next(r), list(r))
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return 'item%d' % i
print(list(reversed(Rev())))
class Custom:
    def __reversed__(self):
        return iter(['custom', 'reversed'])
print(list(reversed(Custom())))
try:
    reversed({1, 2})
except TypeError as e:
    print('TypeError:', e)
print(type(map(str, [])).__name__, type(filter(None, [])).__name__, type(reversed([])).__name__)
print(sum(map(int, '12345')), max(map(len, ['a', 'abc', 'ab'])))
