# slice assignment and deletion
a = list(range(8))
a[2:4] = ['x', 'y', 'z']
print(a)
a[1:6] = []
print(a)
a[:0] = [-2, -1]
print(a)
a[len(a):] = [100]
print(a)
a[::2] = 'ABCD'[:len(a[::2])]
print(a)
b = list(range(10))
b[1:8:3] = [0, 0, 0]
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print('ValueError:', e)
c = list(range(10))
del c[::3]
print(c)
del c[1:3]
print(c)
del c[-1]
print(c)
del c[:]
print(c)
d = [1, 2, 3]
d[1:2] = range(5)
print(d)
e = [1, 2, 3, 4, 5]
e[::-1] = [10, 20, 30, 40, 50]
print(e)
f = [1, 2, 3]
f[5:10] = [9]
print(f)
g = [1, 2, 3]
g[1:1] = g
print(g)
