# len, sum, min, max, abs, round, divmod, pow
print(len('abc'), len([1, 2]), len({}), len(range(5)), len({1: 2}), len(b'xy'), len((1,)))
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 10), sum([[1], [2]], []), sum(()), sum(range(5), start=100))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max('abc'), min('b', 'a', 'c'))
print(min([], default=0), max([], default='none'), max([1, 5, 3], key=lambda v: -v), min(['aa', 'b', 'ccc'], key=len))
print(max([3, 3.0]), max([3.0, 3]), min([1, True]), max((2, 'a'), (2, 'b')))
for bad in [lambda: min([]), lambda: max(), lambda: min(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ':', e)
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-(10 ** 30)))
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(15, -1), round(25, -1), round(35, -1))
print(round(123.456, 1), round(123.456, -1), round(123.456, -3), round(-123.456, 0))
print(divmod(7, 2), divmod(-7, 2), divmod(7.0, 2), divmod(-7, 2.0))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print(pow(2, 8), pow(2.0, 3), pow(2, -2), pow(4, 0.5), pow(2, 100, 97), pow(-2, 3))
try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError:', e)
print(hash(1) == hash(1.0), hash(0), hash(-1), hash(12345), hash((1, 2)) == hash((1, 2)), hash(None) == hash(None))
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any('x'), all(['', 'a']), any([x > 3 for x in [1, 5]]))
