# call-site * and ** unpacking
def f(a, b, c=0, *rest, **kw):
    return a, b, c, rest, sorted(kw.items())
args = [1, 2]
print(f(*args))
print(f(*args, 3, 4, 5))
print(f(*'xy'))
print(f(**{'a': 1, 'b': 2}))
print(f(1, **{'b': 2, 'z': 26}))
print(f(*range(2), *[7, 8], **{'q': 1}, **{'r': 2}))
def g(x, y):
    return x - y
pairs = [(5, 3), (10, 1)]
print([g(*p) for p in pairs])
print(g(**dict(y=1, x=100)))
try:
    f(1, 2, **{'a': 5})
except TypeError as e:
    print('TypeError:', e)
try:
    g(*[1, 2, 3])
except TypeError as e:
    print('TypeError:', e)
print(max(*[3, 9, 2]))
print(*[], 'only this')
t = (1, 2)
print(f(*t, c=9))
