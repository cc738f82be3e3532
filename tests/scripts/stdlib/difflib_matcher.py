# difflib.SequenceMatcher: matching blocks, opcodes, groups and ratios with
# CPython's exact tie-breaking, junk, the autojunk popularity heuristic, and
# cross-checks on seeded random inputs.
import difflib
import random
from difflib import SequenceMatcher, Match


def report(label, s):
    print(label)
    print('  blocks', s.get_matching_blocks())
    print('  opcodes', s.get_opcodes())
    print('  ratios', s.ratio(), s.quick_ratio(), s.real_quick_ratio())


# The documented examples.
s = SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s = SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
print(SequenceMatcher(None, "ab", "c").find_longest_match(0, 2, 0, 1))
s = SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
s = SequenceMatcher(None, "qabxcd", "abycdf")
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(
        tag, i1, i2, j1, j2, s.a[i1:i2], s.b[j1:j2]))
s = SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                    "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
for block in s.get_matching_blocks():
    print("a[%d] and b[%d] match for %d elements" % block)

# Default arguments of find_longest_match (3.9+).
s = SequenceMatcher(None, "xxabcdyy", "abcdzzabc")
print(s.find_longest_match())
print(s.find_longest_match(3))
print(s.find_longest_match(0, 8, 1))
print(s.find_longest_match(alo=2, ahi=5, blo=4, bhi=9))
print(s.find_longest_match(0, 0, 0, 0))

# Ties: the earliest block in a, then the earliest in b.
print(SequenceMatcher(None, "abab", "abab"[::-1] + "ab").find_longest_match())
print(SequenceMatcher(None, "xyab", "abxy").find_longest_match())
print(SequenceMatcher(None, "aaaa", "aa").get_matching_blocks())
print(SequenceMatcher(None, "ab" * 5, "ba" * 5).get_opcodes())

# Match is a named tuple.
m = Match(1, 2, 3)
print(m, m.a, m.b, m.size, m._fields, tuple(m), m == (1, 2, 3))

# Empty and identical inputs.
report('both empty', SequenceMatcher(None, '', ''))
report('a empty', SequenceMatcher(None, '', 'abc'))
report('b empty', SequenceMatcher(None, 'abc', ''))
report('identical', SequenceMatcher(None, 'same text', 'same text'))
report('disjoint', SequenceMatcher(None, 'abc', 'xyz'))
print(list(SequenceMatcher(None, '', '').get_grouped_opcodes()))
print(list(SequenceMatcher(None, 'abc', 'abc').get_grouped_opcodes()))
print(list(SequenceMatcher(None, '', 'ab').get_grouped_opcodes()))

# Lists, tuples and lists of lines compare elements, not characters.
report('ints', SequenceMatcher(None, [1, 2, 3, 4, 5], (0, 2, 3, 5, 6)))
report('lines', SequenceMatcher(None, ['a\n', 'b\n', 'c\n'], ['a\n', 'c\n', 'd\n']))
report('words', SequenceMatcher(None, 'the quick brown fox'.split(),
                                'the slow brown dog'.split()))

# Junk: b2j leaves junk out, bjunk holds it, and junk only joins a match
# that touches it.
calls = []


def spaces(c):
    calls.append(c)
    return c == ' '


s = SequenceMatcher(spaces, 'a b c', 'ab  c b')
print(calls)
print(s.b2j, s.bjunk, s.bpopular)
report('junk', s)
s = SequenceMatcher(lambda x: x in 'ab', 'xabyab', 'abxaby')
print(s.b2j, sorted(s.bjunk))
report('junk letters', s)
report('all junk', SequenceMatcher(lambda x: True, 'aaa', 'aaa'))

# Autojunk: in a b of 200+ items, items making up more than 1% (+1) are
# popular and are not used as anchors.
b = 'x' * 3 + ''.join(chr(ord('a') + i % 20) for i in range(200))
a = 'abc' + 'x' * 5 + 'zzz'
s = SequenceMatcher(None, a, b)
print(len(b), sorted(s.bpopular), sorted(s.b2j))
report('autojunk', s)
s = SequenceMatcher(None, a, b, autojunk=False)
print(sorted(s.bpopular), len(s.b2j))
report('no autojunk', s)
print(sorted(SequenceMatcher(None, '', 'ab' * 99 + 'c').bpopular))
print(sorted(SequenceMatcher(None, '', 'ab' * 100).bpopular))
print(sorted(SequenceMatcher(None, '', 'a' * 3 + 'b' * 197).bpopular))
print(sorted(SequenceMatcher(None, '', 'a' * 4 + ''.join(map(str, range(100)))).bpopular))
# Popular items still extend a match found next to them.
s = SequenceMatcher(None, 'q' + 'e' * 3 + 'k', 'k' * 2 + ('qeeek' + 'abcdefghij' * 20))
print(sorted(s.bpopular), s.find_longest_match())

# set_seq1 / set_seq2 reuse the index of b and drop cached results.
s = SequenceMatcher()
print(repr(s.a), repr(s.b), s.get_opcodes())
s.set_seq2('abcd')
for word in ['abcd', 'bcde', 'xbcx', '']:
    s.set_seq1(word)
    print(word, s.get_opcodes(), s.ratio())
s.set_seqs('wxyz', 'xy')
print(s.get_matching_blocks(), s.b2j)
s.set_seq2('yz')
print(s.get_matching_blocks(), s.b2j)

# Grouped opcodes: context trimming, hunk splits, n=0.
a = [str(i) for i in range(30)]
b = list(a)
b[3] = 'three'
b[20:22] = []
b.append('end')
s = SequenceMatcher(None, a, b)
for n in (0, 1, 3, 10):
    print(n, list(s.get_grouped_opcodes(n)))
# CPython trims the cached opcode list in place.
s = SequenceMatcher(None, 'abcdefgh', 'abcXefgh')
print(s.get_opcodes())
list(s.get_grouped_opcodes(1))
print(s.get_opcodes())

print(SequenceMatcher[str])

# Seeded random cross-checks.
rng = random.Random(1234)


def rand_text(alphabet, lo, hi):
    return ''.join(rng.choice(alphabet) for _ in range(rng.randint(lo, hi)))


for trial in range(40):
    alphabet = rng.choice(['ab', 'abc', 'ab c', 'wxyz'])
    a = rand_text(alphabet, 0, 25)
    b = rand_text(alphabet, 0, 25)
    junk = rng.choice([None, lambda c: c == ' ', lambda c: c == 'a'])
    s = SequenceMatcher(junk, a, b, autojunk=rng.random() < 0.5)
    print(trial, s.get_opcodes(), s.ratio(), s.quick_ratio())
    print('  ', list(s.get_grouped_opcodes(rng.randint(0, 2))))
# Long lists of small ints: some values are popular, most are not.
for trial in range(8):
    a = [rng.randrange(120) for _ in range(rng.randint(200, 300))]
    b = [rng.randrange(120) for _ in range(rng.randint(200, 300))]
    for autojunk in (True, False):
        s = SequenceMatcher(None, a, b, autojunk=autojunk)
        print(trial, sorted(s.bpopular), len(s.get_matching_blocks()), s.ratio())
        print('  ', s.get_opcodes()[:6])
