# IsolatedAsyncioTestCase: async set-up, tests, tear-down and cleanups run
# in the order CPython runs them, each test in its own event loop.
import asyncio
import io
import re
import unittest

events = []


class AsyncTests(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append('setUp')

    async def asyncSetUp(self):
        await asyncio.sleep(0)
        events.append('asyncSetUp')
        self.addAsyncCleanup(self.async_cleanup, 'one')
        self.addCleanup(events.append, 'sync cleanup')

    async def async_cleanup(self, tag):
        await asyncio.sleep(0)
        events.append('async cleanup ' + tag)

    async def asyncTearDown(self):
        events.append('asyncTearDown')

    def tearDown(self):
        events.append('tearDown')

    async def test_await(self):
        events.append('test_await')
        value = await asyncio.sleep(0, result=7)
        self.assertEqual(value, 7)

    async def test_fails(self):
        events.append('test_fails')
        await asyncio.sleep(0)
        self.assertEqual(await asyncio.gather(asyncio.sleep(0, 1)), [2])

    async def test_raises(self):
        events.append('test_raises')
        with self.assertRaises(ZeroDivisionError):
            await asyncio.sleep(0)
            1 / 0

    def test_sync(self):
        events.append('test_sync')


stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(AsyncTests)
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
for line in re.sub(r'in \d+\.\d+s', 'in TIME', stream.getvalue()).split('\n'):
    if not line.startswith(('  File ', '    ', 'Traceback (most recent')):
        print(line)
for event in events:
    print(event)
print(result.testsRun, result.wasSuccessful())
