# arithmetic mixing int, float and bool; result types
vals = [3, -2, 2.5, True, False, 10 ** 20]
for a in vals[:4]:
    for b in [2, 0.5, True]:
        print(repr(a), repr(b), a + b, a - b, a * b, a / b, a // b, a % b, type(a + b).__name__)
print(10 ** 20 + 0.5, 10 ** 20 * 1.0, 10 ** 20 / 3, 2 ** 1000 / 2 ** 999)
print(7 / 7, 0 / 5, -0 / 5, 0.0 * -1, 0 * -1.0)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    2 ** 10000 * 1.0
except OverflowError as e:
    print('OverflowError:', e)
try:
    2 ** 5000 / 3.5
except OverflowError as e:
    print('OverflowError:', e)
print(2 ** 5000 // 2 ** 4999, (2 ** 5000) % 7, 3 ** 0.0, 0.0 ** 0)
try:
    0 ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(abs(-8) ** (1 / 3))
print(round(7 / 3, 3), round(-7 / 3, 3), 1e300 * 1e-300)
