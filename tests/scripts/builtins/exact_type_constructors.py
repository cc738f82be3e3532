# Calls of the exact builtin types (each constructor found by identity) and
# ASCII upper()/lower() around the 32-byte stack buffer, against subclasses.
class MyStr(str):
    pass

print(str(5), str(-0), str("x"), str(), str(b"a"), str(1.5), str(None), str([1]))
print(int("12"), int(" -7 "), int(3.9), int("ff", 16), int(), int(True))
print(float("1.5"), float(3), float(), float(" -2e3 "))
print(tuple([1, 2]), tuple(), list("ab"), list(), dict(a=1), dict([(1, 2)]), dict())
print(sorted(set("aba")), set(), range(3), range(1, 9, 2)[2], bool(0), bool("x"), bool())
print(sorted(frozenset([2, 1])), bytes(3), bytes("é", "utf-8"), bytearray(b"ab"), bytearray())
print(type(MyStr("q")).__name__, MyStr("q") + "r", isinstance(str(MyStr("z")), MyStr))
for bad in [lambda: int("x"), lambda: float("y"), lambda: str(b"a", "nope"),
            lambda: range(), lambda: bool(1, 2), lambda: list(1, 2), lambda: tuple(5)]:
    try:
        bad()
    except (ValueError, TypeError, LookupError) as e:
        print(type(e).__name__ + ":", e)
for n in [0, 1, 31, 32, 33, 40]:
    s = ("aB" * 20)[:n]
    print(n, s.upper(), s.lower(), s.upper().isascii(), len(s.lower()), ("é" + s).upper()[:3])
print(MyStr("Ab").upper(), type(MyStr("Ab").lower()).__name__)
