# List comparisons: element order, lengths, identity, NaN, and __eq__ that
# mutates the lists while they are compared.
print([1, 2, 3] == [1, 2, 3], [1, 2] == [1, 2, 3], [1, 2, 3] != [1, 2], [] == [])
print([1, 2] < [1, 2, 3], [1, 3] > [1, 2, 9], [2] >= [1, 9], ["a", "b"] <= ["a", "b"])
print([[1, [2]], "x"] == [[1, [2]], "x"], [(1, 2)] < [(1, 3)], [{"k": 1}] == [{"k": 1}])
nan = float("nan")
print([nan] == [nan], [float("nan")] == [float("nan")], [nan] < [nan, 1])
calls = []


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        calls.append(self.v)
        return isinstance(other, Loud) and self.v == other.v

    def __lt__(self, other):
        return self.v < other.v


# Different lengths: == and != decide without calling __eq__.
print([Loud(1), Loud(2)] == [Loud(1)], [Loud(1)] != [Loud(1), Loud(2)], calls)
print([Loud(1), Loud(2)] == [Loud(1), Loud(2)], calls)
print([Loud(1), Loud(5)] < [Loud(1), Loud(7)], calls)
# Ordering comparisons still look at items when lengths differ.
calls.clear()
print([Loud(1), Loud(2)] < [Loud(1)], calls)

# An __eq__ that empties the other list part-way.
a = []
b = []


class Shrink:
    def __eq__(self, other):
        b.clear()
        return True


a.extend([Shrink(), 1, 2])
b.extend([Shrink(), 1, 2])
print(a == b, len(a), len(b))
a2 = [Shrink(), 5]
b = [0, 5]
print(a2 < b if False else a2 == b, b)

try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print("TypeError:", e)
print(sorted([[3, 1], [2, 9], [3, 0], [2]]))
