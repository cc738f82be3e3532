# String comparisons on the dispatch loop's fast path: equality, identity
# shortcuts, ordering by code point (non-ASCII too), compare-and-branch,
# and mixed types falling back to the generic path.
words = ["b", "a", "ab", "", "é", "z", "Z", "ä", "a" * 3, "ab"]
for x in words:
    row = []
    for y in words:
        row.append("%d%d%d%d%d%d" % (x < y, x <= y, x == y, x != y, x > y, x >= y))
    print(x or "''", " ".join(row))
s = "hello"
t = "hel" + "lo"
print(s == t, s is s, s != t, s == s)
n = 0
for c in 'a"b\\\\c"d':
    if c == '"':
        n += 1
    elif c != "\\\\":
        n += 10
print(n)
print("a" == 1, "a" != None, [c for c in "abc" if c >= "b"])
try:
    "a" < 1
except TypeError as e:
    print("TypeError", e)
print(sorted(["é", "e", "f", "E"]), max("abc", "abd"), "\U0001f600" > "\uffff")
