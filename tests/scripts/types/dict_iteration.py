# iterating dicts: order, modification rules, nested iteration
d = {'one': 1, 'two': 2, 'three': 3}
for k in d:
    print(k, d[k])
for k, v in d.items():
    d[k] = v * 10
print(d)
for k in list(d):
    if d[k] > 15:
        del d[k]
print(d)
keys = list(d.keys())
d['four'] = 4
print(keys, list(d))
inverted = {v: k for k, v in d.items()}
print(inverted)
matrix = {'r1': {'c1': 1, 'c2': 2}, 'r2': {'c1': 3}}
for row, cols in matrix.items():
    for col, val in cols.items():
        print(row, col, val)
print(sum(d.values()), max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]))
print(list(enumerate(d)), dict(enumerate('ab')))
print(sorted(d.items(), key=lambda kv: kv[1], reverse=True))
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print('RuntimeError:', e)
print(d)
