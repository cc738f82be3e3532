# Exact builtin type calls and the native fast paths: results and errors
# must match the general path.

# int(): short decimal text, signs, limits of the fast reader, fallbacks.
for s in ["0", "7", "-12", "+34", "007", "123456789012345678", "-123456789012345678",
          "1234567890123456789", "99999999999999999999", " 42 ", "1_000", "\t-5\n",
          "٣", "-0"]:
    print(repr(s), int(s))
for bad in ["", "-", "+", "1.5", "abc", "1__0", "_1", "--1", "0x10", " "]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError", e)
print(int("ff", 16), int("0x1f", 0), int(b"12"), int(3.9), int(-3.9), int(True), int())
try:
    int("12", base=1)
except ValueError as e:
    print("ValueError", e)
try:
    int(x="12")
except TypeError as e:
    print("TypeError", e)
try:
    int("1", 10, 3)
except TypeError as e:
    print("TypeError", e)
try:
    int([1])
except TypeError as e:
    print("TypeError", e)

# str(): ints at the i64 edges, other types, keywords, errors.
for v in [0, 5, -5, 10, -10, 2**63 - 1, -2**63, 2**63, -2**64, True, None, 1.5, "x", (1,), [2]]:
    print(str(v), repr(v))
print(str(b"ab", "ascii"), str(object=3), str())
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
try:
    str(x=1)
except TypeError as e:
    print("TypeError", e)

# Subclasses still go through the general path.
class MyInt(int):
    pass

class MyStr(str):
    pass

m = MyInt("41")
print(type(m).__name__, m + 1, type(MyStr(5)).__name__, MyStr(5) + "!")

# Other exact builtin types called from the loop.
print(list(range(3)), tuple("ab"), dict([(1, 2)]), sorted(set("aba")), float("2.5"),
      bool(0), bool([1]), frozenset([1]) == {1}, bytes(2), bytearray(b"x"), range(2, 5)[1])
try:
    list(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    tuple(5)
except TypeError as e:
    print("TypeError", e)
try:
    float("x")
except ValueError as e:
    print("ValueError", e)

# Builtin function arity and keyword errors.
for call in [lambda: len(), lambda: len(1, 2), lambda: len(x=1), lambda: len(5),
             lambda: isinstance(1), lambda: isinstance(1, int, 2), lambda: isinstance(1, 2),
             lambda: "a".upper(1), lambda: "a".upper(x=1), lambda: str.upper(5),
             lambda: str.upper(), lambda: [].append(), lambda: [].append(1, 2),
             lambda: {}.get(), lambda: "a".startswith()]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(isinstance(m, int), isinstance(1, (str, int)), len("héllo"), len([1, 2]))
print(pow(2, exp=3), pow(base=2, exp=5), pow(2, 5, mod=3), round(2.675, ndigits=2))
for call in [lambda: round(1, x=2), lambda: pow(1, 2, z=3), lambda: pow(2, 3, exp=3),
             lambda: pow(exp=3), lambda: divmod(1, y=2), lambda: getattr(1, "a", q=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
