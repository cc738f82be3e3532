# `_unittest_async`: IsolatedAsyncioTestCase, a TestCase whose set-up, test,
# tear-down and cleanups may be coroutines, each test in a new event loop, as
# CPython 3.11's unittest/async_case.py (asyncio is imported on first run).
from _unittest_case import TestCase

__unittest = True


class IsolatedAsyncioTestCase(TestCase):
    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        self._asyncioLoop = None

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        self.addCleanup(*(func, *args), **kwargs)

    async def enterAsyncContext(self, cm):
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol"
                            ) from None
        result = await enter(cm)
        self.addAsyncCleanup(exit, cm, None, None, None)
        return result

    def _callSetUp(self):
        self.setUp()
        self._callAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        self._callMaybeAsync(method)

    def _callTearDown(self):
        self._callAsync(self.asyncTearDown)
        self.tearDown()

    def _callCleanup(self, function, *args, **kwargs):
        self._callMaybeAsync(function, *args, **kwargs)

    def _callAsync(self, func, /, *args, **kwargs):
        return self._asyncioLoop.run_until_complete(func(*args, **kwargs))

    def _callMaybeAsync(self, func, /, *args, **kwargs):
        import asyncio
        value = func(*args, **kwargs)
        if asyncio.iscoroutine(value):
            return self._asyncioLoop.run_until_complete(value)
        return value

    def run(self, result=None):
        import asyncio
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        self._asyncioLoop = loop
        try:
            return super().run(result)
        finally:
            # Tasks the test left running are cancelled, as asyncio.run does.
            try:
                asyncio._cancel_all_tasks(loop)
            finally:
                asyncio.set_event_loop(None)
                loop.close()
                self._asyncioLoop = None


IsolatedAsyncioTestCase.__module__ = 'unittest.async_case'
