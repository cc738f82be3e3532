# text processing: word frequencies
text = """The quick brown fox jumps over the lazy dog.
The dog barks; the fox runs!  A quick, quick fox.
"""
words = []
for raw in text.split():
    w = raw.strip('.,;!').lower()
    if w:
        words.append(w)
print(len(words), words[:6])
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:5]:
    print('%-6s %s' % (word, '#' * n))
print(sorted(set(words)) == sorted(freq))
lengths = {}
for w in freq:
    lengths.setdefault(len(w), []).append(w)
for k in sorted(lengths):
    print(k, sorted(lengths[k]))
lines = text.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:10])
print(text.count('the'), text.lower().count('the'), text.title()[:20])
