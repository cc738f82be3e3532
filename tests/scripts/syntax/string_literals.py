# string literals: quotes, prefixes, escapes
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mix "quotes"', "mix 'quotes'")
print('tab:\tend', 'nl:\\n', 'backslash:\\')
print('bell repr:', repr('\a\b\f\v\r\0'))
print('\x41\x42', '\101\102', '\u00e9', '\U0001F600' == '\U0001f600', '\N{LATIN SMALL LETTER A}')
print(r'raw\n\t', R"raw\d+", rb'x\n' == b'x\\n')
print(len('\n'), len(r'\n'))
s = 'abc' 'def' "ghi"
print(s)
t = ('implicit '
     'concatenation '
     "across lines")
print(t)
print("""line1
line2
    indented""")
print('''a\
b''')
print(u'unicode prefix', U'upper U')
print('é', 'ü', '中文', len('中文'))
print(repr('\x00\x1f\x7f'))
print('a' 'b' == 'ab')
print('\'', "\"", '\\')
print(repr(''), repr(""), repr(""""""))
