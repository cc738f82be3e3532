# A task that raises and is never awaited: "Task exception was never
# retrieved" on stderr when it is freed.
import asyncio


async def bad():
    raise ValueError('nobody looks at this')


async def main():
    asyncio.create_task(bad())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('main done')


asyncio.run(main())
print('after run')
