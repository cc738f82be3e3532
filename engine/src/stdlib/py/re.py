# The `re` module: Pattern and Match objects over the native matcher in
# re.rs (fancy-regex, with CPython syntax translated). Spans come back from
# the matcher as flat tuples of character positions, -1 for unmatched groups.

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall",
           "finditer", "compile", "purge", "escape", "error", "Pattern", "Match",
           "A", "I", "M", "S", "X", "U", "L", "ASCII", "IGNORECASE", "MULTILINE",
           "DOTALL", "VERBOSE", "UNICODE", "LOCALE", "NOFLAG", "RegexFlag"]

_SEARCH, _MATCH, _FULLMATCH, _ALL = 0, 1, 2, 3
_MAXPOS = 9223372036854775807


class RegexFlag(int):
    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        names = []
        for name, bit in _FLAG_NAMES:
            if value & bit:
                names.append("re." + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        return "|".join(names)

    __str__ = __repr__

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


_FLAG_NAMES = [("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8),
               ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128),
               ("ASCII", 256)]

NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s at position %d (line %d, column %d)" % (msg, pos, self.lineno,
                                                                 self.colno)
            else:
                msg = "%s at position %d" % (msg, pos)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


error.__module__ = "re"
PatternError = error


def _check_string(string):
    if not isinstance(string, str):
        if isinstance(string, (bytes, bytearray)):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("expected string or bytes-like object, got '%s'"
                        % type(string).__name__)


class Pattern:
    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def __repr__(self):
        flags = self.flags & ~32
        text = "re.compile(%r" % (self.pattern,)
        if flags:
            text += ", " + repr(RegexFlag(flags))
        return text + ")"

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @classmethod
    def __class_getitem__(cls, item):
        return cls

    def _run(self, mode, string, pos, endpos):
        _check_string(string)
        spans = self._matcher(mode, string, pos, endpos)
        if spans is None:
            return None
        return _new_match(self, string, spans, pos, endpos)

    def match(self, string, pos=0, endpos=_MAXPOS):
        return self._run(_MATCH, string, pos, endpos)

    def search(self, string, pos=0, endpos=_MAXPOS):
        return self._run(_SEARCH, string, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=_MAXPOS):
        return self._run(_FULLMATCH, string, pos, endpos)

    def _all(self, string, pos=0, endpos=_MAXPOS, count=0):
        _check_string(string)
        return self._matcher(_ALL, string, pos, endpos, count)

    def finditer(self, string, pos=0, endpos=_MAXPOS):
        for spans in self._all(string, pos, endpos):
            yield _new_match(self, string, spans, pos, endpos)

    def findall(self, string, pos=0, endpos=_MAXPOS):
        out = []
        groups = self.groups
        for spans in self._all(string, pos, endpos):
            if groups == 0:
                out.append(string[spans[0]:spans[1]])
            elif groups == 1:
                out.append(_slice(string, spans, 1, ""))
            else:
                out.append(tuple([_slice(string, spans, g, "") for g in range(1, groups + 1)]))
        return out

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        out = []
        last = 0
        for spans in self._all(string, 0, _MAXPOS, maxsplit):
            out.append(string[last:spans[0]])
            for g in range(1, self.groups + 1):
                out.append(_slice(string, spans, g, None))
            last = spans[1]
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        _check_string(string)
        if count < 0:
            return (string, 0)
        if callable(repl):
            func = repl
            literal = None
        else:
            if not isinstance(repl, str):
                raise TypeError("decoding to str: need a bytes-like object, %s found"
                                % type(repl).__name__)
            parts = _parse_template(repl, self)
            func = None
            literal = parts[0] if len(parts) == 1 and isinstance(parts[0], str) else None
        out = []
        last = 0
        n = 0
        for spans in self._all(string, 0, _MAXPOS, count):
            out.append(string[last:spans[0]])
            if literal is not None:
                out.append(literal)
            elif func is not None:
                piece = func(_new_match(self, string, spans, 0, _MAXPOS))
                if piece is not None:
                    if not isinstance(piece, str):
                        index = len([x for x in out if x != ""])
                        raise TypeError("sequence item %d: expected str instance, %s found"
                                        % (index, type(piece).__name__))
                    out.append(piece)
            else:
                out.append(_expand_parts(parts, string, spans))
            last = spans[1]
            n += 1
        out.append(string[last:])
        return ("".join(out), n)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXPOS):
        raise NotImplementedError("Pattern.scanner is not supported")


def _slice(string, spans, g, default):
    s = spans[2 * g]
    if s < 0:
        return default
    return string[s:spans[2 * g + 1]]


