# set methods
s = {1, 2}
s.add(3)
s.add(2)
print(s)
s.discard(1)
s.discard(99)
print(s)
s.remove(2)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print('KeyError:', e)
single = {7}
print(single.pop(), single)
try:
    set().pop()
except KeyError as e:
    print('KeyError:', e)
u = {1}
u.update([2, 3], (4,), {5})
print(u)
u.intersection_update({1, 2, 3, 9})
print(u)
u.difference_update({1})
print(u)
u.symmetric_difference_update({3, 4})
print(u)
x = {1, 2, 3}
print(x.union({4}, [5], (6,)), x.intersection({2, 3}, [3]), x.difference({1}, {2}), x.symmetric_difference([3, 4]))
print(x.issubset({1, 2, 3, 4}), x.issubset([1, 2]), x.issuperset([1]), x.isdisjoint({4, 5}), x.isdisjoint([3]))
c = x.copy()
c.add(10)
print(x, sorted(c))
c.clear()
print(c)
f = frozenset({3, 1})
print(f.union([2]), f.intersection({1}), f.copy() == f, f.issubset({1, 2, 3}))
key = {frozenset({1, 2}): 'pair', frozenset(): 'empty'}
print(key[frozenset([2, 1])], key[frozenset()], hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
try:
    f.add(5)
except AttributeError as e:
    print('AttributeError:', e)
print(set.union({1}, {2}), len(set('hello')), sorted(set('hello')))
print(x.union(), x.intersection(), type(x.union()).__name__)
