# metaclasses deriving from type: __new__, __init__, __call__ via super(), type(name, bases, ns)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['added'] = 42
        return super().__new__(mcls, name, bases, ns)
    def hello(cls):
        return 'hello ' + cls.__name__
class A(metaclass=Meta): pass
print(type(A), A.added, A.hello())
class Reg(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Reg.registry.append(name)
class B(metaclass=Reg): pass
class C(B): pass
print(Reg.registry, type(C).__name__)
X = Meta('X', (), {})
print(type(X).__name__, X.added)
class Sing(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class S(metaclass=Sing):
    def __init__(self, v): self.v = v
print(S(1) is S(2), S(3).v)
