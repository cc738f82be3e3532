# bytes literals
print(b'abc', B"abc", b'''tri''', br'raw\n', Rb'\d')
print(b'\x00\x01\xff', b'\n\t\r', b'\\')
print(len(b'\x00\x01\xff'), b'abc'[0], b'abc'[-1])
print(b'a' b'b' b'c')
print(b"it's", b'say "hi"', b'both \' "')
print(repr(b'\x7f\x80'), list(b'AZaz'))
print(type(b'').__name__, b'' == bytes())
