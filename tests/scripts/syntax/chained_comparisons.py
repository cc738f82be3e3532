# chained comparisons evaluate middle operands once
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 <= 2 < 3 != 4 > 0)
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
x = 5
print(0 <= x < 10, 0 <= x < 5)
print('a' < 'b' < 'c', [1] < [2] < [3])
print(1 in [1, 2] in [[1, 2]])
print(None is None is not False)
