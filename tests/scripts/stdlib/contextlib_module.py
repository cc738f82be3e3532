from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout, AbstractContextManager, ContextDecorator
import sys

@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("a") as t:
    print("inside", t)

try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))

with swallow():
    raise KeyError("k")
print("after swallow")

@contextmanager
def no_stop():
    yield 1
    yield 2

try:
    with no_stop():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def keeps_yielding():
    try:
        yield
    except Exception:
        yield

try:
    with keeps_yielding():
        raise ValueError("x")
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def converts():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e

try:
    with converts():
        raise ValueError("orig")
except TypeError as e:
    print("TypeError:", e, "cause:", repr(e.__cause__))

@contextmanager
def stopper():
    yield

try:
    with stopper():
        raise StopIteration("si")
except StopIteration as e:
    print("StopIteration passed through:", e)

@contextmanager
def gen_returns_on_error():
    try:
        yield
    except ZeroDivisionError:
        return

with gen_returns_on_error():
    1 / 0
print("suppressed by return")

# decorator form
@tag("deco")
def work(x):
    print("work", x)
    return x * 2

print(work(3))
print(work(4))
print(work.__name__)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)
with suppress():
    pass

class Res:
    def close(self):
        print("closed Res")
with closing(Res()) as r:
    print(type(r).__name__)

with nullcontext(5) as v:
    print("nullcontext", v)
with nullcontext() as v:
    print("nullcontext", v)

class Buf:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
b = Buf()
with redirect_stdout(b) as target:
    print("hidden", 1, 2)
    print("more")
print(target is b, b.parts)
print(sys.stdout is sys.__stdout__)

class MyCM(AbstractContextManager):
    def __exit__(self, *a):
        print("MyCM exit", a[0])
with MyCM() as m:
    print(type(m).__name__)
print(isinstance(MyCM(), AbstractContextManager))
class Duck:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
print(isinstance(Duck(), AbstractContextManager), isinstance(3, AbstractContextManager))
print(issubclass(type(nullcontext()), AbstractContextManager))
try:
    AbstractContextManager()
except TypeError as e:
    print("TypeError:", e)
class NoExit(AbstractContextManager):
    pass
try:
    NoExit()
except TypeError as e:
    print("TypeError:", e)

class mydeco(ContextDecorator):
    def __enter__(self):
        print("enter deco")
        return self
    def __exit__(self, *exc):
        print("exit deco", exc[0])
        return False

@mydeco()
def f():
    print("in f")
f()
