import math
print(math.pi, math.e, math.tau, math.inf, math.isnan(math.nan))
print(math.sqrt(16), math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.trunc(-2.7))
print(math.gcd(12, 18), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), math.hypot(3, 4), math.log(math.e), math.log2(1024), math.log10(1000))
print(math.sin(0), math.cos(0), round(math.atan2(1, 1), 10), math.degrees(math.pi), math.copysign(1, -0.0), math.isqrt(99))
