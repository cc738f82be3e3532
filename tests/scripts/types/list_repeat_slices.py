# Sequence repetition and slice assignment: results, aliasing and errors.
print([1, 2, 3] * 3, [0] * 0, [] * 5, [None] * -2, 3 * ["a", "b"])
print((1, 2) * 3, (7,) * 4, () * 9, 2 * (None,))
big = [False] * 100001
print(len(big), big.count(False), big[50000])
inner = [0]
grid = [inner] * 3
grid[0].append(1)
print(grid, grid[1] is grid[2])
objs = [object()] * 4
print(len({id(o) for o in objs}))
strs = ["x" + str(i) for i in range(5)] * 2
print(strs)
l = [1, 2]
l *= 3
print(l)
l *= 0
print(l)
try:
    [1] * 2**62
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
try:
    [1] * 1.5
except TypeError as e:
    print("TypeError:", e)

# Extended slice assignment from temporaries, other lists and iterables.
a = list(range(12))
a[::3] = [-1] * 4
print(a)
a[1::4] = ("p", "q", "r")
print(a)
src = [10, 20, 30, 40, 50, 60]
a[::2] = src
print(a, src)
a[::-2] = range(6)
print(a)
a[:] = a[::-1]
print(a)
a[::2] = a[1::2]
print(a)
b = a
b[::5] = [b, b, b]
print(len(a), a[0] is a, a[5] is a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a[::2] = 5
except TypeError as e:
    print("TypeError:", e)
c = list(range(6))
c[1:3] = [9] * 5
print(c)
c[2:5] = []
print(c)
tmp = [7] * 3
c[::2] = tmp
print(c, tmp)
