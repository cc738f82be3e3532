# Fraction constructors (ints, pairs, strings, floats, Fractions), their
# error messages, limit_denominator, and hashes equal to equal ints/floats.
from fractions import Fraction as F
import copy
import sys

vals = [F(3, 4), F(-7, 2), F(5), F(0), F(10, -8), F(F(1, 7), 5), F(F(1, 7), F(2, 3)),
        F(0.1), F(-2.25), F(True), F(True, 2), F(2**100, 2**99), F(numerator=3, denominator=9),
        F(denominator=4), F(1e300), F(5e-324), F(-0.0)]
for v in vals:
    print(repr(v), str(v), v.numerator, v.denominator, v.as_integer_ratio(), bool(v))

for s in ['3/4', ' -1.5 ', '1e-3', '7', '+.5', '1.', '1_000/3_0', '-47e-2', '3.1415', '1.5E+3',
          '\t12\n', '\u0663/\u0664', '0/5', '00012', '1e-20', '-0', '123.456e2', ' +3/6 ', '1.e2',
          '1_2.3_4e1_0']:
    print(repr(s), repr(F(s)))
for s in ['', ' ', '.', '1/', '/2', '1 /2', '1__0', '_1', '1_', '1.5/2', '1e', '1e+', 'abc',
          '1/2/3', '--1', 'inf', 'nan', '1.2.3', '1/-2', '1e1.5', '1_.5', '.e1', '1/2e3', '1._5']:
    try:
        print(repr(s), F(s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
for args in [(1, 0), ('1/0',), (F(1, 2), 0), (1.5, 2), (1, 2.0), ([],), (None,),
             (float('nan'),), (float('inf'),), (F(1, 2), F(0)), ('1', 2), (1j,)]:
    try:
        print(args, F(*args))
    except Exception as e:
        print(args, type(e).__name__, e)

print(F.from_float(0.3), F.from_float(3), F.from_float(-0.0), F.from_float(True))
for bad in ['x', F(1, 2), None]:
    try:
        F.from_float(bad)
    except Exception as e:
        print(type(e).__name__, e)

pi = F('3.141592653589793')
print(pi.limit_denominator(10), pi.limit_denominator(100), pi.limit_denominator(1),
      F(4321, 8765).limit_denominator(10000), F(0.1).limit_denominator(),
      F(-1, 3).limit_denominator(2), F(7, 2).limit_denominator(1), repr(F(5).limit_denominator(3)))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print(type(e).__name__, e)

M = sys.hash_info.modulus
for v in [F(1, 2), F(-1, 2), F(3), F(-1), F(1, 3), F(-7, 3), F(0.1), F(2**70, 3), F(1, M),
          F(-1, M), F(5, 2 * M), F(M, 1), F(10**30, 7**20), F(1, 2**100)]:
    print(repr(v), hash(v))
print(hash(F(1, 2)) == hash(0.5), hash(F(-3)) == hash(-3), hash(F(-1)) == -2,
      hash(F(2**64)) == hash(2**64), hash(F(0.1)) == hash(0.1), hash(F(1, M)) == hash(float('inf')))
print({F(1, 2): 'a', 0.5: 'b', F(2): 'c', 2: 'd'}, F(1, 3) in {F(2, 6)}, len({F(0), 0, 0.0, False}))

print(copy.copy(F(1, 3)), copy.deepcopy([F(1, 3)]), F(1, 3).__reduce__())


class G(F):
    pass


g = G(3, 6)
print(repr(g), type(g).__name__, type(g + 1).__name__, repr(copy.copy(g)), isinstance(g, F),
      repr(G('1.5')), repr(G.from_float(0.25)))
