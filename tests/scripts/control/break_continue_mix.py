# break and continue interplay with else clauses and nested loops
result = []
for i in range(6):
    if i == 1:
        continue
    for j in range(3):
        if j == i:
            continue
        if j > i:
            break
        result.append((i, j))
    else:
        result.append(('inner-else', i))
    if i == 4:
        break
else:
    result.append('outer-else')
print(result)
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
    print('even', n)
else:
    print('not printed')
print('final n', n)
words = ['alpha', 'beta', 'stop', 'gamma']
for w in words:
    if w == 'stop':
        print('stopping')
        break
    if w.startswith('b'):
        continue
    print('word', w)
