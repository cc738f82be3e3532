# %-formatting of machine ints and plain strs (written straight into the
# result) against the general path: flags, width, precision, radix, signs,
# non-ASCII templates, mapping keys and the error messages.
vals = [0, 7, -7, 255, -255, 2 ** 63 - 1, -(2 ** 63), 10 ** 15, True, 2 ** 70, -2 ** 70]
specs = ["%d", "%i", "%u", "%x", "%X", "%o", "%5d", "%-5d|", "%05d", "%+d", "% d",
         "%#x", "%#X", "%#o", "%.3d", "%8.3x", "%-8.3o|", "%+08d", "%- 6d|", "%+#010x",
         "%0-6d|", "%ld", "%hd", "%*d", "%.*x", "%3.0d"]
for spec in specs:
    row = []
    for v in vals:
        try:
            if "*" in spec:
                row.append(spec % (6, v))
            else:
                row.append(spec % v)
        except (TypeError, ValueError, OverflowError) as e:
            row.append(type(e).__name__)
    print(spec, row)
print("\\u%04x" % 9, "\\u%04x" % 0x1f, "key%d" % 12, "plain text value %d" % 76)
print("é%dü%sß" % (5, "ñ"), "%s€%s" % ("", ""), "%%%d%%" % -3)
print("%s|%5s|%-5s|%.1s" % ("héllo", "é", "é", "éa"))
print("%(a)d-%(b)x-%(a)05d" % {"a": 42, "b": 255})
print("%d items at %.2f" % (3, 2.675), "%s" % "", "" % (), "x" % ())
print("%d" % 3.99, "%x" % True, "%d %s" % (False, 0))
for fmt, args in [("%d", "s"), ("%x", 1.5), ("%d %d", (1,)), ("%d", (1, 2)),
                  ("é%y", 1), ("ab%é", 1), ("ab%\x01", 1), ("%~", 1), ("%", 1), ("abc%5", 1), ("%(k)d", 1),
                  ("%(k", {"k": 1}), ("%(z)d", {"k": 1}), ("%*d", ("a", 1)),
                  ("%c", -1), ("%.*d", (None, 1))]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(fmt, type(e).__name__ + ":", e)
