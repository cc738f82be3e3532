# complex: literals, constructor, arithmetic with ints and floats, repr, hashing.
z = 3 + 4j
print(z, repr(z), z.real, z.imag, abs(z), z.conjugate(), type(z), type(z).__name__)
print(1j, -1j, 0j, -0j, 2.5j, 1e20j, complex(-0.0, 0), complex(0, -0.0), complex(1, 1e-5))
print(complex(), complex(2), complex(2.5, -1), complex('1+2j'), complex(' -1.5e2-3J '),
      complex('j'), complex('-j'), complex('5'), complex(1+2j, 1j), complex(True))
print((1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j), (1 + 2j) - 1, 2 - (1 + 2j), 2 * (1 + 1j), (1 + 1j) * 2.5)
print((2j) ** 2, (1 + 1j) ** 3, (1 + 1j) ** -1, 2 ** (1j * 0), (1 + 2j) ** 0, 1j ** 0.5)
print(z == complex(3, 4), z != 3 + 4j, complex(3, 0) == 3, 3.0 == complex(3), z == 'x', 1j in [1j])
print(hash(3 + 0j) == hash(3), hash(2.5 + 0j) == hash(2.5), hash(1 + 2j) == hash(complex(1, 2)))
print(bool(0j), bool(1j), bool(complex(0, 0)), -z, +z, isinstance(z, complex), isinstance(1, complex))
print({1j: 'a'}[1j], sorted([abs(3 + 4j), abs(-1j)]), sum([1j, 2j, 3]), str(1 - 1j))
print(format(1 + 2j), '{}'.format(2 - 3j), f'{1.5 + 0.5j}', [complex(i, -i) for i in range(3)])
for bad in [lambda: (1 + 1j) / 0, lambda: 1 / 0j, lambda: complex('1+'), lambda: complex('abc'),
            lambda: complex([]), lambda: complex('1', 2), lambda: (1j) < (2j), lambda: int(1j),
            lambda: 0j ** -1, lambda: 1j // 2]:
    try:
        print(bad())
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
for i in range(3):
    w = complex(i, 1)
print(w)
print((-1) ** 0.5, (-8) ** (1 / 3), (-1.5) ** 2.5)
print(float('nan') * 1j, float('inf') * (1 + 1j), -float('inf') * (1 + 1j))


class HasComplex:
    def __complex__(self):
        return 10 + 1j


class BadComplex:
    def __complex__(self):
        return 'a'


class HasFloat:
    def __float__(self):
        return 2.5


print(complex(HasComplex()), complex(HasFloat()), complex(HasComplex(), 1))
for bad in [lambda: complex(BadComplex()), lambda: setattr(1j, 'imag', 0)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__)
