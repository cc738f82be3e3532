# structural pattern matching: every pattern kind, guards, bindings, errors
import collections

# soft keywords stay usable as names
match = 3
case = 2
print(match, case)
def match(x):
    return x * 2
print(match(4))
match = [1, 2]
print(match[0], match)
match = {'case': 5}
print(match['case'])
match, case = 1, 2
print(match + case)

def lit(v):
    match v:
        case 0:
            return 'zero'
        case -1:
            return 'minus one'
        case 1.5:
            return 'one and a half'
        case 1+2j:
            return 'complex'
        case -3-4j:
            return 'neg complex'
        case 'ab' 'cd':
            return 'abcd'
        case b'xy':
            return 'bytes'
        case None:
            return 'none'
        case True:
            return 'true'
        case False:
            return 'false'
        case _:
            return 'other %r' % (v,)

for v in [0, -1, 1.5, 1+2j, -3-4j, 'abcd', b'xy', None, True, False, 1, 0.0, 2, 'x', 1.0]:
    print(repr(v), lit(v))

class Color:
    RED = 'red'
    GREEN = 'green'

class Shade:
    class Deep:
        BLUE = 'blue'

def value_pat(c):
    match c:
        case Color.RED:
            return 'is red'
        case Color.GREEN | Shade.Deep.BLUE:
            return 'green or blue'
        case other:
            return 'capture ' + other

for c in ['red', 'green', 'blue', 'pink']:
    print(value_pat(c))

def seq(v):
    match v:
        case []:
            return 'empty'
        case [x]:
            return 'one %r' % (x,)
        case [x, y]:
            return 'two %r %r' % (x, y)
        case (1, *rest):
            return 'starts with 1, rest %r' % (rest,)
        case [first, *_, last]:
            return 'first %r last %r' % (first, last)
        case _:
            return 'not a sequence'

for v in [[], (), [5], (6,), [1, 2], (3, 4), [1, 2, 3], (1, 9, 8, 7), [5, 6, 7, 8],
          'ab', b'ab', bytearray(b'ab'), {'a': 1}, range(3), range(1, 2), 42, {1, 2}]:
    print(repr(v), seq(v))

def star_mid(v):
    match v:
        case a, *mid, z:
            return a, mid, z
        case *all_of_it,:
            return 'short', all_of_it
print(star_mid([1, 2, 3, 4]), star_mid((1, 2)), star_mid([1]), star_mid(()))

def nested(v):
    match v:
        case [[a, b], [c, d]]:
            return a + b + c + d
        case [(x, y), *others] if len(others) > 1:
            return 'pair then %d more' % len(others)
        case [[_, _], *_]:
            return 'pair first'
    return 'no'
print(nested([[1, 2], [3, 4]]), nested([(1, 2), 3, 4]), nested([(1, 2), 3]), nested(5))

def mapping(v):
    match v:
        case {}  if not v:
            return 'empty mapping'
        case {'type': 'point', 'x': x, 'y': y}:
            return 'point %r %r' % (x, y)
        case {'type': 'circle', **rest}:
            return 'circle rest=%r' % (sorted(rest.items()),)
        case {Color.RED: r}:
            return 'red key %r' % (r,)
        case {1: one, None: n}:
            return 'one=%r none=%r' % (one, n)
        case {'k': [a, *b]}:
            return 'k list %r %r' % (a, b)
        case {}:
            return 'some mapping'
        case _:
            return 'not a mapping'

for v in [{}, {'type': 'point', 'x': 1, 'y': 2, 'z': 3}, {'type': 'circle', 'r': 4, 'c': 0},
          {'red': 'R'}, {1: 'a', None: 'b'}, {'k': [1, 2, 3]}, {'k': 'str'}, [1], 'x',
          collections.OrderedDict(a=1)]:
    print(mapping(v))

dd = collections.defaultdict(list)
dd['present'] = 1
match dd:
    case {'absent': x}:
        print('absent matched?')
    case {'present': p}:
        print('present', p)
print(sorted(dd.keys()))

class MyDict(dict):
    pass
match MyDict(a=1, b=2):
    case {'a': 1, **others}:
        print('subclass', type(others).__name__, others)

class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Plain:
    def __init__(self):
        self.a = 'A'

def cls(v):
    match v:
        case Point(0, 0):
            return 'origin'
        case Point3(x, y, z=0):
            return 'flat 3d %r %r' % (x, y)
        case Point(x=0, y=py):
            return 'on y axis at %r' % py
        case Point(px, 0):
            return 'on x axis at %r' % px
        case Point(x, y) if x == y:
            return 'diagonal %r' % x
        case Point():
            return 'some point'
        case Plain(a='A'):
            return 'plain A'
        case int(n) if n > 100:
            return 'big int %r' % n
        case bool(b):
            return 'bool %r' % b
        case int():
            return 'int'
        case str(s):
            return 'str %r' % s
        case float(f) | complex(real=f):
            return 'number %r' % f
        case list([a, b]):
            return 'list of two %r %r' % (a, b)
        case tuple(t):
            return 'tuple %r' % (t,)
        case dict(d):
            return 'dict %r' % (d,)
        case set(s) | frozenset(s):
            return 'set size %d' % len(s)
        case bytes(b) | bytearray(b):
            return 'binary %r' % (b,)
        case _:
            return 'unknown'

for v in [Point(0, 0), Point3(1, 2, 0), Point3(1, 2, 3), Point(0, 5), Point(7, 0), Point(3, 3),
          Point(1, 2), Plain(), 1000, True, 5, 'hey', 2.5, 3j, [1, 2], [1, 2, 3], (1,), {'a': 1},
          {1}, frozenset([1, 2]), b'b', bytearray(b'ba'), object()]:
    print(cls(v))

