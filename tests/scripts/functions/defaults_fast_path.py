def f(a, b=2, c=3): return a, b, c
print(f(1), f(1, 5), f(1, 5, 6))
try: f()
except TypeError as e: print(e)
try: f(1,2,3,4)
except TypeError as e: print(e)
def g(x, y=10):
    def h(): return x + y
    x += 1
    return h
print(g(1)(), g(1, 2)())
def k(n=3):
    cnt = [n]
    def inc(): cnt[0] += 1; return cnt[0]
    return inc
i = k(); i(); print(i(), k(7)())
f.__defaults__ = (20, 30); print(f(1))
def z(): return 1
print(z())
