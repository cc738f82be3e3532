# generator expressions in calls
print(sum(x * x for x in range(10)), max(len(w) for w in ['a', 'abc', 'ab']))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, -1]))
print(''.join(str(d) for d in range(5)), sorted(c for c in 'cab'))
g = (i for i in range(3))
print(next(g), list(g))
print(dict((k, len(k)) for k in ['aa', 'b']), set(x % 3 for x in range(10)))
