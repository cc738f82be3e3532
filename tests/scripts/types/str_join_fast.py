# str.join over lists and tuples of strs, and everything that is not one.
print("".join(["a", "b", "c"]), "-".join(("x",)), ",".join([]), "|".join(()))
print(", ".join(["héllo", "wörld", "日本"]), len("".join(["é"] * 40)))
long = "".join(["segment%d" % i for i in range(50)])
print(len(long), long[:20], long[-10:])
print("ab".join(["1", "2", "3"]), "".join(["", "", "x", ""]))


class S(str):
    pass


print("+".join([S("sub"), "plain", S("class")]))
print("+".join((S("a"), S("b"))))
for bad in (["a", 1], ("a", None), [b"x"], ["a", ["b"]]):
    try:
        "-".join(bad)
    except TypeError as e:
        print("TypeError:", e)
print("".join(c for c in "gen"), ".".join(iter(["i", "t"])), "/".join({"k1": 1, "k2": 2}))
try:
    "".join(5)
except TypeError as e:
    print("TypeError:", e)
parts = ["p", "q"]
joined = "".join(parts)
parts.append("r")
print(joined, parts)
