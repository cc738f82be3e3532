# string escapes in detail
print(len('\x00'), len('\0'), len('\07'), len('\077'), len('\0777'), ord('\177'), '\1234' == 'S4')
print(repr('\N{BULLET}'), repr('\N{EM DASH}'), '\N{GREEK SMALL LETTER ALPHA}')
print('\u0041\u00df\u4e2d', '\U00000041')
print('a\
b')
print(repr('\f\v'), repr('\x0c\x0b'))
print('quote \' inside', "quote \" inside", '''mix ' and " in triple''')
print(repr("\\"), repr('\\\\'), len('\\\\'))
print(r'\x41' == '\\x41', r'\'' == "\\'", len(r'\''))
print(b'\x41\102\n' == b'AB\n', b'\\' == bytes([92]))
print(f'\x41{1}\u0042', rf'\x41{1}')
s = 'tab\tnew\ncr\rnul\x00end'
print(repr(s), len(s))
print([ord(c) for c in '\a\b\t\n\v\f\r'])
