# bisect: left/right, lo/hi, key=, insort on lists and custom sequences, errors
import bisect
a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect(a, 2, lo=4), bisect.bisect_left(a, 5, hi=3))
print(bisect.bisect([1], 1, hi=-5), bisect.bisect([1], 1, 5), bisect.bisect(a, 2, 0, -1), bisect.bisect(a, 2, 0, None))
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('e', 3), key=lambda r: r[1])
bisect.insort_left(recs, ('f', 3), key=lambda r: r[1])
print(recs)
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 0, 0, 0)
bisect.insort(b, 100, lo=2)
print(b, bisect.bisect_left('abcz', 'd'), bisect.bisect_right((1, 3, 5), 3))

class Seq:
    def __init__(self):
        self.items = [10, 20, 30]
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def insert(self, i, x):
        print('insert', i, x)
        self.items.insert(i, x)

s = Seq()
print(bisect.bisect(s, 25))
bisect.insort(s, 15)
print(s.items)

class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
vs = [V(1), V(3), V(5)]
print(bisect.bisect_left(vs, V(3)), bisect.bisect_right(vs, V(3)), bisect.bisect(vs, V(0)))
tests = [lambda: bisect.bisect_left(), lambda: bisect.bisect([1], 1, -1), lambda: bisect.bisect(None, 1), lambda: bisect.bisect([1, 2], 'a'), lambda: bisect.insort((1,), 1),
 lambda: bisect.bisect([1], 1, 'a'), lambda: bisect.bisect_left([1, 2, 3], 2, key=1), lambda: bisect.insort([], 1, foo=2), lambda: bisect.bisect([1, 2], 1, 0, 10),
 lambda: bisect.bisect_left([1]), lambda: bisect.bisect([1], 1, 0, 1, 2), lambda: bisect.bisect([1], 1, lo=1.5)]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
