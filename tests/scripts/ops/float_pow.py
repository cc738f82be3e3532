# Float ** on the dispatch loop's fast path and off it: results, overflow,
# negative and zero bases, int/float mixes.
vals = [2.0, 0.5, 1e300, 1e-300, 3.7, 1.0]
exps = [0.5, 2.0, -1.5, 10.0, 400.0, -400.0, 0.0, 3]
for x in vals:
    for y in exps:
        try:
            print(x, y, repr(x ** y))
        except OverflowError as e:
            print(x, y, "OverflowError", e)
print(repr(2 ** 0.5), repr(2.0 ** 3), repr(10 ** -2.0))
try:
    print((-8.0) ** (1/3))
except Exception as e:
    print(type(e).__name__)
print((-2.0) ** 2, (-2.0) ** 3.0, 0.0 ** 2.0)
try:
    0.0 ** -1.0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
