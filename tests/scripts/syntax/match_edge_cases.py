# match: globals, closures, walrus guards, await, or+as, numeric equality, duplicate keys
import asyncio
g = None
def setg(v):
    global g
    match v:
        case [g, *_]:
            pass
setg([7, 8]); print(g)
def closure(v):
    match v:
        case {'f': x}:
            return lambda: x * 2
print(closure({'f': 21})())
def walrus_guard(v):
    match v:
        case [x] if (y := x + 1) > 1:
            return y
print(walrus_guard([5]), walrus_guard([0]))
class G(dict):
    def get(self, k, default=None):
        return 'always-' + str(k)
match G():
    case {'zzz': val}:
        print('custom get', val)
async def co(v):
    async def val():
        return v
    match await val():
        case int(n) if n == await val():
            return 'awaited %d' % n
print(asyncio.run(co(4)))
match [1, 2, 3]:
    case [1, 2] | [1, 2, 3] as m:
        print('or with as', m)
match {'a': 1, 'b': 2}:
    case {**rest}:
        print(rest)
match 5:
    case 5.0:
        print('5 == 5.0')
match 1:
    case True:
        print('no: 1 is not True')
    case 1:
        print('1 matches 1')
match (1, 2, 3, 4, 5):
    case (*_, 4, 5):
        print('ends 4 5')
match 'abc':
    case [*chars]:
        print('str is seq?', chars)
    case str(s) if len(s) == 3:
        print('str len 3')
try:
    match {'a': 1}:
        case {'a': 1, **r} if r:
            pass
        case {'x': 1}:
            pass
except Exception as e:
    print(type(e).__name__, e)
class Dup:
    A = 1
    B = 1.0
try:
    match {1: 2, 3: 4}:
        case {Dup.A: x, Dup.B: y}:
            pass
except ValueError as e:
    print('ValueError', e)
for src in ["match x:\n case {1: a, 1.0: b}: pass", "match x:\n case {-1: a, True: b, -1: c}: pass",
            "match x:\n case {b'q': a, b'q': b}: pass", "match x:\n case {None: a, 0: c, False: b}: pass",
            "match x:\n case {'a': 1, 'b': 2, \"a\": 3}: pass", "match x:\n case {1: a, 2: b, 1.5: c, -0.0: d, 0: e}: pass"]:
    try:
        compile(src, 'k', 'exec')
    except SyntaxError as e:
        print(e.msg)
