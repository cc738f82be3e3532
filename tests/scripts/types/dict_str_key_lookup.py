# Dict lookups by str key, including keys of other kinds that hash alike.
words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(counts.get("the"), counts.get("cat"), counts.get("cat", -1), "fox" in counts)


class Name(str):
    pass


d = {Name("alpha"): 1, "beta": 2}
print(d["alpha"], d.get("alpha"), "alpha" in d, d[Name("beta")])


class Same:
    """Hashes and compares equal to a given str."""

    def __init__(self, text):
        self.text = text

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        return other == self.text


e = {Same("key"): "from Same"}
print(e.get("key"), "key" in e, e.get("other"))
e["key"] = "replaced"
print(len(e), list(e.values()))

# Built keys (not interned) find interned ones and the other way round.
k = "".join(["ab", "cd"])
f = {"abcd": 1}
print(f[k], k in f)
f[k] = 2
print(f, len(f))
g = {k: 3}
print(g["abcd"])

# Non-ASCII and empty keys.
h = {"": 0, "é": 1, "日本": 2}
print(h[""], h["é"], h["日" + "本"], h.get("e"))

# dict.get / setdefault / pop argument errors are unchanged.
for call in (lambda: h.get(), lambda: h.get(1, 2, 3), lambda: h.setdefault(), lambda: h.pop()):
    try:
        call()
    except TypeError as ex:
        print("TypeError:", ex)
print(h.setdefault("new", []), h.pop("new"), h.pop("gone", "dflt"))
