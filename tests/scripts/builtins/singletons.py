# object(), NotImplemented, Ellipsis, None, id for identity
o = object()
p = object()
print(o is o, o is p, o == p, o != p, type(o).__name__)
print(id(o) == id(o), id(o) == id(p))
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(Ellipsis, ..., Ellipsis is ..., type(...).__name__, repr(...))
print(None, repr(None), type(None).__name__, None is None, bool(None))
class V:
    def __eq__(self, other):
        return NotImplemented
print(V() == V(), V() != V())
class W:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        if isinstance(other, W):
            return W(self.n + other.n)
        return NotImplemented
    def __radd__(self, other):
        return 'radd with ' + repr(other)
print((W(1) + W(2)).n, 5 + W(1))
try:
    W(1) + 5
except TypeError as e:
    print('TypeError:', e)
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]))
try:
    object().x = 1
except AttributeError as e:
    print('AttributeError:', e)
print(str(object), object.__name__)
