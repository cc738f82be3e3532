# slicing, slice assignment with different lengths and steps, del slices
base = list(range(10))
print(base[2:7], base[-3:], base[::3], base[::-3], base[7:2:-1], base[-1:-11:-4])
a = base[:]
a[2:5] = ['a']
print(a)
a = base[:]
a[2:3] = ['a', 'b', 'c', 'd']
print(a)
a = base[:]
a[::2] = ['e'] * 5
print(a)
a = base[:]
a[1::3] = 'XYZ'
print(a)
a = base[:]
a[::-2] = range(5)
print(a)
a = base[:]
a[8:2:-2] = [None, None, None]
print(a)
a = base[:]
a[-2:] = []
print(a)
a = base[:]
a[100:] = [1]
a[:0] = [0]
print(a)
a = base[:]
del a[2:8:2]
print(a)
a = base[:]
del a[::-1]
print(a)
a = base[:]
del a[5:2]
print(a)
a = base[:]
del a[-3:]
print(a)
a = base[:]
try:
    a[::3] = [1]
except ValueError as e:
    print('ValueError:', e)
try:
    a[1:2] = 5
except TypeError as e:
    print('TypeError:', e)
s = base[3:6]
s[0] = 'copy'
print(base[3], s)
