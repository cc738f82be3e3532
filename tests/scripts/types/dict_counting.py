# counting and grouping with plain dicts
text = 'the cat and the hat and the bat'
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
by_len = {}
for w in text.split():
    by_len.setdefault(len(w), set()).add(w)
print({k: sorted(v) for k, v in sorted(by_len.items())})
letters = {}
for ch in text.replace(' ', ''):
    if ch in letters:
        letters[ch] += 1
    else:
        letters[ch] = 1
top = sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print(top)
first_seen = {}
for i, w in enumerate(text.split()):
    first_seen.setdefault(w, i)
print(first_seen)
merged = {}
for d in [{'a': 1, 'b': 2}, {'b': 3, 'c': 4}, {'a': 5}]:
    for k, v in d.items():
        merged[k] = merged.get(k, 0) + v
print(merged, sum(merged.values()))
