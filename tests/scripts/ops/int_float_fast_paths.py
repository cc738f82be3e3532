# Int/float fast paths must agree with the generic operators at the edges.
big = 2 ** 62
vals = [0, 1, -1, 7, -7, 3, -3, big, -big, 9007199254740993, -9223372036854775807 - 1]
for a in vals:
    row = []
    for b in vals:
        row.append(a + b)
        row.append(a - b)
        row.append(a * b)
        if b:
            row.append(a // b)
            row.append(a % b)
            row.append(a / b)
        row.append(a & b)
        row.append(a | b)
        row.append(a ^ b)
        if 0 <= b < 70:
            row.append(a << b)
            row.append(a >> b)
        row.append(a < b)
        row.append(a >= b)
    print(sum(hash(x) % 1000003 for x in row), row[:6])
for shift in (0, 1, 62, 63, 64, 100):
    print(1 << shift, -1 << shift, 5 >> shift, -5 >> shift)
f = [0.0, -0.0, 1.5, -2.25, 1e308, float("inf")]
for a in f:
    print([a + b for b in f], [a * b for b in f], [a - 1 for b in f], [a / 3 for b in f])
print(1 / 3, 2 ** 53 + 1, (2 ** 53 + 1) / 1, 7 / -2, -7 // 2, -7 % 2, 7 % -2)
try:
    1 // 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
n = 0
i = 0
while i < 1000:
    if i % 3 == 0 and i > 10 or i == 5:
        n += i
    i += 1
print(n)
x = 0.5
print(x < 1, x > 0.25, x == 0.5, 1 < 2.5)
