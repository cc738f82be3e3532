# Tuple hashes (CPython's algorithm) and tuple keys in dicts and sets.
for t in [(), (1,), (1, 2), (2, 1), (-1, -2), (0.5, -3, True), ((1, 2), (3,)), (2**70, 1), (1, 1.0)]:
    print(t, hash(t))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((True, 0)) == hash((1, False)))
grid = {(x, y): x * 10 + y for x in range(4) for y in range(4)}
print(grid[(2, 3)], grid.get((3, 3)), grid.get((4, 0), "none"), (1.0, 2) in grid, (True, 2) in grid)
names = {("a", 1): "first", ("b", 2): "second"}
key = ("".join(["a"]), 1)
print(names[key], ("b", 2.0) in names, ("b", "2") in names)
seen = set()
for p in [(1, 2), (1, 2), (2, 1), (1.0, 2.0), ("x", (1, 2))]:
    seen.add(p)
print(len(seen), sorted(seen, key=repr))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    {(1, {}): 1}
except TypeError as e:
    print("TypeError:", e)


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v

    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v


d = {(K(1), 2): "obj key"}
print(d[(K(1), 2)], (K(2), 2) in d, hash((K(5),)) == hash((5,)))
