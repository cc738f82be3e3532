# `in` fast paths: one-byte needles in strs, lists of builtin values checked
# in place; anything that may run __eq__ takes the general path.
text = "héllo wörld \t\n"
print([c in text for c in [" ", "\t", "\n", "h", "é", "ö", "z", "", "lo", "wö", "\r"]])
print("a" in "", "" in "", "\x00" in "a\x00b", "e" in "é", "é" in "e")
try:
    1 in "abc"
except TypeError as e:
    print("TypeError", e)
class S(str):
    pass
print(S("b") in "abc", "b" in S("abc"))

nums = [1, 2.0, True, 2**80, "3", None]
print(1 in nums, 2 in nums, 3 in nums, 2**80 in nums, "3" in nums, "1" in nums, 0 in nums, None in nums)
words = ["a", "é", "bc", S("s")]
print("a" in words, "é" in words, "b" in words, "s" in words, 5 in words)
nan = float("nan")
print(nan in [nan], float("nan") in [nan], 1.0 in [1], 1 in [1.0], True in [1], 1 in [True], 0 in [False])

class Eq:
    calls = 0
    def __eq__(self, other):
        Eq.calls += 1
        return other == "x" or other == 7
    __hash__ = object.__hash__
mixed = ["a", Eq(), "b"]
print("x" in mixed, "b" in mixed, 7 in mixed, 8 in mixed, Eq.calls)

class Shrink:
    def __init__(self, lst):
        self.lst = lst
    def __eq__(self, other):
        self.lst.clear()
        return False
lst = []
lst.extend([Shrink(lst), "q", "r"])
print("r" in lst, len(lst))
print("a" in [("a",)], ("a",) in [("a",)], [1] in [[1]], 1 in [[1]])
