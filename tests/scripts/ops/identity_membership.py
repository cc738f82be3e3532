# is / is not / in / not in
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None) is type(None))
print(True is True, (not True) is False)
print(2 in [1, 2, 3], 4 not in [1, 2, 3], 'ell' in 'hello', 'z' in 'hello', '' in 'abc')
print(1 in {1: 'a'}, 'a' in {1: 'a'}, 3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(1 in (1.0,), 1.0 in {1}, True in [1])
print((1, 2) in [(1, 2)], [1] in [[1]], 'x' in ('x', 'y'))
print(b'ab' in b'cabd', 97 in b'abc')
class Box:
    def __init__(self):
        self.items = [1, 2, 3]
    def __contains__(self, x):
        print('contains called with', x)
        return x in self.items
print(2 in Box(), 9 not in Box())
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(10 in Seq(), 15 in Seq())
x = float('nan')
print(x in [x], x in [float('nan')])
e = ()
print(e == (), len(e))
s1 = 'hello'
print(s1 is s1, s1 in [s1])
