# raise/throw of a class whose __new__ does not return an exception.
class Dummy(BaseException):
    pass


class Good(BaseException):
    def __new__(cls, *args):
        return Dummy(*args)


class Bad(BaseException):
    def __new__(cls, *args):
        return 1


class AlsoBad(Exception):
    def __new__(cls, *args):
        return 'text'


try:
    raise Good('msg')
except BaseException as e:
    print(type(e).__name__, e.args)
for cls in [Bad, AlsoBad]:
    try:
        raise cls
    except TypeError as e:
        print('TypeError:', e)


def gen():
    yield


for cls in [Bad, ValueError]:
    try:
        gen().throw(cls)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, repr(e))
g = gen()
next(g)
try:
    g.throw(KeyError)
except KeyError as e:
    print('KeyError', e.args)
