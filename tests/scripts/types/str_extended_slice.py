# Extended slices (step != 1) of str: ASCII (short and long results),
# non-ASCII, negative steps, empty results, clamped bounds, errors.
words = ["", "a", "ab", "hello", "item0042", "RED", "x" * 31, "y" * 32, "z" * 33]
for w in words:
    print(repr(w[::-1]), repr(w[::2]), repr(w[1::3]), repr(w[-2::-2]))
long = "".join(chr(48 + i % 75) for i in range(200))
print(long[::-1])
print(long[::7], long[150:10:-9], long[5:190:4])
print(repr(long[10:5:2]), repr(long[5:10:-1]), repr(long[::-1][::-1] == long))
print(long[-1000:1000:50], long[1000:-1000:-50])
u = "h\u00e9llo w\u00f6rld \u20ac\U0001f600!"
print(u[::-1], u[::2], u[-3::-3], len(u[::-1]))
r = "abc"[::-1]
print(r, r.isascii(), r.upper(), r + "d", hash(r) == hash("cba"), r == "cba")
print({"cba": 1}["abc"[::-1]], "ab" * 20 == ("ba" * 20)[::-1])
for bad in (0,):
    try:
        "abc"[::bad]
    except ValueError as e:
        print("ValueError", e)
try:
    "abc"[::"x"]
except TypeError as e:
    print("TypeError", e)
class Idx:
    def __index__(self):
        return -1
print("abcdef"[::Idx()], "abcdef"[Idx()::Idx()])
