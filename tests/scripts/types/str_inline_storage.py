# Short strings are stored inline: results around the inline size limit,
# non-ASCII text, concatenation and f-strings must match CPython.
for n in [0, 1, 22, 23, 24, 25, 40]:
    s = "x" * n
    t = "".join(["x"] * n)
    print(n, len(s), s == t, hash(s) == hash(t), (s + "y")[-1], len(s + s), s[:3], s[::-1] == s)
a = "ab" * 11
b = a + "c"
c = b + "d"
print(len(a), len(b), len(c), c.endswith("cd"), b in c, c.find("d"))
u = "héllo wörld ☃"
print(u.upper(), u.lower(), len(u), u[1], u[-1], u[::-1], u.split(" "), u + "ß")
print("ÀB".lower(), "àb".upper(), "ß".upper(), "İ".lower(), len("İ".lower()))
print("MiXeD 123".upper(), "MiXeD 123".lower(), "".upper(), "A" * 30 == ("a" * 30).upper())
for i in [0, -1, 7, 10**5, -2**63, 2**63 - 1, 2**70]:
    print(f"[{i}]", f"{i:>8}" if abs(i) < 10**9 else "", str(i), len(str(i)))
w = "émoji😀"
print(w, len(w), w[-1], w + w, (w + w)[6], f"{w}|{w}", len(f"{w}{w}"))
parts = "a,bb,,ccc,déf".split(",")
print(parts, [len(p) for p in parts], "-".join(parts))
print({"k" + str(i): i for i in range(3)})
