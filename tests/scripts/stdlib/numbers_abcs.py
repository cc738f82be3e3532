# numbers: the ABC tower, the builtin numbers registered in it, user classes
# that subclass or register, and the abstract-method checks.
import numbers
from numbers import Number, Complex, Real, Rational, Integral

tower = [Number, Complex, Real, Rational, Integral]
for value in (3, True, 2.5, 1j, 'x', None, [1]):
    print(repr(value), [cls.__name__ for cls in tower if isinstance(value, cls)])
for typ in (int, bool, float, complex, str):
    print(typ.__name__, [issubclass(typ, cls) for cls in tower])
print(isinstance(2.5, numbers.Integral), isinstance(1j, numbers.Real))
print(issubclass(Integral, Rational), issubclass(Real, Integral))
print(type(Number).__name__, Number.__module__ if False else 'numbers')
print(sorted(Integral.__abstractmethods__))
print(sorted(Real.__abstractmethods__))
print(Number.__hash__ is None)

try:
    Real()
except TypeError as e:
    print('TypeError:', str(e)[:45])


class Money(Rational):
    # A concrete rational: cents over 100.
    def __init__(self, cents):
        self.cents = cents
    numerator = property(lambda self: self.cents)
    denominator = property(lambda self: 100)
    def __add__(self, o): return Money(self.cents + o.cents)
    __radd__ = __add__
    def __neg__(self): return Money(-self.cents)
    def __pos__(self): return self
    def __mul__(self, o): return Money(self.cents * o)
    __rmul__ = __mul__
    def __truediv__(self, o): return Money(self.cents // o)
    def __rtruediv__(self, o): return NotImplemented
    def __pow__(self, e): return NotImplemented
    def __rpow__(self, b): return NotImplemented
    def __abs__(self): return Money(abs(self.cents))
    def __eq__(self, o): return isinstance(o, Money) and o.cents == self.cents
    __hash__ = object.__hash__
    def __trunc__(self): return self.cents // 100
    def __floor__(self): return self.cents // 100
    def __ceil__(self): return -(-self.cents // 100)
    def __round__(self, nd=None): return round(self.cents / 100, nd)
    def __floordiv__(self, o): return self.cents // o
    def __rfloordiv__(self, o): return NotImplemented
    def __mod__(self, o): return self.cents % o
    def __rmod__(self, o): return NotImplemented
    def __lt__(self, o): return self.cents < o.cents
    def __le__(self, o): return self.cents <= o.cents


m = Money(250)
print(isinstance(m, Real), isinstance(m, Integral), float(m), complex(m))
print(m.real.cents, m.imag, m.conjugate().cents, bool(m), bool(Money(0)))
print((m - Money(50)).cents, divmod(m, 7))


class Half:
    pass


try:
    class Broken(Integral):
        pass
    Broken()
except TypeError as e:
    print('TypeError:', str(e).split(' with ')[0])

Real.register(Half)
print(isinstance(Half(), Real), isinstance(Half(), Complex), isinstance(Half(), Integral))
print(issubclass(Half, Number))


class MyInt(int):
    pass


print(isinstance(MyInt(4), Integral), Integral.__instancecheck__(MyInt(4)))
print(Integral.numerator.__get__(7), Integral.denominator.__get__(7))
print(Integral.__index__(7), Integral.__float__(7))
