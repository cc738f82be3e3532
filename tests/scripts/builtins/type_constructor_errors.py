# type(...) and object.__new__ argument checking.
cases = [(), (1, 2), ('T', None, None), ('T', (), None), ('T', (1,), {}),
         (1, (), {}), ('T', [], {}), ('T', (), [])]
for args in cases:
    try:
        type(*args)
        print('no error', args)
    except TypeError as e:
        print('TypeError:', e)
T = type('T', (object,), {'x': 3, 'get': lambda self: self.x * 2})
print(T.__name__, T().get(), T.__bases__)
for target in [1, 'x', int, list, dict]:
    try:
        object.__new__(target)
    except TypeError as e:
        print('TypeError:', e)


class P:
    def __init__(self):
        self.v = 1


p = object.__new__(P)
print(type(p).__name__, hasattr(p, 'v'))
p.__init__()
print(p.v)
