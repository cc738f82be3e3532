# subclassing int, float, str and tuple: values, methods, operators, __new__
class I(int):
    def double(self):
        return self * 2
i = I(21)
print(i, i.double(), i + 1, -i, abs(I(-3)), i // 4, i % 5, i ** 2, divmod(i, 4), hash(i) == hash(21))
print(i > 20, i < 20, i == 21, 21 == i, {i: 'v'}[21], [0] * I(2), 'ab'[I(1)], range(I(3)), int(i), float(i))
print(f'{i:05d}', '%d' % i, str(i), repr(i), format(i, 'x'), bin(i), i.bit_length(), I('12'), I('ff', 16))
class F(float):
    pass
f = F(2.5)
print(f, f * 2, round(f), int(f), f.is_integer(), F('1.5'), f == 2.5, type(f + 1).__name__)
class S(str):
    def __new__(cls, v, extra='!'):
        o = super().__new__(cls, v)
        o.extra = extra
        return o
s = S('abc')
print(s, s.extra, s.upper(), s[0], s + 'd', 'x' + s, s * 2, s.split('b'), len(s), s in 'xabcx', 'b' in s)
print({s: 1}['abc'], 'abc' == s, s.startswith('a'), '-'.join([s, s]), f'{s:>5}', '%s!' % s, s.format(), sorted(S('cba')))
class T(tuple):
    def first(self):
        return self[0]
tt = T((1, 2, 3))
print(tt, tt.first(), tt + (4,), len(tt), hash(tt) == hash((1, 2, 3)), tt == (1, 2, 3), tt.count(1), tt[::-1])
class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = P(3, 4)
print(p, p.x, type(p).__name__, p[1])
