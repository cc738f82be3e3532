# An asyncio.sleep() coroutine that is never awaited warns as CPython does;
# one that is closed or run does not.
import asyncio


async def main():
    c = asyncio.sleep(0.001)
    c.close()
    asyncio.sleep(10)
    print('made one and dropped it')
    await asyncio.sleep(0)
    print('done')


asyncio.run(main())
