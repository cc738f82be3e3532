import re
print(re.findall(r'\w+', 'héllo wörld_1', re.A), re.findall(r'\w+', 'héllo wörld_1'), re.findall(r'[\d\s]+', 'a1 2b', re.A))
print(re.findall(r'\bx', 'éx x', re.A), re.findall(r'\bx', 'éx x'))
print(re.findall('ABC', 'abc AbC', re.I), re.findall('[a-c]+', 'ABCD', re.IGNORECASE))
print(re.split(r'\b', 'a b'), re.split('x*', 'axbc'), re.split(r'\W+', 'Words, words, words.'), re.split('(a)|b', 'xaybz'))
print(re.split(',', 'a,b,c', 1), re.split(',', 'a,b,c', maxsplit=-1))
for m in re.finditer(r'\d', 'a1b22'):
    print(m.start(), m.end(), m.group(), m.pos, m.endpos, m.re.pattern, m.string)
m = re.match(r'(\w+) (\w+)?', 'hello ')
print(m.groups(), m.groups('X'), m.groupdict(), m.span(2), m.start(2), m.lastindex, m.lastgroup, bool(m))
print(m.expand(r'<\1>|\g<2>|'), re.match(r'(?P<a>x)', 'x').expand(r'\g<a>\g<a>'))
for bad in [lambda: m.group(3), lambda: m.group('nope'), lambda: m[5], lambda: re.sub('(a)', r'\2', 'a'),
            lambda: re.sub('a', r'\q', 'a'), lambda: re.sub('(?P<n>a)', r'\g<m>', 'a'), lambda: re.sub('a', r'\g<1', 'a'),
            lambda: re.match('a', 5), lambda: re.compile(5), lambda: re.compile(re.compile('a'), re.I),
            lambda: re.compile('a', re.A | re.U), lambda: re.sub('a', 5, 'a'), lambda: re.sub('a', lambda m: 5, 'a'),
            lambda: re.search('a', None), lambda: re.compile('(?i')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
p = re.compile(r'(?P<k>\w+)=(?P<v>\d+)', re.M | re.I)
print(p, p.pattern, p.flags, p.groups, p.groupindex, type(p).__name__, type(m).__name__, p == re.compile(r'(?P<k>\w+)=(?P<v>\d+)', re.M | re.I))
print(p.sub(r'\g<v>:\g<k>', 'a=1, b=22'), p.findall('x=1 y=2'), p.search('zz=9').groupdict())
print(re.sub('', '-', 'abc'), re.sub('$', 'X', 'a\n'), re.findall('$', 'a\n'), re.sub('a', r'\n\t\\', 'a'), repr(re.sub('a', '\\', 'ba')) if False else '')
print(re.match('(a)|(b)', 'b').lastindex, re.match('(a)|(b)', 'b').groups(), re.match(r'(?:(a)|b)+', 'ab').groups())
print(re.match('a.c', 'ÀÁc'), re.search('ü+', 'xüüy'), re.I, re.M | re.S, re.X, re.A, re.NOFLAG, int(re.I | re.M))
print(re.findall(r'\d{2,}', '1 22 333'), re.findall('x{,2}', 'xxx'), re.findall('a{', 'a{'), re.findall(r'[]a]', ']a'), re.findall(r'[^]a]', ']ab'))
print(re.findall(r'[\w.-]+@[\w-]+\.\w+', 'mail bob.s@ex-ample.com now'), re.findall(r'\x41\u00e9\101', 'Aé A'))
print(re.fullmatch(r'\d+', '123', ), re.fullmatch(r'\d+', '123a'), re.compile(r'\d+').fullmatch('a123b', 1, 4))
print(re.search(r'\Aab\Z', 'ab'), re.search(r'ab\Z', 'ab\n'), re.purge())
print(re.sub(r'(?P<x>a)', lambda m: m.group('x') * 2, 'banana', count=2), re.subn('a', 'o', 'banana', 1))
print(re.findall(r'(a)(b)?', 'ab a'), re.findall(r'((a)b)', 'abab'))
print(re.escape('1+1=2?'), re.escape('é\n'), re.match(re.escape('a.b'), 'a.b'))
