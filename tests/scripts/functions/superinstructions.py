# Sequences of local-variable ops the loop runs fused (compile/superinstructions.rs): each
# fast path, each fallback, and errors raised in the middle of a sequence.
import sys


def arith(x):
    a = x + 1          # LOAD_FAST LOAD_CONST BINARY_OP STORE_FAST
    b = x * 2.5
    a += 7
    return a, b, x - 3, x // 2, x % 5, x << 2


print(arith(10))
print(arith(-7))
try:
    print(arith(2.5))
except TypeError as e:
    print("TypeError", e)
print(arith(sys.maxsize))       # overflows to a big int on the slow path
print(arith(True))


def strs(s):
    s += "!"                    # str concat falls back to BINARY_OP
    t = s * 2
    return s, t, s + "?"


print(strs("ab"))


class Vec:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return Vec(self.x + other)

    def __lt__(self, other):
        return self.x < other

    @property
    def double(self):
        return self.x * 2


def objs(v):
    w = v + 1                   # dunder on the slow path
    flag = v < 3
    return w.x, flag, v.double, w.double


print(objs(Vec(2)))


def compares(n):
    out = []
    for i in range(n):
        if i < 3:
            out.append("small")
        elif i >= 6:
            out.append("big")
        else:
            out.append(i == 4)
    return out


print(compares(8))
print([x < "m" for x in ["a", "z"]])
print([x < 1 for x in [0.5, 2, 1.0]])


def mixed(a, b):
    c = a
    d = b           # STORE_FAST LOAD_FAST
    return c, d, a, b


print(mixed(1, [2]))


def unbound_first():
    if False:
        x = 1
    return x + 1


def unbound_second():
    y = 1
    if False:
        x = 2
    return y, x


def unbound_after_store():
    y = 1
    if False:
        z = 3
    return z


def unbound_attr():
    if False:
        o = 1
    return o.real


def missing_attr(o):
    return o.nope


for fn, args in [(unbound_first, ()), (unbound_second, ()), (unbound_after_store, ()),
                 (unbound_attr, ()), (missing_attr, (5,))]:
    try:
        fn(*args)
    except (NameError, AttributeError) as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print(type(e).__name__, e, "line", tb.tb_lineno)


def div(x):
    return x // 0


try:
    div(3)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def jump_into_middle(n):
    total = 0
    i = 0
    while i < n:       # the loop's jump lands inside fused sequences
        total = total + i
        i = i + 1
    return total


print(jump_into_middle(10))


def indexes(b, d, s, t):
    # LOAD_FAST LOAD_CONST BINARY_SUBSCR: lists fast, the rest generic
    return b[0], b[-1], b[2], d[0], s[1], t[-2], d["k"]


print(indexes([1.5, "x", [3]], {0: "zero", "k": 9}, "héllo", (7, 8, 9)))
for bad in ([1], [], "a", (1,), {1: 2}):
    try:
        print(indexes(bad, {0: 0, "k": 0}, "ab", (1, 2)))
    except (IndexError, KeyError) as e:
        print(type(e).__name__, e)
try:
    indexes(5, {}, "", ())
except TypeError as e:
    print("TypeError", e)


class Seq(list):
    def __getitem__(self, i):
        return ("seq", i)


print(indexes(Seq([1, 2, 3]), {0: 1, "k": 2}, "xy", (1, 2)))


def pairs(a, b):
    # LOAD_FAST LOAD_FAST BINARY_OP: numbers fast, the rest generic
    return a * b, a - b, b / a, a + b, a ** 2, a & 3 if isinstance(a, int) else None


