# str() / repr() / args of builtin exceptions and their messages
print(repr(KeyError('a')), str(KeyError('a')), repr(KeyError()), str(KeyError()))
print(repr(ValueError('x', 1)), str(ValueError('x', 1)), ValueError('x', 1).args)
print(repr(Exception()), str(Exception()), repr(Exception('m')), str(Exception(42)))
print(repr(IndexError('list index out of range')), str(TypeError()))
try:
    int('x')
except ValueError as e:
    print(repr(e), e.args)
try:
    float('y')
except ValueError as e:
    print(repr(e))
none_value, five, a_set = None, 5, {1, 2}
tests = [
    lambda: 1 / 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: [1, 2][3],
    lambda: (1,)[9],
    lambda: 'abc'[10],
    lambda: {'a': 1}['b'],
    lambda: (5).foo,
    lambda: 'str'.nope,
    lambda: None.attr,
    lambda: 1 + 'a',
    lambda: 'a' + 1,
    lambda: [1] - [1],
    lambda: -'a',
    lambda: undefined_name,
    lambda: len(5),
    lambda: none_value(),
    lambda: five[0],
    lambda: {}[[1]],
    lambda: int([1]),
    lambda: 'a' * 'b',
    lambda: [].pop(),
    lambda: 'x'.index('y'),
    lambda: [3].index(4),
    lambda: divmod(1, 0),
    lambda: 2 ** -1 % 0,
    lambda: iter(3),
    lambda: 'abc'.join([1]),
    lambda: sorted([2, 'a']),
    lambda: hash([]),
    lambda: list.append(),
    lambda: abs('x'),
    lambda: 'a' < 1,
    lambda: (1, 2) + [3],
    lambda: chr('a'),
    lambda: a_set[0],
]
for t in tests:
    try:
        t()
        print('no error')
    except Exception as e:
        print(type(e).__name__ + ':', e)
