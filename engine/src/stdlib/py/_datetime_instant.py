"""datetime.datetime: a date plus a time of day, naive or aware.

Imported by _datetime_clock after time and timezone exist.
"""

import time as _time
from datetime import (date, tzinfo, _name, _cmperror, _check_tzinfo, _split_timestamp,
                      _utc_fields, _struct_time)
from _datetime_clock import time, timezone, _tz_from_offset, _call_offset, _tzname
from _datetime_calendar import check_date_fields, check_time_fields, ymd2ord, ord2ymd, MAXORDINAL
from _datetime_timedelta import timedelta
import _datetime_format as _format
import _datetime_local as _local

_US_PER_DAY = 86400 * 1000000
_EPOCH_US = ymd2ord(1970, 1, 1) * _US_PER_DAY


def _local_timezone(timestamp):
    """The fixed-offset timezone local time has at an int timestamp."""
    offset, name = _local.zone_at(timestamp)
    return timezone(timedelta(seconds=offset), name)


class datetime(date):
    __module__ = "datetime"
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        self = date.__new__(cls, year, month, day)
        fields = check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self._hour, self._minute, self._second, self._microsecond, self._fold = fields
        self._tzinfo = tzinfo
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def _from_seconds(cls, seconds, us, tz):
        """Local time (tz None) or tz's time at a split timestamp."""
        if tz is None:
            fields, fold = _local.fields_and_fold(seconds)
            return cls(*fields, us, fold=fold)
        return tz.fromutc(cls(*_utc_fields(seconds), us, tz))

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        return cls._from_seconds(*_split_timestamp(t), tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        seconds, us = _split_timestamp(t)
        return cls(*_utc_fields(seconds), us)

    @classmethod
    def now(cls, tz=None):
        _check_tzinfo(tz)
        seconds, ns = divmod(_time.time_ns(), 10**9)
        return cls._from_seconds(seconds, ns // 1000, tz)

    @classmethod
    def utcnow(cls):
        seconds, ns = divmod(_time.time_ns(), 10**9)
        return cls(*_utc_fields(seconds), ns // 1000)

    @classmethod
    def combine(cls, date_part, time_part, tzinfo=True):
        if not isinstance(date_part, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date_part).__name__)
        if not isinstance(time_part, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time_part).__name__)
        if tzinfo is True:
            tzinfo = time_part.tzinfo
        return cls(date_part.year, date_part.month, date_part.day, time_part.hour,
                   time_part.minute, time_part.second, time_part.microsecond,
                   tzinfo, fold=time_part.fold)

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(text) < 7:
                raise ValueError("too short")
            cut = _format.iso_separator(text)
            ymd = _format.parse_iso_date(text[:cut])
            check_date_fields(*ymd)  # CPython reports a bad date as a bad string
            clock = [0, 0, 0, 0, None]
            if text[cut + 1:]:
                clock = _format.parse_iso_time(text[cut + 1:])
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % text) from None
        return cls(*ymd, *clock[:4], _tz_from_offset(clock[4]))

    @classmethod
    def strptime(cls, *args, **kwargs):
        if kwargs:
            raise TypeError("strptime() takes no keyword arguments")
        if len(args) != 2:
            raise TypeError("strptime() takes exactly 2 arguments (%d given)" % len(args))
        for position, value in enumerate(args, 1):
            if not isinstance(value, str):
                raise TypeError("strptime() argument %d must be str, not %s"
                                % (position, type(value).__name__))
        import _strptime
        return _strptime._strptime_datetime(cls, *args)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo, fold=self._fold)

    def utcoffset(self):
        return _call_offset(self._tzinfo, "utcoffset", self)

    def dst(self):
        return _call_offset(self._tzinfo, "dst", self)

    def tzname(self):
        return _tzname(self._tzinfo, self)

    def _fields(self):
        return (self._year, self._month, self._day, self._hour, self._minute,
                self._second, self._microsecond)

    def timetuple(self):
        dst = self.dst()
        isdst = -1 if dst is None else int(bool(dst))
        return _struct_time(*self._fields()[:6], isdst)

    def utctimetuple(self):
        moment = self
        offset = self.utcoffset()
        if offset:
            moment = datetime._from_microseconds(
                self._microseconds() - offset._to_microseconds(), None)
        return _struct_time(*moment._fields()[:6], 0)

    def strftime(self, fmt):
        return _format.strftime(fmt, self.timetuple(), self._microsecond, self)

    def ctime(self):
        return self.strftime("%a %b %e %H:%M:%S ") + "%04d" % self._year

    def isoformat(self, sep="T", timespec="auto"):
        text = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        text += _format.format_time(self._hour, self._minute, self._second,
                                    self._microsecond, timespec)
        return text + _format.format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        fields = list(self._fields()[:5])
        if self._second or self._microsecond:
            fields.append(self._second)
        if self._microsecond:
            fields.append(self._microsecond)
        text = "%s(%s" % (_name(self), ", ".join(map(str, fields)))
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % self._tzinfo
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        given = (year, month, day, hour, minute, second, microsecond)
        fields = [old if new is None else new for new, old in zip(given, self._fields())]
        return type(self)(*fields, self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _microseconds(self):
        """Microseconds since 0001-01-01 00:00 of the naive fields."""
        seconds = self._hour * 3600 + self._minute * 60 + self._second
        return (self.toordinal() * 86400 + seconds) * 1000000 + self._microsecond

    @classmethod
    def _from_microseconds(cls, us, tz):
        days, us = divmod(us, _US_PER_DAY)
        if not 1 <= days <= MAXORDINAL:
            raise OverflowError("date value out of range")
        seconds, us = divmod(us, 1000000)
        hour, seconds = divmod(seconds, 3600)
        minute, second = divmod(seconds, 60)
        return cls(*ord2ymd(days), hour, minute, second, us, tz)

    def _utc_microseconds(self):
        offset = self.utcoffset()
        us = self._microseconds()
        return us if offset is None else us - offset._to_microseconds()

    def _local_timestamp(self):
        """The int timestamp of these fields read as local time."""
        return _local.timestamp_of(*self._fields()[:6], self._fold)

    def timestamp(self):
        if self._tzinfo is None:
            return self._local_timestamp() + self._microsecond / 1e6
        if self.utcoffset() is None:
            # CPython subtracts its aware epoch, which fails the same way.
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return (self._utc_microseconds() - _EPOCH_US) / 10**6

    def astimezone(self, tz=None):
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                            "not type '%s'" % type(tz).__name__)
        offset = None
        if self._tzinfo is not None:
            if self._tzinfo is tz:
                return self
            offset = self.utcoffset()
        if offset is None:
            # Naive (or an offset-less zone): the fields are local time.
            offset = _local_timezone(self._local_timestamp()).utcoffset(self)
        utc_us = self._microseconds() - offset._to_microseconds()
        if tz is None:
            tz = _local_timezone((utc_us - _EPOCH_US) // 10**6)
        return tz.fromutc(datetime._from_microseconds(utc_us, tz))

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_microseconds(
                self._microseconds() + other._to_microseconds(), self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        if self._tzinfo is other._tzinfo:
            diff = self._microseconds() - other._microseconds()
        else:
            mine, theirs = self.utcoffset(), other.utcoffset()
            if (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            diff = self._utc_microseconds() - other._utc_microseconds()
        return timedelta(microseconds=diff)

    def _keys(self, other):
        if self._tzinfo is other._tzinfo:
            return self._microseconds(), other._microseconds()
        mine, theirs = self.utcoffset(), other.utcoffset()
        if (mine is None) != (theirs is None):
            return None
        return self._utc_microseconds(), other._utc_microseconds()

    def _ordered(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, date):
                _cmperror(self, other)
            return None
        keys = self._keys(other)
        if keys is None:
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return keys

    def __eq__(self, other):
        if not isinstance(other, datetime):
            return False if isinstance(other, date) else NotImplemented
        keys = self._keys(other)
        return keys is not None and keys[0] == keys[1]

    def __lt__(self, other):
        keys = self._ordered(other)
        return NotImplemented if keys is None else keys[0] < keys[1]

    def __le__(self, other):
        keys = self._ordered(other)
        return NotImplemented if keys is None else keys[0] <= keys[1]

    def __gt__(self, other):
        keys = self._ordered(other)
        return NotImplemented if keys is None else keys[0] > keys[1]

    def __ge__(self, other):
        keys = self._ordered(other)
        return NotImplemented if keys is None else keys[0] >= keys[1]

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._utc_microseconds())
        return self._hashcode

    def __reduce__(self):
        return (type(self), self._fields() + (self._tzinfo,))
