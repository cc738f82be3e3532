# bytes.hex(sep, bytes_per_sep): the separator must be one ASCII str or bytes
# character (any sized object reaches the length check); counts are C ints.
for s in [b'\xe9', bytearray(b'-'), 1, 'é', b'--', None, '-', b':', '€']:
  try: print(b'ab'.hex(s), bytearray(b'abc').hex(s, -2))
  except Exception as e: print(type(e).__name__, e)
for n in [2**40, 1.5, True, -1, 0, 5]:
  try: print(b'abc'.hex('-', n))
  except Exception as e: print(type(e).__name__, e)
