# for loops over various iterables, with else/break/continue
for ch in 'abc':
    print(ch, end=' ')
print()
for item in [1, 'two', 3.0, None]:
    print(repr(item))
for k in {'x': 1, 'y': 2}:
    print('key', k)
for k, v in {'x': 1, 'y': 2}.items():
    print(k, '->', v)
for t in (10, 20):
    print(t)
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print('odd', i)
else:
    print('not reached')
for i in range(3):
    pass
else:
    print('for-else ran, i =', i)
for x in []:
    print('never')
else:
    print('empty for-else')
found = None
for n in [4, 6, 9, 8]:
    if n % 2:
        found = n
        break
print('first odd', found)
lst = [1, 2, 3]
for x in lst:
    if x == 1:
        lst.append(4)
    print('seen', x)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for i, (a, *b) in enumerate([(1, 2, 3), (4,)]):
    print(i, a, b)
