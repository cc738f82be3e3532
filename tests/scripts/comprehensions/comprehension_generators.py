# comprehensions consuming generators
def gen(n):
    for i in range(n):
        yield i
print([x for x in gen(4)], {x: x * x for x in gen(3)}, {x % 2 for x in gen(5)})
print(sorted(gen(5), reverse=True), list(zip(gen(3), gen(5))), list(enumerate(gen(2))))
