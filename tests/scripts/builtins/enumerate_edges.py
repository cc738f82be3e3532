# enumerate: start values (big ints, negatives, bools), unpack errors and
# inner iterators that fail or are re-entered.
print(list(enumerate("abc")))
print(list(enumerate("abc", 5)), list(enumerate("ab", -1)), list(enumerate("ab", True)))
big = 2**63 - 2
print(list(enumerate("abcd", big)))
print(list(enumerate("ab", 10**30)))
print([i for i, f in enumerate([True, False, True, True]) if f])
try:
    for i, (a, b) in enumerate(["xy", "z"]):
        print(i, a, b)
except ValueError as e:
    print("ValueError", e)
try:
    for i, a, b in enumerate("ab"):
        pass
except ValueError as e:
    print("ValueError", e)
try:
    for (i,) in enumerate("ab"):
        pass
except ValueError as e:
    print("ValueError", e)
try:
    enumerate(5)
except TypeError as e:
    print("TypeError", e)
try:
    enumerate("a", "b")
except TypeError as e:
    print("TypeError", e)

def gen():
    yield 1
    raise KeyError("inner")

e = enumerate(gen())
print(next(e))
try:
    next(e)
except KeyError as ex:
    print("KeyError", ex)
print(list(e))

class Index:
    def __index__(self):
        return 3

print(list(enumerate("ab", Index())), list(enumerate("ab", start=7)), list(enumerate(iterable="ab")))
d = {"a": 1, "b": 2}
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
print(list(zip(enumerate("ab"), "xy")))
