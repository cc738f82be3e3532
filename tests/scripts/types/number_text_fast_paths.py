# Fast paths for int(s, base), float(s), format specs on ints/floats,
# range() arguments and str.split: results and errors as CPython's.

def attempt(thunk):
    try:
        r = thunk()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

# int(s, base) for small values, prefixes, limits, bad digits
for s, b in [("ff", 16), ("FF", 16), ("-7f", 16), ("+10", 2), ("z", 36), ("Z", 36),
             ("777", 8), ("0x1f", 16), ("0X1F", 16), ("0b101", 2), ("0o17", 8),
             ("7fffffffffffffff", 16), ("8000000000000000", 16), ("-8000000000000000", 16),
             ("ffffffffffffffffffff", 16), ("1_0", 16), (" 1f ", 16), ("00ff", 16),
             ("11", 3), ("0", 5), ("-0", 7), ("zzzzzzzzzzzzz", 36), ("10", 0), ("0x10", 0)]:
    attempt(lambda: int(s, b))
for s, b in [("8", 8), ("g", 16), ("12", 2), ("", 16), ("-", 16), ("0x", 16), ("1 0", 16),
             ("é", 16), ("١٢", 16), ("_1", 16), ("1__0", 16), ("09", 0)]:
    attempt(lambda: int(s, b))
print(int("١٢", 10), int("٣"), int("00012"), int("-00"))

# float(s)
for s in ["1.5", "-1.5", "+2", "1.", ".5", "-.5", "1e5", "1E-5", "1.e3", ".5e+2", "  3.25\n",
          "1_0.5", "inf", "-Infinity", "nan", "0.1", "123456789.123456789", "1e400", "-0.0",
          "4.9e-324", "2.5e-400", "١.٥", "00.10", "007"]:
    attempt(lambda: float(s))
for s in ["", ".", "e5", ".e5", "1e", "1e+", "--1", "+-1", "1.5.5", "1e5.5", "0x10", "1 0",
          "1_", "_1", "1__0", "infinity1", "é"]:
    attempt(lambda: float(s))

# format specs on ints
for v in [0, 7, -7, 255, -255, 1234567, -1234567, 2**62, -2**63, 2**70, True]:
    print([format(v, f) for f in ["", "d", "5d", "<6d", "^7d", "=+8d", "08d", "+d", " d", ",",
                                  "_", ">12,", "x", "#x", "X", "#X", "o", "#o", "b", "#010b",
                                  "_x", "#_b", "n", "*^9", "e", ".2f", "%"]])
for f in ["c", ".2d", "z", ",x", "=s", "q"]:
    attempt(lambda: format(65, f))
print(f"{42:04d}|{-42:04d}|{42:>6}|{42:<6}|{42:^6}|{1234567:,}|{-1234567:_d}|{255:#06x}")
print(f"{'total':<10}|{12.5:>16.2f}|{7:>16d}|{123456:>16,}|{'x':*^5}|{'é':->4}")
print(f"{3.14159:.2f}|{-0.0:.1f}|{2.5:e}|{1e20:g}|{0.5:%}|{1234.5:,.1f}|{-1.5:=+9.2f}")

# range() arguments
print(list(range(3)), list(range(2, 5)), list(range(10, 0, -3)), range(True), range(-2**63, -2**63 + 2))
class Idx:
    def __index__(self):
        return 3
print(list(range(Idx())), list(range(1, Idx())))
attempt(lambda: range())
attempt(lambda: range(1, 2, 3, 4))
attempt(lambda: range(1.5))
attempt(lambda: range(1, 2, 0))
attempt(lambda: range("3"))
attempt(lambda: range(stop=3))

# split
for s in ["a b  c", "  lead and trail  ", "", "   ", "tab\tnew\nline\rcr\x0bvt\x0cff\x1cfs",
          "nbsp\xa0sep", "ém dash\u2003space", "one"]:
    print(s.split(), s.split(" "), s.split("a"))
print("a,b,,c,".split(","), "a::b::c".split("::"), "ééxéé".split("é"), "aXbXc".split("X"), ",".split(","))
attempt(lambda: "a".split(""))
attempt(lambda: "a b".split(None, 1))
attempt(lambda: "a b c".split(" ", 1))
