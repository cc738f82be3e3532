"""The quoting half of urllib.parse: percent-encoding (quote, unquote and
their variants), query strings (parse_qs, parse_qsl, urlencode), and the
str/bytes argument coercion the whole module shares."""


# ----- str and bytes arguments -----

def _noop(obj):
    return obj


def _encode_result(obj, encoding='ascii', errors='strict'):
    return obj.encode(encoding, errors)


def _coerce_args(*args):
    """The arguments as str, plus a function that turns a str result back
    into the type the caller used. Bytes arguments must be ASCII; an empty
    argument of either type goes with the rest."""
    str_input = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != str_input:
            raise TypeError("Cannot mix str and non-str arguments")
    if str_input:
        return args + (_noop,)
    return tuple(x.decode('ascii', 'strict') if x else '' for x in args) + (_encode_result,)


# ----- quoting -----

_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789'
                         b'_.-~')
_PERCENT = ['%{:02X}'.format(b) for b in range(256)]


def quote_from_bytes(bs, safe='/'):
    """`bs` with each byte outside the unreserved set and `safe` as %XX."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes(c for c in safe if c < 128)
    keep = _ALWAYS_SAFE.union(safe)
    return ''.join(chr(b) if b in keep else _PERCENT[b] for b in bs)


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encodes `string` (a str is encoded first, UTF-8 by default),
    leaving letters, digits, '_.-~' and the characters in `safe`."""
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or 'utf-8', errors or 'strict')
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote() for form values: spaces become '+', '/' is quoted too."""
    # (A bytearray always takes the long way, as in CPython.)
    if ((isinstance(string, str) and ' ' not in string)
            or (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + space, encoding, errors).replace(' ', '+')


_HEX_BYTE = {}
for _a in '0123456789ABCDEFabcdef':
    for _b in '0123456789ABCDEFabcdef':
        _HEX_BYTE[(_a + _b).encode()] = bytes([int(_a + _b, 16)])
del _a, _b


def unquote_to_bytes(string):
    """'abc%20def' -> b'abc def'; malformed escapes are kept as they are."""
    if not string:
        # Anything but str or bytes fails here, as in CPython.
        string.split
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    pieces = string.split(b'%')
    if len(pieces) == 1:
        return string
    out = [pieces[0]]
    for piece in pieces[1:]:
        byte = _HEX_BYTE.get(piece[:2])
        if byte is None:
            out.append(b'%')
            out.append(piece)
        else:
            out.append(byte)
            out.append(piece[2:])
    return b''.join(out)


def unquote(string, encoding='utf-8', errors='replace'):
    """Decodes %XX escapes; each run of them is decoded as `encoding`."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    # Only ASCII runs can hold escapes; other characters pass through.
    out = []
    start = 0
    n = len(string)
    while start < n:
        end = start
        ascii_run = string[start] < '\x80'
        while end < n and (string[end] < '\x80') == ascii_run:
            end += 1
        run = string[start:end]
        out.append(unquote_to_bytes(run).decode(encoding, errors) if ascii_run else run)
        start = end
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote() that also reads '+' as a space, for form values."""
    return unquote(string.replace('+', ' '), encoding, errors)


# ----- query strings -----

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """'a=1&b=2' -> [('a', '1'), ('b', '2')]."""
    qs, _coerce_result = _coerce_args(qs)
    separator, _ = _coerce_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < fields:
            raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in (qs.split(separator) if qs else []):
        if not field and not strict_parsing:
            continue
        name, eq, value = field.partition('=')
        if not eq:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            name = unquote(name.replace('+', ' '), encoding=encoding, errors=errors)
            value = unquote(value.replace('+', ' '), encoding=encoding, errors=errors)
            pairs.append((_coerce_result(name), _coerce_result(value)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """'a=1&b=2&a=3' -> {'a': ['1', '3'], 'b': ['2']}."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields, separator=separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """A mapping or sequence of pairs as 'k1=v1&k2=v2'; with `doseq`, a
    sequence value gives one pair per element."""
    if hasattr(query, 'items'):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence or mapping object") from err

    def encode(x):
        if isinstance(x, bytes):
            return quote_via(x, safe)
        return quote_via(str(x), safe, encoding, errors)

    parts = []
    for k, v in query:
        k = encode(k)
        if not doseq or isinstance(v, (str, bytes)):
            parts.append(k + '=' + encode(v))
            continue
        try:
            len(v)
        except TypeError:
            parts.append(k + '=' + encode(v))
        else:
            for item in v:
                parts.append(k + '=' + encode(item))
    return '&'.join(parts)
