# unittest.main() with a failing test: the report lists it and ends with
# FAILED (failures=1), and main() exits with code 1.
import unittest


class Checks(unittest.TestCase):
    def test_ok(self):
        self.assertTrue(True)

    def test_wrong(self):
        self.assertEqual(2 + 2, 5, 'arithmetic')

    @unittest.skip('later')
    def test_skipped(self):
        pass


if __name__ == '__main__':
    try:
        unittest.main()
    except SystemExit as e:
        print('SystemExit', e.code)
        raise
