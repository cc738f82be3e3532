# keys/values/items views: iteration, set operations, live-ness
d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(list(k), list(v), list(it), len(k), len(v), len(it))
print('a' in k, 1 in v, ('a', 1) in it, ('a', 2) in it)
d['d'] = 4
del d['a']
print(k, v, it)
print(sorted(k & {'b', 'z'}), sorted(k | {'z'}), sorted(k - {'b'}), sorted(k ^ {'b', 'q'}))
print(sorted(it & {('b', 2), ('c', 0)}), k == {'b', 'c', 'd'}, k <= {'b', 'c', 'd', 'e'}, k.isdisjoint({'x'}))
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
try:
    for key in d:
        d['new' + key] = 0
except RuntimeError as e:
    print('RuntimeError:', e)
e = {}
print(e.keys(), e.values(), e.items(), list(e))
print({1: 'x'}.values() == {1: 'x'}.values())
print(list(zip(d.keys(), d.values())))
