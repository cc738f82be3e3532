# TypeErrors for bad calls
def f(a, b):
    return a + b
for call in [lambda: f(1, 2, 3), lambda: f(1), lambda: f(), lambda: f(1, 2, z=3),
             lambda: f(1, a=2)]:
    try:
        call()
    except TypeError as e:
        print(e)
def g(a, b=1, *, c):
    pass
for call in [lambda: g(1), lambda: g(1, 2, 3), lambda: g()]:
    try:
        call()
    except TypeError as e:
        print(e)
def h():
    pass
try:
    h(1)
except TypeError as e:
    print(e)
def one(x):
    pass
try:
    one(1, 2)
except TypeError as e:
    print(e)
def three(a, b, c):
    pass
try:
    three(1)
except TypeError as e:
    print(e)
class C:
    def m(self, x):
        pass
try:
    C().m()
except TypeError as e:
    print(e)
try:
    C().m(1, 2)
except TypeError as e:
    print(e)
