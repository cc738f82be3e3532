# Async generators and comprehensions under the event loop.
import asyncio

async def countdown(n, delay):
    try:
        while n > 0:
            await asyncio.sleep(delay)
            yield n
            n -= 1
    finally:
        print('countdown closed at', n)

async def main():
    print([x async for x in countdown(3, 0)])
    g2 = countdown(5, 0.001)
    async for x in g2:
        if x == 3:
            break
    await g2.aclose()
    g = countdown(2, 0)
    print(await g.__anext__())
    await g.aclose()
    squares = {x: x * x async for x in countdown(2, 0)}
    print(squares)
    q = asyncio.Queue()
    async def feed():
        for i in range(3):
            await q.put(i)
            await asyncio.sleep(0)
        await q.put(None)
    async def drain():
        while True:
            v = await q.get()
            if v is None:
                return
            yield v * 10
    feeder = asyncio.create_task(feed())
    print([v async for v in drain()])
    await feeder
    results = await asyncio.gather(*[asyncio.sleep(0, i) for i in range(3)])
    print(results, [await asyncio.sleep(0, i * 2) for i in range(3)])

asyncio.run(main())
