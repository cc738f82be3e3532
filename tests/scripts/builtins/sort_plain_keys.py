# Sorting keys of one plain kind (ints, floats, strs, tuples of them) must give
# exactly CPython's stable order; anything mixed falls back to `<`.

recs = [(i % 7, "k%d" % (i % 5), i) for i in range(40)]

print(sorted(recs, key=lambda r: r[0]))
print(sorted(recs, key=lambda r: r[0], reverse=True))
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs, key=lambda r: (r[1], -r[0])))
print(sorted(recs, key=lambda r: (r[1], -r[0]), reverse=True))

# Bools sort with ints as 0 and 1, stably.
mixed = [3, True, 0, False, 1, -2, True, 2]
print(sorted(mixed))
print(sorted(mixed, reverse=True))
print([type(x).__name__ for x in sorted(mixed)])

# Extreme ints, including i64's minimum with reverse.
big = [2**63 - 1, -2**63, 0, -1, 1, -2**63, 5]
print(sorted(big))
print(sorted(big, reverse=True))
print(sorted(big + [2**64, -2**70]))

# Floats: 0.0 and -0.0 are equal, so they keep their order.
zeros = [0.0, -0.0, 1.5, -0.0, 0.0, -3.25]
print(sorted(zeros))
print(sorted(zeros, reverse=True))
print(sorted([2.5, float("inf"), -float("inf"), 1e300, -1e-300]))

# NaN and int/float mixes go through `<` exactly as CPython does.
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]))
print(sorted([1, 2.5, 0, -1.5, True]))
print(sorted([(1, 2.0), (1, 1), (0, 5)]))

# Strings order by code point, including non-ASCII.
words = ["éa", "ea", "Z", "a", "", "ü", "ab", "a\u0301", "\U0001f600", "z"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))

# Tuples of different lengths: a prefix sorts first.
tups = [(1, "b"), (1,), (0, "z", 3), (1, "a", 2), (), (1, "a")]
print(sorted(tups))
print(sorted(tups, reverse=True))

# Positions of mixed kinds raise like CPython.
for bad in ([(1, "a"), (1, 2)], [1, "a"], ["a", (1,)], [(1,), 1]):
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError:", e)

# list.sort in place, with keys, reverse and errors raised by the key.
nums = [5, 3, 9, 1, 3, 7]
nums.sort()
print(nums)
nums.sort(key=lambda x: -x)
print(nums)
nums.sort(key=lambda x: x % 3, reverse=True)
print(nums)


def bad_key(x):
    if x == 9:
        raise ValueError("no nines")
    return x


try:
    nums.sort(key=bad_key)
except ValueError as e:
    print("ValueError:", e, nums)

# Instances with __lt__ still sort through the method.
class Box:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v

    def __repr__(self):
        return "Box(%r)" % self.v


print(sorted([Box(3), Box(1), Box(2)]))
print(sorted([Box(3), Box(1), Box(2)], reverse=True))
print(sorted([], key=len), sorted([1]), sorted("hello"))
