# bytes % formatting: %s/%b insert raw bytes, %r/%a insert the repr.
print(b'=%r=' % b'str', b'=%a=' % b'q', b'[%s|%r]' % (b'x', b'y'), b'%b and %a' % (b'raw', 'caf\xe9'))
print(b'%5s|%-4r|' % (b'ab', b'c'), b'%*d|%r' % (4, 7, b'z'), b'%%r %s' % b'v', b'%r' % 5)
print(bytearray(b'%r') % bytearray(b'ba'), bytearray(b'%s!') % b'ok')
print(repr(bytearray(b"a'b")), repr(bytearray(b'a"b')), repr(bytearray(b'''a'"b''')), repr(b"a'b"))
