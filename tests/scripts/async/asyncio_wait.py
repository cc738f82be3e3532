# wait_for/TimeoutError, wait (all three modes), as_completed, timeout().
import asyncio

async def job(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise KeyError(name)
    return name

def names(futs):
    return sorted(f.result() if not f.exception() else 'exc' for f in futs)

async def main():
    print(await asyncio.wait_for(job('quick', 0), 1))
    try:
        await asyncio.wait_for(job('slow', 1), 0.002)
    except asyncio.TimeoutError as e:
        print('TimeoutError', type(e).__name__, e.args, asyncio.TimeoutError is TimeoutError)
    try:
        await asyncio.wait_for(job('zero', 1), 0)
    except TimeoutError:
        print('timeout 0')
    print(await asyncio.wait_for(job('none', 0.001), None))

    tasks = [asyncio.create_task(job(n, d)) for n, d in [('a', 1), ('b', 0), ('c', 1)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print('first', names(done), len(pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(tasks)
    print('all', sorted(t.cancelled() for t in done), len(pending))
    tasks = [asyncio.create_task(job(n, d)) for n, d in [('d', 0.002), ('e', 0), ('f', 0.001)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    print('all', names(done), len(pending))

    tasks = [asyncio.create_task(job('x', 0.001, True)), asyncio.create_task(job('y', 1))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print('first exception', len(done), len(pending), type(list(done)[0].exception()).__name__)
    done, pending = await asyncio.wait(pending, timeout=0.001)
    print('timeout', len(done), len(pending))
    for t in pending:
        t.cancel()

    for bad in [[], job('c', 0)]:
        try:
            await asyncio.wait(bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        await asyncio.wait([asyncio.sleep(0)], return_when='SOMETIMES')
    except ValueError as e:
        print(e)

    order = []
    for fut in asyncio.as_completed([job('3', 0.01), job('1', 0.001), job('2', 0.005)]):
        order.append(await fut)
    print('as_completed', order)
    try:
        for fut in asyncio.as_completed([job('late', 1)], timeout=0.001):
            await fut
    except TimeoutError:
        print('as_completed timed out')

    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print('expired?', cm.expired())
    try:
        async with asyncio.timeout(0.002) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print('timeout() raised, expired?', cm.expired())
    async with asyncio.timeout(None) as cm:
        print('when', cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 1)
        await asyncio.sleep(0)
    try:
        async with asyncio.timeout_at(asyncio.get_running_loop().time() - 1):
            await asyncio.sleep(0)
    except TimeoutError:
        print('timeout_at in the past')
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print(e)

asyncio.run(main())
