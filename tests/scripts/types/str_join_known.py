# str.join and + building results from the parts' lengths and ASCII flags:
# single items, empty parts and separators, the 23/24-byte inline boundary,
# non-ASCII parts or separators (indexing and len of the result), errors.
x = "abc"
print("".join([x]) is x, "-".join((x,)) is x, ", ".join([]) == "", "".join(()) == "")
for sep in ["", "-", "é", ", ", "\u20ac\u20ac"]:
    for parts in [["a"], ["a", "b"], ["", ""], ["é", "b"], ["x" * 11, "y" * 11],
                  ["x" * 11, "y" * 12], ["x" * 23, ""], ["ü" * 12, "a"], list("hello")]:
        r = sep.join(parts)
        print(repr(sep), len(r), r[-1:], r[::-1][:3], r.isascii(), r.upper()[:4],
              r == "".join(p + sep for p in parts)[: len(r)])
s = "ab"
for t in ["c", "é", "", "x" * 30, "ü"]:
    s = s + t
    u = s
    u += t
    print(len(s), s.isascii(), s[-1:], u[len(u) // 2], len(u), u.isascii())
print(str.join("é", ["a", "b"]), "".join(c for c in "héllo"), " ".join(map(str, range(3))))
for bad in [lambda: "".join(["a", 1]), lambda: "-".join(("a", b"b")), lambda: "".join(5),
            lambda: "".join([None])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
