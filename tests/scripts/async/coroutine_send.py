# async def and coroutines (driven manually, no asyncio)
async def add(a, b):
    return a + b
coro = add(1, 2)
print(type(coro).__name__)
try:
    coro.send(None)
except StopIteration as e:
    print('result', e.value)
