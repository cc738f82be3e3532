# JSON-like serialise/parse round trip in plain Python: recursive serialiser
# with string escaping, recursive-descent parser over a string, deep compare.
ROUNDS = 800

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
UNESCAPES = {'"': '"', "\\": "\\", "n": "\n", "t": "\t", "r": "\r", "/": "/"}


def dump_str(s):
    out = ['"']
    for ch in s:
        e = ESCAPES.get(ch)
        if e is not None:
            out.append(e)
        elif ch < " ":
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def dumps(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v)
    if isinstance(v, str):
        return dump_str(v)
    if isinstance(v, list):
        return "[" + ",".join([dumps(x) for x in v]) + "]"
    if isinstance(v, dict):
        return "{" + ",".join([dump_str(k) + ":" + dumps(x) for k, x in v.items()]) + "}"
    raise TypeError("cannot serialise " + type(v).__name__)


class ParseError(Exception):
    pass


class Parser:
    def __init__(self, text):
        self.s = text
        self.i = 0

    def ws(self):
        s = self.s
        i = self.i
        n = len(s)
        while i < n and s[i] in " \t\n\r":
            i += 1
        self.i = i

    def value(self):
        self.ws()
        c = self.s[self.i]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        if c == "t":
            return self.literal("true", True)
        if c == "f":
            return self.literal("false", False)
        if c == "n":
            return self.literal("null", None)
        return self.number()

    def literal(self, word, val):
        if self.s.startswith(word, self.i):
            self.i += len(word)
            return val
        raise ParseError("bad literal at %d" % self.i)

    def number(self):
        s = self.s
        start = self.i
        i = start
        n = len(s)
        is_float = False
        while i < n and s[i] in "+-0123456789.eE":
            if s[i] in ".eE":
                is_float = True
            i += 1
        self.i = i
        tok = s[start:i]
        if not tok:
            raise ParseError("unexpected %r at %d" % (s[start], start))
        return float(tok) if is_float else int(tok)

    def string(self):
        s = self.s
        i = self.i + 1
        out = []
        while True:
            c = s[i]
            if c == '"':
                break
            if c == "\\":
                e = s[i + 1]
                if e == "u":
                    out.append(chr(int(s[i + 2:i + 6], 16)))
                    i += 6
                    continue
                out.append(UNESCAPES[e])
                i += 2
                continue
            out.append(c)
            i += 1
        self.i = i + 1
        return "".join(out)

    def arr(self):
        self.i += 1
        items = []
        self.ws()
        if self.s[self.i] == "]":
            self.i += 1
            return items
        while True:
            items.append(self.value())
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == "]":
                return items
            if c != ",":
                raise ParseError("expected , or ] at %d" % (self.i - 1))

    def obj(self):
        self.i += 1
        d = {}
        self.ws()
        if self.s[self.i] == "}":
            self.i += 1
            return d
        while True:
            self.ws()
            k = self.string()
            self.ws()
            if self.s[self.i] != ":":
                raise ParseError("expected : at %d" % self.i)
            self.i += 1
            d[k] = self.value()
            self.ws()
            c = self.s[self.i]
            self.i += 1
            if c == "}":
                return d
            if c != ",":
                raise ParseError("expected , or } at %d" % (self.i - 1))


def loads(text):
    p = Parser(text)
    v = p.value()
    p.ws()
    if p.i != len(text):
        raise ParseError("trailing data at %d" % p.i)
    return v


def make_doc(seed, depth):
    x = seed
    def rnd():
        nonlocal x
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        return x

    def build(d):
        r = rnd() % 9
        if d == 0 or r < 3:
            k = rnd() % 6
            if k == 0:
                return rnd() % 100000 - 50000
            if k == 1:
                return (rnd() % 1000000) / 128.0
            if k == 2:
                return "s\"tr\\ing\n" + str(rnd() % 1000) + "\t\u00e9\x01"
            if k == 3:
                return rnd() % 2 == 0
            if k == 4:
                return None
            return "plain text value %d" % (rnd() % 77)
        if r < 6:
            return [build(d - 1) for _ in range(rnd() % 6)]
        return {"key%d" % i: build(d - 1) for i in range(rnd() % 6)}

    return {"id": seed, "items": [build(depth) for _ in range(8)], "name": "doc %d" % seed}


total = 0
for r in range(ROUNDS):
    doc = make_doc(r + 1, 6)
    text = dumps(doc)
    back = loads(text)
    if back != doc:
        raise AssertionError("round trip mismatch in round %d" % r)
    again = dumps(back)
    assert again == text
    pretty = text.replace(",", ", ").replace(":", ": ")
    assert loads(pretty) == doc
    total = (total * 31 + len(text) + text.count("{") * 7) % 1000000007
try:
    loads('{"a": [1, 2,, 3]}')
except ParseError as e:
    print("error", e)
print("last", len(text), text[:60])
print("checksum", total)
