# generator state, gi_running-free inspection, exhaustion and reuse
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
print([next(f) for _ in range(3)])
def once():
    yield 'only'
o = once()
print(list(o), list(o))
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('generator cleanup')
w = with_finally()
print(next(w))
w.close()
print('after close')
