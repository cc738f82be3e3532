# exceptions inside generators
def risky():
    yield 1
    raise ValueError('inside generator')
g = risky()
print(next(g))
try:
    next(g)
except ValueError as e:
    print('caught', e)
print(next(g, 'exhausted after error'))
def stop_iteration_inside():
    yield 1
    raise StopIteration
try:
    list(stop_iteration_inside())
except RuntimeError as e:
    print('RuntimeError:', e)
