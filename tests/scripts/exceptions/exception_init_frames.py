# Exception classes with a script __init__: args as BaseException.__new__
# keeps them, super().__init__ replacing them, attributes, __init__ errors
# and bad return values, tracebacks through __init__, and subclass chains.


class ParseError(Exception):
    def __init__(self, pos, msg):
        super().__init__(msg)
        self.pos = pos


class Quiet(Exception):
    def __init__(self, a, b=2):
        self.total = a + b


class Broken(Exception):
    def __init__(self, x):
        raise ValueError("cannot build from %r" % (x,))


class Returns(Exception):
    def __init__(self):
        return 5


class Child(ParseError):
    pass


e = ParseError(3, "bad digit")
print(e.args, e.pos, str(e), repr(e))
q = Quiet(1)
print(q.args, q.total, str(q), repr(q))
q = Quiet(1, b=5)
print(q.args, q.total)
c = Child(7, "child")
print(type(c).__name__, c.args, c.pos, isinstance(c, ParseError))

for i in range(3):
    try:
        raise ParseError(i, "loop %d" % i)
    except ParseError as err:
        print("caught", err.pos, err.args)

try:
    Broken(42)
except ValueError as err:
    print("ValueError", err)
    tb = err.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("traceback lines", lines)

try:
    Returns()
except TypeError as err:
    print("TypeError", err)

try:
    ParseError(1)
except TypeError as err:
    print("TypeError", err)


def deep(n):
    if n == 0:
        raise Child(n, "bottom")
    return deep(n - 1)


try:
    deep(5)
except ParseError as err:
    print("deep", err.pos, err.args, type(err).__name__)
