# One method-call site sees receivers of many types in turn: each call must
# reach the method of its own receiver's type (the site remembers one).


class MyList(list):
    def copy(self):
        return "MyList.copy"


class Plain:
    def copy(self):
        return "Plain.copy"


receivers = [[1, 2], {"a": 1}, {3}, frozenset([4]), MyList([5]), Plain(), bytearray(b"xy"), [6]]
for _ in range(3):
    for r in receivers:
        print(type(r).__name__, r.copy())

# The same site over str, bytes and a class with a same-named method.
class Upper:
    def upper(self):
        return "Upper.upper"


for r in ["abc", b"abc", Upper(), "xyz", b"q"]:
    print(repr(r.upper()))

# A receiver without the method raises at the site that hit before.
for r in [[1], [2], (3,)]:
    try:
        r.append(0)
        print("appended", r)
    except AttributeError as e:
        print("AttributeError:", e)

# int, float and bool methods share the site with str.
for r in [7, 2.5, True, "s", 10**30]:
    try:
        print(type(r).__name__, r.bit_length())
    except AttributeError as e:
        print("AttributeError:", e)
