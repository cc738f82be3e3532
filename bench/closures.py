# Closures: counters and adders created and called in a loop, nonlocal
# rebinding, closures over loop variables, lambdas and higher-order functions.
N = 3_000_000


def make_counter(start):
    count = start

    def inc(step=1):
        nonlocal count
        count += step
        return count

    return inc


def make_adder(k):
    return lambda x: x + k


def compose(f, g):
    def h(x):
        return f(g(x))

    return h


def make_accumulator():
    items = []

    def add(x):
        items.append(x)
        return len(items)

    def total():
        return sum(items)

    return add, total


def run(n):
    total = 0
    counters = [make_counter(i) for i in range(16)]
    adders = [make_adder(i) for i in range(16)]
    for i in range(n):
        c = counters[i & 15]
        total += c(i & 3)
        f = adders[(i >> 4) & 15]
        total += f(i) & 255
        if i % 64 == 0:
            g = make_adder(i & 127)
            h = compose(g, adders[i & 15])
            total += h(3)
    return total % 1000000007


def nested(n):
    add, tot = make_accumulator()
    for i in range(n // 4):
        scale = i % 5

        def scaled(x, scale=scale):
            return x * scale

        add(scaled(i) + make_counter(i)())
    return tot() % 1000000007


r = run(N)
s = nested(N)
print("run", r)
print("nested", s)
print("checksum", (r + s) % 1000000007)
