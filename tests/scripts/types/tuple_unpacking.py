# tuples in practice: swap, returns, nested unpacking, namedtuple-free records
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([5, 3, 9])
print(lo, hi)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
pts = [(1, 2), (3, 4), (5, 6)]
xs = [x for x, _ in pts]
ys = [y for _, y in pts]
print(xs, ys, list(zip(xs, ys)) == pts)
for i, (x, y) in enumerate(pts):
    print(i, x * y)
(a, b), (c, d) = pts[:2]
print(a, b, c, d)
record = ('Ann', 31, ('nyc', '10001'))
name, age, (city, zipc) = record
print(name, age, city, zipc)
head, *body, tail = (1, 2, 3, 4, 5)
print(head, body, tail, type(body).__name__)
try:
    x, y = (1, 2, 3)
except ValueError as e:
    print('ValueError:', e)
try:
    x, y, z, w = (1, 2)
except ValueError as e:
    print('ValueError:', e)
try:
    first, *rest, last = (1,)
except ValueError as e:
    print('ValueError:', e)
t = tuple([1, 2]) + tuple('ab')
print(t, t.count('a'), t.index('b'))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')]), max([(1, 2), (1, 3)]))
