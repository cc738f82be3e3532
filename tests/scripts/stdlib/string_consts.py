import string
for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits', 'octdigits', 'punctuation', 'whitespace', 'printable']:
    v = getattr(string, name)
    print(name, len(v), repr(v))
print(string.capwords('  hello   wide\tworld  '), string.capwords('a-b-c', '-'))
t = string.Template('$who likes ${what}; $$5 costs $x')
print(t.safe_substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'a', 'what': 'b', 'x': 3}, x=4))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
try:
    string.Template('bad $ here').substitute()
except ValueError as e:
    print('ValueError', e)
