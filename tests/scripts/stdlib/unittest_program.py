# unittest.main's options (argv, -v, -q, -k, test names, defaultTest,
# exit=False), module fixtures, and errors from setUp, tearDown and cleanups.
import io
import re
import sys
import unittest

events = []


def setUpModule():
    events.append('setUpModule')


def tearDownModule():
    events.append('tearDownModule')


class Parts(unittest.TestCase):
    def test_alpha(self):
        events.append('alpha')

    def test_beta(self):
        events.append('beta')


class Broken(unittest.TestCase):
    def setUp(self):
        if self._testMethodName == 'test_setup_error':
            raise OSError('setUp broke')
        self.addCleanup(self.bad_cleanup)

    def bad_cleanup(self):
        events.append('cleanup ' + self._testMethodName)
        if self._testMethodName == 'test_cleanup_error':
            raise RuntimeError('cleanup broke')

    def tearDown(self):
        if self._testMethodName == 'test_teardown_error':
            raise LookupError('tearDown broke')

    def test_setup_error(self):
        events.append('never')

    def test_teardown_error(self):
        events.append('teardown test ran')

    def test_cleanup_error(self):
        events.append('cleanup test ran')

    def test_chained(self):
        try:
            {}['k']
        except KeyError as e:
            raise ValueError('while handling') from e


def run(argv, **kwargs):
    events.clear()
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        program = unittest.main(argv=argv, exit=False, testLoader=unittest.TestLoader(),
                                **kwargs)
        text = sys.stderr.getvalue()
    finally:
        sys.stderr = saved
    text = re.sub(r'in \d+\.\d+s', 'in TIME', text)
    print('>>>', ' '.join(argv[1:]), kwargs)
    for line in text.split('\n'):
        # Traceback frames differ from CPython's; the rest must not.
        if not line.startswith(('  File ', '    ', 'Traceback (most recent')):
            print(line)
    print(events, program.result.testsRun, program.result.wasSuccessful())


run(['prog', 'Parts'])
run(['prog', '-v', 'Parts.test_beta', 'Parts.test_alpha'])
run(['prog', '-q', 'Parts'])
run(['prog', '-k', 'beta'])
run(['prog', '-k', '*Parts.test_a*'])
run(['prog'], defaultTest='Parts')
run(['prog', 'Broken'], verbosity=2)
run(['prog', 'Broken.test_chained'])
run(['prog', 'Parts.test_missing'])

# An exit=True run raises SystemExit with a bool, as CPython's does.
saved = sys.stderr
sys.stderr = io.StringIO()
try:
    unittest.main(argv=['prog', 'Parts'])
except SystemExit as e:
    sys.stderr = saved
    print('SystemExit', repr(e.code))
