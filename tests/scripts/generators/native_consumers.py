# Builtins that consume generators one item at a time: min/max stream
# their input (key and comparisons run between the generator's steps),
# zip pairs from generators unpack without a tuple, and errors inside
# the generators come out where CPython raises them.

def noisy(xs, tag):
    for x in xs:
        print(tag, "yields", x)
        yield x
    print(tag, "done")


def key(x):
    print("key", x)
    return -x


print(max(noisy([3, 1, 4], "g"), key=key))
print(min(noisy([3, 1, 4], "g")))
print(max(noisy([], "g"), default="empty"))
try:
    max(noisy([], "g"))
except ValueError as e:
    print("ValueError", e)
try:
    min(x for x in [])
except ValueError as e:
    print("ValueError", e)

# Ties: the first of equal items wins.
print(max([(1, "a"), (1, "b")], key=lambda p: p[0]))
print(min([(2, "a"), (2, "b")], key=lambda p: p[0]))
print(max([1, 1.0]), max([1.0, 1]), min([0.0, -0.0]), min([-0.0, 0.0]))
print(max([1, True]), max([True, 1]), min([False, 0]))
print(max([3, 2 ** 70, -5]), min([3, -(2 ** 70), 5]))
print(max((5, 9, 2)), min((5, 9, 2)), max([7]), min([-7]))
print(max(3, 8, 1), min(3, 8, 1), max("abc"), min("bca"))
print(max([float("nan"), 1.0, 2.0]), max([1.0, float("nan"), 2.0]))

# A list that the key function changes while max walks it.
xs = [1, 2, 3]


def grow(x):
    if len(xs) < 6:
        xs.append(x + 10)
    return x


print(max(xs, key=grow), xs)

# Mixed types fail on the comparison, after the items before it.
for bad in ([1, "a"], (2, None), [1, 2, []]):
    try:
        print(max(bad))
    except TypeError as e:
        print("TypeError", e)
try:
    min(noisy([1, "x", 2], "m"))
except TypeError as e:
    print("TypeError", e)
try:
    max()
except TypeError as e:
    print("TypeError", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError", e)
try:
    max(5)
except TypeError as e:
    print("TypeError", e)


class Big:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        print("gt", self.v, other.v)
        return self.v > other.v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v


print(max([Big(1), Big(3), Big(2)]).v, min(Big(i) for i in (2, 0, 1)).v)


# zip over generators, unpacked in a for loop.
def count(n, tag):
    for i in range(n):
        yield i
    print(tag, "exhausted")


for a, b in zip(count(3, "a"), count(5, "b")):
    print("pair", a, b)
for a, b in zip(count(4, "a"), count(2, "b")):
    print("pair", a, b)
print(sum(x * y for x, y in zip(count(4, "a"), (i * i for i in range(10)))))


def boom(n):
    yield from range(n)
    raise KeyError("boom")


z = zip(count(5, "a"), boom(2))
try:
    for a, b in z:
        print("pair", a, b)
except KeyError as e:
    print("KeyError", e)
for a, b in z:
    print("after error", a, b)

g = (i for i in range(3))
z = zip(g, g)
for a, b in z:
    print("same gen", a, b)
try:
    for a, b in zip(count(2, "a"), count(2, "b"), strict=True):
        print("strict", a, b)
    for a, b in zip(count(2, "a"), count(3, "b"), strict=True):
        print("strict", a, b)
except ValueError as e:
    print("ValueError", e)


# A generator that is already running, reached through zip.
def selfish():
    yield next(z2)


z2 = zip(selfish(), range(3))
try:
    for a, b in z2:
        print(a, b)
except ValueError as e:
    print("ValueError", e)

# Unpacking a zip pair into the wrong number of names.
try:
    for a, b, c in zip(count(2, "a"), count(2, "b")):
        pass
except ValueError as e:
    print("ValueError", e)
