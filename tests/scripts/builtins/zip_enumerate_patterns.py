# common patterns combining zip/enumerate/range/reversed/sorted
names = ['ann', 'bob', 'cy']
scores = [88, 95, 70]
for rank, (score, name) in enumerate(sorted(zip(scores, names), reverse=True), 1):
    print(rank, name, score)
print(dict(zip(names, scores)), list(zip(*[(1, 'a'), (2, 'b')])))
print(list(zip(range(3), reversed(range(3)))), [a * b for a, b in zip([1, 2, 3], [4, 5, 6])])
for i, (a, b) in enumerate(zip('ab', 'xyz')):
    print(i, a, b)
pairs = list(zip(names, names[1:]))
print(pairs)
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(map(list, zip(*matrix))), [sum(col) for col in zip(*matrix)])
idx = {v: i for i, v in enumerate('hello')}
print(idx)
print(list(enumerate(reversed(names))), list(reversed(list(enumerate(names)))))
