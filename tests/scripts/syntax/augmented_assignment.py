# augmented assignment on names, attributes and subscripts
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x /= 2; print(x)
x **= 3; print(x)
y = 17
y %= 5; print(y)
y <<= 4; print(y)
y >>= 2; print(y)
y |= 1; print(y)
y &= 0b1101; print(y)
y ^= 0xFF; print(y)
class C:
    pass
c = C()
c.n = 1
c.n += 41
print(c.n)
c.lst = [1]
c.lst += [2]
print(c.lst)
d = {'a': 1}
d['a'] += 1
d['b'] = d.get('b', 0) + 5
print(d)
lst = [1, 2, 3]
lst[1] *= 10
lst[-1] -= 1
print(lst)
alias = lst
lst += [4]
print(alias is lst, alias)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2, t is t2)
s = 'ab'
s *= 3
print(s)
m = [[0] * 2 for _ in range(2)]
m[1][0] += 9
print(m)
calls = []
def key():
    calls.append('key')
    return 0
z = [5]
z[key()] += 1
print(z, calls)
