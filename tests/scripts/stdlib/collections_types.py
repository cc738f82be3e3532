from collections import namedtuple, deque, defaultdict, Counter, OrderedDict
Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p[1], len(p), list(p), p == (1, 2), p._fields, p._asdict(), p._replace(x=5), Point._make([7, 8]))
x, y = p
print(x + y, hash(p) == hash((1, 2)), Point.__name__)
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 9])
print(P3(1), P3(1, 2), P3(1, 2, 3))
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: namedtuple('Q', 'a a'), lambda: namedtuple('Q', '_a')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft('ab'); print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.reverse(); print(d, d.count(7), 7 in d, d.index(7))
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(9); m.appendleft(-1); print(m)
try:
    deque().pop()
except IndexError as e:
    print('IndexError', e)
dd = defaultdict(list)
dd['a'].append(1); dd['b'].append(2); dd['a'].append(3)
print(dd, dd['a'], 'c' in dd, len(dd), sorted(dd.items()))
ic = defaultdict(int)
for ch in 'mississippi':
    ic[ch] += 1
print(sorted(ic.items()), ic.get('z'), dict(ic) if False else len(ic))
try:
    defaultdict(None)['k']
except KeyError as e:
    print('KeyError', e)
c = Counter('abracadabra')
print(c, c['a'], c['z'], c.most_common(2), c.total(), len(c))
c.update('aaz'); c.subtract({'b': 2})
print(c.most_common(3), c['b'], sorted(c.elements()))
c2 = Counter(a=3, b=1)
print(c2 + Counter(a=1, c=2), c2 - Counter(a=1, b=5), c2 | Counter(b=4), c2 & Counter(a=2, b=3))
print(Counter(), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}))
od = OrderedDict()
od['z'] = 1; od['a'] = 2; od['m'] = 3
print(od, list(od), list(od.keys()))
od.move_to_end('z'); print(list(od))
od.move_to_end('m', last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1) == {'a': 1}, OrderedDict())
