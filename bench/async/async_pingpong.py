# 1,000,000 messages bounced between two tasks over two asyncio.Queues.
# Prints a checksum. Not in bench/run's default list (it lives in bench/async/).
import asyncio

N = 1_000_000


async def ping(out_q, in_q):
    total = 0
    for i in range(N // 2):
        out_q.put_nowait(i)
        total += await in_q.get()
    out_q.put_nowait(None)
    return total


async def pong(in_q, out_q):
    count = 0
    while True:
        v = await in_q.get()
        if v is None:
            return count
        count += 1
        out_q.put_nowait(v + 1)


async def main():
    a = asyncio.Queue()
    b = asyncio.Queue()
    total, count = await asyncio.gather(ping(a, b), pong(a, b))
    print(total, count)


asyncio.run(main())
