# Overflow for lengths that do not fit, readonly function attributes, super repr,
# bytes.strip identity.
B = 2 ** 65
for f in [lambda: bytearray(B), lambda: bytes(B), lambda: [0] * B, lambda: 'a' * B,
          lambda: B * (1,), lambda: [1][B], lambda: 'abc'[B], lambda: 'x'.center(B)]:
    try:
        f()
    except (OverflowError, IndexError, MemoryError) as e:
        print(type(e).__name__, e)


def f():
    pass


for name in ['__globals__', '__closure__']:
    try:
        setattr(f, name, None)
    except AttributeError as e:
        print('AttributeError:', e)
f.__doc__ = 'doc'
print(f.__doc__, f.__globals__ is globals())


class A:
    def show(self):
        return str(super())


class B2(A):
    def show(self):
        return str(super()) + ' | ' + super().show()


print(B2().show())
print(str(super(A, B2())))
s = b'abc'
print(s.strip() is s, s.lstrip() is s, s.rstrip(b'x') is s, b' a '.strip())
ba = bytearray(b'abc')
print(ba.strip() is ba, ba.strip())
