# range objects
r = range(10)
print(r, range(2, 5), range(0, 10, 3), range(10, 0, -1))
print(len(r), len(range(2, 5)), len(range(0, 10, 3)), len(range(5, 0)), len(range(10, 0, -3)))
print(r[0], r[-1], r[3], range(0, 10, 3)[-1], range(10, 0, -3)[1])
print(r[2:5], r[::2], r[::-1], range(0, 20, 4)[1:3])
print(list(range(0, -10, -3)), list(range(3, 3)), list(range(-2, 2)))
print(3 in r, 10 in r, -1 in r, 3.0 in r, 9 in range(0, 10, 3), 8 in range(0, 10, 3))
print(r.index(4), range(0, 10, 2).index(6), r.count(3), r.count(11))
print(r.start, r.stop, r.step, range(1, 2, 3).step)
print(range(5) == range(5), range(0) == range(2, 2), range(0, 3) == range(0, 3, 1), range(1, 10, 3) == range(1, 11, 3))
print(sum(range(101)), max(range(7)), min(range(3, 9)), list(reversed(range(4))))
try:
    range(0, 10, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    r[10]
except IndexError as e:
    print('IndexError:', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError:', e)
big = range(10 ** 20)
print(len(range(10 ** 6)), big[-1], 10 ** 19 in big, bool(range(0)), bool(range(1)))
print(type(r).__name__, repr(range(-5, 5, 2)))
