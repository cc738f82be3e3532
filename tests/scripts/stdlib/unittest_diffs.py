# unittest's failure messages for containers and strings: the difflib.ndiff
# deltas (with "? " hint lines) of the pretty-printed values, the "First
# differing element" lines, and maxDiff truncation.
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def show(label, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except AssertionError as e:
        print('==', label)
        print(str(e))
    else:
        print('==', label, 'ok')


# Lists: short, long enough to pretty-print one item per line, nested.
show('list item', t.assertEqual, [1, 2, 3], [1, 2, 4])
show('list longer', t.assertEqual, [1, 2], [1, 2, 3, 4])
show('list shorter', t.assertListEqual, ['a', 'b', 'c'], ['a'])
show('list strings', t.assertEqual, ['apple', 'banana', 'cherry'], ['apple', 'bananas', 'cherry'])
big1 = ['item number %d' % i for i in range(12)]
big2 = list(big1)
big2[5] = 'item numbr 5'
big2.insert(9, 'extra')
show('list pprint', t.assertEqual, big1, big2)
show('list nested', t.assertEqual, [[1, 2], {'k': 'v'}, (3, 4)], [[1, 2], {'k': 'w'}, (3, 5)])
show('list msg', t.assertEqual, [1], [2], 'custom note')

# Tuples and generic sequences.
show('tuple', t.assertEqual, (1, 'two', 3.0), (1, 'too', 3.0))
show('tuple longer', t.assertTupleEqual, (1,), (1, 2))
show('seq mixed types', t.assertSequenceEqual, [1, 2, 3], (1, 2, 4))
show('seq same items', t.assertSequenceEqual, [1, 2], (1, 2))
show('seq type check', t.assertListEqual, (1,), [1])
show('seq no len', t.assertSequenceEqual, 5, [1])

# Dicts: sorted by pprint, one key per line when long.
show('dict value', t.assertEqual, {'a': 1, 'b': 2}, {'a': 1, 'b': 3})
show('dict keys', t.assertDictEqual, {'x': 1}, {'y': 1, 'x': 1})
d1 = {'key%02d' % i: 'value %d' % i for i in range(8)}
d2 = dict(d1)
d2['key03'] = 'value three'
del d2['key06']
show('dict pprint', t.assertEqual, d1, d2)
show('dict type', t.assertDictEqual, [], {})

# Sets.
show('set', t.assertEqual, {1, 2}, {2, 3})
show('set one side', t.assertSetEqual, {1}, set())
show('frozenset', t.assertEqual, frozenset([5]), frozenset([5, 6]))

# Strings: one line (a newline is added for the diff) and several lines.
show('str one line', t.assertEqual, 'hello world', 'hello there')
show('str multi', t.assertEqual, 'one\ntwo\nthree\n', 'one\ntoo\nthree\nfour\n')
show('str no final newline', t.assertMultiLineEqual, 'a\nb', 'a\nc')
show('str trailing newline only', t.assertEqual, 'abc\n', 'abc')
show('str tabs', t.assertEqual, '\tindented line here\n', '\tindented lime here\n')
show('str empty', t.assertEqual, '', 'x')
show('str type', t.assertMultiLineEqual, 'a', 1)

# maxDiff: the delta is left out past it, and None shows it all.
long1 = '\n'.join('line %d of the first text' % i for i in range(40)) + '\n'
long2 = long1.replace('line 20 of', 'line twenty of')
show('maxDiff default', t.assertEqual, long1, long2)
t.maxDiff = 50
show('maxDiff small list', t.assertEqual, big1, big2)
show('maxDiff small dict', t.assertEqual, d1, d2)
t.maxDiff = None
show('maxDiff none', t.assertEqual, long1, long2)
t.maxDiff = 80 * 8

# longMessage off: only the custom message.
t.longMessage = False
show('long off', t.assertEqual, [1], [2], 'just this')
show('long off no msg', t.assertEqual, 'a\nb\n', 'a\nc\n')
t.longMessage = True

# Different types fall back to the plain comparison.
show('list vs tuple', t.assertEqual, [1], (1,))
show('int', t.assertEqual, 3, 4)


class Report(unittest.TestCase):
    def test_lines(self):
        self.assertEqual(['alpha\n', 'beta\n'], ['alpha\n', 'betta\n'])

    def test_text(self):
        self.assertEqual('first line\nsecond line\n', 'first line\nsecond lime\n')


import io
stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=0)
result = runner.run(unittest.defaultTestLoader.loadTestsFromTestCase(Report))
for test, text in result.failures:
    print('--', test.id())
    print(text.strip().splitlines()[-1])
    print(text[text.index('AssertionError'):].rstrip())
