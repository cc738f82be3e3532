# bytes: literals, indexing, slicing, methods, repr
b = b'Hello, World'
print(b, len(b), b[0], b[-1], b[0:5], b[::-1], b[7:])
print(type(b[0]).__name__, type(b[0:1]).__name__)
print(b.decode(), b.upper(), b.lower(), b.hex(), b'\x00\xff'.hex(), b'abc'.hex('-'))
print(bytes.fromhex('48 65 6c 6c 6f'), bytes.fromhex('deadBEEF'))
print(b.split(b', '), b'a b  c'.split(), b'a,b,c'.split(b',', 1))
print(b'-'.join([b'x', b'y', b'z']), b''.join([]))
print(b.replace(b'l', b'L'), b.replace(b'l', b'', 1))
print(b.startswith(b'Hell'), b.endswith(b'x'), b.startswith((b'x', b'H')))
print(b.find(b'o'), b.find(b'o', 5), b.rfind(b'o'), b.find(b'zz'), b.index(b'W'), b.count(b'l'))
print(b'  pad  '.strip(), b'xxhixx'.strip(b'x'), b'abc'.title(), b'Ab'.swapcase(), b'abc'.capitalize())
print(b'abc' + b'def', b'ab' * 3, b'a' in b'cab', 98 in b'abc', b'abc' == b'abc', b'abc' < b'abd')
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes('hé', 'utf-8'))
print(list(b'abc'), [x for x in b'\x01\x02'])
print(repr(b"'"), repr(b'"'), repr(b'\'"'), repr(b'\t\n\r\x0b'), repr(b'\x80abc\x7e'))
print(b'123'.isdigit(), b'abc'.isalpha(), b' '.isspace(), b'ABC'.isupper())
print(b'a,b'.partition(b','), b'x'.center(5, b'*'), b'7'.zfill(3), b'ab'.ljust(4, b'.'))
try:
    b[0] = 1
except TypeError as e:
    print('TypeError:', e)
try:
    bytes([256])
except ValueError as e:
    print('ValueError:', e)
try:
    b'a' + 'b'
except TypeError as e:
    print('TypeError:', e)
print(str(b'abc'), b'%s-%d' % (b'x', 5), b'\xe2\x82\xac'.decode('utf-8'))
print(max(b'abc'), sum(b'abc'), sorted(b'cba'), b'a b'.splitlines(), b'l1\nl2'.splitlines())
