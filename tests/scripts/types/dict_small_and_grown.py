# Dicts small enough to be scanned in order and dicts that outgrew that:
# lookups, overwrites, deletions and re-insertions across the size where
# the hash index is built, keys with equal hashes, and keys whose
# equality is script code.

d = {}
for i in range(20):
    d["k%d" % i] = i
    assert len(d) == i + 1
    assert all(d["k%d" % j] == j for j in range(i + 1)), i
    assert "k%d" % (i + 1) not in d
print(len(d), d["k0"], d["k8"], d["k9"], d["k19"])

# Delete down through the threshold and add back.
for i in range(0, 20, 2):
    del d["k%d" % i]
print(len(d), sorted(d)[:3], d.get("k2"), d.get("k3"))
for i in range(15):
    d.pop("k%d" % i, None)
print(list(d.items()))
for i in range(30, 36):
    d["n%d" % i] = i
print(list(d.keys()), d["n33"], "k15" in d, "k14" in d)
for k in list(d):
    del d[k]
print(d, len(d))
d["again"] = 1
print(d)

# Many deletions in a small dict leave holes that lookups must skip.
s = {"a": 1, "b": 2, "c": 3}
for n in range(30):
    s["x"] = n
    del s["x"]
s["d"] = 4
print(s, s.get("x"), "c" in s)

# -1 and -2 share a hash; so do 1, 1.0 and True.
h = {-1: "minus one", -2: "minus two", 1: "one"}
print(h[-1], h[-2], h[1.0], h[True], hash(-1) == hash(-2))
h[1.0] = "float one"
print(h, len(h))
del h[-1]
print(h.get(-2), h.get(-1))


class Key:
    def __init__(self, name, group):
        self.name = name
        self.group = group
        self.compared = 0

    def __hash__(self):
        return self.group

    def __eq__(self, other):
        self.compared += 1
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return "Key(%s)" % self.name


a, b, c = Key("a", 7), Key("b", 7), Key("c", 8)
small = {a: 1, b: 2, c: 3}
print(small[Key("a", 7)], small[Key("b", 7)], small.get(Key("z", 7)), Key("c", 8) in small)
big = {Key("n%d" % i, i % 3): i for i in range(12)}
print(big[Key("n10", 1)], big.get(Key("n10", 2)), len(big))


class BadEq:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise ValueError("no comparing")


bad = {1: "int one"}
try:
    bad[BadEq()] = 2
except ValueError as e:
    print("ValueError", e)
print(bad)

# Display literals: keys evaluated left to right, later duplicates win.
order = []


def k(x):
    order.append(x)
    return x


lit = {k("p"): 1, k("q"): 2, k("p"): 3}
print(lit, order)
try:
    {"ok": 1, []: 2}
except TypeError as e:
    print("TypeError", e)
