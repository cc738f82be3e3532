# simple generator functions
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)), sum(count_up(101)))
g = count_up(2)
print(type(g).__name__, next(g), next(g), next(g, 'done'))
def letters():
    yield 'a'
    yield 'b'
    return 'finished'
try:
    it = letters()
    next(it); next(it); next(it)
except StopIteration as e:
    print('StopIteration value:', e.value)
