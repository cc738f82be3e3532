# memoryview over bytes and bytearray: indexing, shared slices, writes through, errors.
m = memoryview(b'abcdef')
print(len(m), m[0], m[-1], m[1:4].tobytes(), m[::2].tolist(), m.readonly, m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m.strides, m[::2].strides, m.obj, bytes(m[2:]), m.hex(), m == b'abcdef', m[1:3] == b'bc', list(m[:2]), m.contiguous, m[::2].contiguous, m.c_contiguous)
ba = bytearray(b'hello'); v = memoryview(ba); v[0] = 72; v[1:3] = b'EL'; print(ba, v.readonly)
for f in [lambda: m.__setitem__(0, 1), lambda: v.__setitem__(0, 300), lambda: v.__setitem__(slice(0,2), b'x'), lambda: memoryview('s'), lambda: m[10], lambda: v.__setitem__(0, b'x')]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
with memoryview(b'xy') as w: print(w[0])
print(w.__class__.__name__)
try: w[0]
except ValueError as e: print(e)
print(hash(memoryview(b'ab')) == hash(b'ab'), memoryview(m)[1], m.cast('B')[0], m.tolist()[:2], memoryview(b'ab') == memoryview(b'ab'), memoryview(b'a') != b'b')
try: hash(v)
except ValueError as e: print(e)
print(m[1:4][1], m[1:5:2].tobytes(), m[::-1].tobytes(), v.tobytes(), bytearray(m[:2]), isinstance(m, memoryview), type(m).__name__)
v2 = memoryview(ba)[1:4]; ba[2] = ord('z'); print(v2.tobytes())
