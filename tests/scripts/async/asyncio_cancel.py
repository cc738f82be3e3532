# Cancellation: CancelledError at the await point, messages, cleanup, shield.
import asyncio

async def sleeper(name, d):
    try:
        await asyncio.sleep(d)
        print(name, 'finished')
        return name
    except asyncio.CancelledError as e:
        print(name, 'cancelled', e.args)
        raise
    finally:
        print(name, 'cleanup')

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('stubborn caught it')
    return 'survived'

async def main():
    t = asyncio.create_task(sleeper('t1', 1))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print('await t raised CancelledError', e.args)
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print('result raised CancelledError')

    t = asyncio.create_task(sleeper('t2', 1))
    await asyncio.sleep(0)
    t.cancel('with message')
    try:
        await t
    except asyncio.CancelledError as e:
        print('message', e.args)

    t = asyncio.create_task(sleeper('never started', 1))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled before start')

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    inner = asyncio.create_task(sleeper('shielded', 0.01))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled, inner done?', inner.done())
    print(await inner)

    g = asyncio.gather(sleeper('g1', 1), sleeper('g2', 1))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled')

    print(isinstance(asyncio.CancelledError(), Exception),
          issubclass(asyncio.CancelledError, BaseException))

async def leftover():
    asyncio.create_task(sleeper('left running', 1))
    await asyncio.sleep(0)
    print('main returns')

asyncio.run(main())
asyncio.run(leftover())
