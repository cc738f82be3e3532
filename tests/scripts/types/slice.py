# slice objects
s = slice(1, 5)
print(s, s.start, s.stop, s.step)
print(slice(3), slice(None, None, -1), slice(1, 10, 2))
data = list(range(10))
print(data[s], data[slice(None, None, 2)], data[slice(-3, None)], 'abcdef'[slice(1, None, 2)])
print(slice(1, 5).indices(3), slice(None, None, -1).indices(5), slice(-100, 100, 2).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Spy:
    def __getitem__(self, key):
        return key
spy = Spy()
print(spy[1:2], spy[::3], spy[:], spy[1:2, 3], spy[..., 1], spy[1])
data[slice(0, 3)] = ['a']
print(data)
del data[slice(None, None, 3)]
print(data)
print(type(s).__name__)
