# Indexing, slicing and iterating non-ASCII strs (O(1) code-point table):
# every position, negative indices, errors, slices built from the table.
samples = [
    "é",
    "aé",
    "héllo wörld",
    "s\"tr\\ing\n42\t\u00e9\x01",
    "☃ snow ☃",
    "mixed: a é ☃ 😀 z",
    "😀😁😂",
    "\u0400\u0401" * 50 + "tail",
    "é" * 300 + "x" + "ü" * 5,
]
for s in samples:
    n = len(s)
    fwd = [s[i] for i in range(n)]
    back = [s[-i] for i in range(1, n + 1)]
    assert "".join(fwd) == s, s
    assert "".join(reversed(back)) == s, s
    assert list(s) == fwd
    print(n, repr(s[0]), repr(s[-1]), repr(s[n // 2]), repr(s[-(n // 2) - 1]))
    print(repr(s[1:4]), repr(s[-4:-1]), repr(s[::3][:8]), repr(s[::-2][:8]), repr(s[n:]), repr(s[2:2]))
    print([ord(c) for c in s[:6]], s.find("é"), s.find("x"), s.count("é"))
    for bad in (n, n + 1, -n - 1, -n - 100, 10**6):
        try:
            s[bad]
        except IndexError as e:
            print("IndexError", bad - n, e)

# Access patterns: scanning forward, backward, random, after slicing.
s = "".join(chr(0xe0 + i % 20) + chr(ord("a") + i % 26) for i in range(500))
print(sum(ord(s[i]) for i in range(0, len(s), 7)), sum(ord(s[-i]) for i in range(1, len(s), 11)))
x = 12345
acc = 0
for _ in range(200):
    x = (x * 1103515245 + 12345) & 0x7FFFFFFF
    acc = (acc * 31 + ord(s[x % len(s)])) % 1000003
print(acc)
t = s[100:300]
print(len(t), t[0], t[-1], t[150], t[3:9], t.startswith(s[100:110]), s.startswith(t, 100))
print(s.startswith("\u00e0a"), s.startswith("b", 1), s.startswith(s[400:], 400), s.startswith("", 1000))
print(s.endswith(s[-3:]), s.endswith("a", 999), s.endswith("", 5))

# Indexing with bools and int subclasses, and bad index types.
u = "žluťoučký"
print(u[True], u[False], u[-True])
class I(int):
    pass
print(u[I(3)], u[I(-2)])
for key in ["0", 1.0, None]:
    try:
        u[key]
    except TypeError as e:
        print("TypeError", e)
try:
    u[2**70]
except IndexError as e:
    print("IndexError", e)
print(""[0:0], repr(""[::-1]))
try:
    ""[0]
except IndexError as e:
    print("IndexError", e)
