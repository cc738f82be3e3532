# Binary operators implemented by script dunders: results, NotImplemented
# falling back to the reflected method, subclasses going first, errors
# raised inside a dunder (with tracebacks), and recursion through operators.

class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, int):
            return V(self.x + other)
        return NotImplemented

    def __radd__(self, other):
        return ("radd", other)

    def __mul__(self, k):
        return V(self.x * k)

    def __sub__(self, other):
        return V(self.x - other.x)

    def __repr__(self):
        return "V(%r)" % (self.x,)


print(V(1) + V(2), V(1) + 5, 5 + V(1), V(3) * 4)
print(V(1) + "s" if False else "skip")
try:
    V(1) + "s"
except TypeError as e:
    print("TypeError", e)


class Other:
    def __radd__(self, other):
        return "Other.__radd__ got %r" % (other,)


print(V(1) + Other())


class Sub(V):
    def __radd__(self, other):
        return "Sub.__radd__ first"


print(V(1) + Sub(2))


class SubNoRadd(V):
    pass


print(V(1) + SubNoRadd(2))


class Same:
    def __add__(self, other):
        return NotImplemented

    def __radd__(self, other):
        return "never: same type"


try:
    Same() + Same()
except TypeError as e:
    print("TypeError", e)


class Bad:
    def __add__(self, other):
        raise ValueError("bad add %r" % (other,))

    def __sub__(self, other):
        return 1 / 0


try:
    Bad() + 1
except ValueError as e:
    print("ValueError", e)
try:
    Bad() - 1
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_lineno)
        tb = tb.tb_next
    print("traceback lines", names)


class Deep:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        if self.n == 0:
            return other
        return Deep(self.n - 1) + (other + 1)


print(Deep(50) + 0)
try:
    Deep(100000) + 0
except RecursionError:
    print("RecursionError")


class Default:
    def __add__(self, other, extra=10):
        return other + extra


print(Default() + 5)


class Returns:
    def __mul__(self, other):
        return None


print(Returns() * 3)

# The same site seeing different classes.
vals = [V(1), V(2), Sub(3), SubNoRadd(4)]
acc = V(0)
for v in vals:
    acc = acc + v
print(acc)
total = 0
for v in vals * 3:
    total += (v * 2).x
print(total)
