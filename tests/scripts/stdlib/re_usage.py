# re: a tokenizer (lastgroup over alternation), error attributes, scoped flags, classes
import re

spec = [('NUMBER', r'\d+(\.\d*)?'), ('ASSIGN', r':='), ('END', r';'), ('ID', r'[A-Za-z]+'),
        ('OP', r'[+\-*/]'), ('NEWLINE', r'\n'), ('SKIP', r'[ \t]+'), ('MISMATCH', r'.')]
tok = re.compile('|'.join('(?P<%s>%s)' % pair for pair in spec))
line = 1
for mo in tok.finditer('total := price * 1.5;\nx := y - 2 ?'):
    kind = mo.lastgroup
    if kind == 'NEWLINE':
        line += 1
    elif kind != 'SKIP':
        print(line, kind, repr(mo.group()), mo.start() , mo.lastindex)
try:
    re.compile('ab\n(cd')
except re.error as e:
    print(e, '|', e.msg, e.pos, e.lineno, e.colno, repr(e.pattern))
try:
    re.compile('a[b')
except re.error as e:
    print(e.msg, e.pos, e.lineno, e.colno, isinstance(e, Exception), e.args)
print(re.findall('(?i:a)b', 'ab AB Ab aB'), re.findall('a(?-i:b)', 'ab AB Ab aB', re.I))
print(re.findall(r'[^\W\d_]+', 'ab1_cd é2'), re.findall(r'[\-\\\]]', 'a-b\\c]'), re.findall(r'[\x41-\x43]', 'ABCD'))
print(re.findall(r'(?:ab)+', 'ababab abx'), re.findall(r'(ab)+', 'ababab'), re.findall(r'(a|b)*c', 'abac'))
print(re.findall(r'(?m)^\s*#\s*(\w+)', '# one\n  code\n  #  two\n'), re.findall(r'(?m)\w+$', 'a b\nc d\n'))
print(re.sub(r'(?m)^', '> ', 'l1\nl2\n'), re.sub(r'\s+$', '', 'text   \n'), re.sub(r'^\s+|\s+$', '', '  both  '))
print(re.findall(r'\d+', '٣٤ and 56'), re.findall(r'\d+', '٣٤ and 56', re.ASCII), re.findall(r'\s', 'a\u00a0b c', re.A))
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'a++b', 'aaab'), re.search(r'colou?r', 'The colour'))
print(re.split(r'(\d)(x)?', 'a1b2xc'), re.split(r'\s*[;,]\s*', 'a ; b,c  ,d'))
print(re.sub(r'\b(\w)(\w*)\b', lambda m: m.group(1).upper() + m.group(2), 'hello big world'))
print(re.sub(r'(?P<year>\d{4})-(?P<mon>\d\d)', r'\g<mon>/\g<year>', 'on 2024-05 and 1999-12'))
d = re.compile(r'(?P<h>\d+):(?P<m>\d+)').match('12:34').groupdict()
print(sorted(d.items()), re.compile('(a)(b)(c)').match('abc').span(3), re.compile('x*').sub('-', 'abc', 2))
print(re.escape('[x]{y}(z)|^$\\'), re.findall(re.escape('1.5*2'), '1.5*2 and 1x5*2'))
print(re.compile(r'\w+').findall('one two three', 4), [m.group() for m in re.compile(r'\w+').finditer('one two', 0, 5)])
import re
p = re.compile('b')
print(p.search('abc', True), p.search('abc', 0, 2**63 - 1), p.search('abc', -5, -1))
for bad in [lambda: p.search('abc', 2**70), lambda: p.search('abc', 0, -2**70), lambda: p.search('abc', 'x'), lambda: p.search('abc', 1.0), lambda: p.match(b'abc'), lambda: p.split(5), lambda: p.findall(None)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
import copy
p = re.compile("a(b)")
m = p.match("ab")
print(copy.copy(p) is p, copy.deepcopy(m) is m, isinstance(p, re.Pattern), isinstance(m, re.Match), re.Pattern.__name__, re.Match.__name__)
