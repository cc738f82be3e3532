# list.sort and sorted: key, reverse, stability
a = [5, 2, 9, 1, 5, 6]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ['banana', 'Apple', 'cherry', 'date', 'Elderberry', 'fig']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1)]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
records = [('x', 3), ('y', 1), ('z', 3), ('w', 1)]
records.sort(key=lambda r: r[1])
print(records)
print(sorted([3, -1, -3, 2], key=abs), sorted('hello'), sorted((3, 1, 2)), sorted({'b': 1, 'a': 2}))
print(sorted([0.5, -1, 2, True, False]))
try:
    [1, 'a'].sort()
except TypeError as e:
    print('TypeError:', e)
x = [3, 1, 2]
print(x.sort(), x)
y = sorted(x, reverse=True)
print(x, y)
print(sorted([[2, 1], [1, 2], [1, 1]]), sorted(['10', '9', '100']), sorted([10, 9, 100]))
big = list(range(100, 0, -7))
big.sort(key=lambda v: v % 10)
print(big)
print(sorted([]), sorted([1]), sorted([2, 1], key=None))
