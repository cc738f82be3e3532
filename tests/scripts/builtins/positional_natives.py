# Natives called positionally read their arguments off the value stack (a
# fast entry per native); every shape they do not handle goes to the full
# entry. Results, errors and subclass handling must match CPython.

def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

def attempt(thunk):
    try:
        r = thunk()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

# list.append
l = []
l.append(1); l.append("é"); l.append(l is l)
print(l)
attempt(lambda: l.append())
attempt(lambda: l.append(1, 2))
attempt(lambda: l.append(x=1))
attempt(lambda: list.append(l, 9))
attempt(lambda: list.append((), 9))
attempt(lambda: list.append())
class L(list):
    pass
m = L([1]); m.append(2); L.append(m, 3)
print(m, type(m).__name__, len(m))

# dict.get / setdefault
d = {"a": 1, "é": 2, 3: "three", (1, "x"): "tup"}
print(d.get("a"), d.get("é"), d.get("zz"), d.get("zz", 0), d.get(3), d.get((1, "x")), d.get(3.0))
attempt(lambda: d.get())
attempt(lambda: d.get(1, 2, 3))
attempt(lambda: d.get([1]))
attempt(lambda: d.get("a", default=5))
attempt(lambda: dict.get(d, "a"))
attempt(lambda: dict.get([], "a"))
print(d.setdefault("n", []), d.setdefault("a", 99), d.setdefault("none"), d)
attempt(lambda: d.setdefault({}, 1))
d.setdefault("n", []).append(5)
print(d["n"])
class D(dict):
    def __missing__(self, k):
        return "missing"
e = D(x=1)
print(e.get("x"), e.get("y"), e.get("y", 2), e.setdefault("z", 3), e)
class K:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
    def __eq__(self, o): return isinstance(o, K) and o.h == self.h
dk = {K(1): "k1", 1: "int1"}
print(dk.get(K(1)), dk.get(1), dk.get(True), dk.get(K(2), "no"))

# str methods: exact strs, other shapes, errors, subclasses
s = "  Hello, wörld, hello  "
print(s.split(), s.split(","), s.split(", "), "a,b,,c".split(","), "".split(), "".split(","))
print(s.split(None), s.split(",", 1), s.split(sep=","), s.rsplit(",", 1))
attempt(lambda: s.split(""))
attempt(lambda: s.split(1))
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" Hh")), repr("xxaxx".strip("x")))
print(repr("ééaéé".strip("é")), repr(s.strip(None)), repr("\u3000a\xa0".strip()))
attempt(lambda: s.strip(1))
attempt(lambda: s.strip("a", "b"))
print(s.replace("l", "L"), s.replace("zz", "y"), s.replace("", "-")[:12], s.replace("l", "L", 2), "aaa".replace("a", ""))
attempt(lambda: s.replace("a"))
attempt(lambda: s.replace(1, "b"))
attempt(lambda: s.replace("a", 2))
print(s.find("wö"), s.find("o"), s.find("zz"), s.find(""), s.find("l", 5), "é☃x".find("x"), "é☃x".find("☃"))
attempt(lambda: s.find(1))
attempt(lambda: s.find())
print(s.count("l"), s.count("ll"), s.count(""), "ééé".count("é"), "aaaa".count("aa"), s.count("l", 5, 10))
attempt(lambda: s.count(None))
print(s.startswith("  H"), s.startswith("H"), s.startswith("H", 2), s.startswith("H", -21), s.startswith("", 23), s.startswith("", 24))
print(s.startswith(("x", "  ")), s.endswith("  "), s.endswith("o", 0, -3), s.endswith("lo  ", 100), "é☃".endswith("☃", 1))
print("abc".startswith("c", -1), "abc".startswith("a", -100), "abc".endswith("c", True))
attempt(lambda: s.startswith(1))
attempt(lambda: s.startswith())
attempt(lambda: s.endswith(["x"]))
print("MiXeD é Σ".upper(), "MiXeD é ΣΑΣ".lower(), "hello world".title(), "hELLO".capitalize(), "ß".upper())
attempt(lambda: "a".upper(1))
print("123".isdigit(), "12a".isdigit(), "".isdigit(), "ABC".isupper(), "AbC".isupper(), "abc".islower())
print("abc".isalpha(), "ab1".isalnum(), " \t".isspace(), "".isspace(), "٣".isdigit(), "É".isupper())
attempt(lambda: "a".isdigit(1))
print("-".join(["a", "b", "é"]), "".join(("x", "y")), ",".join([]), "/".join("abc"), " ".join(map(str, [1, 2])))
attempt(lambda: ",".join(["a", 1]))
attempt(lambda: ",".join(5))
attempt(lambda: ",".join())
attempt(lambda: str.join(",", ["a", "b"]))
attempt(lambda: str.join(1, ["a"]))
attempt(lambda: str.upper(5))
class S(str):
    pass
t = S("a,b")
print(t.split(","), t.upper(), t.startswith("a"), S("-").join(["x", "y"]), t.replace(",", ";"), type(t.strip()).__name__)
print(str.split(t, ","), str.find(t, "b"))

# builtins
print(len("héllo"), len([1, 2]), len((1,)), len({1: 2}), len(range(5)), len(b"ab"))
attempt(lambda: len(5))
attempt(lambda: len())
attempt(lambda: len([], []))
class Sized:
    def __len__(self): return 7
print(len(Sized()))
print(ord("a"), ord("é"), ord("😀"), ord(b"z"), chr(65), chr(233), chr(0x1F600), chr(True))
attempt(lambda: ord(""))
attempt(lambda: ord("ab"))
attempt(lambda: ord(5))
attempt(lambda: chr(-1))
attempt(lambda: chr(0x110000))
attempt(lambda: chr("a"))
print(repr("é\n"), repr([1, "a"]), repr(None))
attempt(lambda: repr())
print(isinstance(1, int), isinstance(True, int), isinstance("a", (int, str)), isinstance(m, list), isinstance(1, int | str))
attempt(lambda: isinstance(1, 2))
attempt(lambda: isinstance(1))
f = len
print(f("abc"), list(map(len, ["a", "bb"])), sorted(["bb", "a"], key=len))
show(len, obj=1)
show(isinstance, 1, classinfo=int)

# append growing small lists (first growth to 8 slots) keeps every item
for n in range(0, 40, 3):
    grown = ["seed"]
    for i in range(n):
        grown.append(i)
    assert grown == ["seed"] + list(range(n)), n
    print(n, len(grown), grown[-1], grown[:3])
