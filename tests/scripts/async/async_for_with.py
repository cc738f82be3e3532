# async for / async with with user classes, driven by hand.
class Tick:
    def __await__(self):
        yield 'tick'

class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print('enter', self.name)
        await Tick()
        return self.name.upper()
    async def __aexit__(self, typ, exc, tb):
        print('exit', self.name, typ.__name__ if typ else None, exc)
        await Tick()
        return self.suppress

def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        print('result', e.value, 'ticks', ticks)

async def main():
    out = []
    async for i in Counter(3):
        out.append(i)
    else:
        out.append('else')
    async for i in Counter(5):
        if i == 2:
            continue
        if i == 4:
            break
        out.append(i * 10)
    async with Manager('a') as a:
        out.append(a)
    async with Manager('b', True) as b, Manager('c') as c:
        out.append(b + c)
        raise KeyError('inner')
    try:
        async with Manager('d'):
            raise ValueError('escapes')
    except ValueError as e:
        out.append(str(e))
    for i in range(2):
        async with Manager('loop%d' % i):
            if i == 0:
                continue
            break
    return out

run(main())

async def ret_in_with():
    async with Manager('r'):
        return 'returned'
run(ret_in_with())

async def comps():
    a = [i async for i in Counter(4)]
    b = [i async for i in Counter(6) if i % 2]
    c = {i: i * i async for i in Counter(3)}
    d = {i async for i in Counter(3)}
    async def sq(x):
        await Tick()
        return x * x
    e = [await sq(i) for i in range(4)]
    f = [j for i in Counter(2) for j in range(i)] if False else None
    return a, b, c, sorted(d), e, f
run(comps())

class NoAiter:
    pass
class BadAiter:
    def __aiter__(self):
        return 1
class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 1
class BadEnter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        pass
class BadExit:
    async def __aenter__(self):
        return 1
    def __aexit__(self, *a):
        return 1

async def use_for(obj):
    async for x in obj:
        pass
async def use_with(obj):
    async with obj:
        pass
for obj in [NoAiter(), BadAiter(), BadAnext(), 5]:
    try:
        run(use_for(obj))
    except TypeError as e:
        print('TypeError', e)
for obj in [NoAiter(), BadEnter(), BadExit(), 5]:
    try:
        run(use_with(obj))
    except TypeError as e:
        print('TypeError', e)
