# Char access on mixed ASCII/non-ASCII text: iteration, indexing (ASCII
# chars of mixed text are their bytes), and `in` with one-byte needles.
texts = ["", "a", "é", "aé", "éa", "s\"tr\\ing\n\té\x01", "日本語abc", "a\U0001F600b", "\x7f\x80"]
for t in texts:
    chars = [c for c in t]
    print(repr(t), len(t), chars, [t[i] for i in range(len(t))], [t[-i] for i in range(1, len(t) + 1)])
    print("  ", [ord(c) for c in t], [c in " \t\n\r" for c in t], [c in t for c in "a\né"],
          "" in t, "ab" in t, "\x01" in t, "\x7f" in t)
    it = iter(t)
    print("  ", next(it, None), list(it), list(it))
s = "x\u00e9" * 50 + "tail"
print(s[100], s[101], s[-1], s[99], s[1], sum(1 for c in s if c == "x"), s.count("x"))
for bad in [lambda: "é"[1], lambda: "aé"[-3], lambda: 1 in "a", lambda: None in "é"]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
