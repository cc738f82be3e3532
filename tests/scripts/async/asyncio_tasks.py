# asyncio basics: run, sleep with result, create_task, gather, Task API, ordering.
import asyncio

log = []

async def worker(name, delay, result):
    log.append('start ' + name)
    got = await asyncio.sleep(delay, result)
    log.append('end ' + name)
    return got

async def ticker(name, n):
    for i in range(n):
        log.append('%s%d' % (name, i))
        await asyncio.sleep(0)
    return name

async def failing(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)

async def main():
    t1 = asyncio.create_task(worker('a', 0.003, 'A'), name='first')
    t2 = asyncio.ensure_future(worker('b', 0.001, 'B'))
    print(t1.get_name(), t2.get_name().startswith('Task-'))
    t2.set_name('second')
    print(t2.get_name(), t1.done(), t1.cancelled())
    print(await t1, await t2, t1.done(), t1.result(), t1.exception())
    print(await asyncio.gather(ticker('x', 3), ticker('y', 2), ticker('z', 1)))
    print(log)
    try:
        await asyncio.gather(failing('bad'), ticker('w', 2))
    except ValueError as e:
        print('gather raised', e)
    res = await asyncio.gather(failing('one'), asyncio.sleep(0, 'ok'), return_exceptions=True)
    print([type(r).__name__ + ':' + str(r) for r in res])
    print(await asyncio.gather())
    done = []
    t = asyncio.create_task(asyncio.sleep(0, 5))
    t.add_done_callback(lambda f: done.append(('cb', f.result())))
    await t
    await asyncio.sleep(0)
    print(done)
    print(asyncio.current_task().get_name())
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop(), loop.is_running())
    t = asyncio.create_task(failing('stored'))
    await asyncio.sleep(0.001)
    print(t.done(), type(t.exception()).__name__, t.exception())
    try:
        t.result()
    except ValueError as e:
        print('result raised', e)
    try:
        t.set_result(1)
    except RuntimeError as e:
        print(e)
    same = asyncio.create_task(ticker('s', 1))
    print(await asyncio.gather(same, same))
    return 'main done'

print(asyncio.run(main()))
try:
    asyncio.run(1)
except ValueError as e:
    print(e)

async def nested():
    coro = asyncio.sleep(0)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print(e)
    await coro
asyncio.run(nested())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
try:
    asyncio.create_task(ticker('q', 1))
except RuntimeError as e:
    print(e)
