# Calls that take the dispatch loop's fast path (exact positional arguments
# to a plain function) next to those that must not: closures, cell
# parameters, generators, wrong argument counts, rebinding, recursion limit.
import sys


def add(a, b):
    return a + b


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(add(1, 2), add("x", "y"), fib(15))


def make_adder(k):
    def adder(x):
        return x + k
    return adder


add5 = make_adder(5)
print([add5(i) for i in range(4)])


def cell_param(x):
    # `x` is a cell: the call must create a new cell holding the argument.
    def get():
        return x
    x += 1
    return get()


print(cell_param(1), cell_param(10))


def gen(n):
    yield n
    yield n + 1


print(list(gen(3)), type(gen(1)).__name__)

# Wrong argument counts fall through to the general binder and its errors.
for args in [(), (1,), (1, 2, 3)]:
    try:
        add(*args) if len(args) != 1 else add(args[0])
    except TypeError as e:
        print("TypeError:", e)
try:
    add(1)
except TypeError as e:
    print("TypeError:", e)


# Locals beyond the parameters start unbound in a reused frame.
def unbound(a):
    if a:
        b = 1
    return b


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


# A rebound name: the call site sees the new function.
def f(x):
    return "first", x


def call_f():
    return f(1)


print(call_f())


def f(x):
    return "second", x


print(call_f())


# Methods: LOAD_METHOD + CALL_METHOD with self.
class Counter:
    def __init__(self, start):
        self.n = start

    def bump(self, k):
        self.n += k
        return self.n

    def twice(self, k):
        return self.bump(k) + self.bump(k)


c = Counter(10)
print(c.bump(1), c.twice(2), c.n)
bound = c.bump
print(bound(100))


# Deep recursion reuses many frames; RecursionError still comes at the limit.
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(900))


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(500))


# An exception raised several fast frames deep unwinds them with a traceback.
def level3(x):
    return 1 // x


def level2(x):
    return level3(x)


def level1(x):
    return level2(x)


try:
    level1(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("ZeroDivisionError:", e, lines)
print(level1(1))


# __init__ returning a value is still an error after the fast return path.
class Bad:
    def __init__(self):
        return 1


try:
    Bad()
except TypeError as e:
    print("TypeError:", e)


# Frames of finished calls hold nothing: the argument is freed on return.
class Tracked:
    def __del__(self):
        print("freed")


def hold(x):
    return 1


hold(Tracked())
print("after hold")
print(sys.getrecursionlimit())


# Defaults fill what a positional call leaves out; cell parameters get cells.
def with_defaults(a, b=2, c=[]):
    c.append(a)
    return a + b, len(c)


print(with_defaults(1), with_defaults(1, 5), with_defaults(0, 0, []), with_defaults(3))
try:
    with_defaults()
except TypeError as e:
    print("TypeError:", e)
with_defaults.__defaults__ = (10, [])
print(with_defaults(1), with_defaults(1, 1))


def captures_param(a, b=3):
    def inner():
        return a * b
    a += 1
    return inner


print(captures_param(2)(), captures_param(2, 5)())


class Point:
    def __init__(self, x, y=0, tag="p"):
        self.x = x
        self.y = y
        self.get = lambda: (tag, self.x)

    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)


p = Point(1).moved(2).moved(1, 1)
print(p.x, p.y, p.get())
try:
    Point()
except TypeError as e:
    print("TypeError:", e)


class Err(Exception):
    def __init__(self, code, msg="bad"):
        super().__init__(msg)
        self.code = code


try:
    raise Err(3)
except Err as e:
    print("Err:", e.code, e.args)


# Operator dunders run as pushed frames: defaults, NotImplemented, errors.
class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other, scale=1):
        if not isinstance(other, V):
            return NotImplemented
        return V(self.x + other.x * scale)

    def __radd__(self, other):
        return V(self.x + other)

    def __sub__(self, other):
        return V(self.x - other.x)

    def __mul__(self, k):
        if k == 0:
            raise ValueError("zero")
        return V(self.x * k)


acc = V(0)
for i in range(5):
    acc = acc + V(i) - V(1)
print(acc.x, (3 + V(4)).x)
try:
    V(1) + 2
except TypeError as e:
    print("TypeError:", e)
try:
    V(1) * 0
except ValueError as e:
    print("ValueError:", e)
print((V(2) * 3).x)


# Bound method objects called later (callbacks) bind self first.
class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, other, punct="!"):
        return "hi " + other + " from " + self.name + punct


callbacks = [Greeter("a").greet, Greeter("b").greet]
print([cb("x") for cb in callbacks], callbacks[0]("y", "?"))
holder = Greeter("c")
holder.cb = Greeter("d").greet
print(holder.cb("z"))
try:
    callbacks[0]()
except TypeError as e:
    print("TypeError:", e)
