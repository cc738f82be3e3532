# asyncio.sleep: results, zero and negative delays, odd delays, cancellation
# at the await point, the timer bookkeeping of the loop, and the coroutine
# object it returns.
import asyncio


class Delay:
    # A delay that is not a number: compared with 0, then added to time().
    def __le__(self, other):
        print('Delay <=', other)
        return False

    def __radd__(self, other):
        print('Delay radd', type(other).__name__)
        return other + 0.001


async def main():
    loop = asyncio.get_running_loop()
    print(await asyncio.sleep(0.001))
    print(await asyncio.sleep(0.001, 'r'))
    print(await asyncio.sleep(0, 'zero'))
    print(await asyncio.sleep(-1, 'neg'))
    print(await asyncio.sleep(True, 'bool'))
    print(await asyncio.sleep(Delay(), 'custom'))
    for bad in ('x', None, [1]):
        try:
            await asyncio.sleep(bad)
        except TypeError as e:
            print('TypeError', e)

    # Cancelled while sleeping: CancelledError at the await, the timer is
    # counted as cancelled when the task runs again (as the finally of
    # CPython's sleep does).
    async def sleeper(tag):
        try:
            return await asyncio.sleep(10, tag)
        except asyncio.CancelledError as e:
            print('cancelled at await', tag, e.args)
            raise

    before = loop._timer_cancelled_count
    t = asyncio.ensure_future(sleeper('a'))
    await asyncio.sleep(0)
    waiter = t._fut_waiter
    print('waiter', type(waiter).__name__, waiter.done(), waiter._result)
    print('scheduled', len(loop._scheduled))
    print('cancel', t.cancel('stop'))
    print('count right after cancel', loop._timer_cancelled_count - before)
    print('waiter cancelled', waiter.cancelled(), waiter._result)
    await asyncio.sleep(0)
    print('count after the task ran', loop._timer_cancelled_count - before)
    print('task', t.done(), t.cancelled())
    try:
        await t
    except asyncio.CancelledError as e:
        print('awaited cancelled task', e.args)

    # Cancelled before it ever ran, and cancelled twice.
    t2 = asyncio.ensure_future(sleeper('b'))
    print(t2.cancel(), t2.cancel())
    try:
        await t2
    except asyncio.CancelledError:
        print('t2 cancelled', t2.cancelled())

    # The waiter future completed by someone else: sleep returns that.
    t3 = asyncio.ensure_future(asyncio.sleep(10, 'never'))
    await asyncio.sleep(0)
    t3._fut_waiter.set_result('early')
    print('t3', await t3)
    t4 = asyncio.ensure_future(asyncio.sleep(10))
    await asyncio.sleep(0)
    t4._fut_waiter.set_exception(KeyError('k'))
    try:
        await t4
    except KeyError as e:
        print('t4 KeyError', e)

    # Many sleepers wake in the order of their deadlines.
    order = []

    async def nap(d, tag):
        await asyncio.sleep(d)
        order.append(tag)

    await asyncio.gather(nap(0.004, 'c'), nap(0.001, 'a'), nap(0.002, 'b'), nap(0, 'z'))
    print(order)

    # wait_for around sleep times out and cancels it.
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.001)
    except asyncio.TimeoutError:
        print('wait_for timed out')
    print(await asyncio.wait_for(asyncio.sleep(0.001, 'in time'), 1))
    c = asyncio.sleep(1)
    print(type(c).__name__, asyncio.iscoroutine(c), c.__name__, c.__qualname__)
    c.close()


asyncio.run(main())

# Made outside a loop, run inside one.
c = asyncio.sleep(0.001, 'made before')
print(asyncio.run(c))
try:
    asyncio.sleep(1).send(None)
except RuntimeError as e:
    print('RuntimeError', e)
print(asyncio.run(asyncio.sleep(0, 'zero outside')))
