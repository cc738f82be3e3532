# struct: pack/unpack/calcsize over every code and byte order, native
# alignment, half/single/double floats, s/p strings, pack_into/unpack_from
# offsets, iter_unpack, Struct objects, and CPython's range/type messages.
import struct


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


for fmt in ['x', 'c', 'b', 'B', '?', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'P', 'e', 'f', 'd', 's', 'p']:
    sizes = []
    for pre in ['', '@', '=', '<', '>', '!']:
        for body in [fmt, 'b' + fmt, '3' + fmt]:
            try:
                sizes.append(struct.calcsize(pre + body))
            except struct.error as e:
                sizes.append(str(e))
    print(fmt, sizes)
for f in ['@bhiqd', '=bhiqd', 'lL', '<lL', '@b0i', '@bP', '@b e', '@3sq', 'i i', '', '10x', '@hi', '@ih', 'b' * 3 + 'd']:
    t(struct.calcsize, f)

ints = [0, 1, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32769, 65535, 65536,
        2**31 - 1, 2**31, -2**31 - 1, 2**32 - 1, 2**32, 2**63 - 1, 2**63, -2**63, -2**63 - 1,
        2**64 - 1, 2**64, 2**70, -2**70]
for code in 'bBhHiIlLqQnNP':
    for pre in ['@', '<', '=', '>']:
        if pre != '@' and code in 'nNP':
            continue
        row = []
        for v in ints:
            try:
                data = struct.pack(pre + code, v)
                back = struct.unpack(pre + code, data)[0]
                row.append(data.hex() + ('' if back == v else '~%d' % back))
            except struct.error as e:
                row.append(str(e))
        print(pre + code, ' | '.join(dict.fromkeys(row)))
for v in [1.5, '1', None, True, b'1']:
    t(struct.pack, '<i', v)


class Index:
    def __index__(self):
        return 5


class Real:
    def __float__(self):
        return 2.5


t(struct.pack, 'i', Index()); t(struct.pack, 'd', Real()); t(struct.pack, 'd', Index()); t(struct.pack, 'c', Index())

floats = [0.0, -0.0, 1.0, -2.5, 0.1, 1 / 3, 65504.0, 65519.0, 65520.0, 1e-8, 6e-8, 5.960464477539063e-08,
          2.980232238769532e-08, 2.9802322387695312e-08, 8.940696716308594e-08, 2049.0, 2051.0,
          3.4028235e38, 3.4028235677973366e+38, 3.5e38, 1e-45, 1e-46, 1.4e-45, 1e300, 5e-324,
          float('inf'), float('-inf'), float('nan'), 2**2000]
for code in 'efd':
    for pre in ['<', '>', '@']:
        row = []
        for x in floats:
            try:
                data = struct.pack(pre + code, x)
                row.append(data.hex() + ':' + repr(struct.unpack(pre + code, data)[0]))
            except (struct.error, OverflowError) as e:
                row.append(type(e).__name__ + ' ' + str(e))
        print(pre + code, ' | '.join(row))
for x in ['x', None, 3]:
    t(struct.pack, '<d', x)
for data in [b'\x00\x7c', b'\x00\xfc', b'\x01\x7c', b'\x00\x04', b'\x01\x00', b'\xff\x7b']:
    t(struct.unpack, '<e', data)
t(struct.unpack, '<f', b'\x00\x00\xc0\x7f'); t(struct.unpack, '<d', b'\x00' * 7 + b'\x80'); t(struct.unpack, '>f', b'\x3f\x80\x00\x00')

