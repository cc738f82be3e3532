# Future and Task details: callback order, subclasses, cancellation counts,
# the await protocol by hand, timers that tie.
import asyncio


class MyFuture(asyncio.Future):
    def __init__(self, *, loop=None):
        super().__init__(loop=loop)
        self.tag = 'mine'

    def cancel(self, msg=None):
        print('MyFuture.cancel', msg)
        return super().cancel(msg=msg)


async def waiter(fut, name):
    try:
        v = await fut
        print(name, 'got', v)
    except asyncio.CancelledError as e:
        print(name, 'cancelled', e.args)
        raise


async def main():
    loop = asyncio.get_running_loop()
    order = []
    f = loop.create_future()
    for i in range(3):
        f.add_done_callback(lambda fut, i=i: order.append(('cb', i, fut.result())))
    def extra(fut):
        order.append('extra')
    f.add_done_callback(extra)
    print('removed', f.remove_done_callback(extra), f.remove_done_callback(extra))
    loop.call_soon(order.append, 'soon-before')
    f.set_result(7)
    loop.call_soon(order.append, 'soon-after')
    await asyncio.sleep(0)
    print(order)
    f.add_done_callback(lambda fut: order.append('late'))
    await asyncio.sleep(0)
    print(order[-1], await f, await f)

    # the await protocol by hand
    g = loop.create_future()
    it = g.__await__()
    print(next(it) is g, g._asyncio_future_blocking)
    try:
        next(it)
    except RuntimeError as e:
        print('RuntimeError:', e)
    g.set_result('x')
    try:
        next(it)
    except StopIteration as e:
        print('StopIteration', e.value)
    c = waiter(g, 'n')
    print(asyncio.isfuture(g), asyncio.isfuture(42), asyncio.iscoroutine(c))
    c.close()

    # a subclass of Future awaited by a task, cancelled through the task
    m = MyFuture(loop=loop)
    print(m.tag, type(m).__name__, isinstance(m, asyncio.Future))
    t = asyncio.create_task(waiter(m, 'w1'), name='w1')
    await asyncio.sleep(0)
    print(t.get_name(), t.cancel('stop'), t.cancelling(), t.cancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print('outer saw', e.args, t.cancelled(), m.cancelled())
    print(t.uncancel(), t.cancelling(), t.cancel())

    # cancelling before the first step
    t2 = asyncio.create_task(waiter(loop.create_future(), 'w2'))
    t2.cancel()
    r = await asyncio.gather(t2, return_exceptions=True)
    print(type(r[0]).__name__)

    # exceptions through futures
    e = loop.create_future()
    e.set_exception(ValueError('bad'))
    try:
        await e
    except ValueError as x:
        print('ValueError', x)
    print(repr(e.exception()))

    # timers with equal deadlines run in heap order, like CPython's
    seen = []
    when = loop.time() + 0.01
    for i in range(12):
        loop.call_at(when, seen.append, i)
    h = loop.call_at(when, seen.append, 'cancelled')
    h.cancel()
    await asyncio.sleep(0.03)
    print(seen)

    # sleep returns its result, and an interrupted sleep leaves no timer
    print(await asyncio.sleep(0, 'zero'), await asyncio.sleep(0.001, 'later'))
    s = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    s.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print('sleep cancelled', s.cancelled())
    print(len(asyncio.all_tasks()), asyncio.current_task() is not None)


asyncio.run(main())
