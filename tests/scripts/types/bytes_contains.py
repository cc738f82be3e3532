# `x in bytes`: ints must be byte values, bools count as ints, other types
# are named in the TypeError.
for hay in [b'abc\x01', bytearray(b'abc\x00')]:
    for x in [97, 0, 1, True, False, b'bc', bytearray(b'c'), b'', 'a', 1.5, None, [1], 300, -1, 2**70]:
        try:
            print(type(hay).__name__, repr(x), x in hay)
        except Exception as e:
            print(type(hay).__name__, repr(x), type(e).__name__, e)
