# type.__subclasses__(): the live classes naming a class as a direct base.
import gc


class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


print(A.__subclasses__(), B.__subclasses__(), D.__subclasses__())
print(type.__subclasses__(C))
del D
gc.collect()
print(B.__subclasses__(), C.__subclasses__())
E = type("E", (A,), {})
print([c.__name__ for c in A.__subclasses__()])
try:
    type.__subclasses__(3)
except TypeError as e:
    print(e)
