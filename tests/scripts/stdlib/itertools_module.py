import itertools
print(list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.chain([1, 2], 'ab')), list(itertools.repeat('x', 3)))
print(list(itertools.product('ab', range(2))), list(itertools.permutations('abc', 2))[:4])
print(list(itertools.combinations(range(4), 2)), list(itertools.accumulate([1, 2, 3, 4])))
print([(k, list(g)) for k, g in itertools.groupby('aaabbc')], list(itertools.zip_longest('ab', 'xyz', fillvalue='-')))
print(list(itertools.takewhile(lambda x: x < 3, range(10))), list(itertools.dropwhile(lambda x: x < 8, range(10))))
