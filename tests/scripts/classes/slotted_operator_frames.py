# Slotted value classes built by class calls inside operator dunders (both
# run in pushed frames): results, NotImplemented falling back to the
# reflected method or to TypeError, __init__ returning a non-None value,
# and errors raised inside __init__ with an unset slot left behind.
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return NotImplemented
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(k * self.x, k * self.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


class Vec3(Vec):
    __slots__ = ("z",)

    def __init__(self, x, y, z=0):
        super().__init__(x, y)
        self.z = z

    def __radd__(self, other):
        return ("radd", other.x, self.z)


a, b = Vec(1, 2), Vec(3.5, -1)
print(a + b, a * 3, 2 * b, (a + b) * 0.5)
acc = Vec(0, 0)
for i in range(50):
    acc = acc + Vec(i, -i) * 2
print(acc)
print(a + Vec3(1, 1, 9))
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    a * a
except TypeError as e:
    print("TypeError:", e)


class Bad:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v
        return v


print(Bad(None).v)
try:
    Bad(3)
except TypeError as e:
    print("TypeError:", e)


class Half:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        if b is None:
            raise ValueError("no b")
        self.b = b


try:
    Half(1, None)
except ValueError as e:
    print("ValueError:", e)
h = Half.__new__(Half)
h.a = 1
try:
    h.b
except AttributeError as e:
    print("AttributeError:", e)
objs = [Half(i, i * i) for i in range(5)]
print([o.a + o.b for o in objs])
