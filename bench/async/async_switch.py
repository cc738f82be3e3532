# Task switch cost: one task doing 1,000,000 `await asyncio.sleep(0)` round trips.
import asyncio

N = 1_000_000


async def spin():
    for _ in range(N):
        await asyncio.sleep(0)
    return N


print(asyncio.run(spin()))
