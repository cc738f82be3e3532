# The cycle collector: garbage cycles are found and freed, finalisers in
# them run once, and the gc module reports real figures.
import gc

print(gc.isenabled(), gc.get_threshold())


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
print("pair collected:", gc.collect() >= 2)
print("nothing left:", gc.collect() == 0)

lst = []
lst.append(lst)
del lst
print("self list:", gc.collect() >= 1)

d = {}
d["self"] = d
del d
print("self dict:", gc.collect() >= 1)

finalized = []


class Fin:
    def __init__(self, n):
        self.n = n
        self.me = self

    def __del__(self):
        finalized.append(self.n)


for i in range(5):
    Fin(i)
print("before collect:", finalized)
gc.collect()
print("after collect:", sorted(finalized))
gc.collect()
print("once only:", sorted(finalized))


def make_closure_cycle():
    def inner():
        return inner
    return 1


make_closure_cycle()
print("closure cycle:", gc.collect() >= 1)


def make_class():
    class Local:
        def method(self):
            return super().__repr__()
    return Local


make_class()
print("class cycle:", gc.collect() >= 1)

gc.disable()
print(gc.isenabled())
for i in range(2000):
    x = Node(i)
    x.other = x
del x
print("disabled keeps garbage:", gc.collect() >= 2000)
gc.enable()

old = gc.get_threshold()
gc.set_threshold(100, 5, 5)
print(gc.get_threshold())
gc.set_threshold(*old)
print(gc.get_threshold() == old)

count = gc.get_count()
print(type(count), len(count), all(isinstance(c, int) for c in count))
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print(stats[2]["collections"] >= 1)

print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(Node("t")))
marker = Node("marker")
print(any(o is marker for o in gc.get_objects()))

try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
try:
    gc.collect("x")
except TypeError as e:
    print("TypeError:", e)


class Resurrect:
    keep = []

    def __init__(self):
        self.me = self

    def __del__(self):
        Resurrect.keep.append(self)


Resurrect()
gc.collect()
print("resurrected from cycle:", len(Resurrect.keep))
Resurrect.keep.clear()
print("freed later:", gc.collect() >= 1)


class CollectInDel:
    def __init__(self):
        self.me = self

    def __del__(self):
        print("nested collect returns", gc.collect())


CollectInDel()
gc.collect()


class MakesCycle:
    made = 0

    def __init__(self):
        self.me = self

    def __del__(self):
        MakesCycle.made += 1
        n = Node("new")
        n.other = n


MakesCycle()
gc.collect()
print("new cycle made:", MakesCycle.made, gc.collect() >= 1)

# Automatic collection: garbage cycles never pile up.
for i in range(20000):
    n = Node(i)
    n.other = n
print("auto:", gc.get_stats()[0]["collections"] > 10)
