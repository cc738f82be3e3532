# Integer arithmetic in while and for loops (small ints, no allocation-heavy work).
N = 3_000_000


def collatz_steps(limit):
    total = 0
    longest = 0
    start = 1
    while start < limit:
        n = start
        steps = 0
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
            steps += 1
        total += steps
        if steps > longest:
            longest = steps
        start += 1
    return total, longest


def mixed(n):
    acc = 0
    for i in range(n):
        acc = (acc + i * i) % 1000003
        acc ^= i << 3
        acc -= i // 7
    return acc


t, l = collatz_steps(N // 30)
m = mixed(N // 2)
print("collatz", t, l)
print("mixed", m)
print("checksum", (t * 31 + l * 7 + m) % 1000000007)
