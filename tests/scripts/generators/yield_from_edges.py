# yield from / await edge cases on the in-loop resume path: finished and
# running sub-generators, send into a fresh one, return values, close().


def finished():
    yield 1


f = finished()
list(f)


def delegate_finished():
    r = yield from f
    yield ("result", r)


print(list(delegate_finished()))


def delegate_self():
    yield "start"
    yield from me


me = delegate_self()
print(next(me))
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print(list(me))


def sub():
    x = yield "ready"
    while x is not None:
        x = yield x * 2
    return "sub done"


def outer():
    r = yield from sub()
    return r


o = outer()
print(o.send(None), o.send(5), o.send(7))
try:
    o.send(None)
except StopIteration as e:
    print("returned", e.value)

fresh = outer()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)
print(next(fresh))

log = []


def closing_sub():
    try:
        yield 1
        yield 2
    finally:
        log.append("sub closed")


def closing_outer():
    try:
        yield from closing_sub()
    finally:
        log.append("outer closed")


c = closing_outer()
for v in c:
    if v == 1:
        c.close()
print(log)


def raiser():
    yield 1
    raise KeyError("deep")


def mid():
    try:
        yield from raiser()
    except KeyError as e:
        yield "mid caught %s" % e
        raise IndexError("from mid")


def top():
    for v in mid():
        yield v


try:
    for v in top():
        print(v)
except IndexError as e:
    print("IndexError", e, type(e.__context__).__name__)


class Awaitable:
    def __await__(self):
        x = yield "suspended"
        return x + 1


async def coro():
    return await Awaitable()


cr = coro()
print(cr.send(None))
try:
    cr.send(41)
except StopIteration as e:
    print("await result", e.value)

cr2 = coro()
cr2.send(None)
try:
    cr2.throw(ValueError("into await"))
except ValueError as e:
    print("thrown through:", e)
try:
    cr2.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

import sys


def in_except():
    try:
        raise KeyError("own")
    except KeyError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]


g = in_except()
print("first", repr(next(g)), sys.exc_info()[1])
try:
    raise IndexError("caller's")
except IndexError:
    print("second", repr(next(g)), repr(sys.exc_info()[1]))
    print("third", repr(next(g)))
print("outside", sys.exc_info()[1])


def thrown_into():
    try:
        raise KeyError("handled")
    except KeyError:
        yield 1


t = thrown_into()
next(t)
try:
    t.throw(ValueError("thrown"))
except ValueError as e:
    print("context", repr(e.__context__))
