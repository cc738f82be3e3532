# decorators applied to classes and methods
def add_repr(cls):
    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join('%s=%r' % kv for kv in vars(self).items()))
    cls.__repr__ = __repr__
    return cls
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, 2))
def logged(fn):
    def wrapper(self, *a):
        print('calling', fn.__name__)
        return fn(self, *a)
    return wrapper
class Svc:
    @logged
    def run(self, v):
        return v * 2
print(Svc().run(21))
