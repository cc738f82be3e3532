# Generators resumed inside the caller's dispatch loop (FOR_ITER, yield from,
# await): tracebacks, close/throw while running, finalisers, exc_info, limits.
import sys


def tb_names(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def failing(n):
    for i in range(n):
        if i == 2:
            raise ValueError("boom at %d" % i)
        yield i


def outer_loop():
    out = []
    try:
        for v in failing(5):
            out.append(v)
    except ValueError as e:
        out.append(str(e))
        out.append(sorted(tb_names(e.__traceback__)))
    return out


print(outer_loop())


def nested(depth):
    if depth == 0:
        yield "leaf"
        return
    for x in nested(depth - 1):
        yield "%d:%s" % (depth, x)
    yield "end%d" % depth


print(list(nested(4)))


# closed mid-iteration: finally runs, further next() is StopIteration
log = []


def guarded():
    try:
        for i in range(10):
            yield i
    finally:
        log.append("finally")


g = guarded()
for v in g:
    if v == 3:
        g.close()
print(log, list(g))


def closer_inside():
    g = guarded()
    for v in g:
        if v == 1:
            break
    del g
    return log


print(closer_inside())


# generator already executing, through a for loop in the generator itself
def selfref():
    yield 1
    for x in me:
        yield x


me = selfref()
print(next(me))
try:
    next(me)
except ValueError as e:
    print("ValueError", e)


def running_flag():
    yield gen2.gi_running
    yield gen2.gi_frame is None


gen2 = running_flag()
print([v for v in gen2])


# yield from with throw into a nested chain
def inner():
    try:
        yield "a"
        yield "b"
    except KeyError as e:
        yield "caught %r" % (e,)
    return "inner-done"


def middle():
    r = yield from inner()
    yield "middle got " + r


def top():
    r = yield from middle()
    return r


t = top()
print(next(t))
print(t.throw(KeyError("k")))
print(next(t))
try:
    next(t)
except StopIteration as e:
    print("stop", e.value)


# StopIteration inside a generator driven by a for loop
def stops():
    yield 1
    raise StopIteration("x")


try:
    for v in stops():
        print("got", v)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


# exception in a deeply nested chain keeps every frame in the traceback
def level(n):
    if n == 0:
        yield 1
        1 / 0
    yield from level(n - 1)


try:
    for v in level(3):
        pass
except ZeroDivisionError:
    print(sorted(tb_names(sys.exc_info()[2])))


# sys.exc_info() inside a generator resumed by a for loop
def exc_seen():
    yield sys.exc_info()[0]
    try:
        raise KeyError("in gen")
    except KeyError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]


try:
    raise IndexError("outer")
except IndexError:
    for v in exc_seen():
        print("exc_info", v, sys.exc_info()[0])

# recursion through generators still raises RecursionError
def deep(n):
    yield n
    for v in deep(n + 1):
        yield v


try:
    for v in deep(0):
        pass
except RecursionError:
    print("RecursionError", v > 100)


# send() values through a yield-from chain
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


def wrap():
    r = yield from acc()
    yield "final %d" % r


w = wrap()
next(w)
for i in range(5):
    last = w.send(i)
print(last, w.send(None))


def self_closer():
    try:
        me2.close()
    except ValueError as e:
        yield "close: %s" % e
    try:
        me2.throw(KeyError)
    except ValueError as e:
        yield "throw: %s" % e


me2 = self_closer()
print(list(me2))


# a generator abandoned while suspended in try/finally runs finally when freed
def held(tag):
    try:
        yield 1
        yield 2
    finally:
        print("freed", tag)


def consume():
    for v in held("loop"):
        return v


print(consume())
h = held("del")
next(h)
del h
print("after del")

# async: await chains resumed inside one loop, with exceptions crossing them
import asyncio


async def leaf(n):
    await asyncio.sleep(0)
    if n == 3:
        raise KeyError(n)
    return n


async def mid(n):
    try:
        return await leaf(n) * 10
    except KeyError as e:
        return "mid caught %r" % (e,)


async def main():
    return [await mid(i) for i in range(5)]


print(asyncio.run(main()))
