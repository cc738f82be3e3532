# Deep recursion through plain function calls.
N = 33


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


f = fib(N) + fib(N - 1)
a = ackermann(2, 300)
print("fib", N, "+ fib", N - 1, "=", f)
print("ackermann", a)
print("checksum", f + a)
