import random
random.seed(12345)
vals = [random.random() for _ in range(100)]
print(all(0 <= v < 1 for v in vals), len(set(vals)) > 90)
ints = [random.randint(1, 6) for _ in range(200)]
print(min(ints) >= 1, max(ints) <= 6, set(ints) <= {1, 2, 3, 4, 5, 6})
seq = list(range(10))
random.shuffle(seq)
print(sorted(seq) == list(range(10)), random.choice('abc') in 'abc', len(random.sample(range(100), 5)))
random.seed(7); a = random.random()
random.seed(7); b = random.random()
print(a == b)
