# UTF-16 and UTF-32 codecs: byte orders, byte-order marks, decode errors and handlers.
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf16', 'UTF_16LE', 'utf_32']:
    data = 'aé😀'.encode(enc)
    print(enc, data, data.decode(enc) == 'aé😀')
for data, enc in [(b'a', 'utf-16-le'), (b'a', 'utf-16'), (b'\x00\xd8', 'utf-16-le'), (b'\x00\xd8a\x00', 'utf-16-le'),
                  (b'\x00\xdc', 'utf-16-le'), (b'abc', 'utf-32-le'), (b'a', 'utf-32'), (b'\x00\x00\x11\x00', 'utf-32-le'),
                  (b'\x00\xd8\x00\x00', 'utf-32-le'), (b'\xd8\x00', 'utf-16-be'), (b'\xfe\xff\xd8\x00', 'utf-16')]:
    try:
        print(repr(data.decode(enc)))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
print(repr(b'\xff\xfea\x00'.decode('utf-16')), repr(b'\xfe\xff\x00a'.decode('utf-16')), repr(b'a\x00'.decode('utf-16')),
      repr(b'\xff\xfe\x00\x00a\x00\x00\x00'.decode('utf-32')), repr(b'\x00\x00\xfe\xff\x00\x00\x00a'.decode('utf-32')))
print(repr(b'a\x00\x00\xd8b\x00'.decode('utf-16-le', 'replace')), repr(b'a\x00b'.decode('utf-16-le', 'ignore')),
      repr(b'a\x00b'.decode('utf-16-le', 'replace')), repr(b'a\x00\x00\xdc'.decode('utf-16-le', 'backslashreplace')))
print(bytearray('hi'.encode('utf-16-be')), str(b'h\x00i\x00', 'utf-16-le'), len(''.encode('utf-16')), ''.encode('utf-32-be'))
