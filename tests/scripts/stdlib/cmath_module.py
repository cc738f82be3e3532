# cmath's API: constants, argument conversion (__complex__, __float__,
# __index__, big ints), argument-count and type errors, log with a base,
# polar/rect/phase, isclose and the finite/inf/nan tests.
import cmath
import math

inf, nan = math.inf, math.nan


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print([n for n in dir(cmath) if not n.startswith('__')])
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(type(cmath.infj).__name__, cmath.infj.real, cmath.nanj.imag)


class HasComplex:
    def __complex__(self):
        return 3 + 4j


class HasFloat:
    def __float__(self):
        return 2.0


class HasIndex:
    def __index__(self):
        return 7


class BadComplex:
    def __complex__(self):
        return 5


for label, v in (('complex', 3 + 4j), ('int', 4), ('float', 2.25), ('bool', True),
                 ('__complex__', HasComplex()), ('__float__', HasFloat()),
                 ('__index__', HasIndex()), ('negative', -4), ('-0.0', -0.0)):
    show('sqrt ' + label, lambda: cmath.sqrt(v))
show('bad __complex__', lambda: cmath.sqrt(BadComplex()))
show('big int', lambda: cmath.sqrt(10 ** 400))
show('str', lambda: cmath.sqrt('x'))
show('None', lambda: cmath.sqrt(None))
show('no args', lambda: cmath.sqrt())
show('two args', lambda: cmath.sqrt(1, 2))
show('keyword', lambda: cmath.sqrt(z=1))
show('phase no args', lambda: cmath.phase())

print('-- log')
for args in ((1,), (8, 2), (2j, 1j), (-1,), (1j,), (100, 10), (-8, -2), (1e-320,), (1e308 + 1e308j,)):
    show('log%r' % (args,), lambda: cmath.log(*args))
for args in ((0,), (1, 0), (1, 1), (0, 0), (0, 2), (complex(inf, 0), 2)):
    show('log%r' % (args,), lambda: cmath.log(*args))
show('log 3 args', lambda: cmath.log(1, 2, 3))
show('log no args', lambda: cmath.log())
show('log str', lambda: cmath.log('x'))
show('log base str', lambda: cmath.log(1, 'x'))
show('log keyword', lambda: cmath.log(x=1))
print(cmath.log10(1000), cmath.log10(-100), cmath.log10(1j))
show('log10(0)', lambda: cmath.log10(0))

print('-- polar, rect, phase')
for z in (1j, -1, -1 - 0j, complex(-1, -0.0), 3 + 4j, complex(inf, 1), complex(nan, inf),
          complex(1e308, 1e308), complex(0.0, -0.0)):
    show('polar %r' % z, lambda: cmath.polar(z))
    show('phase %r' % z, lambda: cmath.phase(z))
show('polar overflow', lambda: cmath.polar(complex(1.7e308, 1.7e308)))
show('phase underflow', lambda: cmath.phase(complex(1e308, 1e-20)))
show('phase subnormal', lambda: cmath.phase(complex(1e154, 1e-160)))
for r, phi in ((1, 0), (2, math.pi), (1, -0.0), (-1, -0.0), (1, math.pi / 2), (0, inf),
               (inf, 0), (inf, 1), (-inf, 2), (1, inf), (nan, 1), (3, nan)):
    show('rect(%r, %r)' % (r, phi), lambda: cmath.rect(r, phi))
show('rect one arg', lambda: cmath.rect(1))
show('rect str', lambda: cmath.rect(1, 'x'))
show('rect complex', lambda: cmath.rect(1j, 1))
z = 2 - 3j
r, phi = cmath.polar(z)
back = cmath.rect(r, phi)
print(back, cmath.isclose(back, z), abs(back - z) < 1e-15)

print('-- predicates')
for z in (1 + 1j, complex(inf, 0), complex(0, -inf), complex(nan, 0), complex(inf, nan), 0, 1.5):
    print(z, cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
show('isfinite str', lambda: cmath.isfinite('x'))
print(cmath.isclose(1, 1.0000000001), cmath.isclose(1j, 1j + 1e-10, abs_tol=1e-9),
      cmath.isclose(1 + 1j, 1 + 1.1j, rel_tol=0.1), cmath.isclose(complex(inf, 0), complex(inf, 0)),
      cmath.isclose(complex(1, nan), 1), cmath.isclose(complex(inf, 1), complex(inf, 2)),
      cmath.isclose(a=1, b=1), cmath.isclose(1, b=1 + 1e-12))
show('isclose negative tol', lambda: cmath.isclose(1, 2, rel_tol=-1))
show('isclose 3 args', lambda: cmath.isclose(1, 2, 3))
show('isclose 1 arg', lambda: cmath.isclose(1))
show('isclose b only', lambda: cmath.isclose(b=1))
show('isclose twice', lambda: cmath.isclose(1, a=1))
show('isclose unknown', lambda: cmath.isclose(1, 2, tol=1))
show('isclose str', lambda: cmath.isclose(1, b='x'))
show('isclose tol str', lambda: cmath.isclose(1, 2, rel_tol='x'))

print('-- errors')
for name, z in (('exp', 1000), ('exp', complex(1000, 0)), ('cosh', 1000), ('sinh', complex(1000, 1)),
                ('atanh', 1), ('atanh', -1), ('acosh', 0), ('sqrt', complex(-0.0, -0.0)),
                ('exp', complex(inf, inf)), ('exp', complex(-inf, inf)), ('cos', complex(0, 1000)),
                ('tan', complex(1, inf)), ('tanh', complex(inf, 1)), ('sin', complex(inf, 0))):
    show('%s(%r)' % (name, z), lambda: getattr(cmath, name)(z))
# Identities the algorithms keep.
for z in (0.5 + 0.25j, -3 + 2j, 1e-8 - 1e-8j):
    print(cmath.isclose(cmath.sin(z) ** 2 + cmath.cos(z) ** 2, 1),
          cmath.isclose(cmath.exp(cmath.log(z)), z),
          cmath.isclose(cmath.tan(cmath.atan(z)), z),
          cmath.isclose(cmath.sinh(cmath.asinh(z)), z),
          cmath.sqrt(z) ** 2 == z or cmath.isclose(cmath.sqrt(z) ** 2, z))
