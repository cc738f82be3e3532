# send(), throw() and close() on generators
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
acc = accumulator()
print(next(acc), acc.send(5), acc.send(10), acc.send(-3))
try:
    acc.send(None)
except StopIteration:
    print('stopped')
def catcher():
    while True:
        try:
            yield 'ready'
        except ValueError as e:
            print('caught inside:', e)
c = catcher()
print(next(c), c.throw(ValueError('boom')))
c.close()
print('closed', c.gi_frame is None)
