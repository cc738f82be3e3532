# Attributes of exception instances read and written at fixed sites in a
# loop (the sites' caches warm up), next to the natively kept ones.


class AppError(Exception):
    kind = "app"

    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
        self.detail = msg.upper()

    def describe(self):
        return "%s/%s/%s" % (self.kind, self.code, self.detail)


class Sub(AppError):
    kind = "sub"


out = []
for i in range(6):
    cls = AppError if i % 2 else Sub
    try:
        raise cls("m%d" % i, i)
    except AppError as e:
        e.seen = i * 10
        out.append((e.kind, e.code, e.detail, e.seen, e.args, e.describe(), e.__cause__))
for row in out:
    print(row)

# Natively kept attributes at the same kind of site.
for i in range(3):
    try:
        try:
            raise KeyError(i)
        except KeyError as inner:
            raise ValueError("outer") from inner
    except ValueError as e:
        print(e.args, type(e.__cause__).__name__, e.__suppress_context__, e.__traceback__ is not None)
        e.args = ("changed", i)
        print(e.args, str(e))

for code in (None, 3, "text", (1, 2)):
    e = SystemExit(code) if code is not None else SystemExit()
    print(repr(e.code))
for v in ((), (5,), (1, 2)):
    print(StopIteration(*v).value)
for args in ((), (2, "No such file"), (2, "No such file", "f.txt")):
    e = OSError(*args)
    print(e.errno, e.strerror, e.filename)


class Coded(Exception):
    code = "class-level"


for _ in range(2):
    c = Coded()
    print(c.code)
    c.code = "instance"
    print(c.code)
    del c.code
    print(c.code)
