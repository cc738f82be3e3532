# f-string pieces: conversions (!s !r !a), specs held in variables, machine
# and big ints without a spec, strs passed through, and the errors.
class S(str):
    def __format__(self, spec):
        return "S<" + spec + ">"

class P:
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
    def __format__(self, spec):
        return "P-format<" + spec + ">"

for v in [0, -1, 42, 2 ** 63 - 1, -(2 ** 63), 2 ** 64, -2 ** 100, True, None, 1.5, -0.0,
          1e22, "", "abc", "é", S("sub"), P(), [1, "a"], (2,)]:
    print(f"{v}|{v!s}|{v!r}|{v!a}|{v:}")
w = 8
for spec in ["", ">8", "<6", "^7", "*^9"]:
    print(f"[{'ab':{spec}}] [{'é':{spec}}] [{12:{spec}}] [{P():{spec}}]")
print(f"{42:0{w}d} {3.14159:{w}.{3}f} {'x'!r:>{w}} {255:#x} {'é'!a}")
s = "same"
print(f"{s}" is s, f"{s!s}" == s, f"{s!r}")
print(f"{'a'}{1}{'b'}{2.0}{None}{''}{'é' * 3}{-5}")
for bad in [lambda: f"{1:s}", lambda: f"{'a':d}", lambda: f"{1.5:x}", lambda: f"{[]:>3}",
            lambda: f"{'a':=5}", lambda: f"{1:,s}"]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
