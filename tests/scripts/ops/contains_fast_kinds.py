# `in` / `not in` on the kinds the interpreter answers without the general
# path (str in str, str or int keys in a dict) and the ones it hands over
# (other containers, keys whose equality is a script method, bad operands).


class Key:
    def __init__(self, text):
        self.text = text

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        print("Key.__eq__", self.text)
        return other == self.text


def probe(items, container):
    out = []
    for x in items:
        try:
            out.append((x in container, x not in container))
        except TypeError as err:
            out.append("TypeError: " + str(err))
    return out


print(probe(["", "a", "bc", "cb", "\u00e9", "h\u00e9l", "xyz"], "abc h\u00e9llo"))
d = {"a": 1, 2: "two", 2.5: 0, (1, 2): 0}
print(probe(["a", "b", 2, 3, 2.0, 2.5, (1, 2), True, None], d))
print(probe(["k", "j"], {Key("k"): 1}))
print(probe([1, "1", [1]], "123"))
print(probe([1, 5], [1, 2, 3]))
print(probe([1, 5], (1, 2, 3)))
print(probe(["a"], {"a", "b"}))
print(probe([[1]], {"a": 1}))


def vowels(text):
    n = 0
    for ch in text:
        if ch in "aeiou":
            n += 1
        elif ch not in " ,.":
            n -= 1
    return n


print(vowels("the quick brown fox, jumps over the lazy dog."))
