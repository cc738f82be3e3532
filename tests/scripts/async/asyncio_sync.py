# Queue, Event, Lock, Semaphore, BoundedSemaphore, Condition.
import asyncio

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print('put', i, q.qsize())
    await q.put(None)

async def consumer(q, name, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        out.append((name, item))
        await asyncio.sleep(0)

async def queues():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.empty(), q.full())
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, 'c', out))
    print(out)
    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    q2 = asyncio.Queue(1)
    q2.put_nowait('x')
    try:
        q2.put_nowait('y')
    except asyncio.QueueFull:
        print('QueueFull', q2.full())
    print(q2.get_nowait(), q2.empty())
    try:
        q2.task_done()
        q2.task_done()
    except ValueError as e:
        print(e)
    work = asyncio.Queue()
    for i in range(4):
        work.put_nowait(i)
    done = []
    async def w(name):
        while True:
            i = await work.get()
            await asyncio.sleep(0.001 * i)
            done.append(i)
            work.task_done()
    workers = [asyncio.create_task(w(k)) for k in range(2)]
    await work.join()
    print('joined', sorted(done))
    for t in workers:
        t.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    lq = asyncio.LifoQueue()
    for i in range(3):
        await lq.put(i)
    print([await lq.get() for _ in range(3)])

async def events():
    ev = asyncio.Event()
    print(ev.is_set())
    async def wait_it(n):
        r = await ev.wait()
        print('woke', n, r)
    ts = [asyncio.create_task(wait_it(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*ts)
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())

async def locks():
    lock = asyncio.Lock()
    trace = []
    async def critical(n):
        async with lock:
            trace.append('in %d' % n)
            await asyncio.sleep(0)
            trace.append('out %d' % n)
    await asyncio.gather(*(critical(i) for i in range(3)))
    print(trace, lock.locked())
    await lock.acquire()
    print(lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print(e)

    sem = asyncio.Semaphore(2)
    active = []
    peak = [0]
    async def limited(n):
        async with sem:
            active.append(n)
            peak[0] = max(peak[0], len(active))
            await asyncio.sleep(0.001)
            active.remove(n)
            return n
    print(await asyncio.gather(*(limited(i) for i in range(5))), 'peak', peak[0])
    print(sem.locked())
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print(e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)

    cond = asyncio.Condition()
    items = []
    async def cons(n):
        async with cond:
            await cond.wait_for(lambda: items)
            print('consumer', n, 'got', items.pop())
    async def prod():
        for i in range(3):
            await asyncio.sleep(0)
            async with cond:
                items.append(i)
                cond.notify()
    await asyncio.gather(cons(0), cons(1), cons(2), prod())
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print(e)
    async def waiter_all(n):
        async with cond:
            await cond.wait()
            print('notified', n)
    ts = [asyncio.create_task(waiter_all(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)

asyncio.run(queues())
asyncio.run(events())
asyncio.run(locks())
