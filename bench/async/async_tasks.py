# 100,000 concurrent tasks, each sleeping 10 ms and returning a number.
# Prints a checksum. Not in bench/run's default list (it lives in bench/async/).
import asyncio

N = 100_000


async def job(i):
    await asyncio.sleep(0.01)
    return i * 2 + 1


async def main():
    results = await asyncio.gather(*[job(i) for i in range(N)])
    print(len(results), sum(results))


asyncio.run(main())
