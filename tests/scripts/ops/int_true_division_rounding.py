# int / int is correctly rounded (half-even) however big the operands are,
# including results that are subnormal, zero or just below overflow.
import random

cases = [
    (99999999999999996358962949652481, 2),
    (2**53 + 1, 1),
    (2**54 + 3, 2),
    (-(2**60 + 1), 7),
    (10**30, 10**29 + 1),
    (2**2000, 2**1999 * 3),
    (1, 3 * 10**320),
    (-1, 10**400),
    (3, 2**1076),
    (1, 2**1075),
    (3, 2**1075),
    (5, 2**1076),
    (2**1024 - 2**970, 1),
    (2**1024 - 2**969, 1),
    (10**400, 3),
    (0, -(10**30)),
]
for a, b in cases:
    try:
        q = a / b
        print(q.hex(), repr(q))
    except OverflowError as e:
        print(type(e).__name__, e)

# Random operands of many sizes (the second batch mostly subnormal or zero).
r = random.Random(7)
hexes = []
for _ in range(400):
    a = r.getrandbits(r.randint(1, 200)) * r.choice([1, -1])
    b = r.getrandbits(r.randint(1, 200)) + 1
    hexes.append((a / b).hex())
for _ in range(100):
    a = r.getrandbits(r.randint(1, 60))
    b = r.getrandbits(r.randint(1000, 1200)) + 1
    hexes.append((a / b).hex())
print(len(hexes))
for i in range(0, len(hexes), 50):
    print(' '.join(hexes[i:i + 50:7]))
