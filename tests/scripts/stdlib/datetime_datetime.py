from datetime import datetime, date, time, timedelta, timezone, tzinfo, UTC

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

dt = datetime(2024, 1, 31, 12, 0, tzinfo=timezone.utc)
print(repr(dt), dt, dt.isoformat(), dt.isoformat(" ", "minutes"), dt.timestamp())
n = datetime(2024, 1, 31, 12, 30, 5, 250)
print(repr(n), n, n.isoformat(timespec="milliseconds"), n.date(), n.time(), repr(n.timetz()))
print(isinstance(n, date), n.weekday(), n.toordinal(), n.ctime(), n.isocalendar())
show(lambda: n.isoformat(timespec="days"))
show(lambda: datetime(2024, 1, 1, 24))
show(lambda: datetime(2024, 1, 1, tzinfo=5))
show(lambda: datetime(2024, 1, 1, fold=2))
print(n + timedelta(days=1, hours=12), n - timedelta(microseconds=251), n - datetime(2024, 1, 1))
print(dt - datetime(2024, 1, 31, 17, 30, tzinfo=timezone(timedelta(hours=5, minutes=30))))
show(lambda: n - dt)
show(lambda: n < dt)
print(n == dt, n != dt, dt == datetime(2024, 1, 31, 7, tzinfo=timezone(-timedelta(hours=5))))
show(lambda: datetime.max + timedelta(1))
print(datetime(2024, 1, 1) == date(2024, 1, 1), date(2024, 1, 1) == datetime(2024, 1, 1))
show(lambda: datetime(2024, 1, 1) < date(2024, 1, 2))
show(lambda: date(2024, 1, 1) < datetime(2024, 1, 2))
print(datetime.combine(date(2024, 2, 29), time(1, 2, 3)), repr(datetime.combine(date(2024, 2, 29), time(1, tzinfo=UTC))))
for ts in [0, 1.5, -1.5, 1e9 + 0.0000005, 1706702400, 0.9999996]:
    print(ts, repr(datetime.utcfromtimestamp(ts)), repr(datetime.fromtimestamp(ts, timezone.utc)))
print(repr(datetime.fromtimestamp(0, timezone(timedelta(hours=-8)))))
ist = timezone(timedelta(hours=5, minutes=30))
print(dt.astimezone(ist), repr(dt.astimezone(ist)), dt.astimezone(ist) == dt, dt.astimezone(UTC) is dt)
print(dt.utcoffset(), dt.tzname(), dt.dst(), n.utcoffset(), n.tzname(), dt.replace(tzinfo=None))
print(repr(n.replace(hour=1, microsecond=0, fold=1)), repr(datetime.min), repr(datetime.max))
print(repr(timezone.utc), timezone.utc, repr(ist), ist, repr(timezone(timedelta(hours=-3), "BRT")), timezone(timedelta(0)) is timezone.utc)
print(timezone(timedelta(seconds=-3661, microseconds=5)), repr(timezone.min), repr(timezone.max), UTC is timezone.utc)
show(lambda: timezone(timedelta(hours=24)))
show(lambda: timezone(5))
show(lambda: timezone(timedelta(0), 3))
print(ist == timezone(timedelta(minutes=330), "IST"), hash(ist) == hash(timezone(timedelta(minutes=330))))

class Fixed(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=2)
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return "FIX"

f = datetime(2024, 6, 1, 10, tzinfo=Fixed())
print(f, f.tzname(), f.astimezone(UTC), dt.astimezone(Fixed()).hour, f.strftime("%H:%M %z %Z"))
show(lambda: tzinfo().utcoffset(None))
for s in ["2024-01-31T12:00:00", "2024-01-31 12:00", "2024-01-31T12:00:00Z", "2024-01-31T12:00:00.5+05:30",
          "20240131T120000,123456-0800", "2024-01-31T12", "2024-W05-3T08:15", "2024-01-31", "2024-01-31T12:00:00+00:00",
          "2024-01-31T25:00", "2024-01-31T12:0", "2024-01-31X12:00", "2024-01-31T12:00:00+1"]:
    show(lambda: datetime.fromisoformat(s))
for s in ["12:30", "T12:30:15.25", "123015", "12:30:15Z", "12:30+01:00", "12", "1", "12:3x"]:
    show(lambda: time.fromisoformat(s))
t = time(9, 5, 1, 2000, tzinfo=ist)
print(repr(t), t, t.isoformat("hours"), t.isoformat("seconds"), t.utcoffset(), repr(time()), repr(time(1, 2, 3, fold=1)))
print(t.strftime("%I:%M %p %z"), t.replace(hour=23, tzinfo=None), time(1) < time(2), time(12, tzinfo=ist) == time(6, 30, tzinfo=UTC), bool(time()))
show(lambda: time(1) < time(1, tzinfo=UTC))
show(lambda: time(24))
print(time(1) == time(1, tzinfo=UTC), repr(time.max), repr(time.min))
print(type(datetime.now()) is datetime, datetime.now(UTC).tzinfo is UTC, datetime.utcnow().tzinfo, type(datetime.today()))
a = datetime.now(); b = datetime.now()
print(a <= b, datetime(2024, 1, 1).timestamp(), datetime(2024, 1, 1, tzinfo=ist).timestamp())
print(hash(dt) == hash(datetime(2024, 1, 31, 17, 30, tzinfo=ist)), len({dt, dt.astimezone(ist)}))
