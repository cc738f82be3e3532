# difflib's text deltas: Differ/ndiff with "? " hint lines and fancy
# replacement, unified and context diffs (headers, dates, context sizes,
# lineterm), get_close_matches, restore, the junk predicates, diff_bytes, and
# their errors.
import difflib
import random


def show(label, lines):
    print('==', label)
    for line in lines:
        print(repr(line))


text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
print(''.join(difflib.Differ().compare(text1, text2)), end='')
show('ndiff doc', difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True),
                                'ore\ntree\nemu\n'.splitlines(keepends=True)))
diff = list(difflib.ndiff(text1, text2))
print(''.join(difflib.restore(diff, 1)) == ''.join(text1))
print(''.join(difflib.restore(iter(diff), 2)) == ''.join(text2))
print(list(difflib.restore(diff, '2'))[:1])

# Lines without trailing newlines: the "? " lines still end in one.
show('no newlines', difflib.ndiff(['abcdef', 'same', 'xyz'], ['abXdef', 'same', 'xyzw']))
show('tabs kept in hints', difflib.ndiff(['\tkey = value\n'], ['\tkey = valve\n']))
show('insert only hint', difflib.ndiff(['color\n'], ['colour\n']))
show('delete only hint', difflib.ndiff(['colour\n'], ['color\n']))
show('trailing blank hint trimmed', difflib.ndiff(['abc   \n'], ['abd   \n']))
show('empty', difflib.ndiff([], []))
show('one side', difflib.ndiff([], ['new\n', 'lines\n']))
show('other side', difflib.ndiff(['old\n'], []))
show('identical', difflib.ndiff(['same\n'] * 2, ['same\n'] * 2))
show('plain replace', difflib.ndiff(['aaaa\n', 'bbbb\n'], ['xyz\n']))
show('plain replace shorter first', difflib.ndiff(['aaaa\n'], ['xyz\n', 'qqq\n']))
show('plain replace equal sizes', difflib.ndiff(['aaaa\n'], ['xyz\n']))
show('fancy pairs', difflib.ndiff(['apple pie\n', 'banana split\n', 'cherry tart\n'],
                                  ['banana splits\n', 'cherry tarts\n', 'apple pies\n']))
show('strings as sequences', difflib.ndiff('abc', 'abd'))

# Junk: line junk lets blank and comment lines be skipped as anchors;
# character junk decides which characters anchor the intraline match.
a = ['def f():\n', '\n', '    # comment\n', '    return 1\n', '\n']
b = ['def g():\n', '\n', '    return 2\n', '\n', '    # comment\n']
show('no line junk', difflib.ndiff(a, b))
show('IS_LINE_JUNK', difflib.ndiff(a, b, linejunk=difflib.IS_LINE_JUNK))
show('no char junk', difflib.ndiff(['a b c d\n'], ['a  b c  d\n'], charjunk=None))
show('char junk', difflib.ndiff(['a b c d\n'], ['a  b c  d\n']))
show('Differ junk', difflib.Differ(None, lambda c: c in 'aeiou').compare(
    ['the cat sat\n'], ['the hat sat\n']))
for line in ['', '\n', '   \n', ' # \n', '#\n', 'x\n', ' #x\n', '##\n']:
    print(repr(line), difflib.IS_LINE_JUNK(line))
for ch in ' \t\nxa':
    print(repr(ch), difflib.IS_CHARACTER_JUNK(ch))
print(difflib.IS_LINE_JUNK('abc', pat=lambda s: s.startswith('a')))

# Unified diffs.
a = ['line %d\n' % i for i in range(1, 21)]
b = list(a)
b[2] = 'line three\n'
b[10:12] = []
b.insert(15, 'inserted\n')
b.append('last\n')
print(''.join(difflib.unified_diff(a, b, 'old.txt', 'new.txt',
                                   '2005-01-26 23:30:50', '2010-04-02 10:20:52')), end='')
print(''.join(difflib.unified_diff(a, b, n=0)), end='')
print(''.join(difflib.unified_diff(a, b, 'a', 'b', n=1)), end='')
print(''.join(difflib.unified_diff(a, b, 'a', 'b', n=10)), end='')
show('unified lineterm', difflib.unified_diff('one two three four'.split(),
                                              'zero one tree four'.split(),
                                              'Original', 'Current', lineterm=''))
