# gamma, lgamma, erf, erfc: values agree with CPython to a few ulps (printed
# to 12 significant digits), exact at the exact points, CPython's errors.
import math

points = [0.1, 0.5, 1.0, 1.5, 2.0, 2.5, 3.3, 5.0, 7.25, 10.0, 20.5, 50.0, 100.3,
          170.5, -0.5, -1.5, -2.7, 1e-10, 0.999, 33.3]
for x in points:
    print(x, "%.12g %.12g %.12g %.12g" % (math.gamma(x), math.lgamma(x),
                                          math.erf(x), math.erfc(x)))
print(math.gamma(1.0), math.gamma(5), math.gamma(11) == math.factorial(10))
print(math.lgamma(1.0), math.lgamma(2.0), math.erf(0.0), math.erfc(0.0))
print(math.erf(float("inf")), math.erf(float("-inf")), math.erfc(float("-inf")))
print(math.gamma(float("inf")), math.lgamma(float("-inf")), math.isnan(math.erf(float("nan"))))
for bad in [0.0, -1.0, -2.0, float("-inf"), 171.7, 200.0]:
    try:
        print(math.gamma(bad))
    except (ValueError, OverflowError) as e:
        print("gamma", bad, type(e).__name__, e)
for bad in [0.0, -1.0, -5.0, 1e308]:
    try:
        print(math.lgamma(bad))
    except (ValueError, OverflowError) as e:
        print("lgamma", bad, type(e).__name__, e)
try:
    math.erf("x")
except TypeError as e:
    print(e)
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0))
print(math.nextafter(5.0, 5.0), math.nextafter(float("inf"), 0.0))
print(math.ulp(1.0), math.ulp(-3.5), math.ulp(0.0), math.ulp(float("inf")), math.ulp(1e308))
print(math.isnan(math.ulp(float("nan"))), math.ulp(2 ** 52))
try:
    math.nextafter(1.0)
except TypeError as e:
    print(e)
