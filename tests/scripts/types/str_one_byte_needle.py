# count/replace with a one-byte ASCII needle (byte scans) next to longer and
# non-ASCII needles; format specs parsed from ASCII bytes or from chars.
texts = ["", "a", "a,b,,c,", "héllo, wörld, é", "ü" * 5, ",,,", "x" * 40 + ",", "€,€"]
for t in texts:
    print(repr(t), t.count(","), t.count("é"), t.count(",,"), t.count("l"), t.count("€"),
          t.count(",", 1), t.count(",", 0, 3))
    r = t.replace(",", ", ")
    print("  ", repr(r), len(r), r.isascii(), repr(t.replace(",", "")), repr(t.replace(",", "é")),
          repr(t.replace("é", ",")), repr(t.replace(",", ";", 1)), t.replace("q", "z") is t)
for bad in [lambda: "a".count(1), lambda: "a".replace(",", 2), lambda: "a".replace(1, "b")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
for spec in ["", "5", ">5", "é^7", "*<4", "0>6", "+08.2f", "€=+9.1f", "_^11", ",", " 10.3e",
             "#x", "z.1f", "09,.2f"]:
    for v in [3.14159, -2.5, 1234567.891]:
        try:
            print(repr(spec), repr(format(v, spec)), end=" ")
        except ValueError as e:
            print(repr(spec), "ValueError:", e, end=" ")
    print()
for spec in ["é", "éé<5", "10é", ".é", "5.2é", "<é"]:
    for v in [1.5, 7, "s"]:
        try:
            print(repr(format(v, spec)), end=" ")
        except ValueError as e:
            print("ValueError:", e, end=" | ")
    print()
