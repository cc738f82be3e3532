# calling type constructors on various inputs
print(int(), int(5), int(-5.9), int('0011'), int(b'42'), int(True))
print(float(), float(3), float('-0'), float(' 2.5e2 '), float(False))
print(str(), str(5), str(-0.0), str([1, '2']), str({'a': (1,)}), str(b'\x00'))
print(bool([]), bool([[]]), bool(0.0), bool('0'), bool(range(0)), bool(range(1)))
print(list('abc'), list((1, 2)), list({1: 2, 3: 4}), list(range(3, 0, -1)), list({'k': 1}.items()))
print(tuple([1, 2]), tuple('xy'), tuple(range(2)), tuple({5: 0}))
print(dict([(1, 2)]), dict(a=1), dict({'x': 1}, y=2), dict(zip('ab', 'cd')), dict([['k', 'v']]))
print(sorted(set('banana')), frozenset([1, 1, 2]), set(range(3)), set({'a': 1}))
print(bytes(2), bytes([1, 2]), bytes('ok', 'ascii'), bytearray(b'x'), bytes(bytearray(2)))
print(range(3), slice(2), type(None)(), object().__class__.__name__)
for bad in [lambda: int('1.0'), lambda: float('x'), lambda: list(5), lambda: dict(5), lambda: tuple(None), lambda: bytes('x')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
