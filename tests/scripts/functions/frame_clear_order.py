# Locals are released in slot order when a frame returns: finalisers print
# in that order, as in CPython (parameters, then the other locals).
class A:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

def f():
    a = A("a")
    b = A("b")
    c = [A("c")]
    return 1

f()
print("--")
def g(x, y):
    z = A("z")
    return 0
g(A("x"), A("y"))
print("end")
