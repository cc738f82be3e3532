# dir() and vars() on user classes and instances
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
    def child_method(self):
        pass
c = Child()
print([n for n in dir(c) if not n.startswith('__')])
print([n for n in dir(Child) if not n.startswith('__')])
print([n for n in dir(Base) if not n.startswith('__')])
print(vars(c), sorted([k for k in vars(Child) if not k.startswith('__')]))
c.new = 'x'
print([n for n in dir(c) if not n.startswith('_')], vars(c))
print('__init__' in dir(c), '__class__' in dir(c), dir(c) == sorted(dir(c)))
def f():
    a = 1
    b = 2
    return sorted(dir())
print(f())
print([n for n in dir([]) if not n.startswith('_')])
print([n for n in dir({}) if not n.startswith('_')])
print([n for n in dir('') if not n.startswith('_')][:10])
