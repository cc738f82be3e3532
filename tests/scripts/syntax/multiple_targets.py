# chained assignment and evaluation order of targets
a = b = c = []
a.append(1)
print(a, b, c, a is c)
x = y = 5
x += 1
print(x, y)
i = 0
lst = [10, 20, 30]
i, lst[i] = 2, 99
print(i, lst)
log = []
class Rec:
    def __setattr__(self, name, value):
        log.append((name, value))
        object.__setattr__(self, name, value)
r = Rec()
r.p = r.q = 'same'
print(log)
d = {}
d['a'] = d['b'] = len(d)
print(d)
(p, q), r2 = [1, 2], 3
print(p, q, r2)
[m, [n, o]] = (4, (5, 6))
print(m, n, o)
first, second, *_ = 'abcd'
print(first, second, _)