print(pairs(3, 4))
print(pairs(2.5, 4))
print(pairs(sys.maxsize, sys.maxsize))
print(pairs(-1, 0.5))
try:
    pairs(0, 1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    pairs("a", [1])
except TypeError as e:
    print("TypeError", e)


def unbound_pair():
    a = 1
    if False:
        b = 2
    return a * b


def unbound_index():
    if False:
        lst = [1]
    return lst[0]


def chains(a, b, c):
    # LOAD_FAST LOAD_FAST BINARY_OP STORE_FAST, then LOAD_FAST BINARY_OP [STORE_FAST]
    d = a * b
    e = 2 * a + c
    f = d - e * c
    g = (a, b)
    g = g + (c,)
    return d, e, f, g, a * b + c


print(chains(3, 4, 5))
print(chains(1.5, -2, 0.25))
print(chains(sys.maxsize, 3, -1))
print(chains(True, 2, -3))
for args in (("ab", 2, "c"), ("ab", "cd", 1)):
    try:
        chains(*args)
    except TypeError as e:
        print("TypeError", e)


def unbound_chain():
    a = 1
    if False:
        c = 2
    return a + c


def augmented(b, d):
    # LOAD_FAST LOAD_CONST COPY COPY BINARY_SUBSCR: the load half of b[k] op= x
    b[0] += 1
    b[-1] *= 2.5
    b[1] -= b[0]
    d[0] += 10
    d["k"] = d.get("k", 0) + 1
    d["k"] += 1
    return b, d


print(augmented([1, 2, 3], {0: 5}))
print(augmented([0.5, 7, True], {0: 0.5}))
for args in (([], {}), ([1, 2], {}), ((1, 2), {0: 1}), ([1, "x", 3], {0: 1})):
    try:
        print(augmented(*args))
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)


def store_half(b, k, x):
    # BINARY_OP SWAP SWAP STORE_SUBSCR: the store half of b[k] op= x
    b[k] -= x
    b[k] *= 2
    b[-1] += 0.5
    return b


print(store_half([1, 2, 3], 0, 1))
print(store_half([1.0, 2.0], -2, 0.25))
print(store_half({0: 5, -1: 1}, 0, 2))
print(store_half([sys.maxsize, 1], 0, -1))


def shrinks(b):
    def take():
        b.clear()
        return 1
    b[1] += take()


for bad in ([1, 2], (1, 2), ["a", "b"]):
    try:
        shrinks(bad)
    except (IndexError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
words = ["x", "y"]
words[0] += "z"
print(words)


class Grid:
    def __getitem__(self, k):
        return ("get", k)

    def __setitem__(self, k, v):
        print("set", k, v)


def local_index(a, i):
    # LOAD_FAST LOAD_FAST BINARY_SUBSCR: any container, key in a local
    return a[i]


def local_store(a, i, x):
    # LOAD_FAST LOAD_FAST STORE_SUBSCR: any container, key in a local
    a[i] = x
    return a


for a, i in (([1, 2, 3], 0), ([1, 2, 3], -1), ("héllo", 1), ({"k": 5}, "k"), ((4, 5), 1),
             (Grid(), (1, 2)), ([1], 1), ([1], -2), ({}, "x"), ([1], "0"), (5, 0),
             (range(10), 3), ([1, 2], True)):
    try:
        print(local_index(a, i))
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
for a, i in (([1, 2, 3], 0), ([1, 2, 3], -3), ({}, "k"), (Grid(), 7), ([1], 1), ([1], -2),
             ((1,), 0), ([1], 1.0), ("ab", 0)):
    try:
        r = local_store(a, i, "v")
        print(r if not isinstance(r, Grid) else "grid")
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)


def spread_index(a, i):
    return (1 +
            a[
                i])


try:
    spread_index([1], 5)
except IndexError as e:
    print("IndexError line", e.__traceback__.tb_next.tb_lineno)


def unbound_key():
    a = [1]
    if False:
        i = 0
    return a[i]


def unbound_store():
    a = [1]
    if False:
        i = 0
    a[i] = 2


for fn in (unbound_pair, unbound_index, unbound_chain, unbound_key, unbound_store):
    try:
        fn()
    except NameError as e:
        print(type(e).__name__, e)