class MyInt(int):
    pass
match MyInt(7):
    case MyInt(v):
        print('subclass of int matches self', v)

def alt(v):
    match v:
        case 1 | 2 | 3:
            return 'small'
        case [1, x] | [x, 1]:
            return 'has one, other %r' % x
        case (Point(x=0) | Point(y=0)) as p:
            return 'axis point %r %r' % (p.x, p.y)
        case {'a': n} | {'b': n}:
            return 'a or b %r' % n
        case str() | bytes():
            return 'text-ish'
    return 'none'

for v in [1, 3, [1, 5], [6, 1], Point(0, 3), Point(4, 0), Point(1, 1), {'b': 2}, 'x', b'y', 9]:
    print(alt(v))

def as_pat(v):
    match v:
        case [x, y] as pair:
            return 'pair %r from %r' % (x + y, pair)
        case (1 | 2) as small:
            return 'small %r' % small
        case [Point(x=px) as p, *_] as whole:
            return 'point first %r %r %r' % (px, type(p).__name__, len(whole))
    return 'no'
print(as_pat([1, 2]), as_pat(2), as_pat([Point(9, 9), 1, 2]), as_pat(7))

# guards see the bindings; a failed guard moves on
def guard(v):
    match v:
        case [x, y] if x > y:
            return 'desc'
        case [x, y] if x < y:
            return 'asc'
        case [x, y]:
            return 'flat'
        case n if n:
            return 'truthy'
    return 'falsy'
print(guard([2, 1]), guard([1, 2]), guard([1, 1]), guard(5), guard(0))

# bindings stay after the match; no case matched does nothing
match (1, 2):
    case (a, b):
        pass
print(a, b)
match 99:
    case 1:
        print('not reached')
print('after unmatched match')

# tuple subject without parentheses, and a subject with a walrus
x, y = 3, 4
match x, y:
    case 3, 4:
        print('tuple subject')
match (n := 10):
    case 10:
        print('walrus subject', n)

# cases are tried in order, the subject evaluated once
calls = []
def subject():
    calls.append(1)
    return [1, 2]
match subject():
    case [1]:
        pass
    case [1, 2, 3]:
        pass
    case [1, q]:
        print('matched with q =', q)
print('subject evaluated', len(calls), 'time(s)')

# break / continue / return inside case bodies
out = []
for i in range(6):
    match i:
        case 0:
            continue
        case 4:
            break
        case k if k % 2:
            out.append('odd%d' % k)
        case _:
            out.append('even%d' % i)
print(out)

def ret_from_match(v):
    for item in v:
        match item:
            case {'stop': True}:
                return 'stopped at %r' % (item,)
    return 'ran through'
print(ret_from_match([{'stop': False}, {'stop': True}, 3]), ret_from_match([1]))

# matching inside a generator and a nested function
def gen(items):
    for it in items:
        match it:
            case (k, v):
                yield k + '=' + str(v)
            case str(s):
                yield s.upper()
print(list(gen([('a', 1), 'b', ('c', 2)])))

def outer():
    found = []
    def inner(v):
        match v:
            case [h, *t]:
                found.append(h)
                return t
    return inner([1, 2, 3]), found
print(outer())

# attribute access errors: a missing attribute is just no match
match Plain():
    case Plain(missing=1):
        print('no')
    case Plain(a=a_val):
        print('a is', a_val)

# runtime TypeErrors
class NoArgs:
    pass
for src, subj in [('NoArgs(1)', NoArgs()), ('Point(1, 2, 3)', Point(1, 2)), ('int(1, 2)', 5),
                  ('Point(x, x=1)', Point(1, 2))]:
    code = 'match s:\n    case %s:\n        pass\n' % src
    try:
        exec(code, {'NoArgs': NoArgs, 'Point': Point, 's': subj})
    except TypeError as e:
        print('TypeError:', e)
not_a_class = 3
try:
    match 1:
        case not_a_class():
            pass
except TypeError as e:
    print('TypeError:', e)
class BadArgs:
    __match_args__ = ['a']
try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print('TypeError:', e)

# compile-time errors
for src in [
    "match x:\n case _:\n  pass\n case 1:\n  pass\n",
    "match x:\n case y:\n  pass\n case 1:\n  pass\n",
    "match x:\n case 1:\n  pass\n case y:\n  pass\n case 2:\n  pass\n",
    "match x:\n case [*a, *b]:\n  pass\n",
    "match x:\n case [a, a]:\n  pass\n",
    "match x:\n case {'k': a, **a}:\n  pass\n",
    "match x:\n case [a] | (b,):\n  pass\n",
    "match x:\n case [a] | [a, b]:\n  pass\n",
    "match x:\n case {'a': 1, 'a': 2}:\n  pass\n",
    "match x:\n case 1 as _:\n  pass\n",
    "match x:\n case C(a=1, b):\n  pass\n",
    "match x:\n case C(a=1, a=2):\n  pass\n",
    "match x:\n case f'x':\n  pass\n",
    "match x:\n case 1 + 2:\n  pass\n",
    "match x:\n case 1j + 2:\n  pass\n",
    "match x:\n case _ | 1:\n  pass\n",
    "match x:\n case x | 1:\n  pass\n",
    "match x:\n case 1 | _:\n  pass\n case 2:\n  pass\n",
    "match x:\n case _ as y:\n  pass\n case 1:\n  pass\n",
]:
    try:
        compile(src, '<match>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError:', e.msg, 'line', e.lineno)
