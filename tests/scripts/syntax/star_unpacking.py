# star unpacking in assignments, calls and literals
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'hello'
print(init, last)
x, *mid, y = range(5)
print(x, mid, y)
p, *q = [9]
print(p, q)
(m, n), o = (1, 2), 3
print(m, n, o)
[s, t] = 'ab'
print(s, t)
for i, (c, d) in enumerate([(1, 2), (3, 4)]):
    print(i, c, d)
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
print(f(*[1, 2], *(3,), **{'k': 1}, **{'j': 2}))
print(f(0, *range(3), 9))
print([*range(3), *'ab', 10])
print((*[1, 2], 3))
print({*[1, 2], *[2, 3]})
print({**{'a': 1}, 'b': 2, **{'a': 3}})
print(*[1, 2, 3], sep='-')
head, *tail = 'xyz'
print(head, tail)
u = v = 5
print(u, v)
arr = [0, 0, 0]
i = 0
i, arr[i] = 1, 7
print(i, arr)
