"""The datetime module: date, time, datetime, tzinfo and timezone.

Mirrors CPython 3.11's datetime. Local time is the C library's, through
the time module (see _datetime_local); strftime is time.strftime.
"""

import time as _time
from _datetime_calendar import (MINYEAR, MAXYEAR, MAXORDINAL, MONTH_NAMES,
                                DAY_NAMES, ymd2ord, ord2ymd, days_before_month,
                                check_date_fields, check_time_fields, check_int)
from _datetime_timedelta import timedelta
import _datetime_format as _format

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")


def _name(obj):
    return "%s.%s" % (type(obj).__module__, type(obj).__qualname__)


def _cmperror(x, y):
    raise TypeError("can't compare %s to %s" % (_name(x), _name(y)))


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _check_offset(name, offset):
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return offset


def _split_timestamp(t):
    """(whole seconds, microseconds) of a POSIX timestamp, rounded half to
    even like CPython."""
    if not isinstance(t, float):
        return check_int(t), 0
    if t != t:
        raise ValueError("Invalid value NaN (not a number)")
    if not -2.0 ** 63 <= t < 2.0 ** 63:
        raise OverflowError("timestamp out of range for platform time_t")
    whole = int(t)
    us = round((t - whole) * 1e6)
    if us >= 1000000:
        whole, us = whole + 1, us - 1000000
    elif us < 0:
        whole, us = whole - 1, us + 1000000
    return whole, int(us)


def _utc_fields(seconds):
    """(year, month, day, hour, minute, second) of UTC time at a timestamp;
    a leap second reads as second 59."""
    tm = _time.gmtime(seconds)
    return tuple(tm[:5]) + (min(59, tm[5]),)


def _struct_time(year, month, day, hour, minute, second, isdst):
    weekday = (ymd2ord(year, month, day) + 6) % 7
    yday = days_before_month(year, month) + day
    return _time.struct_time((year, month, day, hour, minute, second, weekday, yday, isdst))


class date:
    __module__ = "datetime"
    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month, day):
        year, month, day = check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1
        return self

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        tm = _time.localtime(t)
        return cls(tm[0], tm[1], tm[2])

    @classmethod
    def fromordinal(cls, n):
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > MAXORDINAL:
            raise ValueError("year 10000 is out of range")
        return cls(*ord2ymd(n))

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            fields = _format.parse_iso_date(text)
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % text) from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_format.iso_calendar_to_ymd(year, week, day))

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_name(self), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        return self.strftime("%a %b %e %H:%M:%S %Y").replace(
            " %d" % self._year, " %04d" % self._year)

    def timetuple(self):
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def strftime(self, fmt):
        return _format.strftime(fmt, self.timetuple(), 0, None)

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError("must be str, not %s" % type(spec).__name__)
        return self.strftime(spec) if spec else str(self)

    def toordinal(self):
        return ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return IsoCalendarDate(*_format._iso_year_week_day(self._year, self._month, self._day))

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def __add__(self, other):
        if isinstance(other, timedelta):
            ordinal = self.toordinal() + other.days
            if 0 < ordinal <= MAXORDINAL:
                return type(self).fromordinal(ordinal)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def _date_key(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return (self._year, self._month, self._day), (other._year, other._month, other._day)
        return None

    def __eq__(self, other):
        keys = self._date_key(other)
        if keys is None:
            return False if isinstance(other, datetime) else NotImplemented
        return keys[0] == keys[1]

    def _order(self, other):
        keys = self._date_key(other)
        if keys is None and isinstance(other, datetime):
            _cmperror(self, other)
        return keys

    def __lt__(self, other):
        keys = self._order(other)
        return NotImplemented if keys is None else keys[0] < keys[1]

    def __le__(self, other):
        keys = self._order(other)
        return NotImplemented if keys is None else keys[0] <= keys[1]

    def __gt__(self, other):
        keys = self._order(other)
        return NotImplemented if keys is None else keys[0] > keys[1]

    def __ge__(self, other):
        keys = self._order(other)
        return NotImplemented if keys is None else keys[0] >= keys[1]

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


class IsoCalendarDate(tuple):
    __module__ = "datetime"

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % ((_name(self),) + tuple(self))

    def __reduce__(self):
        return (tuple, (tuple(self),))


class tzinfo:
    __module__ = "datetime"
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def __reduce__(self):
        initargs = getattr(self, "__getinitargs__", None)
        return (type(self), initargs() if initargs else (), getattr(self, "__dict__", None) or None)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        standard = offset - dst
        if standard:
            dt += standard
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + dst


from _datetime_clock import time, datetime, timezone  # noqa: E402 (they subclass the above)

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)
UTC = timezone.utc
