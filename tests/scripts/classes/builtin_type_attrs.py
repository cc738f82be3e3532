# Builtin types are immutable; user classes (also builtin subclasses) are not.
for f in [lambda: setattr(int, 'to_bytes', 1), lambda: delattr(int, 'to_bytes'),
          lambda: setattr(list, 'extra', 1), lambda: setattr(str, '__len__', None)]:
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)
try:
    del dict.keys
except TypeError as e:
    print('TypeError:', e)


class C:
    x = 1


C.y = 2
del C.x
print(hasattr(C, 'x'), C.y)
try:
    del C.x
except AttributeError as e:
    print('AttributeError:', e)


class D(int):
    pass


D.extra = 5
print(D(3).extra, D(3) + 1)
del D.extra
print(hasattr(D(3), 'extra'))
