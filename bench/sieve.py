# List work: sieve of Eratosthenes with explicit index loops plus slice assignment.
LIMIT = 2_000_000
ROUNDS = 4


def sieve_loop(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = False
                j += i
        i += 1
    return flags


def sieve_slices(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = [False] * ((n - i * i) // i + 1)
    return flags


total = 0
for r in range(ROUNDS):
    n = LIMIT - r * 1000
    a = sieve_loop(n // 2)
    b = sieve_slices(n)
    primes = [i for i, f in enumerate(b) if f]
    ca = sum(1 for f in a if f)
    total += ca + len(primes) + primes[-1] + sum(primes[:100])
    print(n, ca, len(primes), primes[-1])
print("checksum", total)
