# generators closing over variables, and generator factories
def make_counter(step):
    def gen(n):
        for i in range(n):
            yield i * step
    return gen
by3 = make_counter(3)
print(list(by3(4)), list(make_counter(-1)(3)))
gens = [(lambda k: (k * i for i in range(3)))(k) for k in range(3)]
print([list(g) for g in gens])
def windowed(seq, n):
    for i in range(len(seq) - n + 1):
        yield seq[i:i + n]
print(list(windowed('abcde', 3)), list(windowed([1, 2], 3)))
