import datetime
from datetime import date, timedelta

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = date(2024, 1, 31)
print(repr(d), d, d.isoformat(), d.year, d.month, d.day)
print(d.weekday(), d.isoweekday(), d.toordinal(), d.ctime())
print(d.isocalendar(), d.isocalendar().week, tuple(d.isocalendar()))
for y, m, dd in [(2020, 12, 31), (2021, 1, 3), (2026, 1, 1), (2008, 12, 29), (1, 1, 1), (9999, 12, 31)]:
    x = date(y, m, dd)
    print(x, x.isocalendar(), date.fromisocalendar(*x.isocalendar()) == x, date.fromordinal(x.toordinal()))
show(lambda: date(2024, 13, 1))
show(lambda: date(2023, 2, 29))
show(lambda: date(0, 1, 1))
show(lambda: date(10000, 1, 1))
show(lambda: date(2024.0, 1, 1))
show(lambda: date.fromordinal(0))
show(lambda: date.fromisocalendar(2021, 53, 1))
show(lambda: date.fromisocalendar(2020, 53, 1))
show(lambda: date.fromisocalendar(2020, 5, 8))
for s in ["2024-01-31", "20240131", "2024-W05-3", "2024W053", "2024-W05", "2024W05",
          "2024-1-31", "2024-01-31T00", "2024-02-30", "", "2024/01/31"]:
    show(lambda: date.fromisoformat(s))
show(lambda: date.fromisoformat(20240131))
print(date.fromtimestamp(0), date.fromtimestamp(86399.9), date.fromtimestamp(-1))
print(d + timedelta(days=30), timedelta(1) + d, d - timedelta(days=31), d - date(2023, 1, 31))
print(d + timedelta(hours=47), d - timedelta(hours=1))
show(lambda: date.max + timedelta(1))
show(lambda: date.min - timedelta(1))
print(d.replace(day=1), d.replace(year=2025, month=2, day=28))
show(lambda: d.replace(month=2))
print(d < date(2024, 2, 1), d == date(2024, 1, 31), d != d, d >= d, d == "2024-01-31")
print(hash(d) == hash(date(2024, 1, 31)), sorted([d, date.min, date(2000, 1, 1)]))
print(repr(date.min), repr(date.max), repr(date.resolution))
print(d.strftime("%Y/%m/%d %a %A %b %B %j %U %W %w %y %H:%M:%S %%"), format(d, "%d.%m"), f"{d}", f"{d:%A}")
print(type(date.today()) is date, date.today() <= date.today())
print(datetime.MINYEAR, datetime.MAXYEAR)
