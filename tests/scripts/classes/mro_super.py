# C3 MRO and super() in diamonds
class A:
    def __init__(self):
        print('A.__init__')
        super().__init__()
    def who(self):
        return ['A']
class B(A):
    def __init__(self):
        print('B.__init__')
        super().__init__()
    def who(self):
        return ['B'] + super().who()
class C(A):
    def __init__(self):
        print('C.__init__')
        super().__init__()
    def who(self):
        return ['C'] + super().who()
class D(B, C):
    def __init__(self):
        print('D.__init__')
        super().__init__()
    def who(self):
        return ['D'] + super().who()
d = D()
print(d.who())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in D.mro()])
class X: pass
class Y: pass
class Z: pass
class P(X, Y): pass
class Q(Y, Z): pass
class R(P, Q): pass
print([k.__name__ for k in R.__mro__])
try:
    class Bad(X, P):
        pass
except TypeError as e:
    print('TypeError:', e)
class Explicit(B):
    def who(self):
        return ['Explicit'] + super(Explicit, self).who()
print(Explicit().who())
class Skip(D):
    def who(self):
        return super(B, self).who()
print(Skip().who())
class K:
    @classmethod
    def make(cls):
        return cls.__name__
class L(K):
    @classmethod
    def make(cls):
        return 'L->' + super().make()
print(L.make(), K.make())
