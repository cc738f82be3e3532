# Subscripts by two locals or on the stack, over every kind the interpreter
# reads without the general path (list, tuple, str, dict with str/int keys)
# and the ones it hands to it (negative and out-of-range indexes, missing
# keys, dict keys whose equality is a script method, __getitem__).


class Key:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)

    def __eq__(self, other):
        print("Key.__eq__")
        return isinstance(other, Key) and self.k == other.k


class Seq:
    def __getitem__(self, i):
        return ("Seq", i)


def reads(containers, keys):
    out = []
    for c in containers:
        for k in keys:
            try:
                out.append(c[k])
            except (IndexError, KeyError, TypeError) as err:
                out.append(type(err).__name__ + ": " + str(err))
    return out


print(reads([[10, 20, 30], (1, 2, 3), "abc", "h\u00e9llo\u4e16"], [0, 2, -1, -4, 5]))
d = {"a": 1, 2: "two", (1, 2): "tuple", 2.5: "float"}
print(reads([d], ["a", 2, "zz", 3, (1, 2), 2.5, True]))
kd = {Key(1): "one"}
print(reads([kd], [Key(1), 1]))
print(reads([Seq()], [0, "x", -1]))


def pairs(text):
    n = 0
    for i in range(len(text)):
        ch = text[i]
        if ch in "aeiou":
            n += 1
    return n


print(pairs("the quick brown fox jumps over the lazy dog"))


# Stores through two locals (`c[k] = v`) into every kind, present keys too.
def counts(words):
    tags = {}
    slots = [0, 0, 0]
    for w in words:
        tags[w] = tags.get(w, 0) + 1
        i = len(w) % 3
        slots[i] = slots[i] + 1
    return tags, slots


print(counts(["a", "bb", "a", "ccc", "bb", "a"]))
for target, key in [([1, 2], 5), ((1, 2), 0), ("ab", 0), ({}, [1])]:
    try:
        target[key] = 0
        print("stored", target)
    except (IndexError, TypeError) as err:
        print(type(err).__name__ + ":", err)
