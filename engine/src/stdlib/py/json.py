# The `json` module: dumps/loads (and dump/load on file objects) with
# CPython's output format and error messages.

class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_ESC = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for ch in s:
        e = _ESC.get(ch)
        if e is not None:
            out.append(e)
        elif ch < ' ':
            out.append('\\u%04x' % ord(ch))
        elif ensure_ascii and ord(ch) > 126:
            n = ord(ch)
            if n > 0xffff:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff)))
            else:
                out.append('\\u%04x' % n)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def _float_repr(f, allow_nan):
    if f != f:
        text = 'NaN'
    elif f == float('inf'):
        text = 'Infinity'
    elif f == -float('inf'):
        text = '-Infinity'
    else:
        return repr(f)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    if indent is not None and not isinstance(indent, str):
        indent = ' ' * indent
    if separators is not None:
        item_sep, key_sep = separators
    elif indent is not None:
        item_sep, key_sep = ',', ': '
    else:
        item_sep, key_sep = ', ', ': '
    markers = {} if check_circular else None
    out = []

    def enc(o, level):
        if isinstance(o, str):
            out.append(_encode_str(o, ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(repr(o))
        elif isinstance(o, float):
            out.append(_float_repr(o, allow_nan))
        elif isinstance(o, (list, tuple)):
            enc_list(o, level)
        elif isinstance(o, dict):
            enc_dict(o, level)
        else:
            if default is None:
                raise TypeError('Object of type %s is not JSON serializable' % type(o).__name__)
            mark(o)
            enc(default(o), level)
            unmark(o)

    def mark(o):
        if markers is not None:
            if id(o) in markers:
                raise ValueError("Circular reference detected")
            markers[id(o)] = o

    def unmark(o):
        if markers is not None:
            del markers[id(o)]

    def newline(level):
        if indent is not None:
            out.append('\n' + indent * level)

    def enc_list(o, level):
        if not o:
            out.append('[]')
            return
        mark(o)
        out.append('[')
        newline(level + 1)
        first = True
        for v in o:
            if not first:
                out.append(item_sep)
                newline(level + 1)
            first = False
            enc(v, level + 1)
        newline(level)
        out.append(']')
        unmark(o)

    def enc_dict(o, level):
        if not o:
            out.append('{}')
            return
        mark(o)
        out.append('{')
        newline(level + 1)
        first = True
        items = sorted(o.items()) if sort_keys else o.items()
        for k, v in items:
            if isinstance(k, str):
                pass
            elif isinstance(k, float):
                k = _float_repr(k, allow_nan)
            elif k is True:
                k = 'true'
            elif k is False:
                k = 'false'
            elif k is None:
                k = 'null'
            elif isinstance(k, int):
                k = repr(k)
            elif skipkeys:
                continue
            else:
                raise TypeError('keys must be str, int, float, bool or None, not %s' % type(k).__name__)
            if not first:
                out.append(item_sep)
                newline(level + 1)
            first = False
            out.append(_encode_str(k, ensure_ascii))
            out.append(key_sep)
            enc(v, level + 1)
        newline(level)
        out.append('}')
        unmark(o)

    enc(obj, 0)
    return ''.join(out)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


_WS = ' \t\n\r'
_CONSTS = {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, (bytes, bytearray)):
        s = s.decode('utf-8')
    if not isinstance(s, str):
        raise TypeError('the JSON object must be str, bytes or bytearray, not %s' % type(s).__name__)
    n = len(s)

    def skip(i):
        while i < n and s[i] in _WS:
            i += 1
        return i

    def value(i):
        if i >= n:
            raise JSONDecodeError('Expecting value', s, i)
        c = s[i]
        if c == '"':
            return string(i + 1)
        if c == '{':
            return obj(i + 1)
        if c == '[':
            return arr(i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        for name, v in _CONSTS.items():
            if s.startswith(name, i):
                return (parse_constant(name) if parse_constant else v), i + len(name)
        return number(i)

    def number(i):
        j = i
        if j < n and s[j] == '-':
            j += 1
        if j < n and s[j] == '0':
            j += 1
        elif j < n and '1' <= s[j] <= '9':
            while j < n and s[j].isdigit() and s[j].isascii():
                j += 1
        else:
            raise JSONDecodeError('Expecting value', s, i)
        is_float = False
        if j + 1 < n and s[j] == '.' and s[j + 1].isdigit():
            is_float = True
            j += 2
            while j < n and s[j].isdigit():
                j += 1
        if j < n and s[j] in 'eE':
            k = j + 1
            if k < n and s[k] in '+-':
                k += 1
            if k < n and s[k].isdigit():
                while k < n and s[k].isdigit():
                    k += 1
                is_float = True
                j = k
        text = s[i:j]
        if is_float:
            return (parse_float or float)(text), j
        return (parse_int or int)(text), j

    def string(i):
        start = i - 1
        chunks = []
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != '\\' and s[j] >= ' ':
                j += 1
            chunks.append(s[i:j])
            if j >= n:
                raise JSONDecodeError('Unterminated string starting at', s, start)
            c = s[j]
            if c == '"':
                return ''.join(chunks), j + 1
            if c != '\\':
                raise JSONDecodeError('Invalid control character at', s, j)
            if j + 1 >= n:
                raise JSONDecodeError('Unterminated string starting at', s, start)
            e = s[j + 1]
            if e == 'u':
                code = hexcode(j)
                i = j + 6
                if 0xd800 <= code <= 0xdbff and s.startswith('\\u', i):
                    low = hexcode(i)
                    if 0xdc00 <= low <= 0xdfff:
                        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                        i += 6
                chunks.append(chr(code))
                continue
            m = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}.get(e)
            if m is None:
                raise JSONDecodeError('Invalid \\escape', s, j)
            chunks.append(m)
            i = j + 2

    def hexcode(j):
        h = s[j + 2:j + 6]
        if len(h) != 4 or any(ch not in '0123456789abcdefABCDEF' for ch in h):
            raise JSONDecodeError('Invalid \\uXXXX escape', s, j + 1)
        return int(h, 16)

    def obj(i):
        pairs = []
        i = skip(i)
        if i < n and s[i] == '}':
            return finish(pairs), i + 1
        while True:
            if i >= n or s[i] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
            key, i = string(i + 1)
            i = skip(i)
            if i >= n or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = skip(i + 1)
            v, i = value(i)
            pairs.append((key, v))
            i = skip(i)
            if i < n and s[i] == '}':
                return finish(pairs), i + 1
            if i >= n or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = skip(i + 1)

    def finish(pairs):
        if object_pairs_hook is not None:
            return object_pairs_hook(pairs)
        d = dict(pairs)
        return object_hook(d) if object_hook is not None else d

    def arr(i):
        items = []
        i = skip(i)
        if i < n and s[i] == ']':
            return items, i + 1
        while True:
            v, i = value(i)
            items.append(v)
            i = skip(i)
            if i < n and s[i] == ']':
                return items, i + 1
            if i >= n or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = skip(i + 1)

    v, end = value(skip(0))
    end = skip(end)
    if end != n:
        raise JSONDecodeError('Extra data', s, end)
    return v


def load(fp, **kw):
    return loads(fp.read(), **kw)
