# __prepare__, metaclass __init__ arguments, __instancecheck__ and __subclasscheck__
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, bases, kw)
        d = {"injected": 42}
        return d
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, [k for k in ns if not k.startswith("__")])
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, sorted(k for k in ns if not k.startswith("__")), kw)

class A(metaclass=Ordered, flag=True):
    b = 2
    a = 1
    def m(self):
        return injected
print(A.injected, A.a, A.b)

class B(A):
    c = 3
print(type(B).__name__, B.injected)

class Recording(dict):
    pass

class UsesSubclass(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording(seed=1)
    def __new__(mcls, name, bases, ns):
        print("ns type", type(ns).__name__, "seed" in ns, "x" in ns)
        return super().__new__(mcls, name, bases, dict(ns))

class C(metaclass=UsesSubclass):
    x = 1
print(C.seed, C.x)

class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class D(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError:", e)

class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")

class Quacker(metaclass=Duck):
    pass

class Mallard:
    def quack(self):
        return "quack"

print(isinstance(Mallard(), Quacker), isinstance(1, Quacker))
print(issubclass(Mallard, Quacker), issubclass(int, Quacker))
print(isinstance(Mallard(), (int, Quacker)), issubclass(Mallard, (str, Quacker)))
print(isinstance(Quacker(), Quacker))
try:
    issubclass(1, Quacker)
except TypeError as e:
    print("TypeError:", e)
