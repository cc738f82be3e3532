# classic control-flow exercises
out = []
for n in range(1, 31):
    if n % 15 == 0:
        out.append('FizzBuzz')
    elif n % 3 == 0:
        out.append('Fizz')
    elif n % 5 == 0:
        out.append('Buzz')
    else:
        out.append(str(n))
print(' '.join(out))
def collatz(n):
    steps = 0
    peak = n
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        peak = max(peak, n)
        steps += 1
    return steps, peak
for start in [1, 6, 7, 27, 97]:
    print(start, collatz(start))
best = max(range(1, 1000), key=lambda s: collatz(s)[0])
print('longest under 1000:', best, collatz(best))
