# unittest's assert methods: which pass, and the exact message of each failure.
import re
import unittest


class Box:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'Box(%r)' % (self.v,)


class Asserts(unittest.TestCase):
    def runTest(self):
        pass


t = Asserts()


def check(label, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except AssertionError as e:
        print(label, '->', type(e).__name__, repr(str(e)))
    except Exception as e:
        print(label, '-> raised', type(e).__name__, str(e))
    else:
        print(label, '-> ok')


def first_line(label, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except AssertionError as e:
        print(label, '->', repr(str(e).split('\n')[0]))
    else:
        print(label, '-> ok')


check('eq', t.assertEqual, 1, 1)
check('eq fail', t.assertEqual, 1, 2)
check('eq msg', t.assertEqual, 1, 2, 'numbers')
check('eq msg kw', t.assertEqual, 1, 2, msg='numbers')
check('ne', t.assertNotEqual, 1, 2)
check('ne fail', t.assertNotEqual, 'a', 'a')
check('true', t.assertTrue, [1])
check('true fail', t.assertTrue, 0)
check('true fail empty', t.assertTrue, [])
check('false fail', t.assertFalse, 'x')
check('is fail', t.assertIs, 1, None)
check('isnot fail', t.assertIsNot, None, None)
check('isnone fail', t.assertIsNone, Box(3))
check('isnotnone fail', t.assertIsNotNone, None)
check('in', t.assertIn, 1, [1, 2])
check('in fail', t.assertIn, 3, [1, 2])
check('in fail str', t.assertIn, 'z', 'abc')
check('notin fail', t.assertNotIn, 2, (1, 2))
check('isinstance fail', t.assertIsInstance, 3, str)
check('isinstance tuple fail', t.assertIsInstance, 3, (str, list))
check('notisinstance fail', t.assertNotIsInstance, 3, int)
check('greater fail', t.assertGreater, 1, 2)
check('greaterequal fail', t.assertGreaterEqual, 1, 2)
check('less fail', t.assertLess, 2, 1)
check('lessequal fail', t.assertLessEqual, 2, 1)
check('almost', t.assertAlmostEqual, 1.0, 1.00000001)
check('almost fail', t.assertAlmostEqual, 1.0, 1.1)
check('almost places fail', t.assertAlmostEqual, 1.0, 1.01, places=3)
check('almost delta', t.assertAlmostEqual, 10, 12, delta=3)
check('almost delta fail', t.assertAlmostEqual, 10, 15, delta=3)
check('almost both', t.assertAlmostEqual, 1, 2, places=1, delta=1)
check('notalmost fail', t.assertNotAlmostEqual, 1.0, 1.00000001)
check('notalmost delta fail', t.assertNotAlmostEqual, 10, 12, delta=3)
check('regex', t.assertRegex, 'hello world', r'w\w+')
check('regex fail', t.assertRegex, 'hello', r'\d+')
check('notregex fail', t.assertNotRegex, 'abc123', r'\d+')
check('count', t.assertCountEqual, [1, 2, 2], [2, 1, 2])
check('count fail', t.assertCountEqual, [1, 2, 2, 3], [2, 1, 1])
check('count unhashable fail', t.assertCountEqual, [[1], [2]], [[2], [2]])
check('set fail', t.assertSetEqual, {1, 2}, {2, 3})
check('set eq', t.assertEqual, {1, 2}, {2, 1})
check('set eq fail', t.assertEqual, frozenset({1}), frozenset({1, 4}))
check('fail', t.fail)
check('fail msg', t.fail, 'boom')
first_line('list fail', t.assertEqual, [1, 2, 3], [1, 2, 4])
first_line('tuple fail', t.assertTupleEqual, (1, 2), (1, 2, 3))
first_line('list type', t.assertListEqual, (1,), [1])
first_line('dict fail', t.assertEqual, {'a': 1}, {'a': 2})
first_line('dict type', t.assertDictEqual, [], {})
first_line('str fail', t.assertEqual, 'abc', 'abd')
first_line('str type', t.assertMultiLineEqual, 1, 'a')
first_line('seq fail', t.assertSequenceEqual, [1, 2], (1, 3))
check('seq same diff types', t.assertSequenceEqual, [1, 2], (1, 2))
check('list vs tuple', t.assertEqual, [1], (1,))
first_line('long', t.assertEqual, 'x' * 100 + 'a', 'x' * 100 + 'b')
first_line('long list', t.assertEqual, list(range(40)), list(range(39)) + [99])
first_line('long list first', t.assertListEqual, list(range(40)), list(range(39)) + [99])

# The messages whose diff lines CPython and Krait print the same way.
check('str one-line fail', t.assertEqual, 'a', 'b')
check('list extra', t.assertEqual, [1, 2], [1])

t.longMessage = False
check('short msg', t.assertEqual, 1, 2, 'numbers')
check('short nomsg', t.assertEqual, 1, 2)
t.longMessage = True

# assertRaises, as a context manager and as a call.
with t.assertRaises(ValueError) as cm:
    int('x')
print('cm.exception', type(cm.exception).__name__, cm.exception)
check('raises not raised', t.assertRaises, ValueError, lambda: None)
def quiet():
    pass
check('raises not raised by', t.assertRaises, KeyError, quiet)
check('raises call ok', t.assertRaises, ZeroDivisionError, lambda: 1 / 0)
check('raises tuple', t.assertRaises, (KeyError, IndexError), [].pop)
check('raises wrong type propagates', t.assertRaises, KeyError, int, 'x')
check('raises bad arg', t.assertRaises, 3, int)
try:
    with t.assertRaises(TypeError, msg='wanted'):
        pass
except AssertionError as e:
    print('raises ctx msg', repr(str(e)))
try:
    with t.assertRaises((TypeError, ValueError)):
        pass
except AssertionError as e:
    print('raises ctx tuple', repr(str(e)))
with t.assertRaisesRegex(ValueError, r'invalid literal'):
    int('x')
check('raisesregex fail', t.assertRaisesRegex, ValueError, r'^nope', int, 'x')
with t.assertRaises(SystemExit) as cm:
    raise SystemExit(3)
print('systemexit code', cm.exception.code)
check('multiline dissimilar', t.assertMultiLineEqual, 'a\nb\nc\n', 'a\nx\nc\n')
check('multiline extra line', t.assertEqual, 'one\ntwo\n', 'one\ntwo\nthree\n')
check('dict one-line', t.assertDictEqual, {1: 2}, {3: 4})
check('list short', t.assertListEqual, [1], [2])
t.maxDiff = 10
check('maxDiff', t.assertEqual, 'one\ntwo\n', 'one\ntwo\nthree\n')
t.maxDiff = None
check('regex obj', t.assertRegex, 'abc', re.compile('z'))
check('raises regex obj', t.assertRaisesRegex, KeyError, re.compile('q'), {}.pop, 'k')
