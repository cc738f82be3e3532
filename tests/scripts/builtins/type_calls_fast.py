# range/int/float/str calls through the loop's fast type calls, errors and subclasses included
print(list(range(3)), list(range(1, 4)), list(range(10, 0, -3)), range(2, 9, 2))
for bad in [lambda: range(1, 2, 0), lambda: range(), lambda: range(1.5), lambda: range("a"), lambda: range(1, 2, 3, 4)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(int(3), int(2.9), int(-2.9), int("  12 "), int("1_000"), int(True), int(10**20 * 1.0))
print(float(2), float("1e3"), float(" -inf "), float(True), str(12), str(-7), str("s"), str(1.5), str(None), str([1, "a"]))
for bad in [lambda: int("x"), lambda: int(float("nan")), lambda: float("y"), lambda: int([])]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class S:
    def __str__(self):
        return "custom"
class I(int):
    pass
print(str(S()), int(I(5)), type(int(I(5))).__name__, range(I(3)), type(range(3)).__name__)
class R:
    def __index__(self):
        return 4
print(list(range(R())), int("7", 8), str(b"ab", "ascii"))
