# class-level state, counters, and attribute lookup order
class Widget:
    registry = {}
    _next = 1
    def __init__(self, label):
        self.id = Widget._next
        Widget._next += 1
        self.label = label
        Widget.registry[self.id] = self
    def __repr__(self):
        return 'Widget#%d(%s)' % (self.id, self.label)
for name in ['a', 'b', 'c']:
    Widget(name)
print(Widget.registry, Widget._next)
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1)
s2.add(2)
print(Shared.items, s1.items is s2.items)
class Own:
    def __init__(self):
        self.items = []
o1, o2 = Own(), Own()
o1.items.append(1)
print(o1.items, o2.items)
class Base:
    x = 'base'
    def show(self):
        return self.x
class Sub(Base):
    x = 'sub'
inst = Sub()
print(inst.show(), Base().show())
inst.x = 'instance'
print(inst.show(), Sub.x, Base.x)
Base.y = 'added later'
print(inst.y, Sub.y)
class Meta:
    def method(self):
        return 'original'
m = Meta()
Meta.method = lambda self: 'patched'
print(m.method())
m.method = lambda: 'instance-level'
print(m.method(), Meta().method())
print('x' in Sub.__dict__, 'show' in Sub.__dict__, 'show' in Base.__dict__)
