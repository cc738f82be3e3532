"""The CPython side of overhead.c: a Python loop calling a trivial Python
function, a trivial C builtin (METH_NOARGS / METH_O), and an empty loop.
Run with /usr/bin/python3.11 -S cpython_calls.py."""
import time

N = 2_000_000


def script_noop():
    pass


def loop(f, n):
    for _ in range(n):
        f()


def loop1(f, n):
    for _ in range(n):
        f(1)


def empty(n):
    for _ in range(n):
        pass


def timed(fn, *args):
    t = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t


base = min(timed(empty, N) for _ in range(3))
script = min(timed(loop, script_noop, N) for _ in range(3)) - base
native = min(timed(loop, globals, N) for _ in range(3)) - base
native1 = min(timed(loop1, abs, N) for _ in range(3)) - base
print('script -> script function: %6.1f ns/call' % (script / N * 1e9))
print('script -> C builtin globals(): %6.1f ns/call' % (native / N * 1e9))
print('script -> C builtin abs(1): %6.1f ns/call' % (native1 / N * 1e9))
