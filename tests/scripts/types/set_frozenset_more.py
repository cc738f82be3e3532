# more set behaviour: comprehensions, membership, mixing set/frozenset, sets of tuples
evens = {x for x in range(8) if x % 2 == 0}
odds = set(range(1, 8, 2))
print(evens, odds, sorted(evens | odds), evens & odds, evens.isdisjoint(odds))
pairs = {(1, 2), (2, 1), (1, 2)}
print(len(pairs), sorted(pairs), (2, 1) in pairs)
fs = frozenset([1, 2])
s = {1, 2}
print(fs == s, s == fs, hash(fs) == hash(frozenset({2, 1})), type(fs & s).__name__, type(s & fs).__name__)
nested = {frozenset({1}), frozenset({1}), frozenset({2, 3})}
print(len(nested), frozenset({1}) in nested, sorted([sorted(x) for x in nested]))
words = ['apple', 'banana', 'apple', 'cherry', 'banana']
print(len(set(words)), sorted(set(words)), sorted(set(words) - {'apple'}))
seen = set()
dups = []
for w in words:
    if w in seen:
        dups.append(w)
    seen.add(w)
print(dups, sorted(seen))
a = {1, 2, 3}
b = a
b.add(4)
print(a, a is b, a.copy() is a)
print(set('hello') == set('olleh'), sorted(set('mississippi')), len(set()), set() == frozenset())
print({1, 2} == {1, 2, 3} - {3}, {0} | set(), bool(set()), bool({0}))
try:
    {{1}}
except TypeError as e:
    print('TypeError:', e)
print(min({4, 2, 6}), max({4, 2, 6}), sum({1, 2, 3}), sorted({3, 1, 2}, reverse=True))
