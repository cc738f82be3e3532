# bytes.istitle, del on bytearray slices, round() of huge floats, and the
# messages of UnicodeDecodeError/UnicodeEncodeError.
for b in [b'Title Case', b'Title case', b'TITLE', b'', b'1 A', b'A1b', b'aB', b'Hello  World!']:
    print(b, b.istitle(), bytearray(b).istitle())
ba = bytearray(b'0123456789')
del ba[::3]
print(ba)
del ba[-2:]
print(ba)
del ba[10:20]
del ba[::-2]
print(ba)
print(round(1e300) == int(1e300), len(str(round(1e300))), round(-2.5e20), round(1.5e19))
for args in [('utf-8', b'\xff', 0, 1, 'invalid start byte'),
             ('utf-8', b'ab\xc3', 2, 3, 'unexpected end of data'),
             ('ascii', b'\x80\x81', 0, 2, 'ordinal not in range(128)')]:
    e = UnicodeDecodeError(*args)
    print(str(e), e.start, e.end, e.reason)
for args in [('ascii', 'caf\xe9', 3, 4, 'ordinal not in range(128)'),
             ('ascii', 'x\u20ac', 1, 2, 'bad'),
             ('ascii', '\U0001f600', 0, 1, 'bad'),
             ('latin-1', 'abc', 0, 3, 'bad')]:
    e = UnicodeEncodeError(*args)
    print(str(e), e.encoding, e.object)
try:
    b'\xff'.decode()
except UnicodeDecodeError as e:
    print(e)
try:
    'caf\xe9'.encode('ascii')
except UnicodeEncodeError as e:
    print(e)
