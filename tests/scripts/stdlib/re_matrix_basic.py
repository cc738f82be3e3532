# re: finditer/findall/sub/split/match/fullmatch/search over a matrix of small patterns and strings (empty-match rules)
import re
pats = [r'a*', r'a+?', r'(a|b)*', r'\b\w', r'\B', r'^', r'$', r'(?m)^a', r'(?m)$', r'a|b|', r'(?:)', r'x?',
        r'(a)(?:b)?(c)?', r'[^a]', r'[a-]', r'\W+', r'\S+', r'(?<=a)b', r'(?<!a)b', r'(?=a)', r'(?!a)', r'a{0}', r'a{1,2}?', r'.', r'(?s).', r'\n',
        r'(\w)\1', r'(?P<x>.)(?P=x)', r'(a)|b', r'(?:(a)|(b))+', r'()', r'(|a)*', r'a??', r'[\d.]+', r'\.', r'(?i)[A-C]', r'[^\n]*$', r'\s*', r'a\Z', r'\Aa']
strs = ['', 'a', 'aa', 'ab', 'ba', 'aab\nba', 'b a\n', 'abcabc', 'x.y 1.5\n', 'aaa', 'a\n\n', 'AbC']
out = []
for p in pats:
    c = re.compile(p)
    for s in strs:
        r = [p, s]
        r.append([m.span() for m in c.finditer(s)])
        r.append(c.findall(s))
        r.append(c.sub('<\\g<0>>', s))
        r.append(c.split(s))
        m = c.match(s); r.append(m and (m.span(), m.groups(), m.lastindex))
        m = c.fullmatch(s); r.append(m and m.span())
        m = c.search(s, 1); r.append(m and (m.span(), m.groups()))
        print(r)
