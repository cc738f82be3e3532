# await inside a plain with / try-finally in a task; coroutine and future reprs.
import asyncio

class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, typ, exc, tb):
        print('exit', self.name, typ.__name__ if typ else None)
        return False

async def main():
    with CM('a'):
        await asyncio.sleep(0)
        print('inside a')
    try:
        with CM('b'):
            await asyncio.sleep(0)
            raise KeyError(1)
    except KeyError:
        print('caught KeyError')
    try:
        try:
            await asyncio.sleep(0)
            raise ValueError('v')
        finally:
            await asyncio.sleep(0)
            print('finally awaited')
    except ValueError as e:
        print('caught', e)
    fut = asyncio.get_running_loop().create_future()
    print(repr(fut))
    fut.set_result([1])
    print(repr(fut))
    print(await asyncio.sleep(-1, 'negative delay'))
    print(type(main()).__name__)

c = main()
print(repr(c)[:26])
asyncio.run(c)
