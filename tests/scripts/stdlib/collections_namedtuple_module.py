# namedtuple classes belong to the module that created them (or `module=`).
import collections

P = collections.namedtuple('P', 'a b')
print(P.__module__, P, P(1, 2))
g = {'__name__': 'fake.mod'}
exec("import collections\nQ = collections.namedtuple('Q', 'x')\n", g)
print(g['Q'].__module__, g['Q'], g['Q'](3))
R = collections.namedtuple('R', 'x', module='elsewhere')
print(R.__module__, R)


def make():
    return collections.namedtuple('S', 'y')


print(make().__module__)
