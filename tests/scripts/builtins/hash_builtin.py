# hash() of ints, floats, tuples, bools, None-free identity (no str hashes)
for v in [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30, 12345678901234567890]:
    print(v, hash(v))
for f in [0.0, -0.0, 1.0, 1.5, -2.5, 0.1, 1e100, float('inf'), float('-inf')]:
    print(f, hash(f))
print(hash(True), hash(False), hash(1) == hash(1.0) == hash(True))
print(hash((1, 2)), hash((1, 2, 3)), hash(()), hash((1,)), hash(((1, 2), (3, 4))))
print(hash((1, (2.5, True), -7)), hash(frozenset()), hash(frozenset({1, 2, 3})))
for bad in [[], {}, set(), bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print('TypeError:', e)
print(hash(range(3)) == hash(range(3)), hash(1 == 1))
# ranges hash by value, as they compare: equal ranges hash alike
print(hash(range(0, 6, 2)) == hash(range(0, 5, 2)), hash(range(5)) == hash((5, 0, 1)))
print(hash(range(1, 2)) == hash(range(1, 2, 7)), hash(range(3)) == hash(range(4)))
print({range(3): "r"}[range(0, 3)], range(0) == range(5, 5), hash(range(0)) == hash(range(7, 2)))
