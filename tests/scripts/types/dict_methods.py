# dict methods: get, setdefault, pop, popitem, update, fromkeys, copy, clear
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.get('a', 99))
print(d.setdefault('c', 3), d.setdefault('a', 100), d.setdefault('n'), d)
print(d.pop('n'), d.pop('zz', 'default'), d)
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError:', e)
print(d.popitem(), d)
d['x'] = 10
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError:', e)
u = {'a': 1}
u.update({'b': 2, 'a': 0})
print(u)
u.update([('c', 3), ('d', 4)])
print(u)
u.update(e=5, a=-1)
print(u)
u.update({'f': 6}, g=7)
print(u)
u.update()
print(u)
print(dict.fromkeys('abc'), dict.fromkeys(['x', 'y'], 0), dict.fromkeys(range(3), []))
shared = dict.fromkeys('ab', [])
shared['a'].append(1)
print(shared)
c = u.copy()
c['a'] = 'changed'
print(u['a'], c['a'], c is u)
deep = {'l': [1]}
shallow = deep.copy()
shallow['l'].append(2)
print(deep)
c.clear()
print(c, len(c))
print(dict(a=1, b=2), dict([('x', 1)]), dict({'k': 'v'}, extra=1), dict(), dict(zip('ab', [1, 2])))
try:
    dict([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    dict([('a', 1, 2)])
except ValueError as e:
    print('ValueError:', e)
