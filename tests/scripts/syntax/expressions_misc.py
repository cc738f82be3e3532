# parenthesized expressions, tuples, trailing commas, conditional chains
t = 1,
print(t, type(t).__name__)
e = ()
print(e, len(e))
print((1), (1,), ((1, 2),))
print([1, 2, 3,], {'a': 1,}, {1, 2,})
print(not True, not 0, not not [])
print(-(-3), +(-3), ~5, ~-1)
print(1 and 2, 0 and 2, 1 or 2, 0 or '', None or 0 or 'x')
print([] or {} or () or 'last')
r = [1, 2][True]
print(r)
print((1, 2) + (3,), [0] * 3)
print(((((((1)))))))
print(len(''.join([])))
