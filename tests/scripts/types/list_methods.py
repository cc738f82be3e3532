# list methods
a = [3, 1, 2]
a.append(4)
print(a)
a.extend([5, 6])
a.extend('ab')
a.extend(range(2))
print(a)
a.insert(0, 'first')
a.insert(100, 'last')
a.insert(-1, 'before-last')
a.insert(-100, 'very-first')
print(a)
a.remove('a')
print(a)
try:
    a.remove('zzz')
except ValueError as e:
    print('ValueError:', e)
print(a.pop(), a.pop(0), a.pop(-2), a)
try:
    [].pop()
except IndexError as e:
    print('IndexError:', e)
try:
    [1].pop(5)
except IndexError as e:
    print('IndexError:', e)
b = [1, 2, 3, 2, 1, 2]
print(b.index(2), b.index(2, 2), b.index(2, 4), b.index(1, 1, 5), b.count(2), b.count(9))
try:
    b.index(3, 3)
except ValueError as e:
    print('ValueError:', e)
b.reverse()
print(b)
c = b.copy()
c.append(99)
print(b, c, c is b)
c.clear()
print(c, len(c))
d = [[1], [2]]
e = d.copy()
e[0].append('shared')
print(d)
print(a.append(1), a.extend([]), a.insert(0, 0), a.reverse(), a.clear(), a)
