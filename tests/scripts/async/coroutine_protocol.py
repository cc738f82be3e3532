# Coroutines driven by hand: send/throw/close, __await__ on user objects,
# await inside try/finally, errors.
class Ready:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield ('wait', self.v)
        return got * 2

async def inner(x):
    r = await Ready(x)
    return r + 1

async def outer():
    total = 0
    for i in range(3):
        total += await inner(i)
    try:
        await Ready('f')
    finally:
        print('finally ran')
    return total

def drive(coro, values):
    out = []
    try:
        v = coro.send(None)
        while True:
            out.append(v)
            v = coro.send(values.pop(0))
    except StopIteration as e:
        out.append(('done', e.value))
    return out

print(drive(outer(), [10, 20, 30, 40]))
c = outer()
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.send(None))
try:
    c.throw(ValueError('boom'))
except ValueError as e:
    print('thrown back', e)
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError', e)

async def catcher():
    try:
        await Ready(1)
    except KeyError as e:
        print('caught inside', repr(e))
        return 'recovered'
c = catcher()
c.send(None)
try:
    c.throw(KeyError('k'))
except StopIteration as e:
    print('value', e.value)

async def closer():
    try:
        await Ready(1)
    finally:
        print('cleanup on close')
c = closer()
c.send(None)
c.close()
c.close()
c = closer()
c.close()

async def nothing():
    return 5
c = nothing()
try:
    c.send(None)
except StopIteration as e:
    print('first', e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)

aw = nothing().__await__()
try:
    next(aw)
except StopIteration as e:
    print('via __await__', e.value)

async def bad_await(obj):
    return await obj

for obj in [1, 'x', None, [1]]:
    try:
        bad_await(obj).send(None)
    except TypeError as e:
        print(e)

class BadAwait:
    def __await__(self):
        return 42
try:
    bad_await(BadAwait()).send(None)
except TypeError as e:
    print(e)

def plain():
    yield 1
try:
    bad_await(plain()).send(None)
except TypeError as e:
    print(e)

c = nothing()
try:
    iter(c)
except TypeError as e:
    print(e)
try:
    next(c)
except TypeError as e:
    print(e)
try:
    c.send(1)
except TypeError as e:
    print(e)
c.close()

def gen_from():
    yield from nothing()
g_coro = nothing()
def gen_from2():
    yield from g_coro
try:
    list(gen_from2())
except TypeError as e:
    print(e)
g_coro.close()

async def raises_stop():
    raise StopIteration(3)
try:
    raises_stop().send(None)
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)

async def deep(n):
    if n == 0:
        return 0
    return 1 + await deep(n - 1)
try:
    deep(50).send(None)
except StopIteration as e:
    print('deep', e.value)
