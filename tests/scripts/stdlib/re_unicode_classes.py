# re: Unicode \w, \W, \s, \S, \d agree with str.isalnum()/isspace() (CPython's definitions)
import re
text = ''.join(chr(c) for c in range(0, 0x1000) if not 0xd800 <= c < 0xe000)
print(len(re.findall(r'\w', text)), len(re.findall(r'\W', text)), len(re.findall(r'\s', text)), len(re.findall(r'\S', text)), len(re.findall(r'\d', text)))
print(len(re.findall(r'[\w]', text)), len(re.findall(r'[^\w]', text)), len(re.findall(r'[\s]', text)), len(re.findall(r'[\W\d]', text)))
print([hex(ord(c)) for c in re.findall(r'\s', text)])
print(re.findall(r'\w+', 'x² ½ é\u0301 a‿b'), re.findall(r'\s', '\x1c\x1f\x85\xa0'))
