# str.title(): short and long ASCII text (letters after digits, quotes and
# underscores), non-ASCII text, and the error for an argument.
cases = ["", "a", "RED", "green", "bLUE cYAN", "hello world", "they're bill's",
         "x1y2 3z", "a_b-c.d", "ABC123DEF", "  lead  trail  ", "\tTab\nNew",
         "item0042", "o'NEIL mcDonald", "z" * 31 + "Q", "w" * 32, "abc def " * 9,
         "\u00e9cole \u00c9T\u00c9", "\u01c6ungla", "stra\u00dfe",
         "\u0130stanbul"]
for c in cases:
    t = c.title()
    print(repr(t), t.istitle(), len(t), t == c.title())
for bad in ((1,), ("x", "y")):
    try:
        "abc".title(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    str.title(5)
except TypeError as e:
    print("TypeError", e)
print(str.title("mIXED case"), list(map(str.title, ["ab", "CD"])))