t(struct.pack, 'c', b'ab'); t(struct.pack, 'c', 'a'); t(struct.pack, 'c', 97); t(struct.pack, 'c', bytearray(b'a'))
t(struct.pack, 's', 'abc'); t(struct.pack, '3s', bytearray(b'a')); t(struct.pack, 'p', 'x'); t(struct.pack, '3p', 1)
t(struct.pack, '5p', b'abcdefg'); t(struct.pack, '1p', b'abc'); t(struct.pack, '0p', b'abc'); t(struct.unpack, '5p', b'\x09abcd')
t(struct.unpack, '3p', b'\x00ab'); print(struct.pack('300p', b'a' * 290)[:3], len(struct.pack('300p', b'a' * 290)))
t(struct.pack, '0s'); t(struct.pack, '0s', b'abc'); t(struct.pack, '2x'); t(struct.unpack, '2xh', b'\x00\x00\x01\x00')
t(struct.pack, 'x', 1); t(struct.pack, '4s2s', b'hello', b'w'); t(struct.unpack, 'cs3s', b'abcde')
t(struct.pack, '?', []); t(struct.pack, '?', 'a'); t(struct.unpack, '??', b'\x00\x05'); t(struct.pack, '3?', 0, 2, None)
t(struct.pack, '<hhl', 1, 2, 3); t(struct.pack, '>hhl', 1, 2, 3); t(struct.pack, '@bhi', 1, 2, 3); t(struct.pack, '=bhi', 1, 2, 3)
t(struct.unpack, '<hhl', b'\x01\x00\x02\x00\x03\x00\x00\x00'); t(struct.pack, '!I', 0xdeadbeef); t(struct.pack, b'<h', 1)

t(struct.pack, 'ii', 1); t(struct.pack, 'i', 1, 2); t(struct.pack, 'z', 1); t(struct.pack, '<P', 1); t(struct.pack, '3', 1)
t(struct.pack, '3 i', 1, 2, 3); t(struct.pack, '<>i', 1); t(struct.pack, 'i<', 1); t(struct.calcsize, '99999999999999999999i')
t(struct.pack, 1); t(struct.pack); t(struct.unpack, 'i'); t(struct.calcsize, 1)
t(struct.unpack, 'i', b'abc'); t(struct.unpack, 'i', 'abcd'); t(struct.unpack, 'c', b''); t(struct.unpack, 'i', bytearray(b'abcd'))

t(struct.unpack_from, 'i', b'abc'); t(struct.unpack_from, 'i', b'abcdef', 2); t(struct.unpack_from, 'i', b'abcdef', 3)
t(struct.unpack_from, 'i', b'abcdef', -2); t(struct.unpack_from, 'i', b'abcdef', -4); t(struct.unpack_from, 'i', b'abcdef', -10)
t(struct.unpack_from, 'i', b'abcdef', 10); t(struct.unpack_from, 'i', b'abcdef', offset=1); t(struct.unpack_from, 'i', buffer=b'abcd')
ba = bytearray(6)
t(struct.pack_into, 'i', ba, 3, 1); t(struct.pack_into, 'i', ba, -2, 1); t(struct.pack_into, 'i', ba, -10, 1)
t(struct.pack_into, 'i', ba, 10, 1); t(struct.pack_into, 'i', b'abcdef', 0, 1); t(struct.pack_into, 'i', ba, 1)
t(struct.pack_into, 'i', ba); t(struct.pack_into, 'i'); t(struct.pack_into, 'i', ba, 1.5, 7)
t(struct.pack_into, '<i', ba, -4, 7); t(struct.pack_into, '>h', ba, 0, 258); t(struct.pack_into, 'i', ba, -6, 9); print(ba)

t(struct.iter_unpack, 'i', b'abcde'); t(struct.iter_unpack, '', b'abcde'); t(struct.iter_unpack, '0i', b'')
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), list(it))

s = struct.Struct('<hd')
print(s.format, s.size, type(s).__name__, struct.Struct(b'>i').format, s.pack(-2, 0.5), s.unpack(s.pack(-2, 0.5)))
print(s.unpack_from(b'\x00' + s.pack(3, 1.25), 1), list(s.iter_unpack(s.pack(1, 2.0) * 2)))
t(struct.Struct, 'z'); t(struct.Struct, 1)
print(struct.error.__mro__, struct.error.__module__, issubclass(struct.error, Exception))
try:
    struct.pack('b', 300)
except struct.error as e:
    print('caught', e.args)
