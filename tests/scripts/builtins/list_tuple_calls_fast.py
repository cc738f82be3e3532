# list(x)/tuple(x) of lists and tuples through the fast type calls: copies, identity, subclasses, tracking
a = [1, [2], "x"]
b = list(a); c = tuple(a); d = tuple(c); e = list(c)
print(b, c, d is c, e, b is a, b == a, b[1] is a[1], list(()), tuple([]), list("ab"), tuple(range(3)))
b.append(4); print(a, b)
class L(list):
    pass
class T(tuple):
    pass
print(type(list(L([1]))).__name__, type(tuple(T((1,)))).__name__, L(a), T(c), tuple(L([5])))
import gc
x = []
x.append(tuple([x]))
print(gc.is_tracked(x[0]))
