# comparisons between mixed numeric types and containers
print(1 == 1.0, 1 == True, 0 == False, 2 == 2.0000000001)
print(1 < 1.5 < 2, -1 < 0.0, True < 2, False < 0.5)
print(10 ** 20 == 1e20, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print('a' < 'b', 'abc' < 'abd', 'ab' < 'abc', 'Z' < 'a', '' < 'a')
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0])
print((1, 'a') < (1, 'b'), (1, 2) == (1, 2), (1, 2) != (2, 1))
print([1, 2] == [1, 2], [1, 2] == (1, 2), {1: 2} == {1: 2}, {1, 2} == {2, 1})
print(1 == 'a', 'a' != 1, None == 0, None == None, [] == [])
print(float('nan') == float('nan'), [float('nan')] == [float('nan')])
x = float('nan')
print([x] == [x], x in [x])
for a, b in [(1, 'a'), ('a', 1), ([1], (1,)), (None, 0), ({}, [])]:
    try:
        print(a < b)
    except TypeError as e:
        print('TypeError:', e)
print(max(1, 2.5, True), min(-1, -1.0), max(0, -0.0), min(-0.0, 0))
print(1 != 1.0, 3 >= 3, 3 <= 2.9999)
print(frozenset([1]) == {1}, {1: 'a'} != {1: 'b'})
print((1, [2]) == (1, [2]), 'abc' == 'ab' + 'c')
