# yield from a plain iterator: its StopIteration value is the result, and
# throw()/close() are forwarded to the iterator's own methods.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration('liftoff')
        self.n -= 1
        return self.n

    def throw(self, exc):
        print('throw got', type(exc).__name__)
        return 'thrown'

    def close(self):
        print('close called')


def outer():
    result = yield from Countdown(3)
    print('result', result)
    return result


print(list(outer()))
g = outer()
print(next(g), g.throw(ValueError('x')), next(g))
g.close()
print('closed')


def stop_in_map(x):
    if x == 2:
        raise StopIteration('from map')
    return x


def via_map():
    print('map result', (yield from map(stop_in_map, range(5))))


print(list(via_map()))


class NoThrow:
    def __iter__(self):
        return self

    def __next__(self):
        return 1


def plain():
    yield from NoThrow()


g = plain()
next(g)
try:
    g.throw(KeyError('k'))
except KeyError as e:
    print('KeyError', e)


def leaf():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('leaf closing')
        return 'ignored'


def middle():
    try:
        print((yield from leaf()))
    except GeneratorExit:
        print('middle got GeneratorExit')
        raise


g = middle()
next(g)
g.close()


def leaf_value():
    try:
        yield 1
    except ValueError:
        return 'handled'


def middle_value():
    r = yield from leaf_value()
    yield 'after ' + r


g = middle_value()
next(g)
print(g.throw(ValueError))
