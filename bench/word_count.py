# Dicts and strings: generate pseudo-random text, split it, count words and
# bigrams with dicts (get, setdefault, in, items), then rank them.
WORDS = 400_000

SYLLABLES = ["ka", "ri", "to", "ne", "su", "mo", "la", "pi", "de", "vo", "xu", "bar", "qe", "zi"]


def generate_text(n):
    seed = 2024
    words = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        k = 1 + (seed >> 16) % 3
        w = ""
        s = seed
        for _ in range(k):
            w += SYLLABLES[s % len(SYLLABLES)]
            s //= 14
        if seed % 11 == 0:
            w = w.capitalize()
        words.append(w)
        if seed % 13 == 0:
            words.append("\n")
    return " ".join(words)


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for w in line.split():
            w = w.lower()
            counts[w] = counts.get(w, 0) + 1
    return counts


def count_bigrams(text):
    bigrams = {}
    prev = None
    for w in text.split():
        if prev is not None:
            key = prev + " " + w
            if key in bigrams:
                bigrams[key] += 1
            else:
                bigrams[key] = 1
        prev = w
    return bigrams


def index_by_first_letter(counts):
    index = {}
    for w, c in counts.items():
        index.setdefault(w[0], []).append((c, w))
    return index


text = generate_text(WORDS)
counts = count_words(text)
bigrams = count_bigrams(text)
index = index_by_first_letter(counts)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
top_bi = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
letters = sorted(index)
print("chars", len(text), "distinct", len(counts), "bigrams", len(bigrams))
for w, c in top:
    print(w, c)
for b, c in top_bi:
    print(repr(b), c)
print("letters", "".join(letters), max(index[l][0] for l in letters)[1])
h = 0
for w in sorted(counts):
    h = (h * 33 + counts[w] + len(w)) % 1000000007
print("checksum", h)
