# tuples
t = (1, 'two', 3.0, None, [5])
print(t, len(t), t[1], t[-1], t[1:3], t[::-1])
print((), (1,), tuple(), tuple('abc'), tuple([1, 2]), tuple(range(3)))
print((1, 2) + (3,), (0,) * 3, 2 * (1, 2), (1, 2) * 0)
print((1, 2, 3).count(2), (1, 2, 3, 2).index(2), (1, 2, 3, 2).index(2, 2))
try:
    (1, 2).index(5)
except ValueError as e:
    print('ValueError:', e)
try:
    t[0] = 5
except TypeError as e:
    print('TypeError:', e)
t[-1].append(6)
print(t)
a, b, c = (1, 2, 3)
print(a, b, c)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), () < (0,))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError:', e)
d = {(1, 2): 'pair', (): 'empty'}
print(d[(1, 2)], d[()], d[1, 2])
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][1], len(nested))
print(1 in t, 'two' in t, 9 in t)
for i, x in enumerate((10, 20)):
    print(i, x)
print(repr((1,)), str(('a', "b'")), (((),),))
print(max((3, 8, 1)), min((3, 8, 1)), sum((1, 2, 3)), sorted((3, 1, 2)))
try:
    (1, 2)[2]
except IndexError as e:
    print('IndexError:', e)
x = (1, 2)
y = x
x += (3,)
print(x, y)
print(tuple(sorted({'b': 1, 'a': 2}.items())))
