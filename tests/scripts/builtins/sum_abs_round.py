# sum, abs, round in many forms
print(sum([]), sum([1.5, 2.5]), sum([1, 2.5]), sum(range(1, 101)), sum([True, True]), sum([[1], [2], [3]], []))
print(sum([0.1] * 3), sum([1e100, 1, -1e100]), sum([(1,), (2,)], ()), sum(range(10), -45))
print(sum([10 ** 20, 1]), sum([2 ** 64] * 4), sum([-1] * 10))
print(abs(-0), abs(-1.5), abs(float('-inf')), abs(-(2 ** 80)), abs(False))
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 9.995, 1e20, 123.456]:
    print(v, round(v), round(v, 1), round(v, 2), round(v, -1))
for n in [5, 15, 25, -15, 1234567, 10 ** 20 + 5 * 10 ** 19]:
    print(n, round(n, -1), round(n, -2), round(n, 0), round(n))
print(type(round(1.5)).__name__, type(round(1.5, 0)).__name__, type(round(7, 1)).__name__)
try:
    sum('abc')
except TypeError as e:
    print('TypeError:', e)
try:
    round('1.5')
except TypeError as e:
    print('TypeError:', e)
