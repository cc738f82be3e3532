# Strings: building text with f-strings, join, split, replace, slicing,
# str methods and formatting specs, then parsing it back.
ROWS = 60_000
ROUNDS = 6


def make_rows(n, start):
    out = []
    for i in range(start, start + n):
        name = f"item{i % 977:04d}"
        price = (i * 37 % 10000) / 100
        qty = i * 7 % 50
        tag = ("red", "green", "blue", "cyan")[i % 4]
        out.append(f"{i},{name},{price:.2f},{qty},{tag.upper()}")
    return "\n".join(out)


def parse_rows(csv):
    total = 0.0
    qty = 0
    tags = {}
    names = []
    for line in csv.split("\n"):
        parts = line.split(",")
        total += float(parts[2]) * int(parts[3])
        qty += int(parts[3])
        tag = parts[4].lower()
        tags[tag] = tags.get(tag, 0) + 1
        if parts[1].endswith("7"):
            names.append(parts[1][4:].lstrip("0") or "0")
    return total, qty, tags, names


def report(total, qty, tags, names):
    lines = [f"{'total':<10}|{total:>16.2f}", f"{'qty':<10}|{qty:>16d}"]
    for tag in sorted(tags):
        lines.append(f"{tag:<10}|{tags[tag]:>16,}")
    lines.append("names:" + "-".join(names[:20]))
    return "\n".join(lines)


def transform(text):
    words = text.replace("\n", " ").replace(",", " ").split()
    pieces = []
    for w in words:
        if w.isdigit():
            pieces.append(str(int(w) * 2))
        elif w.isupper():
            pieces.append(w.title())
        else:
            pieces.append(w[::-1])
    joined = " ".join(pieces)
    return joined.count("e"), joined.find("Blue"), len(joined)


h = 0
for rnd in range(ROUNDS):
    csv = make_rows(ROWS, rnd * 1000)
    total, qty, tags, names = parse_rows(csv)
    rep = report(total, qty, tags, names)
    t = transform(csv)
    if rnd == 0:
        print(rep)
    print("round", rnd, "transform", t, "total", f"{total:.2f}")
    for ch in rep:
        h = (h * 131 + ord(ch)) % 1000000007
    h = (h + t[0] + t[1] + t[2]) % 1000000007
print("checksum", h)
