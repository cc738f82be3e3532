# loop-else used for searching: primes below 30
primes = []
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print('found', target, 'at', i)
            break
    else:
        print(target, 'not found')
find([3, 1, 4], 4)
find([3, 1, 4], 5)
i = 0
while i < 10:
    if i * i > 50:
        print('stopped at', i)
        break
    i += 1
else:
    print('not reached')
