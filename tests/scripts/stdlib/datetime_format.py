from datetime import datetime, date, time, timezone, timedelta

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

x = datetime(2024, 3, 7, 13, 4, 5, 120, tzinfo=timezone(timedelta(hours=-5)))
for f in ["%Y-%m-%d %H:%M:%S.%f", "%a %A %b %B %h", "%I %p %w %j %U %W", "%y %C %G %V %u",
          "%c | %x | %X", "%D %T %R %F %r", "%e|%k|%l|%-d|%-m", "%z %Z %%", "%Q %", "%E"]:
    print(repr(f), repr(x.strftime(f)))
for d in [datetime(5, 1, 1), datetime(2023, 1, 1), datetime(2024, 12, 31, 0), datetime(2021, 1, 3, 23)]:
    print(d.strftime("%Y %G %V %U %W %j %I%p %c"))
print(format(x, "%H:%M"), f"{x:%d/%m/%Y}", f"{x}", format(time(7, 8), "%H.%M"), datetime(2024, 1, 1, 0).strftime("%I %p"))
show(lambda: x.strftime(5))
tests = [
    ("2024-01-31 12:30:05", "%Y-%m-%d %H:%M:%S"),
    ("31/01/24", "%d/%m/%y"),
    ("1/2/69", "%d/%m/%y"),
    ("Wed, 31 Jan 2024 07:05:00 PM", "%a, %d %b %Y %I:%M:%S %p"),
    ("wednesday january 31 2024", "%A %B %d %Y"),
    ("2024-031", "%Y-%j"),
    ("12:30:05.25", "%H:%M:%S.%f"),
    ("2024-01-31T12:00:00+0530", "%Y-%m-%dT%H:%M:%S%z"),
    ("2024-01-31 12:00 -08:00", "%Y-%m-%d %H:%M %z"),
    ("2024-01-31 12:00 Z", "%Y-%m-%d %H:%M %z"),
    ("100%", "%H%%"),
    ("2024   01", "%Y %m"),
    ("2024-01-31", "%Y-%m"),
    ("2024-13-01", "%Y-%m-%d"),
    ("2023-02-29", "%Y-%m-%d"),
    ("2024", "%Q"),
    ("2024", "%Y%"),
    ("29 Feb", "%d %b"),
]
for s, f in tests:
    show(lambda: datetime.strptime(s, f))
show(lambda: datetime.strptime(2024, "%Y"))
