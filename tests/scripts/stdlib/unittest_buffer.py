# TextTestRunner(buffer=True): a passing test's prints are swallowed, a
# failing test's are shown after it and in its error text; failfast stops
# the run at the first failure.
import io
import re
import sys
import unittest


class Printing(unittest.TestCase):
    def test_a_quiet(self):
        print('printed by a passing test')

    def test_b_loud(self):
        print('printed by a failing test')
        sys.stderr.write('to stderr')
        self.fail('loud failed')

    def test_c_after(self):
        print('after')


def run(**kwargs):
    stream = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(Printing)
    result = unittest.TextTestRunner(stream=stream, **kwargs).run(suite)
    print('>>>', kwargs, result.testsRun)
    text = re.sub(r'in \d+\.\d+s', 'in TIME', stream.getvalue())
    # Traceback frames differ from CPython's; the rest must not.
    for line in text.split('\n'):
        if not line.startswith(('  File ', '    ', 'Traceback (most recent')):
            print(line)
    print('failure text ends:', repr(result.failures[0][1][-60:]))


run(buffer=True)
run(buffer=True, failfast=True)