class Match:
    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            i = self.re.groupindex.get(g)
            if i is not None:
                return i
        raise IndexError("no such group")

    def group(self, *groups):
        if not groups:
            return _slice(self.string, self._spans, 0, None)
        if len(groups) == 1:
            return _slice(self.string, self._spans, self._index(groups[0]), None)
        return tuple([_slice(self.string, self._spans, self._index(g), None) for g in groups])

    def __getitem__(self, g):
        return _slice(self.string, self._spans, self._index(g), None)

    def groups(self, default=None):
        return tuple([_slice(self.string, self._spans, g, default)
                      for g in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        d = {}
        for name, g in self.re.groupindex.items():
            d[name] = _slice(self.string, self._spans, g, default)
        return d

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        g = self._index(group)
        return (self._spans[2 * g], self._spans[2 * g + 1])

    @property
    def regs(self):
        return tuple([(self._spans[2 * g], self._spans[2 * g + 1])
                      for g in range(self.re.groups + 1)])

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, g in self.re.groupindex.items():
            if g == self.lastindex:
                return name
        return None

    def expand(self, template):
        return _expand_parts(_parse_template(template, self.re), self.string, self._spans)

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (
            self._spans[0], self._spans[1], self.group(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @classmethod
    def __class_getitem__(cls, item):
        return cls


def _new_match(pattern, string, spans, pos, endpos):
    m = object.__new__(Match)
    m.string = string
    m.re = pattern
    n = len(string)
    m.pos = min(max(pos, 0), n)
    m.endpos = min(max(endpos, 0), n)
    m._spans = spans
    m.lastindex = _lastindex(pattern._parents, spans)
    return m


def _lastindex(parents, spans):
    # The group that closed last: the furthest end; among groups ending
    # there, one not nested inside another candidate, the latest in the pattern.
    best_end = -1
    cands = []
    for g in range(1, len(parents)):
        e = spans[2 * g + 1]
        if spans[2 * g] < 0:
            continue
        if e > best_end:
            best_end = e
            cands = [g]
        elif e == best_end:
            cands.append(g)
    if not cands:
        return None
    chosen = None
    for g in cands:
        p = parents[g]
        nested = False
        while p:
            if p in cands:
                nested = True
                break
            p = parents[p]
        if not nested:
            chosen = g
    return chosen


def _parse_template(template, pattern):
    # A list of literal strings and group numbers.
    parts = []
    lit = []
    i = 0
    n = len(template)
    groups = pattern.groups
    while i < n:
        c = template[i]
        i += 1
        if c != "\\":
            lit.append(c)
            continue
        if i >= n:
            raise error("bad escape (end of pattern)", template, i - 1)
        c = template[i]
        i += 1
        if c == "g":
            if i >= n or template[i] != "<":
                raise error("missing <", template, i)
            close = template.find(">", i + 1)
            if close < 0:
                raise error("missing >, unterminated name", template, i + 1)
            name = template[i + 1:close]
            if not name:
                raise error("missing group name", template, i + 1)
            if name.isdigit() and name.isascii():
                g = int(name)
                if g > groups:
                    raise error("invalid group reference %d" % g, template, i + 1)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                g = pattern.groupindex[name]
            else:
                raise error("bad character in group name '%s'" % name, template, i + 1)
            i = close + 1
            parts.append("".join(lit))
            lit = []
            parts.append(g)
        elif c == "0":
            v = 0
            k = 0
            while k < 2 and i < n and template[i] in "01234567":
                v = v * 8 + int(template[i])
                i += 1
                k += 1
            lit.append(chr(v))
        elif c.isdigit() and c.isascii():
            start = i - 2
            if (i + 1 < n and c in "01234567" and template[i] in "01234567"
                    and template[i + 1] in "01234567"):
                v = int(template[i - 1:i + 2], 8)
                if v > 0o377:
                    raise error("octal escape value \\%s outside of range 0-0o377"
                                % template[i - 1:i + 2], template, start)
                lit.append(chr(v))
                i += 2
                continue
            g = int(c)
            if i < n and template[i].isdigit() and template[i].isascii():
                g = g * 10 + int(template[i])
                i += 1
            if g > groups:
                raise error("invalid group reference %d" % g, template, start + 1)
            parts.append("".join(lit))
            lit = []
            parts.append(g)
        elif c in _TEMPLATE_ESCAPES:
            lit.append(_TEMPLATE_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise error("bad escape \\%s" % c, template, i - 2)
        else:
            lit.append("\\")
            lit.append(c)
    parts.append("".join(lit))
    return [p for p in parts if p != ""]


_TEMPLATE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v",
                     "a": "\a", "b": "\b", "\\": "\\"}


def _expand_parts(parts, string, spans):
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append(p)
        else:
            s = spans[2 * p]
            if s >= 0:
                out.append(string[s:spans[2 * p + 1]])
    return "".join(out)


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if not isinstance(pattern, str):
        if isinstance(pattern, (bytes, bytearray)):
            raise TypeError("bytes patterns are not supported by Krait's re")
        raise TypeError("first argument must be string or compiled pattern")
    if not isinstance(flags, int):
        raise TypeError("unsupported operand type(s) for &: '%s' and 'int'"
                        % type(flags).__name__)
    if flags & ASCII and flags & UNICODE:
        raise ValueError("ASCII and UNICODE flags are incompatible")
    if flags & LOCALE:
        raise ValueError("cannot use LOCALE flag with a str pattern")
    r = _core_compile(pattern, int(flags))
    if r[0] is None:
        raise error(r[1], pattern, r[2])
    matcher, final, groups, groupindex, parents = r
    if final & ASCII and final & UNICODE:
        raise ValueError("ASCII and UNICODE flags are incompatible")
    if not final & ASCII:
        final |= UNICODE
    p = object.__new__(Pattern)
    p.pattern = pattern
    p.flags = int(final)
    p.groups = groups
    p.groupindex = groupindex
    p._matcher = matcher
    p._parents = parents
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


_core_compile = _compile_native
del _compile_native


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def purge():
    _cache.clear()


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join(["\\" + c if c in _SPECIAL else c for c in pattern])
    # Bytes are escaped as their Latin-1 text (other types fail in str()).
    return escape(str(pattern, 'latin1')).encode('latin1')

