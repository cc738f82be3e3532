# Tuples of every small size (pairs are stored inline): identity, equality,
# hashing, unpacking and drop order must behave as in CPython.
a = (1, 2)
b = tuple([1, 2])
print(a == b, a is a, hash(a) == hash(b), hash(()) == hash(tuple()), len(a))
for t in [(), (1,), (1, 2), (1, 2, 3), tuple(range(10))]:
    print(t, len(t), t == tuple(list(t)), hash(t) == hash(tuple(list(t))), t[::-1])
d = {(1, 2): "pair", (1,): "one", (): "empty"}
print(d[(1, 2)], d[tuple([1])], d[()])
x, y = divmod(17, 5)
print(x, y, divmod(-7, 2), (1, "a") < (1, "b"), (2,) + (3, 4))
nested = ((1, 2), [3, 4])
p, q = nested
q.append(5)
print(nested, p)

# Unpacking a tuple someone else still holds leaves it intact.
keep = (10, 20)
u, v = keep
print(u, v, keep)
pairs = [(i, i * i) for i in range(4)]
for i, sq in pairs:
    pass
print(pairs)

# A tuple holding containers can be part of a cycle.
import gc
lst = []
t = (lst, 1)
lst.append(t)
del lst, t
print(gc.collect() >= 1)

# __del__ of the items runs last item first when a tuple goes.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

t = (D(1), D(2))
del t
t = (D(1), D(2), D(3))
del t
print("done")
