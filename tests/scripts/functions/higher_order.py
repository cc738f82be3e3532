# higher-order functions: map/filter/reduce written by hand, currying, pipelines
def my_map(f, xs):
    return [f(x) for x in xs]
def my_filter(pred, xs):
    return [x for x in xs if pred(x)]
def my_reduce(f, xs, init):
    acc = init
    for x in xs:
        acc = f(acc, x)
    return acc
nums = list(range(1, 11))
print(my_map(lambda x: x * x, nums))
print(my_filter(lambda x: x % 3 == 0, nums))
print(my_reduce(lambda a, b: a + b, nums, 0), my_reduce(lambda a, b: a * b, nums, 1))
def curry(f):
    def outer(a):
        def inner(b):
            return f(a, b)
        return inner
    return outer
add = curry(lambda a, b: a + b)
print(add(3)(4), [add(10)(i) for i in range(3)])
def pipeline(*funcs):
    def run(x):
        for f in funcs:
            x = f(x)
        return x
    return run
p = pipeline(str.strip, str.lower, lambda s: s.replace(' ', '_'))
print(p('  Hello World  '))
def memoize(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
def slow_fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib = memoize(slow_fib)
print(fib(80), len(fib.cache))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(lambda v: v * 2, 10, 1), apply_n(str.upper, 1, 'abc'))
print(sorted(['b', 'A', 'c'], key=str.casefold), list(map(int.__add__, [1, 2], [10, 20])))
