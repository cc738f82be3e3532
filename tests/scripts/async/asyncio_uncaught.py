# An exception escaping the main coroutine ends asyncio.run with a traceback.
import asyncio

async def child():
    await asyncio.sleep(0)
    raise ValueError('child failed')

async def main():
    print('main starts')
    t = asyncio.create_task(child())
    await asyncio.sleep(0.001)
    print('child done:', t.done())
    await t
    print('not reached')

asyncio.run(main())
