# Ranges whose bounds or steps sit near 2**63: stepping, reversing, testing
# membership and comparing must not overflow (a step past the last value
# once wrapped around and looped forever).
BIG = 2**63 - 1
SMALL = -2**63

print(list(range(BIG - 2, BIG, 5)))
for i in range(BIG - 1, BIG - 3, -7):
    print("down", i)
print(list(range(SMALL + 2, SMALL, -5)), list(range(SMALL, SMALL + 3)))
print(list(range(BIG - 10, BIG, 4)), list(reversed(range(BIG - 10, BIG, 4))))
print(list(reversed(range(SMALL, SMALL + 10, 3))))
print(list(range(SMALL, BIG, 2**62)), list(reversed(range(SMALL, BIG, 2**62))))
print(list(range(BIG, SMALL, -2**62)))
print(sum(1 for _ in range(BIG - 100, BIG, 9)), len(range(BIG - 100, BIG, 9)))

r = range(SMALL, BIG, 3)
print(SMALL in r, SMALL + 3 in r, SMALL + 4 in r, BIG - 1 in r, BIG in r)
print(r.index(SMALL + 30), r.count(SMALL + 6), r.count(SMALL + 7))
print(len(r))
for huge in (range(SMALL, BIG), range(SMALL, BIG, 2), range(BIG, SMALL, -1)):
    try:
        len(huge)
    except OverflowError as e:
        print("OverflowError", e)
print(len(range(SMALL, BIG, 4)), len(range(BIG, SMALL, -3)), bool(range(BIG, BIG)))

w = range(SMALL, BIG, 2**61)
print(len(w), w[0], w[-1], w[3], w[1:3], w[2:5], w[6:1:-2])
print(range(BIG - 5, BIG, 2) == range(BIG - 5, BIG - 1, 2), range(BIG, BIG) == range(0))
print(hash(range(BIG - 5, BIG, 2)) == hash(range(BIG - 5, BIG - 1, 2)))
print(range(0, 10, 3)[1:], range(10, 0, -3)[::2], list(range(5)[::-1]))

it = iter(range(BIG - 1, BIG))
print(next(it), next(it, "done"), next(it, "done"))
