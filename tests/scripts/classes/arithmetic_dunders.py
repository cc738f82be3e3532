# arithmetic dunders: __add__ __sub__ __mul__ __radd__ __neg__ __iadd__ etc
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'Vec(%r, %r)' % (self.x, self.y)
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k):
        return self * k
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, -a, +a, abs(b))
print(sum([a, b, Vec(10, 10)]), a / 2, b // 2, b % 2, a ** 2)
print(a + b == Vec(4, 6), a == b)
try:
    a * 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    a @ b
except TypeError as e:
    print('TypeError:', e)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, v):
        self.items.append(v)
        return self
    def __add__(self, v):
        print('__add__ not used for +=')
        return self
x = Acc()
y = x
x += 1
x += 2
print(x.items, x is y)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
o = OnlyAdd(1)
o2 = o
o += 5
print(o.v, o2.v, o is o2)
class Bits:
    def __init__(self, v):
        self.v = v
    def __and__(self, o): return Bits(self.v & o.v)
    def __or__(self, o): return Bits(self.v | o.v)
    def __xor__(self, o): return Bits(self.v ^ o.v)
    def __invert__(self): return Bits(~self.v)
    def __lshift__(self, n): return Bits(self.v << n)
    def __rshift__(self, n): return Bits(self.v >> n)
    def __repr__(self): return 'Bits(%s)' % bin(self.v)
p, q = Bits(0b1100), Bits(0b1010)
print(p & q, p | q, p ^ q, ~p, p << 2, p >> 2)
class RSub:
    def __rsub__(self, o):
        return 'rsub(%r)' % o
    def __rtruediv__(self, o):
        return 'rtruediv(%r)' % o
print(10 - RSub(), 1 / RSub())
