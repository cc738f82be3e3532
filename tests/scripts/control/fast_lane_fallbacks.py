# The interpreter's fast lane hands an instruction back to the general path
# whenever its operands need it: each case here must behave exactly as the
# general path (errors, dunders, shadowing) inside hot-loop shapes.


def unbound_pairs():
    for case in range(3):
        try:
            if case == 0:
                print(a + 1)  # noqa: F821 -- LOAD_FAST of an unbound local
            elif case == 1:
                b = 2
                print(b, c)  # LOAD_FAST LOAD_FAST with the second unbound
            else:
                d = 1
                e = d
                print(e, f)  # STORE_FAST LOAD_FAST with the load unbound
        except UnboundLocalError as err:
            print("UnboundLocalError:", err)
        a = c = f = 0  # noqa: F841


unbound_pairs()


def indexes(xs, t):
    out = []
    for i in (0, -1, 2, -3, 3, -4):
        try:
            out.append(xs[i])
        except IndexError as err:
            out.append(str(err))
        try:
            out.append(t[i])
        except IndexError as err:
            out.append(str(err))
    try:
        xs[7] = 1
    except IndexError as err:
        out.append(str(err))
    try:
        xs[5] += 1
    except IndexError as err:
        out.append(str(err))
    try:
        print(xs[10])
    except IndexError as err:
        out.append(str(err))
    xs[-1] += 10
    xs[0] = "first"
    out.append(xs)
    return out


print(indexes([1, 2, 3], (4, 5, 6)))


def unpack(seqs):
    for s in seqs:
        try:
            a, b = s
            print("pair", a, b)
        except ValueError as err:
            print("ValueError:", err)


unpack([(1, 2), (1, 2, 3), [3, 4], [5], "xy", (6,), range(2)])


def cells():
    def read():
        return late  # noqa: F821

    try:
        read()
    except NameError as err:
        print("NameError:", err)
    late = 5
    total = 0
    for _ in range(3):
        total += read()
    return total


print(cells())


class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("bool of", self.v)
        return self.v > 1


for v in [0, 1, 2.5, 0.0, "", "s", [], [0], None, Truthy(1), Truthy(2), True]:
    if v:
        print(repr(v) if not isinstance(v, Truthy) else "Truthy", "true")
    else:
        print(repr(v) if not isinstance(v, Truthy) else "Truthy", "false")


class Vec:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return Vec(self.x + other.x)

    def __lt__(self, other):
        return self.x < other.x

    def show(self):
        return "Vec(%r)" % self.x


acc = Vec(0)
for i in range(4):
    acc = acc + Vec(i)
    if acc < Vec(3):
        print("small", acc.show())
print(acc.show())

# A method shadowed by an instance attribute at a site that hit before.
vs = [Vec(1), Vec(2), Vec(3)]
vs[2].show = lambda: "shadowed"
print([v.show() for v in vs])


def natives():
    out = []
    for xs in ([3, 1, 2], [], [7]):
        try:
            out.append(xs.pop())
        except IndexError as err:
            out.append("IndexError: " + str(err))
    for s in ("a,b", "", "c"):
        out.append(s.split(","))
    return out


print(natives())


def deep(n):
    return n if n == 0 else deep(n - 1) + 1


try:
    deep(100000)
except RecursionError as err:
    print("RecursionError:", err)
print(deep(50))


def gen(n):
    for i in range(n):
        yield i * i


def relay(n):
    yield from gen(n)
    yield "done"


print(list(gen(4)), list(relay(3)), sum(x for x in gen(5)))


def self_driving():
    yield next(me)


me = self_driving()
try:
    next(me)
except ValueError as err:
    print("ValueError:", err)

for cmp in ["a" < "b", "b" <= "a", "x" == "x", [1] is [1], None is None, 2.5 > 2, 3 != 3.0]:
    print(cmp, end=" ")
print()
