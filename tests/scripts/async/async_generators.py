# Async generators: async for, asend/athrow/aclose, driven by hand.
class Tick:
    def __await__(self):
        yield 'tick'

async def agen(n):
    try:
        for i in range(n):
            await Tick()
            got = yield i
            if got is not None:
                print('got', got)
    finally:
        print('agen finally')

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
    async for v in agen(3):
        out.append(v)
    g = agen(5)
    print(type(g).__name__, g.__name__)
    print(g.__aiter__() is g)
    out.append(await g.__anext__())
    out.append(await g.asend('hello'))
    try:
        await g.athrow(KeyError('x'))
    except KeyError as e:
        out.append('athrow ' + repr(e))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        out.append('exhausted')
    g = agen(5)
    await g.__anext__()
    await g.aclose()
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        out.append('closed')
    return out

run(main())

async def catching():
    while True:
        try:
            yield 1
        except ValueError:
            yield 'handled'

async def main2():
    g = catching()
    print(await g.asend(None))
    print(await g.athrow(ValueError))
    print(await g.asend(None))
    try:
        await g.aclose()
    except RuntimeError as e:
        print('RuntimeError', e)
    a = g.asend(None)
    print(type(a).__name__, type(g.athrow(ValueError)).__name__)
    try:
        print(await a)
    except StopAsyncIteration:
        print('stopped after failed aclose')
    try:
        await a
    except RuntimeError as e:
        print('RuntimeError', e)

    async def bad():
        raise StopAsyncIteration
        yield
    try:
        await bad().__anext__()
    except RuntimeError as e:
        print('RuntimeError', e)

    async def ret():
        yield 1
        return
    print([x async for x in ret()])

    async def squares(n):
        for i in range(n):
            yield i * i
    print([x async for x in squares(5) if x % 2 == 0])
    print(sum([x async for x in squares(4)]))
    return 'ok'

run(main2())

async def never():
    yield
try:
    iter(never())
except TypeError as e:
    print(e)
