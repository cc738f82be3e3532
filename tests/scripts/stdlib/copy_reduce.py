# copy and deepcopy of objects that describe themselves with __reduce__ or
# __reduce_ex__: struct_time, datetime's types, Fraction, Enum members.
import copy, time, datetime, fractions, enum
from datetime import date, timedelta, timezone, tzinfo
class Z(tzinfo):
    def __init__(self, h): self.h = h
    def utcoffset(self, dt): return timedelta(hours=self.h)
    def dst(self, dt): return None
    def tzname(self, dt): return "Z%d" % self.h
class Color(enum.Enum):
    RED = 1
st = time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0, 'ABC', 60))
objs = [st, datetime.datetime(2024, 1, 2, 3, 4, 5, 6, tzinfo=timezone.utc), date(2024, 1, 1), timedelta(1, 2, 3),
        datetime.time(1, 2, 3, 4, timezone(timedelta(hours=2), 'X')), timezone.utc, timezone(timedelta(hours=-3)),
        fractions.Fraction(3, 4), Color.RED, date(2024,1,1).isocalendar()]
for o in objs:
    for f in (copy.copy, copy.deepcopy):
        c = f(o)
        print(f.__name__, repr(c), c == o, type(c) is type(o), getattr(c, 'tm_zone', None), c is o)
d = copy.copy(datetime.datetime(2024, 1, 1, tzinfo=Z(4)))
print(d.tzinfo.h, d.utcoffset())
