# __getattr__, __setattr__, __delattr__, __getattribute__-free attribute hooks
class Defaults:
    def __init__(self):
        self.real = 'real value'
    def __getattr__(self, name):
        if name.startswith('x_'):
            return 'synthesized ' + name
        raise AttributeError('no attribute %r here' % name)
d = Defaults()
print(d.real, d.x_thing, getattr(d, 'x_other'), hasattr(d, 'missing'), getattr(d, 'missing', 'dflt'))
try:
    d.missing
except AttributeError as e:
    print('AttributeError:', e)
class Tracked:
    def __init__(self):
        self.log = []
        self.value = 1
    def __setattr__(self, name, val):
        if name != 'log':
            self.log.append('set %s=%r' % (name, val))
        object.__setattr__(self, name, val)
    def __delattr__(self, name):
        self.log.append('del ' + name)
        object.__delattr__(self, name)
t = Tracked()
t.value = 2
t.other = 'x'
del t.other
print(t.log, t.value, hasattr(t, 'other'))
class ReadOnly:
    def __init__(self, v):
        object.__setattr__(self, 'v', v)
    def __setattr__(self, name, value):
        raise AttributeError('read-only: ' + name)
r = ReadOnly(5)
try:
    r.v = 6
except AttributeError as e:
    print('AttributeError:', e, r.v)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.index(3))
