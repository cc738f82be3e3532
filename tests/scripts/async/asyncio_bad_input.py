# Bad input around asyncio: CPython's exceptions and messages.
import asyncio


async def boom():
    raise ValueError('boom')


async def main():
    # awaiting something that is not awaitable
    try:
        await 42
    except TypeError as e:
        print('TypeError:', e)
    try:
        await [1, 2]
    except TypeError as e:
        print('TypeError:', e)
    # asyncio.run inside a running loop
    c = boom()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print('RuntimeError:', e)
    c.close()
    # a Task needs a coroutine
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print('TypeError:', e)
    loop = asyncio.get_running_loop()
    try:
        asyncio.Task(42, loop=loop)
    except TypeError as e:
        print('TypeError:', e)
    # Future misuse
    f = loop.create_future()
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    try:
        f.exception()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    f.set_result(1)
    try:
        f.set_result(2)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    f2 = loop.create_future()
    try:
        f2.set_exception(StopIteration())
    except TypeError as e:
        print('TypeError:', e)
    f2.set_exception(KeyError)
    print(type(f2.exception()).__name__)
    t = asyncio.create_task(boom())
    try:
        t.set_result(1)
    except RuntimeError as e:
        print('RuntimeError:', e)
    await asyncio.sleep(0)
    try:
        await t
    except ValueError as e:
        print('ValueError:', e)
    print(asyncio.run.__name__, t.done(), t.cancel())


asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
