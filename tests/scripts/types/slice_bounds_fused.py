# Slicing with bounds written in place (a[i:j], a[i:j:k], a[i:j] = x): every
# built-in sequence, containers with their own __getitem__/__setitem__,
# bounds with __index__, and the errors.
class Idx:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Idx({self.n})"

    def __index__(self):
        return self.n


class Seq:
    def __getitem__(self, key):
        return ("get", key.start, key.stop, key.step)

    def __setitem__(self, key, value):
        print("set", key, value)


class MyList(list):
    def __getitem__(self, key):
        return ("mine", super().__getitem__(key))


data = list(range(10))
text, uni, tup = "abcdefghij", "h\u00e9llo w\u00f6rld", tuple(range(10))
raw, arr, rng = b"0123456789", bytearray(b"0123456789"), range(3, 30, 3)
for obj in (data, text, uni, tup, raw, arr, rng):
    i, j = 2, -2
    print(obj[i:j], obj[:j], obj[i:], obj[::3], obj[j:i:-1], obj[Idx(1):Idx(4)],
          obj[True:5:2], obj[10**20:], obj[-10**20:2])
print(Seq()[1:2], Seq()[::-1], Seq()[Idx(3):"x":None])
print(MyList([1, 2, 3])[0:2], MyList([1, 2, 3])[::-1])
s = Seq()
s[1:2] = "v"
s[::2] = [0]

perm = [0, 1, 2, 3, 4, 5]
for k in range(1, 6):
    perm[: k + 1] = perm[k::-1]
    print(perm)
lst = list(range(8))
lst[2:5] = []
lst[:0] = (7, 7)
lst[len(lst):] = iter([9])
lst[1:3] = "ab"
print(lst)
lst[::2] = range(len(lst[::2]))
print(lst)
arr[1:3] = b"xy"
arr[::-3] = b"QRST"
print(arr)
alias = lst
alias[:] = alias
print(lst is alias, lst)

for bad in (lambda: data[::0], lambda: text[1:"x"], lambda: tup[1.5:],
            lambda: lst.__setitem__(slice(0, 4, 2), [1, 2, 3]),
            lambda: exec("lst[::2] = [1]", {"lst": lst}),
            lambda: exec("lst[0:1] = 5", {"lst": lst}),
            lambda: exec("lst[::2] = 5", {"lst": lst}),
            lambda: exec("t[0:1] = [1]", {"t": tup}),
            lambda: exec("d[1:2]", {"d": {}}),
            lambda: exec("n[1:2]", {"n": 5})):
    try:
        print(bad())
    except (ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, e)

ba = bytearray(b"abcdef")
ba[::2] = [65, 66, 67]
ba[1::2] = bytearray(b"xyz")
print(ba)
for bad in ([1, 256], [1, "x"], 5, "str", [1, 2]):
    try:
        ba[::2] = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(ba)
