# generator expression scoping: first iterable evaluated eagerly
x = [1, 2, 3]
g = (v for v in x)
x = [9]
print(list(g))
class C:
    items = [1, 2]
    doubled = list(i * 2 for i in items)
print(C.doubled)
