# conditional expressions and lambdas
for x in (-2, 0, 3):
    print('pos' if x > 0 else 'zero' if x == 0 else 'neg')
print(1 if [] else 2, 'a' if 'x' else 'b')
sq = lambda v: v * v
print(sq(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, y=4))
print((lambda: 'no args')())
f = lambda x: (lambda y: x + y)
print(f(1)(2))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
print((lambda x: x if x else 'empty')(''))
print(sq.__name__)
