# getattr, setattr, hasattr, delattr, vars, dir
class Thing:
    kind = 'thing'
    def __init__(self):
        self.size = 3
    def grow(self):
        self.size += 1
t = Thing()
print(getattr(t, 'size'), getattr(t, 'kind'), getattr(t, 'missing', 'dflt'))
try:
    getattr(t, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
setattr(t, 'color', 'red')
print(t.color, hasattr(t, 'color'), hasattr(t, 'nope'), hasattr(Thing, 'grow'))
getattr(t, 'grow')()
print(t.size)
delattr(t, 'color')
print(hasattr(t, 'color'))
try:
    delattr(t, 'color')
except AttributeError as e:
    print('AttributeError:', e)
print(vars(t), t.__dict__ is vars(t))
t.extra = [1]
print(vars(t))
print([n for n in dir(t) if not n.startswith('__')])
print([n for n in dir(Thing) if not n.startswith('__')])
setattr(Thing, 'kind', 'changed')
print(t.kind, Thing.kind)
print(getattr(5, 'real'), getattr('abc', 'upper')(), hasattr([], 'append'), hasattr(1, 'append'))
try:
    setattr(5, 'x', 1)
except AttributeError as e:
    print('AttributeError:', e)
try:
    vars(5)
except TypeError as e:
    print('TypeError:', e)
