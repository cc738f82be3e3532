# List work: sorting records with key functions, lambdas, tuples and reverse.
N = 120_000
ROUNDS = 3


def make_records(n, seed):
    x = seed
    recs = []
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        name = "user" + str(x % 5000)
        recs.append((name, x % 1000, (x >> 8) % 97 / 7.0, i))
    return recs


def score(r):
    return r[1] * 3 - r[3] % 11


total = 0
for rnd in range(ROUNDS):
    recs = make_records(N, 42 + rnd)
    by_name = sorted(recs, key=lambda r: (r[0], -r[1]))
    by_score = sorted(recs, key=score, reverse=True)
    by_float = sorted(recs, key=lambda r: r[2])
    nums = [r[1] * 1000 + r[3] % 1000 for r in recs]
    nums.sort()
    strs = [r[0] for r in recs[: N // 4]]
    strs.sort(key=len)
    h = 0
    for lst in (by_name, by_score, by_float):
        for k in range(0, N, 997):
            h = (h * 31 + lst[k][3]) % 1000000007
    h = (h + nums[N // 2] + nums[-1] + len(strs[-1])) % 1000000007
    print(rnd, by_name[0][0], by_score[0][3], by_float[-1][3], h)
    total = (total + h) % 1000000007
print("checksum", total)
