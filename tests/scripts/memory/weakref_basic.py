import gc
import weakref


class A:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "A(%d)" % self.n


a = A(1)
r = weakref.ref(a)
print(r() is a, r is weakref.ref(a), weakref.getweakrefcount(a))
print(r == weakref.ref(a), hash(r) == hash(a))


def cb(wr):
    print("callback", wr is r2, wr())


r2 = weakref.ref(a, cb)
print(weakref.getweakrefcount(a), r2.__callback__ is cb)
del a
print("after", r(), r2())
print(r == r2, r != r2)

for obj in ([], {}, 1, "s", (1,), None):
    try:
        weakref.ref(obj)
    except TypeError as e:
        print(e)


def f():
    pass


print(weakref.ref(f)() is f)
print(weakref.ref(A)() is A)
fs = frozenset([1])
print(weakref.ref(fs)() is fs)

# Weak references to garbage in a cycle are cleared, callbacks run.
c = A(8)
c.self = c
wr = weakref.ref(c, lambda w: print("cycle callback, referent:", w()))
del c
print("collected:", gc.collect() > 0, wr())

# A callback that raises is reported and ignored.
d = A(9)
bad = weakref.ref(d, lambda w: 1 / 0)
del d
print("after bad callback")

# Callback order: newest first.
e = A(10)
r_a = weakref.ref(e, lambda w: print("first registered"))
r_b = weakref.ref(e, lambda w: print("second registered"))
del e

p = weakref.proxy(A(11))
try:
    p.n
except ReferenceError as ex:
    print("ReferenceError:", ex)
q = A(12)
pq = weakref.proxy(q)
print(pq.n, pq)
pq.n = 13
print(q.n)


class B:
    def method(self):
        return "called"


bobj = B()
wm = weakref.WeakMethod(bobj.method)
print(wm()())
del bobj
print(wm())

fin_obj = A(20)
fin = weakref.finalize(fin_obj, print, "finalized", 20)
print(fin.alive, fin.peek()[1] is print)
del fin_obj
print(fin.alive)
other = A(21)
f2 = weakref.finalize(other, print, "called early")
f2()
f2()
print(f2.alive)
del other
print("done")
