# unittest.main() finding the TestCase classes of __main__: all pass, so the
# report ends with OK and the exit code is 0.
import unittest

order = []


class Zeta(unittest.TestCase):
    def test_z(self):
        order.append('Zeta.test_z')


class Alpha(unittest.TestCase):
    def setUp(self):
        self.items = [3, 1, 2]

    def test_sorted(self):
        order.append('Alpha.test_sorted')
        self.assertEqual(sorted(self.items), [1, 2, 3])

    def test_len(self):
        order.append('Alpha.test_len')
        self.assertEqual(len(self.items), 3)

    def test_raises(self):
        order.append('Alpha.test_raises')
        with self.assertRaises(IndexError):
            self.items[5]

    def test_subtests(self):
        order.append('Alpha.test_subtests')
        for n in self.items:
            with self.subTest(n=n):
                self.assertGreater(n, 0)


class NotATest:
    def test_ignored(self):
        order.append('never')


if __name__ == '__main__':
    program = unittest.main(exit=False)
    print(order)
    print(program.result.testsRun, program.result.wasSuccessful())
    unittest.main()
