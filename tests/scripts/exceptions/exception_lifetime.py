# exception objects surviving the except block, stored and re-raised later
saved = None
try:
    raise ValueError('keep me', 42)
except ValueError as e:
    saved = e
print(type(saved).__name__, saved.args, str(saved))
collected = []
for v in ['1', 'x', '3', 'y']:
    try:
        collected.append(int(v))
    except ValueError as e:
        collected.append(e)
print([type(c).__name__ for c in collected])
print([str(c) for c in collected if isinstance(c, Exception)])
try:
    raise saved
except ValueError as e:
    print('re-raised stored exception:', e.args, e is saved)
err = KeyError('made, not raised')
print(repr(err), err.args, err.__traceback__ is None)
def make_error():
    return IndexError('returned')
try:
    raise make_error()
except IndexError as e:
    print('raised from a call:', e)
e1 = ValueError('a')
e2 = ValueError('a')
print(e1 == e2, e1 is e2, e1.args == e2.args)
e1.custom = 'attribute'
print(e1.custom)
err2 = Exception('x')
err2.args = ('changed', 1)
print(str(err2), repr(err2))
