# insertion order, re-insertion, |, |=, comprehension, equality, KeyError messages
d = {}
d['z'] = 1
d['a'] = 2
d['m'] = 3
print(d, list(d))
d['z'] = 100
print(d)
del d['z']
d['z'] = 1
print(d)
print(d | {'a': 'new', 'q': 9}, d)
d |= {'b': 0}
d |= [('c', 5)]
print(d)
print({x: x ** 2 for x in range(5)}, {c: i for i, c in enumerate('abca')})
print({1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}, {1: 'a'} == {1: 'b'}, {} == {}, {1: 1} != {1: 1.0})
for key in ['missing', 42, (1, 2), None]:
    try:
        d[key]
    except KeyError as e:
        print('KeyError', repr(e), str(e), e.args)
grid = {(0, 0): 'origin', (1, 2): 'point'}
print(grid[(1, 2)], grid[0, 0], (1, 2) in grid, (2, 1) in grid)
print({1: 'int', 1.0: 'float', True: 'bool'})
try:
    {[1]: 2}
except TypeError as e:
    print('TypeError:', e)
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
for k, v in counts.items():
    print(k, v)
print(len(counts), 's' in counts, 'x' not in counts)
nested = {'outer': {'inner': [1, 2]}}
nested['outer']['inner'].append(3)
print(nested, str(nested), repr({'q': "it's"}))
r = {}
r['self'] = r
print(r)
print(dict(sorted({'b': 2, 'a': 1}.items())), list({3: 0, 1: 0, 2: 0}))
print(min({'b': 1, 'a': 2}), max({'b': 1, 'a': 2}, key=lambda k: -ord(k)))
