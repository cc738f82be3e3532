# heapq: CPython's exact heap layout, user __lt__, errors
import heapq
import random
random.seed(7)
data = [random.randrange(100) for _ in range(30)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
h2 = list(data)
heapq.heapify(h2)
print(h2)
print([heapq.heappop(h) for _ in range(10)], h)
print(heapq.heapreplace(h, 50), h)
print(heapq.heappushpop(h, 1), heapq.heappushpop(h, 99), h)
print(heapq.heappushpop([], 5), heapq.heappop([3]))
print(heapq.nsmallest(3, data), heapq.nlargest(4, data), heapq.nsmallest(1, data), heapq.nlargest(1, []))
words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date']
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len), heapq.nlargest(10, words), heapq.nsmallest(0, words))
print(heapq.nsmallest(2, iter(words)), heapq.nlargest(2, (w[::-1] for w in words)), heapq.nsmallest(-1, words))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge()), list(heapq.merge([5, 3], [4, 1], reverse=True)))
print(list(heapq.merge(['a', 'ccc'], ['bb', 'dddd'], key=len)), list(heapq.merge([1, 1], [1.0, 2])))

class Task:
    def __init__(self, pri, name):
        self.pri = pri
        self.name = name
    def __lt__(self, other):
        return self.pri < other.pri
    def __repr__(self):
        return '%s:%d' % (self.name, self.pri)

tasks = []
for i, p in enumerate([5, 1, 4, 1, 3, 9, 2]):
    heapq.heappush(tasks, Task(p, 't%d' % i))
print(tasks)
print([heapq.heappop(tasks) for _ in range(len(tasks))])
pairs = [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]
heapq.heapify(pairs)
print(pairs, heapq.heappop(pairs), heapq.nsmallest(2, pairs))
tests = [lambda: heapq.heappush([1]), lambda: heapq.heappush((), 1), lambda: heapq.heappop([]), lambda: heapq.heappop(), lambda: heapq.heappop(1),
 lambda: heapq.heapreplace([], 1), lambda: heapq.heapify(None), lambda: heapq.heappush([1], 'a'), lambda: heapq.heappop(x=1),
 lambda: heapq.heapify([1, 2], 3), lambda: heapq.heappushpop([1], None), lambda: heapq.nlargest('a', [1]), lambda: heapq.heapify([3, {}, 1])]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
mx = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
heapq._heapify_max(mx)
print(mx, heapq._heappop_max(mx), heapq._heapreplace_max(mx, 0), mx)
print([heapq._heappop_max(mx) for _ in range(len(mx))])
for bad in [lambda: heapq._heappop_max([]), lambda: heapq._heapify_max(()), lambda: heapq._heapreplace_max([], 1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
