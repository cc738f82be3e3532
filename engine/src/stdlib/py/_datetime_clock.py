"""datetime.timezone, datetime.time and datetime.datetime.

Imported by datetime.py after it defines date and tzinfo, which these extend.
"""

from datetime import date, tzinfo, _name, _cmperror, _check_tzinfo, _check_offset
from _datetime_calendar import check_date_fields, check_time_fields, ymd2ord, ord2ymd
from _datetime_timedelta import timedelta
import _datetime_format as _format


class timezone(tzinfo):
    __module__ = "datetime"
    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r." % offset)
        if name is None and not offset and cls is timezone and hasattr(cls, "utc"):
            return cls.utc
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_name(self), self._offset)
        return "%s(%r, %r)" % (_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_dt(self, dt, method):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                            % (method, type(dt).__name__))

    def utcoffset(self, dt):
        self._check_dt(dt, "utcoffset")
        return self._offset

    def dst(self, dt):
        self._check_dt(dt, "dst")
        return None

    def tzname(self, dt):
        self._check_dt(dt, "tzname")
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format.format_offset(self._offset, ":")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset

    def __getinitargs__(self):
        return (self._offset,) if self._name is None else (self._offset, self._name)


timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))


def _tz_from_offset(offset):
    if offset is None:
        return None
    return timezone.utc if not offset else timezone(offset)


def _call_offset(tz, name, arg):
    if tz is None:
        return None
    return _check_offset(name, getattr(tz, name)(arg))


def _tzname(tz, arg):
    if tz is None:
        return None
    name = tz.tzname(arg)
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


class time:
    __module__ = "datetime"
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold",
                 "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        fields = check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second, self._microsecond, self._fold = fields
        self._tzinfo = tzinfo
        self._hashcode = -1
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, text):
        if not isinstance(text, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            parts = _format.parse_iso_time(text[1:] if text[:1] == "T" else text)
            return cls(*parts[:4], _tz_from_offset(parts[4]))
        except ValueError:
            raise ValueError("Invalid isoformat string: %r" % text) from None

    def utcoffset(self):
        return _call_offset(self._tzinfo, "utcoffset", None)

    def dst(self):
        return _call_offset(self._tzinfo, "dst", None)

    def tzname(self):
        return _tzname(self._tzinfo, None)

    def isoformat(self, timespec="auto"):
        text = _format.format_time(self._hour, self._minute, self._second,
                                   self._microsecond, timespec)
        return text + _format.format_offset(self.utcoffset(), ":")

    __str__ = isoformat

    def __repr__(self):
        fields = [self._hour, self._minute]
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

    def strftime(self, fmt):
        fields = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _format.strftime(fmt, fields, self._microsecond, self)

    def __format__(self, spec):
        if not isinstance(spec, str):
            raise TypeError("must be str, not %s" % type(spec).__name__)
        return self.strftime(spec) if spec else str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _key(self, other):
        """Comparable keys of self and other, or None for naive vs aware."""
        mine = (self._hour, self._minute, self._second, self._microsecond)
        theirs = (other._hour, other._minute, other._second, other._microsecond)
        if self._tzinfo is other._tzinfo:
            return mine, theirs
        a, b = self.utcoffset(), other.utcoffset()
        if a == b:
            return mine, theirs
        if a is None or b is None:
            return None
        def shift(key, off):
            minutes = key[0] * 60 + key[1] - off // timedelta(minutes=1)
            return (minutes, key[2], key[3])
        return shift(mine, a), shift(theirs, b)

    def __eq__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        keys = self._key(other)
        return keys is not None and keys[0] == keys[1]

    def _ordered(self, other):
        keys = self._key(other)
        if keys is None:
            raise TypeError("can't compare offset-naive and offset-aware times")
        return keys

    def __lt__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        a, b = self._ordered(other)
        return a < b

    def __le__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        a, b = self._ordered(other)
        return a <= b

    def __gt__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        a, b = self._ordered(other)
        return a > b

    def __ge__(self, other):
        if not isinstance(other, time):
            return NotImplemented
        a, b = self._ordered(other)
        return a >= b

    def __hash__(self):
        if self._hashcode == -1:
            offset = self.utcoffset()
            key = (self._hour, self._minute, self._second, self._microsecond)
            if offset:
                minutes = self._hour * 60 + self._minute - offset // timedelta(minutes=1)
                key = (minutes, self._second, self._microsecond)
            self._hashcode = hash(key)
        return self._hashcode

    def __bool__(self):
        return True

    def __reduce__(self):
        return (type(self), (self._hour, self._minute, self._second, self._microsecond,
                             self._tzinfo))


from _datetime_instant import datetime  # noqa: E402 (it extends date and uses time)
