# math's one-float functions through their fast entries: values, errors, infinities, ints and __float__
import math
print(math.sqrt(2), math.sqrt(4), math.sqrt(0.0), math.sqrt(-0.0), math.sqrt(float("inf")), math.sqrt(True), math.sqrt(10**40))
print(math.exp(1), math.exp(-1000), math.sin(1), math.cos(0), math.tan(0.5), math.atan(1e300), math.fabs(-0.0), math.fabs(-3))
print(math.cos(float("nan")), math.exp(float("inf")), math.exp(float("-inf")), math.sinh(3), math.degrees(math.pi), math.erf(0.5))
for bad in [lambda: math.sqrt(-1), lambda: math.exp(1000), lambda: math.sin(float("inf")), lambda: math.sqrt("x"), lambda: math.sqrt(), lambda: math.sqrt(1, 2), lambda: math.acos(2), lambda: math.cosh(1000), lambda: math.degrees(1e308)]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
class F:
    def __float__(self):
        return 0.25
print(math.sqrt(F()), math.sin(F()))
t = 0.0
for i in range(2000):
    t += math.sqrt(i) * math.sin(i) + math.fabs(math.cos(i))
print(round(t, 6))
