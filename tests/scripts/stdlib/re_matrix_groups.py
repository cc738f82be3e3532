# re: backreferences, lookaround, flags and Unicode text over a matrix of patterns and strings
import re
pats = [(r'(?P<w>\w+)\s+(?P=w)', 0), (r'(\d+)-(\d+)', 0), (r'(?<=\d)(?=(\d{3})+$)', 0), (r'[aeiou]', re.I), (r'^\w+$', re.M),
        (r'(?<=é)\w', 0), (r'\w+', re.A), (r'(\w+)@(\w+)\.com', 0), (r'\s+', 0), (r'(?:x|y)+?z', 0), (r'(.)(.)?\2', 0),
        (r'[^\w\s]', 0), (r'(?i)é', 0), (r'[\u00e0-\u00ff]+', 0), (r'\b[A-Z]', 0), (r'(?x) \d+ (?: \. \d+ )?', 0),
        (r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 0), (r'(?s)a.+?b', 0), (r'.*', 0), (r'$|^', re.M),
        (r'[.]', 0), (r'[$^]', 0), (r'\$', 0), (r'a{2}', 0), (r'(?:a{1,3}){2}', 0), (r'\u00e9|\x41', 0), (r'\0', 0), (r'[\0-\x1f]', 0)]
strs = ['', 'the the cat cat', '1234567 12-34', 'ÉéÀàü ü', 'x@y.com and a@b.com', 'abcdefghijkk', 'xxyz yz xz', 'a\nb\nab', 'aaaaaa a', '$^.', '\x00\x01 ok', 'éa ée']
for p, f in pats:
    c = re.compile(p, f)
    for s in strs:
        r = [p, s, [m.span() for m in c.finditer(s)], c.findall(s), c.sub('#', s), c.split(s, 2)]
        m = c.search(s); r.append(m and (m.span(), m.groups(), m.lastindex, m.groupdict()))
        print(r)
