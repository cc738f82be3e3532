# enumerate and zip
print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate([], 5)), list(enumerate('xy', start=-1)))
for i, c in enumerate(['p', 'q'], 10):
    print(i, c)
e = enumerate('ab')
print(next(e), next(e))
try:
    next(e)
except StopIteration:
    print('StopIteration')
print(list(zip([1, 2, 3], 'abc')), list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])))
print(list(zip('ab', [1, 2], (True, False), range(10))))
names = ['a', 'b']
vals = [1, 2]
print(dict(zip(names, vals)))
pairs = [(1, 'x'), (2, 'y')]
nums, lets = zip(*pairs)
print(nums, lets)
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print('ValueError:', e)
print(list(zip([1], [2], strict=True)))
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
print(type(enumerate([])).__name__, type(zip()).__name__)
