# `s += t` grows a str nobody else holds in place; every other holder must
# keep seeing the old value, and the result must be an ordinary str.

s = ""
for i in range(2000):
    s += "ab"
print(len(s), s[:6], s[-4:], hash(s) == hash("ab" * 2000))

# Another name for the same text keeps the old value.
a = "start"
b = a
a += "-more"
print(a, b, a is b)

# Held by a list, a dict, a tuple, a closure: all keep the old text.
base = "x" * 30
held = [base]
d = {"k": base}
t = (base,)
base += "y"
print(len(base), len(held[0]), len(d["k"]), len(t[0]))


def make():
    text = "cell"

    def add(x):
        nonlocal text
        text += x
        return text

    return add


add = make()
print(add("+1"), add("+2"))

# Hash, equality, dict keys and non-ASCII growth stay consistent.
k = "key"
k += "é"
seen = {k: 1}
k2 = "key"
k2 += "é"
print(seen.get(k2), len(k2), k2[3], k2 == "keyé", hash(k2) == hash("keyé"))
u = "é"
for _ in range(100):
    u += "ü"
print(len(u), u[50], u[-1], u.count("ü"))
u2 = "abc"
u2 += "€"
u2 += "d"
print(u2, len(u2), u2[3], u2.index("d"))

# s = s + t is linear too; t + s is not an append.
r = ""
for i in range(50):
    r = r + str(i % 10)
print(r)
r = "z" + r
print(r[:5])

# Module-level names (STORE_NAME) and globals from a function.
g = ""
for w in ["alpha", "beta", "gamma"]:
    g += w + ","
print(g)


def grow_global():
    global g
    for _ in range(3):
        g += "!"


grow_global()
print(g)

# Attributes and subscripts are ordinary concatenation.
class Box:
    def __init__(self):
        self.text = "b"


box = Box()
for _ in range(5):
    box.text += "x"
print(box.text)
parts = ["p"]
parts[0] += "q"
print(parts)

# Errors are unchanged.
try:
    s2 = "n"
    s2 += 5
except TypeError as e:
    print("TypeError:", e)
try:
    n = 5
    n += "s"
except TypeError as e:
    print("TypeError:", e)

# str subclasses are not appended in place.
class Tagged(str):
    pass


tg = Tagged("t")
tg += "u"
print(tg, type(tg).__name__)
