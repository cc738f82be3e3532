import math
def check(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
check(math.sqrt, -1)
check(math.log, 0)
check(math.log, -2)
check(math.log, 8, 1)
check(math.log10, 0)
check(math.log2, -1)
check(math.acos, 2)
check(math.asin, -1.5)
check(math.exp, 1000)
check(math.pow, 10, 400)
check(math.pow, 0, -1)
check(math.pow, -8, 1 / 3)
check(math.sqrt, "4")
check(math.sqrt, None)
check(math.sqrt)
check(math.sqrt, 1, 2)
check(math.pow, 2)
check(math.floor, math.inf)
check(math.ceil, math.nan)
check(math.factorial, -1)
check(math.factorial, 2.5)
check(math.gcd, 2.0, 4)
check(math.isqrt, -1)
check(math.comb, -1, 2)
check(math.comb, 5, -2)
check(math.fmod, 1, 0)
check(math.ldexp, 1.0, 2.0)
check(math.dist, (1, 2), (1, 2, 3))
check(math.cosh, 1000)
check(math.atanh, 1)
check(math.fsum, [math.inf, -math.inf])
class F:
    def __float__(self):
        return 2.25
class I:
    def __index__(self):
        return 12
class R:
    def __floor__(self):
        return "floored"
print(math.sqrt(F()), math.gcd(I(), 8), math.floor(R()))
