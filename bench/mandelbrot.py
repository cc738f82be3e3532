# Float arithmetic: Mandelbrot set escape-time iteration on a grid.
SIZE = 480
MAX_ITER = 120


def escape(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    i = 0
    while i < limit:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        i += 1
    return limit


def render(size, limit):
    rows = []
    inside = 0
    total = 0
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        row = []
        for x in range(size):
            cr = 3.0 * x / size - 2.0
            k = escape(cr, ci, limit)
            total += k
            if k == limit:
                inside += 1
                row.append("#")
            else:
                row.append(" .:-=+*%@"[k % 9])
        rows.append("".join(row))
    return rows, inside, total


rows, inside, total = render(SIZE, MAX_ITER)
h = 0
for r in rows:
    for ch in r:
        h = (h * 131 + ord(ch)) % 1000000007
print("inside", inside)
print("iterations", total)
print("checksum", h)
