# a deterministic bank-queue simulation with a linear congruential generator
class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 33
    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)
rng = LCG(42)
print([rng.randint(1, 6) for _ in range(10)])
queue = []
served = []
clock = 0
tellers = [0, 0]
for customer in range(12):
    clock += rng.randint(0, 3)
    queue.append((customer, clock, rng.randint(2, 6)))
while queue:
    cid, arrival, duration = queue.pop(0)
    t = min(range(len(tellers)), key=lambda i: tellers[i])
    start = max(arrival, tellers[t])
    tellers[t] = start + duration
    served.append((cid, t, start - arrival))
for cid, t, wait in served:
    print('customer %2d teller %d waited %d' % (cid, t, wait))
waits = [w for _, _, w in served]
print('avg wait %.3f max %d' % (sum(waits) / len(waits), max(waits)), tellers)
