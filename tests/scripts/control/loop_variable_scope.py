# loop variables persist after loops; comprehension variables do not leak
for i in range(3):
    pass
print('i after loop:', i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print('NameError:', e)
k = 'outer'
squares = [k * 2 for k in range(3)]
print(squares, k)
for idx, val in enumerate('xy'):
    last = (idx, val)
print(idx, val, last)
n = 0
while n < 3:
    inner = n * 10
    n += 1
print(n, inner)
for i in range(2):
    for i in range(5, 7):
        pass
print('reused name:', i)
lst = [1, 2, 3]
for lst[0] in [7, 8]:
    pass
print(lst)
class C:
    pass
obj = C()
for obj.attr in 'ab':
    pass
print(obj.attr)
