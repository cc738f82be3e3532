# str.encode and bytes.decode round trips
s = 'héllo €'
b = s.encode()
print(b, len(b), b.decode(), b.decode('utf-8') == s)
print('abc'.encode('ascii'), 'abc'.encode('utf-8'), 'é'.encode('latin-1'))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
print('é'.encode('ascii', 'ignore'), 'é'.encode('ascii', 'replace'))
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
print(b'\xff'.decode('latin-1'), b'abc\xff'.decode('utf-8', 'replace'), b'abc\xff'.decode('utf-8', 'ignore'))
print('😀'.encode('utf-8'), len('😀'.encode('utf-8')))
print(str(b'abc', 'ascii'), bytes('xyz', 'utf-8'))
