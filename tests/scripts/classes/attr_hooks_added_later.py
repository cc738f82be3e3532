# __getattr__/__getattribute__/__setattr__ hooks seen by the generic
# attribute paths, including hooks added to a class after use.


class Plain:
    pass


p = Plain()
p.x = 1
print(p.x, getattr(p, "y", "no y"))
Plain.__getattr__ = lambda self, name: "fallback " + name
print(p.x, p.y, getattr(p, "z"))
del Plain.__getattr__
print(getattr(p, "y", "no y again"))

log = []


def logging_setattr(self, name, value):
    log.append(name)
    object.__setattr__(self, name, value)


Plain.__setattr__ = logging_setattr
p.a = 2
p.b = 3
print(p.a, p.b, log)
del Plain.__setattr__
p.c = 4
print(log, p.c)


class Base:
    pass


class Child(Base):
    pass


c = Child()
c.v = 10
print(c.v)
Base.__getattribute__ = lambda self, name: "intercepted " + name
print(c.v, c.anything)
del Base.__getattribute__
print(c.v)


class Exc(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


for i in range(3):
    try:
        raise Exc(i)
    except Exc as e:
        print(e.code, e.args, getattr(e, "missing", "none"))
Exc.__getattr__ = lambda self, name: "exc fallback " + name
try:
    raise Exc(7)
except Exc as e:
    print(e.code, e.other)


class WithGetattrStatic:
    __getattr__ = staticmethod(lambda name: "static " + name)


try:
    print(WithGetattrStatic().q)
except TypeError as e:
    print("TypeError:", e)
