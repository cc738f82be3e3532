import math
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for x in [0, 1, 2, 2.25, 10, 1e10, 12345678901234567890]:
    print(x, math.sqrt(x), math.exp(x % 50), math.log(x + 1), math.log2(x + 1), math.log10(x + 1))
print(math.log(8, 2), math.log(100, 10), math.log(2 ** 1000), math.log(2 ** 1000, 2), math.log10(10 ** 300))
for f in [math.floor, math.ceil, math.trunc]:
    print(f.__name__, [f(v) for v in [1.5, -1.5, 2.0, -0.2, 7, True, 1e20, -3.9999]])
    print(type(f(2.5)))
for x in [0.0, 0.5, -0.5, 1.0, 3.14159]:
    print(x, math.sin(x), math.cos(x), math.tan(x), math.atan(x), math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x))
print(math.asin(0.5), math.acos(0.5), math.acosh(2), math.atanh(0.5))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1))
print(math.degrees(math.pi), math.radians(180))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.hypot(), math.hypot(-5))
print(math.fabs(-3), math.fabs(2.5), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7.5, -2))
print(math.modf(3.75), math.modf(-2.5), math.modf(4))
print(math.frexp(8), math.frexp(0.1), math.frexp(0), math.ldexp(0.5, 4), math.ldexp(3, -2))
print(math.copysign(3, -0.0), math.copysign(-2, 1))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(4, -1), math.pow(0, 0))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(5, 2), math.remainder(7, 2))
print(math.expm1(1e-10), math.log1p(1e-10))
