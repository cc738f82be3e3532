# default __eq__/__ne__/__hash__ behaviour and reflected comparisons
class A:
    pass
a1, a2 = A(), A()
print(a1 == a1, a1 == a2, a1 != a2, a1 is not a2, [a1].count(a1), a1 in [a2])
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('EqOnly.__eq__')
        return isinstance(other, EqOnly) and self.v == other.v
e1, e2 = EqOnly(1), EqOnly(1)
print(e1 == e2)
print(e1 != e2)
print(EqOnly.__hash__ is None)
class Left:
    def __eq__(self, other):
        print('Left.__eq__')
        return NotImplemented
class Right:
    def __eq__(self, other):
        print('Right.__eq__')
        return True
print(Left() == Right())
print(Right() == Left())
class Sub(EqOnly):
    def __eq__(self, other):
        print('Sub.__eq__ (reflected first because subclass)')
        return True
print(EqOnly(1) == Sub(2))
class Ordered:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print('lt', self.v, other.v)
        return self.v < other.v
print(Ordered(1) > Ordered(2))
print(sorted([Ordered(3), Ordered(1), Ordered(2)], key=lambda o: o.v)[0].v)
