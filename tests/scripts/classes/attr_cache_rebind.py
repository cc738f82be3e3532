class T:
    count = 0
    def m(self): return "m"
    def __init__(self):
        T.count += 1
        self.id = T.count
ts = [T() for _ in range(5)]
print([t.id for t in ts], T.count, ts[0].count)
def get(t): return t.m()
print(get(ts[0]))
T.m = lambda self: "lam"
print(get(ts[0]))
T.m = property(lambda self: lambda: "prop")
print(get(ts[0]))
class D:
    def __get__(self, o, t): return "desc"
    def __set__(self, o, v): print("set", v)
class U:
    x = 1
    def __init__(self): self.x = 5
def rd(u): return u.x
def wr(u, v): u.x = v
u = U(); print(rd(u)); wr(u, 6); print(rd(u))
U.x = D()
print(rd(u)); wr(u, 7); print(u.__dict__)
U.x = 3
print(rd(u))
del u.__dict__["x"]
print(rd(u))
class B: 
    def f(self): return "B"
class C(B): pass
c = C()
def cf(o): return o.f()
print(cf(c)); B.f = lambda s: "B2"; print(cf(c)); C.f = lambda s: "C"; print(cf(c)); del C.f; print(cf(c))
c.f = lambda: "inst"; print(cf(c))
l = []
def ap(l, x): l.append(x)
for i in range(3): ap(l, i)
print(l)
