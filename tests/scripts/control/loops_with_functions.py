# loops that define and call functions, closures created in loops
funcs = []
for i in range(3):
    def f(x, i=i):
        return x * i
    funcs.append(f)
print([f(10) for f in funcs])
def make_multipliers():
    out = []
    for k in range(1, 4):
        out.append(lambda v, k=k: v * k)
    return out
print([m(2) for m in make_multipliers()])
total = 0
def add_to_total(v):
    global total
    total += v
for v in range(5):
    add_to_total(v)
print(total)
def search(grid, target):
    for r, row in enumerate(grid):
        for c, val in enumerate(row):
            if val == target:
                return r, c
    return None
g = [[1, 2], [3, 4], [5, 6]]
print(search(g, 4), search(g, 7))
def count_until(limit):
    count = 0
    while True:
        count += 1
        if count * count > limit:
            return count
print(count_until(50), count_until(0))
