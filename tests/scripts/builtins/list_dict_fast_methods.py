# list.pop/insert/extend and dict views through their fast entries, errors included
l = [1, 2, 3, 4, 5]
print(l.pop(), l.pop(0), l.pop(-1), l.pop(1), l)
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].pop(-2), lambda: [1].pop("x"), lambda: [1].pop(1, 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print([1, 2].pop(True), [1, 2].pop(False))
l = [1, 2]
l.insert(0, "a"); l.insert(-1, "b"); l.insert(100, "c"); l.insert(-100, "d"); print(l)
try:
    l.insert("x", 1)
except TypeError as e:
    print("TypeError", e)
l = [1]
l.extend(l); l.extend((2, 3)); l.extend([]); l.extend(range(2)); l.extend("ab"); print(l)
class L(list):
    pass
m = L([1, 2])
m.extend(m); print(m.pop(), m, type(m).__name__)
d = {"a": 1, "b": 2}
print(d.items(), d.keys(), d.values(), list(d.items()))
try:
    d.items(1)
except TypeError as e:
    print("TypeError", e)
class D(dict):
    pass
print(D(x=1).items())
class K:
    def __hash__(self):
        return hash("a")
    def __eq__(self, o):
        print("eq called")
        return o == "a"
d = {K(): 1}
print(d.get("a"), d.get("b", 2), {1: "x"}.get(1), {1: "x"}.get(True), {1.0: "f"}.get(1), {"s": 0}.get("s", 9))
