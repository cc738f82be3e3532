# for-loops over str, tuple and list, and the iterators they use once
# exhausted.

word = "aé€b\n\t~"
print([c for c in word], len([c for c in word]))
out = []
for ch in "plain ascii":
    out.append(ch.upper())
print("".join(out))
for ch in "":
    print("never")
s = "ab"
it = iter(s)
print(next(it), next(it), next(it, "done"))
print(all(a is b for a, b in zip("hello", "hello")))

total = 0
for v in (1, 2.5, "x", None, (3, 4)):
    total += 1
    last = v
print(total, last)
pairs = ((1, "a"), (2, "b"))
for n, name in pairs:
    print(n, name)

L = [1, 2, 3]
it = iter(L)
for x in it:
    pass
L.append(4)
print(next(it, "exhausted"), list(it))

L = [1, 2, 3]
seen = []
for x in L:
    seen.append(x)
    if x == 2:
        L.append(99)
print(seen)

t = (5, 6)
it = iter(t)
for x in it:
    pass
print(next(it, "tuple done"))

# Items freed as a tuple or list goes away, last first.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


pair = (Noisy("first"), Noisy("second"))
pair = None
items = [Noisy("one"), "text", Noisy("two")]
items = None
mixed = ("a", 1, "b")
mixed = None
print("end")
