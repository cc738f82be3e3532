# __slots__ without __dict__ rejects other instance attributes.
class S:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1


s = S()
s.b = 2
print(s.a, s.b)
for name in ['c', 'other']:
    try:
        setattr(s, name, 3)
    except AttributeError as e:
        print('AttributeError:', e)


def set_c(obj):
    obj.c = 1  # the same site for every class below


class T(S):
    __slots__ = 'c'


class U(S):
    pass


class V(S):
    __slots__ = ['__dict__']


class W:
    __slots__ = ()


for cls in [S, T, U, V, W, S]:
    o = cls.__new__(cls)
    try:
        set_c(o)
        print(cls.__name__, 'ok', o.c)
    except AttributeError as e:
        print(cls.__name__, 'AttributeError:', e)


class P:
    __slots__ = ('_x',)

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        self._x = v * 2


p = P()
p.x = 4
print(p.x)
try:
    P().missing
except AttributeError as e:
    print('AttributeError:', e)
