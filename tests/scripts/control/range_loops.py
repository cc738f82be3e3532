# range-driven loops
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)))
print(list(range(10, 0, -2)), list(range(5, 5)), list(range(5, 0)))
total = 0
for i in range(1, 11):
    total += i * i
print('sum of squares', total)
for i in range(3, -1, -1):
    print('countdown', i)
r = range(0, 20, 5)
for idx in range(len(r)):
    print(idx, r[idx])
acc = []
for i in range(-3, 3):
    acc.append(i)
print(acc)
big = 0
for i in range(100000):
    big += i
print(big)
n = 5
fact = 1
for k in range(2, n + 1):
    fact *= k
print('5! =', fact)
for i in range(2):
    for j in range(i, 3):
        print(i, j, end='; ')
print()
