# datetime's struct_time views and its strftime, which fills %f, %z and %Z
# from the object and leaves the rest to time.strftime.
from datetime import date, datetime, time, timedelta, timezone, tzinfo


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Summer(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=2)

    def dst(self, dt):
        return timedelta(hours=1)

    def tzname(self, dt):
        return "S%T"


class NoDst(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-3, seconds=-30)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return None


class Broken(tzinfo):
    def utcoffset(self, dt):
        raise RuntimeError("no offset")

    def dst(self, dt):
        return None

    def tzname(self, dt):
        return "B"


print(date(2024, 3, 5).timetuple(), date(2024, 12, 31).timetuple().tm_yday)
print(datetime(2024, 3, 5, 1, 2, 3).timetuple())
print(datetime(2024, 3, 5, 1, 2, 3, tzinfo=timezone.utc).timetuple().tm_isdst)
print(datetime(2024, 3, 5, 1, 2, 3, tzinfo=Summer()).timetuple().tm_isdst,
      datetime(2024, 3, 5, 1, 2, 3, tzinfo=NoDst()).timetuple().tm_isdst)
print(datetime(2024, 3, 5, 1, 2, 3, tzinfo=timezone(timedelta(hours=2))).utctimetuple())
print(datetime(2024, 1, 1, 1, tzinfo=Summer()).utctimetuple())
print(datetime(2024, 3, 5, 1, 2, 3).utctimetuple())
print(type(date(2024, 1, 1).timetuple()).__name__, date(2024, 1, 1).timetuple().tm_zone)

fmt = "%Y-%m-%d %H:%M:%S.%f %z|%Z|%-z|%a %j %U %W %G %V %u|%%f %% %"
print(repr(date(2024, 3, 5).strftime(fmt)))
print(repr(datetime(2024, 3, 5, 14, 7, 9, 123).strftime(fmt)))
print(repr(datetime(2024, 3, 5, 14, 7, 9, 5, tzinfo=Summer()).strftime(fmt)))
print(repr(datetime(2024, 3, 5, tzinfo=NoDst()).strftime(fmt)))
print(repr(datetime(2024, 3, 5, tzinfo=timezone(timedelta(hours=5, microseconds=7))).strftime("%z")))
print(repr(time(1, 2, 3, 4).strftime("%Y %j %a %f %H:%M:%S %p %z %Z %c")))
print(repr(time(1, 2, 3, tzinfo=timezone(timedelta(hours=-1), "X%")).strftime("%z %Z")))
print(repr(datetime(5, 1, 1).strftime("%Y|%4Y|%C|%y|%F|%c|%x|%X|%D")))
print(repr(datetime(2024, 3, 5).strftime("%Y\0%m")), repr(datetime(2024, 3, 5).strftime("")))
print(repr(datetime(2024, 3, 5).strftime("%^a %#B %-d %_m %5Y %E %Q")))
print(format(datetime(2024, 3, 5, 6), "%d/%m/%y %I%p"), f"{date(2024, 3, 5):%A %e %B}")
print(datetime(2024, 3, 5, 6, tzinfo=Broken()).strftime("%Y %Z"))
show("broken %z", lambda: datetime(2024, 3, 5, 6, tzinfo=Broken()).strftime("%z"))
show("int format", lambda: datetime(2024, 3, 5).strftime(5))
show("date int format", lambda: date(2024, 3, 5).strftime(b"%Y"))
print(date(5, 1, 1).ctime(), datetime(2024, 3, 5, 14, 7, 9).ctime())
