# __del__ runs when the last reference goes, exactly once.
log = []


class Res:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        log.append(self.name)
        print("del", self.name)


a = Res("a")
del a
print("after del:", log)

b = Res("b")
b = Res("b2")
print("after rebind:", log)
b = None
print("after None:", log)


def scope():
    x = Res("local")
    print("in scope")
    return 1


scope()
print("after scope:", log)

items = [Res("l1"), Res("l2"), Res("l3")]
items.clear()
print("after clear:", log)

items = [Res("m1"), Res("m2")]
del items
print("after del list:", log)

d = {"k1": Res("d1"), "k2": Res("d2")}
d.clear()
print("after dict clear:", log)

t = (Res("t1"), Res("t2"))
t = None
print("after tuple:", log)

holder = Res("attr-owner")
holder.child = Res("child")
del holder
print("after owner:", log)

s = Res("shared")
alias = s
del s
print("still alive:", "shared" not in log)
del alias
print("now gone:", "shared" in log)


def raising():
    r = Res("exc-frame")
    raise ValueError("x")


try:
    raising()
except ValueError:
    pass
print("after exception:", log[-1])

x = Res("rebound-in-loop")
for i in range(3):
    x = Res("loop%d" % i)
print("loop:", log[-3:])
del x
print("end:", log[-1])
