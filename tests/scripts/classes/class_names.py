# type(x).__name__, __class__, __dict__, __name__/__qualname__ of classes and methods
class Outer:
    class Inner:
        def method(self):
            pass
    def method(self):
        def local():
            pass
        return local
print(Outer.__name__, Outer.__qualname__, Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.method.__name__, Outer.method.__qualname__, Outer.Inner.method.__qualname__)
print(Outer().method().__qualname__)
o = Outer()
print(type(o).__name__, o.__class__.__name__, type(o) is Outer, o.__class__ is Outer)
print(type(Outer.Inner()).__qualname__)
print(Outer.__module__, type(o).__module__)
o.a = 1
o.b = [2]
print(o.__dict__)
o.__dict__['c'] = 'via dict'
print(o.c, sorted(vars(o)))
def factory():
    class Made:
        pass
    return Made
print(factory().__qualname__, factory().__name__)
print(int.__name__, int.__qualname__, str.upper.__name__, str.upper.__qualname__, [].append.__name__)
print(type(o).__class__.__name__, type.__name__, object.__qualname__)
print(o.method.__self__ is o, o.method.__func__ is Outer.method)
