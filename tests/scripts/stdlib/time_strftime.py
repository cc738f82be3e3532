# time.strftime over explicit tuples: every directive, glibc's flags, widths
# and modifiers, zones from struct_time, and the argument errors. (%s and a
# tuple's %Z read the host's zone: time_localtime.py covers them.)
import string
import time


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


samples = [
    (2024, 3, 5, 14, 7, 9, 1, 65, 0),
    (5, 1, 1, 0, 0, 0, 0, 1, -1),
    (-45, 12, 31, 23, 59, 60, 6, 366, 1),
    (12345, 7, 4, 12, 30, 0, 3, 186, 0),
    (2020, 12, 31, 0, 0, 0, 3, 366, 0),
    (2021, 1, 3, 11, 59, 59, 6, 3, 0),
    (1999, 12, 27, 12, 0, 0, 0, 361, 0),
]
for t in samples:
    print(t)
    for c in string.ascii_letters.replace("s", "").replace("Z", "") + "%+":
        print("  %" + c, repr(time.strftime("%" + c, t)))

# Flags (_ - 0 ^ #), widths and E/O modifiers.
t = samples[0]
neg = samples[2]
small = (1970, 1, 1, 0, 0, 5, 3, 1, 0)
for spec in ["Y", "C", "y", "G", "g", "d", "e", "H", "k", "I", "l", "j", "a", "B", "p",
             "P", "z", "c", "F", "n", "%"]:
    line = []
    for flags in ["", "0", "_", "-", "^", "#", "0_", "_0", "-0", "^#"]:
        for width in ["", "1", "3", "6"]:
            f = "%" + flags + width + spec
            line.append("%s=%r/%r/%r" % (f, time.strftime(f, t), time.strftime(f, neg),
                                        time.strftime(f, small)))
    print(" ".join(line))
for f in ["%Ey", "%EY", "%Ec", "%EC", "%Ex", "%EX", "%Ed", "%Od", "%OH", "%OY", "%Ob",
          "%Eb", "%#Eb", "%^Ea", "%Oa", "%OB", "%Op", "%Oz", "%E%", "%5Ey", "%E5y",
          "%_Ey", "%E_y", "%5", "a%5", "%_", "%0", "%E", "%O", "%5E", "%^", "%-", "abc%",
          "%Q", "%5Q", "%^q", "%05Q", "%^é", "%é", "%:z", "%+Y", "%12F", "%^12c", "%030c",
          "%-5n", "%05t", "%6%", "%10D", "%^r", "%#c", "%^#p"]:
    print(f, repr(time.strftime(f, t)))
print(repr(time.strftime("héllo %Y ✓ %% %d", t)), repr(time.strftime("", t)))
print(len(time.strftime("%1000Y", t)), repr(time.strftime("%99999999999999999999Y", t)))
print(repr(time.strftime("%2147483647Y", t)), len(time.strftime("%2000Y%2000Y", t)))

# %z and %Z come from a struct_time's zone fields; a plain tuple has none.
print(repr(time.strftime("%z|%Z", time.gmtime(0))))
print(repr(time.strftime("%z|%Z", time.struct_time(t, {"tm_zone": "ABC", "tm_gmtoff": 3600}))))
zoned = time.struct_time(t[:8] + (0, "XYZ", -5400))
print(repr(time.strftime("%z|%Z|%8z|%_8z|%-8z|%^Z|%#Z|%8Z|%05z|%-z|%_z", zoned)))
print(repr(time.strftime("%OZ|%5Z|%05Z|%-Z|%1Z|%_5Z|%EZ", zoned)))
for offset in [-30, 45296, 19800, -19800, 2**40, 86399]:
    print(offset, repr(time.strftime("%z", time.struct_time(t[:8] + (0, None, offset)))))
for isdst in [-5, -1, 0, 1, 2]:
    print(isdst, repr(time.strftime("%z|", t[:8] + (isdst,))))
print(repr(time.strftime("%z|%Z", time.struct_time(t[:8] + (-1, "ABC", 3600)))))
print(repr(time.strftime("%Z", time.struct_time(t + ("a\0b", 0)))))
show("zone type", lambda: time.strftime("%Z", time.struct_time(t + (5, 0))))
show("zone bytes", lambda: time.strftime("%Z", time.struct_time(t + (b"x", 0))))
show("gmtoff str", lambda: time.strftime("%z", time.struct_time(t + (None, "x"))))
show("gmtoff float", lambda: time.strftime("%z", time.struct_time(t + (None, 1.5))))
show("gmtoff big", lambda: time.strftime("%z", time.struct_time(t + (None, 2**64))))

# Zero month/day/yday mean their first value; other fields are range checked.
for i, values in [(1, (0, -1, 13)), (2, (0, 32)), (3, (24,)), (4, (60,)), (5, (61, 62)),
                  (6, (-2, -1, 7, 13)), (7, (0, -1, 367))]:
    for v in values:
        u = list(t)
        u[i] = v
        show(("fields", i, v), lambda: time.strftime("%m %d %H %M %S %a %j", tuple(u)))

# Arguments.
show("no args", lambda: time.strftime())
show("int format", lambda: time.strftime(5))
show("bytes format", lambda: time.strftime(b"%Y", t))
show("3 args", lambda: time.strftime("%Y", t, 1))
show("keyword", lambda: time.strftime(format="%Y"))
show("null", lambda: time.strftime("a\0b", t))
show("None tuple", lambda: time.strftime("%Y", None))
show("list tuple", lambda: time.strftime("%Y", list(t)))
show("short tuple", lambda: time.strftime("%Y", t[:8]))
show("float field", lambda: time.strftime("%Y", (2024.0,) + t[1:]))
show("year range", lambda: time.strftime("%Y", (-2**31,) + t[1:]))
print(time.strftime("%Y %C %y %G %g %F", (2**31 - 1,) + t[1:8] + (0,)))
print(time.strftime("%Y", (-2**31 + 1900,) + t[1:8] + (0,)))
print(type(time.strftime("%Y")), time.strftime("%Y") >= "2024")
