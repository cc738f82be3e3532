# binascii's hex, base64 and CRC conversions and base64's encodings, with
# CPython's errors (binascii.Error for bad data, TypeError/ValueError for bad
# arguments) and seeded random round trips.
import base64
import binascii
import io
import random


def t(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(label, '->', type(e).__module__, type(e).__name__, e)
    else:
        print(label, '->', repr(r))


print(binascii.Error.__mro__)
print(binascii.Incomplete.__mro__)
print(issubclass(binascii.Error, ValueError), binascii.Error('x'))

# hexlify and its separators
t('hexlify', binascii.hexlify, b'\x01\xff\x7f')
t('b2a_hex', binascii.b2a_hex, bytearray(b'ab'))
t('memoryview', binascii.hexlify, memoryview(b'xyz')[1:])
t('sep', binascii.hexlify, b'\x01\xff\x02', '-')
t('sep bytes', binascii.hexlify, b'\x01\xff\x02\x03', b':', 2)
t('sep left', binascii.hexlify, b'\x01\xff\x02', b':', -2)
t('sep zero', binascii.hexlify, b'\x01\xff\x02', b':', 0)
t('sep wide', binascii.hexlify, b'abc', sep=':', bytes_per_sep=5)
t('sep 3', binascii.hexlify, b'abcdefg', sep=':', bytes_per_sep=3)
t('sep -3', binascii.hexlify, b'abcdefg', sep=':', bytes_per_sep=-3)
t('sep latin-1', binascii.hexlify, b'\x01\x02', '\xe9')
t('sep long', binascii.hexlify, b'\x01', '::')
t('sep empty', binascii.hexlify, b'\x01', b'')
t('sep euro', binascii.hexlify, b'\x01', '\u20ac')
t('sep int', binascii.hexlify, b'\x01', 1)
t('sep None', binascii.hexlify, b'\x01', None)
t('sep bytearray', binascii.hexlify, b'\x01', bytearray(b'-'))
t('per big', binascii.hexlify, b'ab', '-', 2**40)
t('per float', binascii.hexlify, b'ab', '-', 1.0)
t('str data', binascii.hexlify, 'abc')
t('int data', binascii.hexlify, 1)
t('no args', binascii.hexlify)
t('four args', binascii.hexlify, b'a', 'b', 1, 2)
t('bad kw', binascii.hexlify, b'a', x=1)
t('twice', binascii.hexlify, b'a', data=1)
t('data kw', binascii.hexlify, data=b'\x10')

t('unhexlify', binascii.unhexlify, 'AbCd')
t('a2b_hex', binascii.a2b_hex, b'00ff')
t('bytearray', binascii.unhexlify, bytearray(b'7f'))
t('odd', binascii.unhexlify, 'abc')
t('bad digit', binascii.unhexlify, 'ag')
t('non-ascii', binascii.unhexlify, '\xe91')
t('int', binascii.unhexlify, 1)
t('kw', binascii.unhexlify, hexstr='ab')
t('none', binascii.unhexlify)
t('two', binascii.unhexlify, 'ab', 'cd')

# base64 lines
t('b2a_base64', binascii.b2a_base64, b'hello')
t('no newline', binascii.b2a_base64, b'hello', newline=False)
t('newline 0', binascii.b2a_base64, b'a', newline=0)
t('empty', binascii.b2a_base64, b'')
t('positional newline', binascii.b2a_base64, b'hello', False)
t('str', binascii.b2a_base64, 'hello')
t('newline list', binascii.b2a_base64, b'a', newline=[])
t('bad kw', binascii.b2a_base64, b'a', foo=1)
for s in ['aGVsbG8=\n', 'aGVsbG8', 'aGVsbG', 'aGVsb', 'a', 'a===', 'aG=Vsb',
          'aGV sbG8=', 'aGVsbG8=xyz', 'aGVsbG=8=', 'aGVsb===G8=', 'aGVs\x80bG8=',
          '', '====', 'YQ', 'YQ=', 'YWI=']:
    t('a2b %r' % s, binascii.a2b_base64, s)
    t('strict %r' % s, binascii.a2b_base64, s, strict_mode=True)
for s in ['=aGVsbG8=', 'aGVsbG==', 'aGVsbA==\n', 'a=', 'aG=', 'aGV=', 'aGVsbG8==',
          '  aGVsbG8=']:
    t('strict %r' % s, binascii.a2b_base64, s, strict_mode=True)
t('bytes', binascii.a2b_base64, b'aGVs\x80bG8=')
t('memoryview', binascii.a2b_base64, memoryview(b'YQ=='))
t('non-ascii', binascii.a2b_base64, '\xe9')
t('int', binascii.a2b_base64, 1)
t('strict None', binascii.a2b_base64, b'aGVs', strict_mode=None)
t('positional strict', binascii.a2b_base64, 'aGVs', True)
t('data kw', binascii.a2b_base64, data=b'aGVs')

# CRCs
t('crc32', binascii.crc32, b'The quick brown fox jumps over the lazy dog')
t('crc32 empty', binascii.crc32, b'')
t('crc32 start', binascii.crc32, b'hello', 1)
t('crc32 -1', binascii.crc32, b'hello', -1)
t('crc32 2**40', binascii.crc32, b'hello', 2**40)
t('crc32 chained', binascii.crc32, b' world', binascii.crc32(b'hello'))
print(binascii.crc32(b'hello world'))
t('crc32 str', binascii.crc32, 'hello')
t('crc32 float', binascii.crc32, b'a', 1.5)
t('crc32 kw', binascii.crc32, b'a', crc=3)
t('crc32 none', binascii.crc32)
t('crc32 three', binascii.crc32, b'', 1, 2)
t('crc_hqx', binascii.crc_hqx, b'123456789', 0)
t('crc_hqx ffff', binascii.crc_hqx, b'hello', 0xffff)
t('crc_hqx -1', binascii.crc_hqx, b'hello', -1)
t('crc_hqx 2**70', binascii.crc_hqx, b'a', 2**70)
t('crc_hqx one arg', binascii.crc_hqx, b'hello')

# base64 module
t('b64encode', base64.b64encode, b'hi?>')
t('altchars', base64.b64encode, b'hi?>', b'-_')
t('altchars bytearray', base64.b64encode, b'\xff\xfe\xfd', altchars=bytearray(b'-_'))
t('altchars memoryview', base64.b64encode, b'\xff\xfe\xfd', altchars=memoryview(b'-_'))
t('altchars short', base64.b64encode, b'hi', b'-')
t('altchars str', base64.b64encode, b'\xff', '-_')
t('altchars int', base64.b64encode, b'\xff', altchars=1)
t('str', base64.b64encode, 'hi')
t('b64decode', base64.b64decode, 'aGk/Pg==')
t('b64decode alt', base64.b64decode, 'aGk-Pg==', '-_')
t('b64decode alt validate', base64.b64decode, 'aGk-Pg==', b'-_', True)
t('b64decode alt short', base64.b64decode, 'aGk-Pg==', b'-')
t('validate newline', base64.b64decode, 'aGk/Pg==\n', validate=True)
t('validate short', base64.b64decode, 'aGk/Pg=', validate=True)
t('validate junk', base64.b64decode, 'aGk/P*==', validate=True)
t('junk', base64.b64decode, 'aGk/P*==')
t('decode int', base64.b64decode, 1)
t('decode non-ascii', base64.b64decode, '\xe9')
t('urlsafe', base64.urlsafe_b64encode, b'\xfb\xff')
t('urlsafe decode', base64.urlsafe_b64decode, '-_8=')
t('urlsafe decode std', base64.urlsafe_b64decode, '+/8=')
t('urlsafe str', base64.urlsafe_b64encode, 'x')
t('standard', base64.standard_b64encode, b'\xfb\xff')
t('standard decode', base64.standard_b64decode, '+/8=')

t('b32encode', base64.b32encode, b'hello world')
t('b32encode empty', base64.b32encode, b'')
t('b32encode bytearray', base64.b32encode, bytearray(b'a'))
t('b32encode str', base64.b32encode, 'x')
for s in ['NBSWY3DPEB3W64TMMQ======', 'nbswy3dpeb3w64tmmq======', 'NBSWY3DP',
          'NBSWY3D=', 'NBSWY3==', 'NBSWY===', 'NBSW====', 'NBS=====', 'NB======',
          'N=======', '========', '', 'NB=A====', 'NBS=A==', 'N*S=====',
          'MFRGG===ME======', '12345678', 'NBSWY3DP1B3W64TMMQ=====']:
    t('b32decode %r' % s, base64.b32decode, s)
t('casefold', base64.b32decode, 'nbswy3dpeb3w64tmmq======', True)
t('map01 L', base64.b32decode, 'NBSWY3DP0B3W64TMMQ======', map01=b'L')
t('map01 I', base64.b32decode, 'NBSWY3DP1B3W64TMMQ======', map01='I')
t('map01 l', base64.b32decode, 'NBSWY3D1', map01='l')
t('map01 l casefold', base64.b32decode, 'NBSWY3D1', map01='l', casefold=True)
t('map01 long', base64.b32decode, 'NBSWY3D1', map01='IL')
t('map01 int', base64.b32decode, 'NBSWY3D=', map01=1)
t('b32hexencode', base64.b32hexencode, b'hello world')
t('b32hexdecode', base64.b32hexdecode, 'D1IMOR3F41RMUSJCCG======')
t('b32hexdecode fold', base64.b32hexdecode, 'd1imor3f41rmusjccg======', casefold=True)
t('b32hexdecode lower', base64.b32hexdecode, 'd1imor3f41rmusjccg======')
t('b32hexdecode W', base64.b32hexdecode, 'W1IMOR3F')

t('b16encode', base64.b16encode, b'\x01\xab')
t('b16encode str', base64.b16encode, 'x')
t('b16decode', base64.b16decode, '01AB')
t('b16decode lower', base64.b16decode, '01ab')
t('b16decode fold', base64.b16decode, '01ab', True)
t('b16decode odd', base64.b16decode, '01A')
t('b16decode G', base64.b16decode, '01AG')
t('b16decode G odd', base64.b16decode, 'G1A')
t('b16decode int', base64.b16decode, 1)

t('a85encode', base64.a85encode, b'hello world')
t('a85 zeros', base64.a85encode, b'\0\0\0\0\0')
t('a85 one zero', base64.a85encode, b'\0')
t('a85 one zero pad', base64.a85encode, b'\0', pad=True)
t('a85 spaces', base64.a85encode, b'\0\0\0\0    ', foldspaces=True)
t('a85 three spaces', base64.a85encode, b'   ', foldspaces=True)
t('a85 adobe', base64.a85encode, b'hello world', adobe=True, wrapcol=5)
t('a85 adobe empty', base64.a85encode, b'', adobe=True)
t('a85 adobe wrap 1', base64.a85encode, b'abc', adobe=True, wrapcol=1)
t('a85 adobe wrap 3', base64.a85encode, b'abcdefgh', wrapcol=3, adobe=True)
t('a85 wrap -3', base64.a85encode, b'abcdefgh', wrapcol=-3)
t('a85 wrap 20', base64.a85encode, b'hello world' * 5, wrapcol=20)
t('a85 pad', base64.a85encode, b'hello', pad=True)
t('a85 positional', base64.a85encode, b'hello', 0)
t('a85 str', base64.a85encode, 'x')
t('a85decode', base64.a85decode, 'BOu!rD]j7BEbo7')
t('a85decode adobe', base64.a85decode, '<~BOu!rD]j7BEbo7~>', adobe=True)
t('a85decode adobe open', base64.a85decode, 'BOu!rD]j7BEbo7~>', adobe=True)
t('a85decode adobe missing', base64.a85decode, 'BOu!rD]j7BEbo7', adobe=True)
t('a85decode <~>', base64.a85decode, '<~>', adobe=True)
t('a85decode whitespace', base64.a85decode, 'B O u\n!rD]j7BEbo7')
t('a85decode no ignore', base64.a85decode, 'B O u', ignorechars=b'')
for s in ['zz', 'Bz', 'B~', 'uuuuu', 's8W-"', 's8W-#', 'B', 'BO', 'y']:
    t('a85decode %r' % s, base64.a85decode, s)
t('a85decode yy', base64.a85decode, 'yy', foldspaces=True)
t('a85decode By', base64.a85decode, 'By', foldspaces=True)
t('a85decode int', base64.a85decode, 1)
t('b85encode', base64.b85encode, b'hello world')
t('b85encode pad', base64.b85encode, b'hello', pad=True)
t('b85encode zeros', base64.b85encode, b'\0\0\0\0')
t('b85encode str', base64.b85encode, 'x')
for s in ['Xk~0{Zy<MXa%^M', 'Xk~0{Zy<MXa%^', 'Xk~0{Zy<MXa%^"', '|NsC0', '|NsC1',
          'X', '000001', '~~~~~', 'aaaaa~~~~~', ' ']:
    t('b85decode %r' % s, base64.b85decode, s)

t('encodebytes', base64.encodebytes, b'x' * 100)
t('encodebytes empty', base64.encodebytes, b'')
t('encodebytes str', base64.encodebytes, 'x')
t('decodebytes', base64.decodebytes, b'eHh4\neHh4\n')
t('decodebytes str', base64.decodebytes, 'eHh4')
src = io.BytesIO(b'x' * 120)
dst = io.BytesIO()
base64.encode(src, dst)
print(dst.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(dst.getvalue()), back)
print(back.getvalue() == b'x' * 120)
print(base64.MAXLINESIZE, base64.MAXBINSIZE, base64.bytes_types)
print(base64.__all__)

# Seeded random data: round trips and agreement between the encodings.
rng = random.Random(1234)
for i in range(200):
    data = bytes(rng.choice([0, 32, 255, 7, rng.randrange(256)]) for _ in range(rng.randrange(12)))
    assert base64.b64decode(base64.b64encode(data)) == data
    assert base64.b64decode(base64.b64encode(data), validate=True) == data
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(data)) == data
    assert base64.b32decode(base64.b32encode(data)) == data
    assert base64.b32hexdecode(base64.b32hexencode(data)) == data
    assert base64.b16decode(base64.b16encode(data)) == data
    assert base64.b85decode(base64.b85encode(data)) == data
    assert base64.a85decode(base64.a85encode(data, foldspaces=True), foldspaces=True) == data
    assert base64.a85decode(base64.a85encode(data, adobe=True, wrapcol=7), adobe=True) == data
    assert binascii.unhexlify(binascii.hexlify(data, '.', 3).replace(b'.', b'')) == data
    if i % 40 == 0:
        print(data, base64.b64encode(data), base64.b32encode(data), base64.a85encode(data, pad=True),
              base64.b85encode(data), binascii.hexlify(data, ' ', -2), binascii.crc32(data),
              binascii.crc_hqx(data, i))
# Random junk through the lenient and strict base64 decoders.
counts = {}
for i in range(400):
    s = ''.join(rng.choice('AB=+/\n *aZ09') for _ in range(rng.randrange(12)))
    for strict in (False, True):
        try:
            r = binascii.a2b_base64(s, strict_mode=strict).hex()
        except binascii.Error as e:
            r = str(e)
        counts[r] = counts.get(r, 0) + 1
for k in sorted(counts):
    print(repr(k), counts[k])
