"""Base16, Base32, Base64 (RFC 4648), Ascii85 and Base85 encodings.

Base64 and Base16 go through the native `binascii`; the others are here.
"""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes',
           'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'b85encode', 'b85decode', 'a85encode', 'a85decode',
           'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']

bytes_types = (bytes, bytearray)

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _decode_input(s):
    """What the decoders accept: ASCII str or any bytes-like object."""
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return s.encode('ascii')
    if isinstance(s, bytes_types):
        return bytes(s)
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII string, '
                        'not %r' % type(s).__name__) from None


def _encode_input(s):
    """The encoders written here take bytes-like objects only."""
    if isinstance(s, bytes_types):
        return bytes(s)
    return memoryview(s).tobytes()


# Base64

def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        if isinstance(altchars, memoryview):
            altchars = altchars.tobytes()
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _decode_input(s)
    if altchars is not None:
        altchars = _decode_input(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


_to_urlsafe = bytes.maketrans(b'+/', b'-_')
_from_urlsafe = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    return b64encode(s).translate(_to_urlsafe)


def urlsafe_b64decode(s):
    return b64decode(_decode_input(s).translate(_from_urlsafe))


# Base32: 5 bytes become 8 symbols of 5 bits each.

_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# Symbols written for a final group of 1..4 bytes; the rest are '='.
_B32_USED = {1: 2, 2: 4, 3: 5, 4: 7}
# Bytes a final group carries, by its number of '=' symbols.
_B32_PADDED = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}


def _b32encode(alphabet, s):
    data = _encode_input(s)
    out = bytearray()
    for start in range(0, len(data), 5):
        group = data[start:start + 5]
        n = int.from_bytes(group + bytes(5 - len(group)), 'big')
        symbols = bytes(alphabet[(n >> shift) & 31] for shift in range(35, -1, -5))
        if len(group) < 5:
            used = _B32_USED[len(group)]
            symbols = symbols[:used] + b'=' * (8 - used)
        out += symbols
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _decode_input(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _decode_input(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    body = s.rstrip(b'=')
    padchars = len(s) - len(body)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for start in range(0, len(body), 8):
        n = 0
        for c in body[start:start + 8]:
            v = values.get(c)
            if v is None:
                raise binascii.Error('Non-base32 digit found')
            n = n << 5 | v
        n <<= 5 * (8 - len(body[start:start + 8]))
        out += n.to_bytes(5, 'big')
    if padchars:
        if padchars not in _B32_PADDED:
            raise binascii.Error('Incorrect padding')
        del out[len(out) - 5 + _B32_PADDED[padchars]:]
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


# Base16

def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _decode_input(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b'0123456789ABCDEF':
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# Ascii85 and Base85: 4 bytes become 5 base-85 digits.

def _85encode(data, alphabet, pad, zero_word=False, space_word=False):
    data = _encode_input(data)
    padding = -len(data) % 4
    data += bytes(padding)
    chunks = []
    for start in range(0, len(data), 4):
        word = int.from_bytes(data[start:start + 4], 'big')
        if zero_word and word == 0:
            chunks.append(b'z')
        elif space_word and word == 0x20202020:
            chunks.append(b'y')
        else:
            digits = bytearray(5)
            for k in range(4, -1, -1):
                word, digits[k] = divmod(word, 85)
            chunks.append(bytes(alphabet[d] for d in digits))
    if padding and not pad:
        # A shortened last group is always written out in digits.
        if chunks[-1] == b'z':
            chunks[-1] = alphabet[0:1] * 5
        chunks[-1] = chunks[-1][:-padding]
    return b''.join(chunks)


_A85_START = b'<~'
_A85_END = b'~>'


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    result = _85encode(b, bytes(range(33, 118)), pad, True, foldspaces)
    if adobe:
        result = _A85_START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        # The closing '~>' must fit on the last line.
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b'')
        result = b'\n'.join(lines)
    if adobe:
        result += _A85_END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\x0b'):
    b = _decode_input(b)
    if adobe:
        if not b.endswith(_A85_END):
            raise ValueError('Ascii85 encoded byte sequences must end with %r' % _A85_END)
        b = b[2:-2] if b.startswith(_A85_START) else b[:-2]
    out = bytearray()
    group = []
    # Trailing 'u's (digit 84) complete a last short group.
    for c in b + b'uuuu':
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                n = 0
                for d in group:
                    n = n * 85 + d
                if n > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out += n.to_bytes(4, 'big')
                group = []
        elif c == 122:
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and c == 121:
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    short = 4 - len(group)
    if short:
        del out[len(out) - short:]
    return bytes(out)


_B85 = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
        b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_B85_VALUES = {c: i for i, c in enumerate(_B85)}


def b85encode(b, pad=False):
    return _85encode(b, _B85, pad)


def b85decode(b):
    b = _decode_input(b)
    padding = -len(b) % 5
    b += b'~' * padding
    out = bytearray()
    for start in range(0, len(b), 5):
        n = 0
        for k in range(start, start + 5):
            v = _B85_VALUES.get(b[k])
            if v is None:
                raise ValueError('bad base85 character at position %d' % k)
            n = n * 85 + v
        if n > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % start)
        out += n.to_bytes(4, 'big')
    if padding:
        del out[len(out) - padding:]
    return bytes(out)


# MIME base64: lines of at most MAXLINESIZE symbols.

def _bytes_like(s):
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError('expected bytes-like object, not %s' % type(s).__name__) from None


def encodebytes(s):
    s = _bytes_like(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b''.join(pieces)


def decodebytes(s):
    return binascii.a2b_base64(_bytes_like(s))


def encode(input, output):
    """Base64 of the binary file `input`, written to `output` in lines."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decodes the base64 lines of the file `input` into `output`."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
