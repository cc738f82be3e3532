# closures capture variables, not values
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), add5(add10(0)))
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())
fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
def late():
    def inner():
        return value
    value = 'bound later'
    return inner
print(late()())
def outer():
    x = 'outer'
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def shared():
    data = []
    def push(v):
        data.append(v)
    def get():
        return list(data)
    return push, get
push, get = shared()
push(1); push(2)
print(get())
print(add5.__name__, make_adder.__name__)
