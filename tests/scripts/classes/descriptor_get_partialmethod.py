# __get__ of staticmethod and classmethod objects, and functools.partialmethod.
from functools import partialmethod


def f(c, *a):
    return (c, a)


cm = classmethod(f)
sm = staticmethod(f)
print(cm.__func__ is f, sm.__func__ is f, hasattr(cm, "__get__"), hasattr(sm, "__get__"))
print(cm.__get__(None, int)(1), cm.__get__(3)(2), sm.__get__(None, int)(5), sm.__get__(1) is f)
try:
    cm.__get__(None)
except TypeError as e:
    print("TypeError", e)


class C:
    def f(self, a, b, c=0):
        return (a, b, c)
    g = partialmethod(f, 10)
    h = partialmethod(f, 1, c=3)

    @classmethod
    def k(cls, a, b):
        return (cls.__name__, a, b)
    kk = partialmethod(k, "x")

    @staticmethod
    def s(a, b):
        return a * b
    ss = partialmethod(s, 6)


print(C().g(5), C().h(2), C().g(5, c=9), C().kk(7), C.kk(8), C().ss(7), C.ss(2))
print(repr(C.__dict__["g"]).startswith("functools.partialmethod(<function C.f"))
