# line continuation, semicolons, one-line bodies, comments
total = 1 + \
        2 + \
        3
print(total)
values = [1,
          2,  # a comment inside brackets
          3]
print(values)
a = 1; b = 2; c = a + b; print(a, b, c)
if c == 3: print('one-line if')
for i in range(3): print('loop', i)
while a < 4: a += 1
print(a)
def f(x): return x * 2
print(f(21))
class K: pass
print(K.__name__)
# comment lines are ignored
x = (1 +   # trailing comment
     2)
print(x)
d = {
    'a': 1,
    'b': 2,
}
print(d)
def g(
    p,
    q,
):
    return p - q
print(g(
    10,
    3,
))
print('semicolon at end');
if True: a = 10; b = 20; print(a + b)
