# subclassing list, dict and set: inherited behaviour, overrides, extra attributes
class L(list):
    pass
a = L([3, 1, 2])
a.sort()
print(a, type(a).__name__, a == [1, 2, 3], [1, 2, 3] == a, a != [1], a < [5])
a += [4]
print(a, type(a).__name__)
a *= 2
print(a, type(a).__name__, len(a))
del a[0]
a[0] = 'x'
print(a, a[1:3], type(a[1:3]).__name__, 'x' in a, list(reversed(a)))
print(sorted(a[1:]), sum(L([1, 2, 3])), max(L([4, 9, 2])), bool(L()), bool(L([0])))
x, y = L([1, 2])
print(x, y, [*L([5, 6])], tuple(L('ab')), set(L([1, 1])))
class Attrs(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name
    def __repr__(self):
        return f'Attrs({self.name}, {list.__repr__(self)})'
t = Attrs('t', [1, 2])
t.append(3)
print(t, t.name, len(t), str(t))
try:
    hash(L())
except TypeError as e:
    print('TypeError:', e)
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
d = D()
d['a'] = 1
d.update({'b': 2})
print(d, d['a'], d.get('b'), list(d), list(d.items()), len(d), D(x=1))
class Counter(dict):
    def __missing__(self, k):
        return 0
c = Counter()
for ch in 'hello':
    c[ch] += 1
print(c, c['zz'], 'zz' in c, sorted(c.items()))
class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
    def __setattr__(self, k, v):
        self[k] = v
ad = AttrDict(a=1)
ad.b = 2
print(ad, ad.a, ad.b, hasattr(ad, 'c'))
print(isinstance(ad, dict), issubclass(AttrDict, dict), AttrDict.__mro__)
class St(set):
    pass
st = St([1, 2])
st.add(3)
print(sorted(st), 2 in st, len(st), type(st).__name__, sorted(st | {9}), st == {1, 2, 3})
