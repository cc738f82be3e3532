# 5,000,000 two-object reference cycles, created and dropped in a loop.
import gc


class Node:
    def __init__(self):
        self.other = None


for i in range(5_000_000):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
del a, b
print("collected at end:", gc.collect() >= 0)
print("stats gen0 collections > 0:", gc.get_stats()[0]["collections"] > 0)
