# strip family and replace
s = '  \t hello world \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xyhiyx'.strip('xy'), 'abcba'.lstrip('ab'), 'abcba'.rstrip('ab'))
print(repr('...'.strip('.')), 'hello'.strip(''), 'hello'.strip('lo'))
print('www.example.com'.strip('cmowz.'))
print('aaa'.replace('a', 'b'), 'aaa'.replace('a', 'b', 2), 'aaa'.replace('a', 'b', 0))
print('hello'.replace('l', ''), 'hello'.replace('', '-'), 'hello'.replace('', '-', 2))
print('abcabc'.replace('bc', 'XYZ'), 'abc'.replace('x', 'y'), 'aaaa'.replace('aa', 'a'))
print('a.b.c'.replace('.', '::', 1), ''.replace('', 'x'))
print('Hello'.removeprefix('He'), 'Hello'.removeprefix('x'), 'Hello'.removesuffix('llo'), 'Hello'.removesuffix('He'))
print('aaa'.removeprefix('a'), ''.removesuffix(''))
print('tab\tsep\tend'.expandtabs(), 'a\tb'.expandtabs(4), '12\t3'.expandtabs(2), 'x\ty\n\tz'.expandtabs(3))
print(repr('\t'.expandtabs(0)), repr('ab\tc'.expandtabs(1)))
