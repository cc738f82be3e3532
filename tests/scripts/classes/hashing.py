# __hash__ and __eq__: objects as dict keys and set members
class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name
    def __hash__(self):
        return len(self.name)
    def __repr__(self):
        return 'Key(%r)' % self.name
d = {Key('a'): 1, Key('bb'): 2}
print(d[Key('a')], d[Key('bb')], Key('a') in d, Key('c') in d)
d[Key('a')] = 'replaced'
print(d, len(d))
s = {Key('x'), Key('x'), Key('y')}
print(len(s), sorted([k.name for k in s]))
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__)
try:
    {NoHash()}
except TypeError as e:
    print('TypeError:', e)
class Ident:
    pass
i1, i2 = Ident(), Ident()
dd = {i1: 'one', i2: 'two'}
print(dd[i1], dd[i2], len({i1, i1, i2}))
print(hash(i1) == hash(i1))
class ConstHash:
    def __hash__(self):
        return 7
print(hash(ConstHash()), hash(Key('abc')))
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
