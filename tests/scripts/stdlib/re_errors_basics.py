import re
for p in ['(a', 'a)', '[a', '*a', 'a**', r'\q', '\\', '^*', '$*', r'\b*', 'a{2,1}', '(?P<1a>x)', '(?P<a>x)(?P<a>y)', '(?P=b)', r'(a)\2', 'a(?i)b', '(?z)', '(?P<a', 'x{', 'x{,3}','[z-a]', r'\x4', '(?', '(?P', '|*', '(*)','a|*','a??', 'a*?+', 'a{3}{2}']:
    try:
        c=re.compile(p); print(repr(p), 'ok', c.groups)
    except re.error as e:
        print(repr(p), 'error:', e, '|', e.msg, e.pos)
print(re.findall('|a','a'), re.sub('x*','-','abxd'), re.findall(r'\b|a', 'a a'))
print(re.compile('a').flags, re.compile('a', re.A).flags, re.compile('(?i)a').flags, repr(re.I|re.M), repr(re.compile('a', re.I)), repr(re.compile('a', re.I|re.S)))
print(re.match('(a(b))', 'ab').lastindex, re.match('(a)()', 'a').lastindex, re.match('((a))','a').lastindex)
print(repr(re.match('a','a')), re.error.__module__, re.error.__mro__)
m = re.search(r'(?P<first>\w+) (?P<last>\w+)', 'hi Jane Doe!')
print(m, m.groups(), m.groupdict(), m.span(2), m['last'], m.group(1, 'last'), m.lastgroup, m.lastindex)
print(re.findall(r'(\w)(\d)', 'a1 b2 c3'), re.split(r'(,)\s*', 'a, b,c', maxsplit=1))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \g<1> \g<0>', 'joe@home x@y'), re.subn('a', lambda m: m.group().upper(), 'banana'))
print(re.match('é(.)', 'éàb').span(1), re.search('b', 'ééb'), re.escape('a.b*c d'))
print(re.fullmatch('a|ab', 'ab'), re.match('a$', 'a\n'), re.search('^b', 'a\nb', re.M), re.findall('.', 'a\nb', re.S))
print(re.compile(r'\d+').search('ab 123 45', 4), re.compile(r'\d+').match('ab 123', 3, 5))
print(re.findall(r'(?<=-)\w+', 'a-b c-de'), re.sub(r'(a)(?=b)', r'[\1]', 'abac'), re.match(r'(a)\1', 'aa'))
print(re.compile(r"""\d+  # digits
   \.  # dot""", re.X).findall('1.2 33.'))
