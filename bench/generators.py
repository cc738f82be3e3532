# Generators: a lazy pipeline of generator functions, generator expressions,
# yield from, send(), and consumers such as sum/any/zip.
N = 1_500_000


def naturals(limit):
    i = 0
    while i < limit:
        yield i
        i += 1


def scramble(source):
    for x in source:
        yield (x * 2654435761) % 1000003


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def windows(source, size):
    buf = []
    for x in source:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


def chain(*sources):
    for s in sources:
        yield from s


def running_mean():
    total = 0
    count = 0
    mean = None
    while True:
        x = yield mean
        total += x
        count += 1
        mean = total // count


def pipeline(n):
    maxima = (max(w) for w in windows(evens(scramble(naturals(n))), 4))
    return sum(m % 1000 for m in maxima)


def flattened(n):
    nested = ((i, j) for i in range(n // 100) for j in range(i % 7))
    return sum(i * j for i, j in nested)


def zipped(n):
    a = (x * x for x in range(n))
    b = (x + 1 for x in naturals(n))
    return sum(x - y for x, y in zip(a, b) if x > y)


def averaged(n):
    avg = running_mean()
    next(avg)
    last = 0
    for x in chain(naturals(n // 4), scramble(naturals(n // 4))):
        last = avg.send(x)
    avg.close()
    return last


p = pipeline(N)
f = flattened(N)
z = zipped(N)
a = averaged(N)
found = any(x > 999990 for x in scramble(naturals(N)))
print("pipeline", p)
print("flattened", f)
print("zipped", z)
print("averaged", a, found)
print("checksum", (p + f + z + a + found) % 1000000007)
