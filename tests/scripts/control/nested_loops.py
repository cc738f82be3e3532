# nested loops: break/continue affect only the innermost loop
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print(i, j)
    else:
        print('inner else', i)
# flag-based exit from nested loops
target = 6
found = False
for a in range(5):
    for b in range(5):
        if a * b == target:
            found = True
            break
    if found:
        break
print('found', a, b)
# multiplication table
for r in range(1, 4):
    print(' '.join([str(r * c).rjust(2) for c in [1, 2, 3]]))
count = 0
i = 0
while i < 3:
    for j in range(3):
        k = 0
        while k < 3:
            count += 1
            k += 1
    i += 1
print('count', count)
