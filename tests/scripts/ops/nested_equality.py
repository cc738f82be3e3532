# Deep == / != on nested lists and dicts (straight to the container
# equality, dict entries read in place): results and __eq__ calls as CPython.
def build(d, seed):
    if d == 0:
        return ["s%d" % seed, seed, seed / 3.0, None, True, "é%d" % seed][seed % 6]
    if d % 2:
        return [build(d - 1, seed * 3 + i) for i in range(3)]
    return {"k%d" % i: build(d - 1, seed * 5 + i) for i in range(3)}

a, b = build(5, 1), build(5, 1)
print(a == b, a != b, [a] == [b], {"x": a} == {"x": b})
b[0]["k1"][2]["k0"] = "changed"
print(a == b, a != b)
print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: [1, 2]} == {1: [1, 2.0]}, {1: 2} == {1: 2, 3: 4}, {1: 2} == {2: 1})
print([1, [2, [3, {"a": [4]}]]] == [1, [2, [3, {"a": [4]}]]], [[1], [2]] == [[1], [3]], [[]] != [[]])
nan = float("nan")
print([nan] == [nan], [[nan]] == [[nan]], {1: nan} == {1: nan}, [float("nan")] == [float("nan")])
print({"a": [nan]} == {"a": [nan]}, {"a": {"b": nan}} == {"a": {"b": float("nan")}})
print([1, 2] == (1, 2), {1: 2} == [(1, 2)], [{}] == [{}], [{}] == [[]], {0: {}} == {0: []})
print({True: 1} == {1: True}, {1.0: [1]} == {1: [True]}, {"a": None} == {"a": None}, {"a": None} == {"b": None})

class Loud:
    log = []
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        Loud.log.append(self.v)
        return isinstance(other, Loud) and self.v == other.v
    __hash__ = None
x = [[Loud(1), Loud(2)], {"k": Loud(3)}]
y = [[Loud(1), Loud(2)], {"k": Loud(3)}]
print(x == y, x != y, Loud.log)
Loud.log.clear()
print([[Loud(1)], [Loud(5)]] == [[Loud(1)], [Loud(6)]], Loud.log)

class Mutator:
    def __init__(self, d):
        self.d = d
    def __eq__(self, other):
        self.d.clear()
        return True
    __hash__ = None
d1 = {}
d1.update({"a": Mutator(d1), "b": 2})
d2 = {"a": 1, "b": 2}
print(d1 == d2, len(d1))
l1 = []
l1.extend([Mutator({}), 1])
class ListShrinker:
    def __eq__(self, other):
        l1.clear()
        return True
l1[0] = ListShrinker()
print(l1 == [0, 1], l1)

class Rev(list):
    def __eq__(self, other):
        return "rev-eq"
print([Rev([1])] == [[1]], [[1]] == [Rev([2])], {1: Rev()} == {1: []})
class D(dict):
    def __eq__(self, other):
        return True
print([D(a=1)] == [{}], {1: {}} == {1: D(b=2)})
