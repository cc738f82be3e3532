# The state a Future or Task keeps: names, cancel counts and messages, the
# result and exception, blocking flag, and the set of live tasks as tasks
# start and finish.
import asyncio


async def work(n):
    await asyncio.sleep(0)
    return n


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f._state, f._result, f._exception, f._asyncio_future_blocking, f._log_traceback)
    f.set_result(3)
    print(f._state, f._result, f._exception, f.result())
    g = loop.create_future()
    g.set_exception(ValueError('bad'))
    print(g._state, g._result, repr(g._exception), g._log_traceback)
    print(repr(g.exception()), g._log_traceback)
    h = loop.create_future()
    print(h.cancel('why'), h._cancel_message, h.cancelled())
    try:
        h.result()
    except asyncio.CancelledError as e:
        print('cancelled', e.args)
    h2 = loop.create_future()
    h2._asyncio_future_blocking = True
    print(h2._asyncio_future_blocking)
    h2._cancel_message = 'm'
    print(h2._cancel_message)

    tasks = [asyncio.ensure_future(work(i)) for i in range(200)]
    named = asyncio.ensure_future(work(-1), )
    named.set_name('custom')
    print(named.get_name(), tasks[0].get_name() != tasks[1].get_name())
    print(tasks[5].get_name() == tasks[5].get_name())
    print(len(asyncio.all_tasks()))
    for t in tasks[::2]:
        t.cancel()
    print(tasks[0].cancelling(), tasks[1].cancelling())
    print(tasks[0].cancel(), tasks[0].cancelling(), tasks[0].uncancel(), tasks[0].cancelling())
    done = await asyncio.gather(*tasks, return_exceptions=True)
    print(sum(1 for d in done if isinstance(d, asyncio.CancelledError)), sum(d for d in done if isinstance(d, int)))
    print(len(asyncio.all_tasks()))
    await named
    more = [asyncio.ensure_future(work(i)) for i in range(100)]
    print(len(asyncio.all_tasks()))
    print(sum(await asyncio.gather(*more)))
    print(len(asyncio.all_tasks()), asyncio.current_task() in asyncio.all_tasks())


asyncio.run(main())
