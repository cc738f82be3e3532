# `for a, b in enumerate/dict.items/zip` hands out both halves without the
# tuple; everything a script can see must stay as CPython does it.

words = ["ant", "bee", "cat", "dog"]
for i, w in enumerate(words):
    print(i, w)
for i, w in enumerate(words, 10):
    print(i, w, end="; ")
print()
for i, w in enumerate(words, -2):
    print(i, w, end="; ")
print()

# Past the end of i64 the count becomes a big int.
for i, w in enumerate(words, 2**63 - 2):
    print(i, w, type(i).__name__)

# Inner iterators of every kind: list, tuple, range, str, generator, dict.
print([(i, x) for i, x in enumerate((5, 6, 7))])
print([(i, x) for i, x in enumerate(range(3, 0, -1))])
print([(i, x) for i, x in enumerate("hé!")])
print([(i, x) for i, x in enumerate(x * x for x in range(4))])
print([(i, k) for i, k in enumerate({"a": 1, "b": 2})])

# The same enumerate resumed after break keeps counting.
e = enumerate("abcdef")
for i, c in e:
    if i == 2:
        break
print(next(e))
for i, c in e:
    print(i, c)
print(list(e))

# Nested unpacking and wrong arity still go through UNPACK_SEQUENCE.
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
try:
    for a, b, c in enumerate(words):
        pass
except ValueError as ex:
    print("ValueError:", ex)
try:
    for (a,) in enumerate(words):
        pass
except ValueError as ex:
    print("ValueError:", ex)

d = {"x": 1, "y": 2, "z": 3}
for k, v in d.items():
    print(k, v)
print(sum(v for k, v in d.items()), [k + str(v) for k, v in d.items()])
del d["y"]
d["w"] = 9
for k, v in d.items():
    print(k, v, end=" ")
print()
try:
    for k, v in d.items():
        d[k + k] = v
except RuntimeError as ex:
    print("RuntimeError:", ex)
try:
    for k, v in d.items():
        del d[k]
except RuntimeError as ex:
    print("RuntimeError:", ex)
print(d)

# zip: shortest wins, the longer one loses exactly one item, same iterator twice.
a = [1, 2, 3, 4]
b = ["p", "q"]
for x, y in zip(a, b):
    print(x, y)
it = iter(a)
for x, y in zip(it, b):
    pass
print(list(it))
it = iter(range(7))
for x, y in zip(it, it):
    print(x, y, end=" | ")
print()
for x, y in zip(range(3), (i * i for i in range(10))):
    print(x, y, end=" ")
print()
try:
    for x, y in zip(a, b, strict=True):
        print(x, y)
except ValueError as ex:
    print("ValueError:", ex)
for t in zip(a, b):
    print(t, type(t).__name__)
for x, y, z in zip(a, b, "uv"):
    print(x, y, z)

# A class with its own __iter__ yielding pairs is untouched.
class Pairs:
    def __iter__(self):
        yield ("one", 1)
        yield ("two", 2)


for name, n in Pairs():
    print(name, n)
