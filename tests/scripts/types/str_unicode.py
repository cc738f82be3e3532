# unicode strings: lengths, indexing, case, comparisons
s = 'naïve café 日本語 😀!'
print(len(s), s[2], s[-2], s[11:14], s[::-1])
print([ord(c) for c in s[-3:]], s.upper(), s.title())
print('é' == '\u00e9', 'é' == 'e\u0301', len('e\u0301'))
print(sorted(['é', 'e', 'z', 'a', 'É', '日']), max('aé'), 'é' > 'z')
print('日本語'.encode('utf-8'), len('日本語'.encode('utf-8')), '日本語'.find('語'))
print('straße'.upper(), 'STRASSE'.lower(), 'ΣΊΣΥΦΟΣ'.lower(), 'ﬀ'.upper(), 'ǈ'.swapcase())
print('😀'.isalpha(), '日'.isalpha(), '٣'.isdigit(), '\u2167'.isnumeric())
print('x' + '😀' * 3, ('😀' * 3)[1], len('😀😀'.split('😀')))
print(repr('😀'), ascii('😀'), str('😀'), '{:^5}'.format('😀'), '%3s' % 'é')
print('\u00e9'.center(5, '*'), 'ü'.zfill(3), 'ǅemal'.istitle())
