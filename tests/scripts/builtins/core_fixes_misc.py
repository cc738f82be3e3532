# assorted core behaviours: bytes repeat both ways, enumerate(iterable=), zip strict, explicit dunders
print(2 * b'12', b'12' * 2, True * b'a', 0 * bytearray(b'x'), 3 * bytearray(b'ab'))
print(list(enumerate(iterable='ab', start=1)))
for args in [([1], [2, 3]), ([1, 2], [3]), ([1], [2], [3, 4]), ([1, 2], [3, 4], [5])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print('ValueError:', e)
print(int.__add__(2, 3), int.__add__(2, 'x'), float.__mul__(1.5, 2), str.__add__('a', 'b'), list.__len__([1, 2]))
print(int.__lt__(1, 2), str.__eq__('a', 'a'), tuple.__contains__((1, 2), 2), dict.__getitem__({'k': 1}, 'k'))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3), slice(None) == slice(None, None, None))
print(type(iter([])).__name__, type(iter(())).__name__, type(iter(range(2))).__name__, type(iter({})).__name__)
print(type(map(str, [])).__name__, type(filter(None, [])).__name__, type(reversed([])).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
except IndexError as e:
    print(type(e.__context__).__name__, e)
e = OSError(2, 'gone', 'f.txt')
print(e.errno, e.strerror, e.filename, str(e), OSError('x').errno)
class NoHash:
    def __eq__(self, o):
        return True
print(NoHash.__hash__)
try:
    {NoHash()}
except TypeError as err:
    print('TypeError:', err)
print(str.upper.__qualname__, list.append.__qualname__, len.__qualname__)
