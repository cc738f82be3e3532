# operator precedence
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, (2 * 3) ** 2)
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2)
print(10 - 4 - 3, 100 / 10 / 5, 2 ** 2 ** 3)
print(1 + 2 << 3, 1 + (2 << 3), 1 << 2 + 3)
print(6 & 3 | 8, 6 & (3 | 8), 1 | 2 ^ 3 & 4)
print(5 > 3 and 2 > 1, not 1 == 2, not (1 == 2) or False)
print(1 or 2 and 0, (1 or 2) and 0)
print(- 3 % 5, -(3 % 5), 7 - -2, +-+1)
print(~1 + 1, ~(1 + 1))
print(3 * 'ab' + 'c', 'x' + 'y' * 2)
print(1 < 2 == True, (1 < 2) == True)
print(2 * 3 // 4, 2 * (3 // 4), 7 % 4 * 2, 7 % (4 * 2))
print(not 0 + 1, [1] * 2 + [3])
x = 5
print(x if x > 3 else 0 + 100, (x if x > 10 else 0) + 100)
f = lambda: 1 if False else 2
print(f(), f() is not None)
