# assignment expressions
if (n := 10) > 5:
    print('n is', n)
data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * x) > 10])
print(y)
i = 0
while (i := i + 1) < 4:
    print('i', i)
print((a := 3) + a)
def f():
    if (m := 'local') == 'local':
        return m
print(f())
vals = [(z := 5), z + 1]
print(vals, z)
print([last := v for v in range(4)], last)
