# time.struct_time and the functions that make and read it: gmtime, asctime,
# mktime/localtime invariants (local output itself depends on the host zone).
import time


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


st = time.gmtime(0)
print(st)
print(type(st), type(st).__name__, type(st).__module__, isinstance(st, tuple))
print(len(st), list(st), st[0], st[-1], st[2:5], st.tm_zone, st.tm_gmtoff)
print(st.n_fields, st.n_sequence_fields, st.n_unnamed_fields)
print(st == (1970, 1, 1, 0, 0, 0, 3, 1, 0), hash(st) == hash(tuple(st)), st < (1971,))
print(st + (1,), type(st + (1,)), st.count(0), st.index(1))
year, mon, *rest = st
print(year, mon, rest)
show("index past", lambda: st[9])
show("set field", lambda: setattr(st, "tm_year", 5))
show("del field", lambda: delattr(st, "tm_year"))
show("reduce", lambda: st.__reduce__())

# Construction from sequences, with the hidden fields from the rest or a dict.
print(time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0)))
print(time.struct_time([2024, 1, 2, 3, 4, 5, 1, 2, 0]))
print(time.struct_time(range(9)))
print(time.struct_time(x * 2 for x in range(9)))
print(time.struct_time("abcdefghi"))
full = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0, "XYZ", 3600))
print(full, full.tm_zone, full.tm_gmtoff, len(full))
ten = time.struct_time((1,) * 10)
print(ten.tm_zone, ten.tm_gmtoff)
named = time.struct_time((1,) * 9, {"tm_zone": "ABC", "tm_gmtoff": -60, "other": 1})
print(named.tm_zone, named.tm_gmtoff)
print(time.struct_time(sequence=(1,) * 9), time.struct_time((1,) * 9, dict={}).tm_zone)
show("short", lambda: time.struct_time((1, 2, 3)))
show("long", lambda: time.struct_time((1,) * 12))
show("not a sequence", lambda: time.struct_time(5))
show("bad dict", lambda: time.struct_time((1,) * 9, 5))
show("no args", lambda: time.struct_time())

# gmtime: floats round down, far years, and the range errors.
for secs in [0, -1, 1.999, -0.5, -1.5, True, 86400 * 365, 1709647629, 2**31, -2**31 - 1,
             10**10, -10**10, 253402300799, 253402300800, -62135596800, -62135596801,
             2**55, 67767976233532799, -67768040609740800]:
    show(("gmtime", secs), lambda: time.gmtime(secs))
for secs in [2**60, -2**60, 2**63, -2**63 - 1, 1e18, 1e19, 2.0**63, float("nan"),
             float("inf"), -float("inf"), "1", 1j, [1], -67768040609740801]:
    show(("gmtime", secs), lambda: time.gmtime(secs))


class Index:
    def __index__(self):
        return 86400


class Real:
    def __float__(self):
        return 1.5


show("gmtime index", lambda: time.gmtime(Index()))
show("gmtime float-like", lambda: time.gmtime(Real()))
show("gmtime 2 args", lambda: time.gmtime(1, 2))
show("gmtime keyword", lambda: time.gmtime(secs=1))
print(type(time.gmtime()), type(time.gmtime(None)), time.gmtime(None).tm_year >= 2024)

# asctime over tuples, with CPython's zero bumps and range checks.
base = (2024, 3, 5, 14, 7, 9, 1, 65, 0)


def with_field(i, v):
    t = list(base)
    t[i] = v
    return tuple(t)


print(time.asctime(base), time.asctime(time.gmtime(1e9)))
print(time.asctime((5, 1, 1, 0, 0, 0, 0, 1, 0)), time.asctime((-45, 12, 31, 23, 59, 61, 6, 366, 1)))
for i, values in enumerate([(), (-1, 0, 12, 13), (-1, 0, 31, 32), (-1, 23, 24), (-1, 59, 60),
                            (-1, 61, 62), (-2, -1, 6, 7, 100), (-1, 0, 366, 367), (-5, 5)]):
    for v in values:
        show(("asctime", i, v), lambda: time.asctime(with_field(i, v)))
for bad in [list(base), "abc", 5, base[:8], base + (0,), with_field(0, 2024.0),
            with_field(1, "x"), with_field(0, 2**31), with_field(0, -2**31 - 1),
            with_field(0, 2**70), with_field(0, -2**31), None]:
    show(("asctime bad", bad), lambda: time.asctime(bad))
show("asctime zone type", lambda: time.asctime(time.struct_time(base + (5, 0))))
show("asctime 2 args", lambda: time.asctime(base, 1))
show("asctime keyword", lambda: time.asctime(t=base))
print(type(time.asctime()), len(time.asctime()))

# mktime and localtime agree with each other whatever the zone.
for secs in [0, 86399, 10**9, 1709647629, 1720000000, -86400 * 365]:
    lt = time.localtime(secs)
    print(secs, time.mktime(lt) == secs, lt.tm_gmtoff == lt.tm_gmtoff // 60 * 60,
          1 <= lt.tm_mon <= 12, 0 <= lt.tm_wday <= 6, lt.tm_isdst in (0, 1),
          isinstance(lt.tm_zone, str), time.ctime(secs) == time.asctime(lt))
show("mktime float", lambda: type(time.mktime(time.localtime())))
show("mktime list", lambda: time.mktime(list(base)))
show("mktime short", lambda: time.mktime(base[:8]))
show("mktime year", lambda: time.mktime(with_field(0, -2**31)))
show("mktime no args", lambda: time.mktime())
show("mktime 2 args", lambda: time.mktime(1, 2))
show("localtime nan", lambda: time.localtime(float("nan")))
show("localtime far", lambda: time.localtime(2**60))
show("localtime str", lambda: time.localtime("x"))
show("ctime far", lambda: time.ctime(2**60))
show("ctime 2 args", lambda: time.ctime(1, 2))
show("tzset arg", lambda: time.tzset(1))
print(type(time.timezone), type(time.altzone), time.daylight in (0, 1), len(time.tzname))
print(time._STRUCT_TM_ITEMS)
