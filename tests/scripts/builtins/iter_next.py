# iter and next
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
s = iter('ab')
print(list(s), list(s))
d = iter({'k1': 1, 'k2': 2})
print(next(d), next(d))
i2 = iter(range(3))
print(iter(i2) is i2, list(i2))
try:
    iter(5)
except TypeError as e:
    print('TypeError:', e)
try:
    next([1, 2])
except TypeError as e:
    print('TypeError:', e)
class Count:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Count(), 4)))
class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i * i
print(list(iter(Seq())), [x for x in Seq()])
print(type(iter([])).__name__, type(iter(())).__name__)
