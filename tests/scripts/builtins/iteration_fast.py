# enumerate/zip/iter through their fast entries: CPython 3.11's errors, evaluation order
print(list(enumerate("ab")), list(enumerate([], 5)), list(enumerate("xy", start=3)), list(enumerate("q", True)))
print(list(zip("ab", [1, 2, 3])), list(zip()), list(zip("a")), list(zip("ab", "cd", "ef")), list(zip([1], [2], strict=True)))
for bad in [lambda: zip(1, "a"), lambda: zip("a", 2), lambda: enumerate(5), lambda: enumerate(), lambda: iter(3), lambda: iter()]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
it = iter([1, 2])
print(next(it), iter(it) is it, list(iter(lambda: 1, 1)))
class Loud:
    def __iter__(self):
        print("iter called")
        return iter([7])
print(list(zip(Loud(), "z")), list(enumerate(Loud())))
try:
    zip(Loud(), 5)
except TypeError as e:
    print("TypeError", e)
d = {"k": 1, "j": 2}
for i, (k, v) in enumerate(d.items()):
    print(i, k, v)
for a, b in zip(range(3), "xyz"):
    print(a, b)
