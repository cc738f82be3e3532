# keyword's lists and predicates; fnmatch's translate() output (CPython's
# exact regex text), matching, filter, bytes patterns and argument errors.
import fnmatch
import hashlib
import keyword
import random
import re

print(keyword.kwlist)
print(keyword.softkwlist, keyword.__all__)
print(len(keyword.kwlist), [keyword.iskeyword(w) for w in ['if', 'match', 'print', 'None', 'none', '']])
print([keyword.issoftkeyword(w) for w in ['_', 'case', 'match', 'if', 'type']])
try:
    keyword.iskeyword([])
except Exception as e:
    print(type(e).__name__, e)

print(fnmatch.__all__)
for p in ['*.py', 'a*b*c', '*', '**', 'a**b', '?', '[abc]', '[!abc]', '[]]', '[!]]', '[a-z]',
          '[z-a]', '[a-c-e]', '[a-]', '[-a]', '[!]', '[]', '[', 'a[', '[\\]', '[a-z\\]', '[&&]',
          '[~|]', '[^x]', '[[x]', 'x.y+z($)', 'a*b*', '*a*', '*a*b*c*d', '\xe9*\xfc', '[a-b-c-d]',
          '[b-a-c]', '[!a-]', '[--]', '[---]', '[a--]', '\\*', 'a b\tc', '#~&', '[!!]', '[!^]',
          '*[*]*', '?*?', '[a-a]', '[!a-z]x*']:
    print(repr(p), repr(fnmatch.translate(p)))

for name, pat in [('a.py', '*.py'), ('A.PY', '*.py'), ('a\nb', 'a?b'), ('a\nb', 'a*'),
                  ('abc', 'a[!b]c'), ('a-c', 'a[-]c'), ('a]c', 'a[]]c'), ('[x]', '[[]x]'),
                  ('a\\b', 'a[\\]b'), ('axxbyyc', 'a*b*c'), ('abcb', 'a*b'), ('ab', 'a*b*'),
                  ('', '*'), ('', '?'), ('x', '[z-a]'), ('x', '[!]')]:
    print(repr(name), repr(pat), fnmatch.fnmatch(name, pat), fnmatch.fnmatchcase(name, pat))
print(fnmatch.filter(['a.py', 'b.txt', 'C.PY', '.x.py'], '*.py'))
print(fnmatch.filter([b'a.py', b'b', b'\xff.py'], b'*.py'), fnmatch.fnmatch(b'\xe9', b'[\xe0-\xff]'))
for a in [('a', b'a'), (b'a', 'a'), (1, 'a'), ('a', 1), (None, '*')]:
    for f in (fnmatch.fnmatch, fnmatch.fnmatchcase, lambda n, p: fnmatch.filter([n], p)):
        try:
            print(f(*a))
        except Exception as e:
            print(type(e).__name__, e)
try:
    fnmatch.translate(b'*')
except Exception as e:
    print(type(e).__name__, e)
print(re.escape(b'a.b\xff*'), re.escape(bytearray(b'x+')))

# Seeded random patterns: translations and matches.
rng = random.Random(3)
out = []
for i in range(3000):
    pat = ''.join(rng.choice('ab*?[]!-^\\&~|.z') for _ in range(rng.randrange(8)))
    try:
        r = fnmatch.translate(pat)
    except Exception as e:
        r = (type(e).__name__, str(e))
    out.append((pat, r))
    name = ''.join(rng.choice('ab-z.\\!^[]') for _ in range(rng.randrange(6)))
    try:
        out.append(fnmatch.fnmatchcase(name, pat))
        out.append(fnmatch.fnmatch(name.encode(), pat.encode()))
    except Exception as e:
        out.append((type(e).__name__, str(e)))
print(len(out), hashlib.md5(repr(out).encode()).hexdigest())
print(out[::500])
