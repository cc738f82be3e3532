# unittest's runner: fixture order, cleanups, skips, expected failures,
# subtests, the result's lists and TextTestRunner's report at verbosities 0-2.
import io
import re
import unittest

log = []


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup1 ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup2 ' + self._testMethodName)

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_b(self):
        log.append('test_b')

    def test_a(self):
        """First line of the doc.

        More text."""
        log.append('test_a')

    def test_fail(self):
        log.append('test_fail')
        self.assertEqual(1, 2, 'one is not two')

    def test_error(self):
        log.append('test_error')
        raise KeyError('k')

    def helper(self):
        log.append('never run')

    test_not_callable = 3


class Outcomes(unittest.TestCase):
    @unittest.skip('not today')
    def test_skip(self):
        pass

    @unittest.skipIf(True, 'condition held')
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, 'runs')
    def test_skip_unless_runs(self):
        pass

    def test_skip_inside(self):
        self.skipTest('skipped from inside')

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_unexpected(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_subtest_msg(self):
        with self.subTest('named', x=1):
            with self.subTest(y=2):
                raise ValueError('inner')


@unittest.skip('whole class')
class SkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('never: skipped setUpClass')

    def test_one(self):
        pass


class BrokenSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError('class fixture broke')

    def test_never(self):
        log.append('never: test of broken class')


def clean(text):
    # Times and traceback frames differ from CPython's; the rest must not.
    text = re.sub(r'in \d+\.\d+s', 'in TIME', text)
    return '\n'.join(line for line in text.split('\n')
                     if not line.startswith('  File ') and not line.startswith('    '))


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Fixtures))
print(unittest.defaultTestLoader.getTestCaseNames(Outcomes))
suite = loader.loadTestsFromTestCase(Fixtures)
print(suite.countTestCases(), [t.id() for t in suite])
print(str(Fixtures('test_a')), repr(Fixtures('test_a')))
print(Fixtures('test_a').shortDescription(), Fixtures('test_b').shortDescription())
print(Fixtures('test_a') == Fixtures('test_a'), Fixtures('test_a') == Fixtures('test_b'))
try:
    Fixtures('test_missing')
except ValueError as e:
    print('ValueError', e)

for verbosity in (0, 1, 2):
    log.clear()
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity)
    result = runner.run(loader.loadTestsFromTestCase(Fixtures))
    print('--- verbosity', verbosity)
    print(clean(stream.getvalue()))
    print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
print(log)

for verbosity in (1, 2):
    stream = io.StringIO()
    suite = unittest.TestSuite()
    for cls in (Outcomes, SkippedClass):
        suite.addTests(loader.loadTestsFromTestCase(cls))
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    print('--- outcomes verbosity', verbosity)
    print(clean(stream.getvalue()))
print('skipped', [(t.id(), why) for t, why in result.skipped])
print('expected', [t.id() for t, _ in result.expectedFailures])
print('unexpected', [t.id() for t in result.unexpectedSuccesses])
print('failures', [str(t) for t, _ in result.failures])
print('errors', [str(t) for t, _ in result.errors])
print(result.wasSuccessful())

log.clear()
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream).run(loader.loadTestsFromTestCase(BrokenSetUpClass))
print(clean(stream.getvalue()))
print(result.testsRun, [str(t) for t, _ in result.errors], log)

# A plain TestResult, and TestCase.run without one.
result = unittest.TestResult()
Fixtures('test_fail')(result)
print(result.testsRun, len(result.failures), result.failures[0][1].split('\n')[-2])
print(repr(result).replace('__main__.', ''))
result = Fixtures('test_b').run()
print(type(result).__name__, result.testsRun, result.wasSuccessful())

# FunctionTestCase and failfast.
def plain():
    raise AssertionError('plain failed')
ftc = unittest.FunctionTestCase(plain, description='a plain function')
print(str(ftc), ftc.id(), ftc.shortDescription())
stream = io.StringIO()
suite = unittest.TestSuite([ftc, Fixtures('test_b')])
result = unittest.TextTestRunner(stream=stream, failfast=True).run(suite)
print(result.testsRun, clean(stream.getvalue()).split('\n')[0])
try:
    unittest.TestSuite().addTest(Fixtures)
except TypeError as e:
    print('TypeError', e)
