# list operators and basics
a = [1, 2]
b = [3]
print(a + b, a * 3, 2 * b, [] * 5, a * 0, a * -1)
c = a
a += [9]
print(a, c, a is c)
a *= 2
print(a, c)
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1] < [1, 0], [2] > [1, 5], [] == [])
print(1 in [1, 2], 3 not in [1, 2], [1] in [[1], 2])
print(len([]), len([[]]), len([1, [2, 3]]))
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], nested[-1][-1])
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
l = [1, 2, 3]
l2 = l
l2.append(4)
print(l)
rec = [1, 2]
rec.append(rec)
print(rec, len(rec))
r2 = []
r2.append([r2])
print(r2)
print(str([1, 'a', None, 2.5, True, (1,), {'k': [1]}]))
print(list(), list('abc'), list((1, 2)), list(range(3)), list({'x': 1}))
try:
    [1, 2][5]
except IndexError as e:
    print('IndexError:', e)
try:
    [1] + (2,)
except TypeError as e:
    print('TypeError:', e)
try:
    key = 'a'
    [1, 2][key]
except TypeError as e:
    print('TypeError:', e)
l3 = [0, 1, 2]
l3[-1] = 'end'
print(l3, l3[-3])
print(min([4, 2, 8]), max([4, 2, 8]), min(['b', 'a']), max([[1, 2], [1, 3]]))
print(min([], default='empty'), max([], default=None), min([3, 1], key=lambda v: -v), max('ab', 'b', key=len))
try:
    max([])
except ValueError as e:
    print('ValueError:', e)
