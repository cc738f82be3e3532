# Uses the fastmath native extension (fastmath.c, built as fastmath.so).
import fastmath
from fastmath import Vec2, hypot3

print(fastmath.__name__, fastmath.__file__.endswith('.so'), round(fastmath.PI, 5))
print(hypot3(3, 4), hypot3(1, 2, z=2))
print(fastmath.dot([1, 2, 3], (4.0, 5.0, 6.0)))
try:
    fastmath.dot([1, 2], [1])
except ValueError as e:
    print('ValueError:', e)
try:
    hypot3(1)
except TypeError as e:
    print('TypeError:', e)
try:
    hypot3('a', 2)
except TypeError as e:
    print('TypeError:', e)

a = Vec2(3, 4)
b = Vec2(y=1.5)
c = a + b
print(a, b, c, a.length(), c.x, c.y)
print(isinstance(c, Vec2), type(c).__name__, fastmath.live_vectors())


class Named(Vec2):
    def describe(self):
        return f'{self!r} of length {self.length():.2f}'


print(Named(1, 1).describe(), type(Named(1, 0) + Vec2(0, 1)).__name__)
try:
    Vec2.length(5)
except TypeError as e:
    print('TypeError:', e)
try:
    Vec2(1, 1) + 5
except TypeError as e:
    print('TypeError:', e)
del a, b, c
print('live after del:', fastmath.live_vectors())
