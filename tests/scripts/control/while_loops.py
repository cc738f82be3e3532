# while loops with else, break, continue
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print('i =', i)
else:
    print('while-else ran, i =', i)
j = 0
while True:
    j += 1
    if j > 3:
        break
    print('j =', j)
else:
    print('never printed')
print('after break, j =', j)
k = 10
while k > 0:
    k -= 3
else:
    print('k ended at', k)
n = 0
while n < 0:
    print('never')
else:
    print('else on zero iterations')
total = 0
a = 1
while a <= 100:
    total += a
    a += 1
print('sum 1..100 =', total)
