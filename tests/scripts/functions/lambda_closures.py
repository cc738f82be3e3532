# lambdas capturing variables, immediately invoked, nested
x = 10
f = lambda: x
x = 20
print(f())
adders = {n: (lambda v, n=n: v + n) for n in range(3)}
print({k: fn(100) for k, fn in adders.items()})
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print((lambda a, b=2, *c, d=4, **e: (a, b, c, d, e))(1, 3, 5, 6, d=7, z=8))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
counter = (lambda: [0])()
bump = lambda: counter.__setitem__(0, counter[0] + 1)
bump(); bump()
print(counter)
print(sorted([(1, 'b'), (2, 'a')], key=lambda t: t[1]), list(filter(lambda s: s, ['', 'x'])))
print((lambda: (w := 'walrus in lambda'))(), (lambda *a: len(a))(*range(7)))
