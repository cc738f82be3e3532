# unittest.main(verbosity=2) with an error and a skip: one line per test on
# stderr, FAILED (errors=1, skipped=1), exit code 1.
import unittest


class Verbose(unittest.TestCase):
    def test_error(self):
        {}['missing']

    def test_fine(self):
        self.assertIn('a', 'abc')

    def test_skip(self):
        self.skipTest('no reason')


unittest.main(verbosity=2)
