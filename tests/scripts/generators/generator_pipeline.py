# lazy pipelines of generators
def numbers():
    n = 0
    while True:
        yield n
        n += 1
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def take(n, src):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x
print(list(take(5, evens(numbers()))))
squares = (x * x for x in take(6, numbers()))
print(type(squares).__name__, list(squares), list(squares))