show('unified empty', difflib.unified_diff([], []))
show('unified same', difflib.unified_diff(['x\n'], ['x\n']))
show('unified from empty', difflib.unified_diff([], ['a\n', 'b\n'], 'f', 't'))
show('unified to empty', difflib.unified_diff(['a\n'], [], 'f', 't', 'd1'))
show('unified no newline', difflib.unified_diff(['a', 'b'], ['a', 'c']))
show('unified one line', difflib.unified_diff(['a\n', 'b\n', 'c\n'], ['a\n', 'B\n', 'c\n'], n=0))

# Context diffs.
print(''.join(difflib.context_diff(a, b, 'old.txt', 'new.txt',
                                   '2005-01-26 23:30:50', '2010-04-02 10:20:52')), end='')
print(''.join(difflib.context_diff(a, b, n=0)), end='')
print(''.join(difflib.context_diff(a, b, 'a', 'b', n=1)), end='')
show('context lineterm', difflib.context_diff('one two three four'.split(),
                                              'zero one tree four'.split(),
                                              'Original', 'Current', lineterm=''))
show('context empty', difflib.context_diff([], []))
show('context from empty', difflib.context_diff([], ['a\n', 'b\n'], 'f', 't'))
show('context to empty', difflib.context_diff(['a\n', 'b\n'], [], 'f', 't'))
show('context insert only', difflib.context_diff(['a\n', 'c\n'], ['a\n', 'b\n', 'c\n']))
show('context delete only', difflib.context_diff(['a\n', 'b\n', 'c\n'], ['a\n', 'c\n']))

# Type checks.
for args in [([b'a'], ['b']), (['a'], [1]), (['a'], ['b'], 'f', 3)]:
    for func in (difflib.unified_diff, difflib.context_diff):
        try:
            list(func(*args))
        except TypeError as e:
            print(func.__name__, 'TypeError:', e)

# diff_bytes.
for line in difflib.diff_bytes(difflib.unified_diff, [b'one\n', b'tw\xffo\n'],
                               [b'one\n', b'two\n'], b'a', b'b'):
    print(line)
for line in difflib.diff_bytes(difflib.context_diff, [b'x'], [b'y'], lineterm=b''):
    print(line)
try:
    list(difflib.diff_bytes(difflib.unified_diff, ['str'], [b'x']))
except TypeError as e:
    print('TypeError:', e)

# get_close_matches.
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
words = ['while', 'with', 'whale', 'which', 'white', 'wile', 'width', 'what']
print(difflib.get_close_matches('wheel', words))
print(difflib.get_close_matches('wheel', words, n=10, cutoff=0.3))
print(difflib.get_close_matches('wheel', words, n=1))
print(difflib.get_close_matches('zzz', words))
print(difflib.get_close_matches('ab', ['ba', 'ab', 'ab', 'abc'], cutoff=0.0))
print(difflib.get_close_matches('', ['', 'a'], cutoff=0.0))
print(difflib.get_close_matches('abc', iter(['abd', 'xbc']), cutoff=0.5))
for n, cutoff in [(0, 0.5), (-1, 0.5), (3, 1.5), (3, -0.1)]:
    try:
        difflib.get_close_matches('x', ['x'], n, cutoff)
    except ValueError as e:
        print('ValueError:', e)
for which in (0, 3, 'x'):
    try:
        list(difflib.restore(['  a'], which))
    except ValueError as e:
        print('ValueError:', e)

# Seeded random ndiff/unified/context cross-checks.
rng = random.Random(99)
pool = ['foo\n', 'bar\n', 'baz qux\n', 'bax qux\n', '\n', '  # note\n',
        'hello world\n', 'hellO world\n', 'tab\there\n', 'tab here\n']
for trial in range(25):
    a = [rng.choice(pool) for _ in range(rng.randint(0, 8))]
    b = [rng.choice(pool) for _ in range(rng.randint(0, 8))]
    print(trial, '-' * 20)
    print(''.join(difflib.ndiff(a, b, rng.choice([None, difflib.IS_LINE_JUNK]))), end='')
    print(''.join(difflib.unified_diff(a, b, n=rng.randint(0, 2))), end='')
    print(''.join(difflib.context_diff(a, b, n=rng.randint(0, 2))), end='')
for trial in range(25):
    a = [''.join(rng.choice('abcd  ') for _ in range(rng.randint(0, 20))) + '\n'
         for _ in range(rng.randint(1, 4))]
    b = [line if rng.random() < 0.3 else
         ''.join(rng.choice('abcd  ') for _ in range(rng.randint(0, 20))) + '\n'
         for line in a]
    print(trial, '=' * 20)
    print(''.join(difflib.ndiff(a, b)), end='')
