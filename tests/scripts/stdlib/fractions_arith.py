# Fraction arithmetic with int/float/complex/Fraction (and reflected), //, %,
# divmod, **, rounding, conversions and exact comparisons (inf and nan too).
from fractions import Fraction as F
import math

a, b = F(3, 4), F(-5, 6)
for x, y in [(a, b), (a, 2), (2, a), (a, 0.5), (0.5, a), (a, 1 + 2j), (1j, a), (b, True), (a, a), (-3, b)]:
    print(repr(x + y), repr(x - y), repr(x * y), repr(x / y))
    if isinstance(x, complex) or isinstance(y, complex):
        for op in ['//', '%']:
            try:
                eval('x %s y' % op)
            except TypeError as e:
                print(e)
    else:
        print(repr(x // y), repr(x % y), repr(divmod(x, y)))
for x, y in [(a, 0), (a, F(0)), (1, F(0)), (0.5, F(0)), (F(0), F(0))]:
    for op in ['/', '//', '%']:
        try:
            print(eval('x %s y' % op))
        except Exception as e:
            print(op, type(e).__name__, e)
print(divmod(F(7, 2), F(-2, 3)), F(7, 2) % -1, -7 % F(3, 2), 7.5 // F(2), divmod(7.5, F(2)), F(-7, 2) // 0.5)
for x, y in [(a, 'x'), ('x', a), (a, None), ([], a)]:
    try:
        x + y
    except TypeError as e:
        print(e)
try:
    'x' * a
except TypeError as e:
    print(e)

print(repr(a ** 2), repr(a ** -2), repr(b ** -3), repr(b ** 0), a ** F(1, 2), a ** 0.5,
      2 ** F(1, 2), 2 ** F(3), 2 ** F(-3), repr(F(1, 2) ** F(2)), 2.0 ** F(1, 2),
      repr(F(4) ** F(-1)), b ** F(1, 3), F(-8) ** F(1, 3), pow(F(2, 3), 3), pow(2, F(2)),
      repr(F(-2, 3) ** -2), repr(F(-2, 3) ** -3), (1 + 1j) ** F(2), F(2) ** (1 + 1j))
for x, y in [(F(0), -1), (F(0), F(-2)), (0, F(-1))]:
    try:
        x ** y
    except ZeroDivisionError as e:
        print(type(e).__name__, e)

print(repr(-a), repr(+b), repr(abs(b)), int(b), int(F(7, 2)), int(F(-7, 2)), float(a),
      float(F(1, 3)), complex(a), float(F(2**1100, 3**600)), float(F(1, 10**400)))
try:
    float(F(10**400, 3))
except OverflowError as e:
    print(type(e).__name__, e)
print(math.floor(b), math.ceil(b), math.trunc(b), math.floor(a), math.ceil(a),
      math.trunc(F(-7, 2)), F(7, 2).__trunc__(), type(math.floor(a)).__name__)
for v in [F(5, 2), F(7, 2), F(-5, 2), F(-7, 2), F(1, 3), F(2, 3), F(-1, 3), F(12345, 7)]:
    print(round(v), repr(round(v, 1)), repr(round(v, 0)), repr(round(v, 2)), repr(round(v, -1)), repr(round(v, -2)))
print(repr(round(F(25), -1)), repr(round(F(35), -1)), repr(round(F(-25), -1)), type(round(F(5, 2))).__name__)

print(a == F(6, 8), a == 0.75, a == 1, F(2) == 2, F(1, 3) == 1 / 3, F(0) == 0.0,
      a == complex(0.75, 0), a == complex(0.75, 1), a != 0.75, a == 'x', 0.75 == a, 2 == F(2))
inf, nan = float('inf'), float('nan')
print(a < 1, a > 1, 1 > a, 0.5 < a, a <= 0.75, a >= 0.75, a < inf, a > -inf, -inf < a,
      a < nan, a > nan, a == nan, a == inf, a != nan, nan != a, inf > a)
print(F(1, 3) < 1 / 3, F(1, 3) > 1 / 3, F(1, 10) < 0.1, F(1, 10) > 0.1, F(2**60 + 1) > 2.0**60)
print(sorted([F(1, 2), 0.3, 1, F(-1, 3), True, -2]), max(F(1, 3), F(1, 2)), min(F(1, 3), 0.3))
for y in ['x', 1j, None]:
    try:
        a < y
    except TypeError as e:
        print(e)
print(a.real, a.imag, a.conjugate(), sum([F(1, 3)] * 3), sum([F(1, 10)] * 10) == 1, bool(F(0)), bool(b))
print(F(1, 3) + F(2, 3), F(5, 6) - F(1, 3), F(2, 3) * F(9, 4), F(2, 3) / F(4, 9), F(1, 6) + F(1, 10), F(1, 6) - F(1, 10))
