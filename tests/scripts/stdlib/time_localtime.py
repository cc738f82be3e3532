# Local time under zones set from the script (TZ + tzset), as POSIX rule
# strings so no zone files are needed: time's conversions and constants, and
# datetime's local-time functions, around DST changes.
import os
import time
from datetime import datetime, date, timezone, timedelta


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


ZONES = [
    "UTC0",
    "EST+05EDT,M3.2.0,M11.1.0",      # US Eastern: 2024-03-10 and 2024-11-03
    "AEST-10AEDT,M10.1.0,M4.1.0/3",  # DST in the southern summer
    "IST-05:30",                      # a half-hour offset, no DST
    "<+0330>-03:30",                  # a numeric zone name
]
# Instants around the 2024 US changes, the epoch, and far away.
STAMPS = [0, -1, 10**9, 1710054000 - 1, 1710054000, 1710057600, 1730610000,
          1730613599, 1730613600, 1730617200, 1712415600, 1728144000, -2**31, 2**31,
          10**11, -10**10, 1699999999.75, -1.5]
WALLS = [(2024, 3, 10, 2, 30), (2024, 3, 10, 1, 59), (2024, 3, 10, 3, 0),
         (2024, 11, 3, 1, 30), (2024, 11, 3, 0, 59), (2024, 11, 3, 2, 0),
         (2024, 7, 1, 12, 0), (2024, 1, 1, 0, 0), (1970, 1, 1, 0, 0),
         (2024, 4, 7, 2, 30), (2024, 10, 6, 2, 15)]

saved = os.environ.get("TZ")
for zone in ZONES:
    os.environ["TZ"] = zone
    time.tzset()
    print("==", zone, time.timezone, time.altzone, time.daylight, time.tzname)
    for secs in STAMPS:
        lt = time.localtime(secs)
        print(secs, lt, lt.tm_zone, lt.tm_gmtoff)
        print("  ", time.ctime(secs), "|", time.strftime("%c %Z %z %s", lt), "|",
              time.mktime(lt))
        show("   fromtimestamp", lambda: datetime.fromtimestamp(secs))
        show("   date", lambda: date.fromtimestamp(secs))
        show("   astimezone", lambda: datetime.fromtimestamp(secs, timezone.utc).astimezone())
        show("   round trip", lambda: datetime.fromtimestamp(secs).timestamp())
    for wall in WALLS:
        for fold in (0, 1):
            dt = datetime(*wall, fold=fold)
            print(wall, fold, dt.timestamp(), dt.astimezone(),
                  dt.astimezone(timezone.utc), time.mktime(dt.timetuple()),
                  dt.strftime("%Y-%m-%d %H:%M %z|%Z|%s"))
    for isdst in (-1, 0, 1):
        t = (2024, 11, 3, 1, 30, 0, 6, 308, isdst)
        print("mktime", isdst, time.mktime(t), repr(time.strftime("%Z|%z|%s", t)))
    print("gap", time.mktime((2024, 3, 10, 2, 30, 0, 6, 70, -1)))
    show("strptime own name", lambda: time.strptime(time.tzname[0], "%Z"))
    show("strptime dst name", lambda: time.strptime(time.tzname[1], "%Z"))
    show("aware astimezone", lambda: datetime(2024, 6, 1, 12, tzinfo=timezone(
        timedelta(hours=5))).astimezone())
    show("min timestamp", lambda: datetime(1, 1, 1).timestamp())
    show("max timestamp", lambda: datetime(9999, 12, 31, 23, 59, 59, 999999).timestamp())
    show("far local", lambda: time.localtime(2**60))

if saved is None:
    del os.environ["TZ"]
else:
    os.environ["TZ"] = saved
time.tzset()
now = datetime.now()
print(type(now), now.fold in (0, 1), type(date.today()), type(datetime.now().astimezone().tzinfo))
