# __del__ runs when the last reference goes inside functions too: on a
# rebind, a `del`, a dropped temporary, a discarded call result, a loop's
# rebinding, a return and a generator's end, before the next statement;
# and before the callbacks of weak references to the object.
import weakref

log = []
class A:
    def __init__(s, n): s.n = n
    def __del__(s): log.append(s.n); print("del", s.n)
def f():
    x = A(1)
    x = None
    print("after none", log)
    y = A(2)
    del y
    print("after del", log)
    print(A(3).n, log)
    z = [A(4)]
    z.pop()
    print("after pop", log)
    z = A(5)
    z = 0
    assert log[-1] == 5, log
    for i in range(3):
        t = A(10 + i)
    print(log)
    d = {1: A(20)}
    d[1] = 0
    print("after set", log)
    if A(30):
        pass
    print(log)
    A(40)
    print(log)
    k = A(50)
    r = weakref.ref(k, lambda wr: print("callback after __del__", wr() is None))
    k = 0
    print("after k", log)
    def g():
        a = A(60)
        return 7
    v = g()
    print("after g", v, log)
    def gen():
        a = A(70)
        yield 1
        yield 2
    for q in gen():
        print("q", q, log)
    print("end", log)
f()
print("mod", log)
