# repr(float) picks, among the shortest strings that round-trip, the one
# nearest the exact value, half-even on a tie (999999999999999.25 -> ...9.2).
import random

for x in [999999999999999.25, 999999999999999.75, -999999999999999.25, 999999999999998.75,
          562949953421311.25, 4503599627370495.5, 0.1, 1e23, 5e-324, 1.5e-323, 2.5e-323]:
    print(repr(x), str(x), x.hex())
r = random.Random(3)
quarters = [r.getrandbits(52) / 4 + r.choice([0.25, 0.75]) for _ in range(300)]
print(' '.join(repr(x) for x in quarters[:40]))
print(sum(1 for x in quarters if float(repr(x)) == x), len({repr(x)[-1] for x in quarters}))
wide = [r.random() * 10 ** r.randint(-320, 300) for _ in range(200)]
print(' '.join(repr(x) for x in wide[::10]))
print(all(float(repr(x)) == x for x in wide))
