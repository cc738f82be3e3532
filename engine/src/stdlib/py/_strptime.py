"""strptime for time.strptime and datetime.strptime, in the C locale.

A format becomes one regular expression with a named group per directive
(matched case-insensitively); the groups found then give the fields, with
the rules CPython's strptime follows for defaults, 12-hour clocks, week
numbers, ISO weeks and time zones.
"""

import re
import time
from _datetime_calendar import (MONTH_NAMES, DAY_NAMES, MAXORDINAL, is_leap, ymd2ord,
                                ord2ymd, check_date_fields)

_DEFAULT_FORMAT = "%a %b %d %H:%M:%S %Y"

# Alternatives longest first where one could be a prefix of another, since
# the match is not anchored at the end.
_FIXED = {
    "d": r"(?P<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "G": r"(?P<G>\d\d\d\d)",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "U": r"(?P<U>5[0-3]|[0-4]\d|\d)",
    "W": r"(?P<W>5[0-3]|[0-4]\d|\d)",
    "V": r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "%": "%",
}

# What %c, %x and %X stand for in the C locale.
_COMPOSITE = {"c": "%a %b %d %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S"}

_REGEX_SPECIAL = frozenset("\\.^$*+?(){}[]|")

_LOWER_MONTHS = [name.lower() for name in MONTH_NAMES]
_LOWER_DAYS = [name.lower() for name in DAY_NAMES]


def _alternatives(group, words):
    """A named group matching any of `words`, longest first."""
    words = sorted(words, key=len, reverse=True)
    if not any(words):
        return ""
    return "(?P<%s>%s)" % (group, "|".join(re.escape(w) for w in words))


class _Zones:
    """The zone names %Z accepts, as time.tzname and time.daylight are now."""

    def __init__(self):
        self.tzname = time.tzname
        self.daylight = time.daylight
        self.standard = {"utc", "gmt", self.tzname[0].lower()}
        self.summer = {self.tzname[1].lower()} if self.daylight else set()

    def current(self):
        return self.tzname == time.tzname and self.daylight == time.daylight

    def isdst(self, name):
        """tm_isdst for a name %Z matched."""
        name = name.lower()
        # Equal names with DST on cannot tell the two apart.
        ambiguous = (self.tzname[0] == self.tzname[1] and self.daylight
                     and name not in ("utc", "gmt"))
        if name in self.standard:
            return -1 if ambiguous else 0
        if name in self.summer:
            return -1 if ambiguous else 1
        return -1


class _Patterns:
    """Directive patterns and compiled formats for one set of zone names."""

    def __init__(self):
        self.zones = _Zones()
        self.directives = dict(_FIXED)
        self.directives.update({
            "a": _alternatives("a", [d[:3] for d in _LOWER_DAYS]),
            "A": _alternatives("A", _LOWER_DAYS),
            "b": _alternatives("b", [m[:3] for m in _LOWER_MONTHS]),
            "B": _alternatives("B", _LOWER_MONTHS),
            "p": _alternatives("p", ["am", "pm"]),
            "Z": _alternatives("Z", self.zones.standard | self.zones.summer),
        })
        for name, fmt in _COMPOSITE.items():
            self.directives[name] = self.pattern(fmt)
        self.compiled = {}

    def pattern(self, fmt):
        """The regular expression text for `fmt`.

        Special characters are escaped and whitespace runs become \\s+
        before directives are looked up, so '%.' or '% d' name the
        directive '\\', reported as '%'.
        """
        text = "".join("\\" + ch if ch in _REGEX_SPECIAL else ch for ch in fmt)
        text = re.sub(r"\s+", r"\\s+", text)
        parts = []
        start = 0
        while True:
            at = text.find("%", start)
            if at < 0:
                parts.append(text[start:])
                return "".join(parts)
            parts.append(text[start:at])
            if at + 1 == len(text):
                raise ValueError("stray %% in format '%s'" % fmt)
            directive = text[at + 1]
            if directive not in self.directives:
                shown = "%" if directive == "\\" else directive
                raise ValueError("'%s' is a bad directive in format '%s'" % (shown, fmt))
            parts.append(self.directives[directive])
            start = at + 2

    def compile(self, fmt):
        found = self.compiled.get(fmt)
        if found is None:
            if len(self.compiled) > 100:
                self.compiled.clear()
            found = re.compile(self.pattern(fmt), re.IGNORECASE)
            self.compiled[fmt] = found
        return found


_patterns = None


def _date_ordinal(year, month, day):
    check_date_fields(year, month, day)
    return ymd2ord(year, month, day)


def _from_ordinal(ordinal):
    if ordinal < 1:
        raise ValueError("ordinal must be >= 1")
    if ordinal > MAXORDINAL:
        raise ValueError("year %d is out of range" % ord2ymd(ordinal)[0])
    return ord2ymd(ordinal)


def _weekday(year, month, day):
    """Monday is 0."""
    return (_date_ordinal(year, month, day) + 6) % 7


def _day_from_week(year, week, weekday, monday_first):
    """Day of the year (1-based, may be <= 0) of `weekday` (Monday is 0) in
    week `week` of %W (monday_first) or %U, whose week 0 holds the days
    before the year's first Monday or Sunday."""
    first = _weekday(year, 1, 1)
    if not monday_first:
        first = (first + 1) % 7
        weekday = (weekday + 1) % 7
    if week == 0:
        return 1 + weekday - first
    days_in_week_0 = (7 - first) % 7
    return 1 + days_in_week_0 + 7 * (week - 1) + weekday


def _day_from_iso_week(iso_year, week, iso_weekday):
    """(year, day of that year, 1-based) of an ISO year, week and weekday
    (Monday is 1)."""
    jan4_weekday = _weekday(iso_year, 1, 4) + 1
    day = week * 7 + iso_weekday - (jan4_weekday + 3)
    if day < 1:
        # In the calendar year before.
        day += _date_ordinal(iso_year, 1, 1)
        iso_year -= 1
        day -= _date_ordinal(iso_year, 1, 1)
    return iso_year, day


def _offset(text):
    """(seconds, microseconds) east of UTC of a %z match."""
    if text == "Z":
        return 0, 0
    z = text
    if z[3] == ":":
        z = z[:3] + z[4:]
        if len(z) > 5:
            if z[5] != ":":
                raise ValueError("Inconsistent use of : in %s" % text)
            z = z[:5] + z[6:]
    seconds = (int(z[1:3]) * 60 + int(z[3:5])) * 60 + int(z[5:7] or 0)
    fraction = z[8:]
    micro = int(fraction + "0" * (6 - len(fraction)))
    if z[0] == "-":
        return -seconds, -micro
    return seconds, micro


def _strptime(data_string, format=_DEFAULT_FORMAT):
    """((year, month, day, hour, minute, second, weekday, yday, isdst,
    zone name, utc offset), microseconds, offset microseconds)."""
    global _patterns
    for index, arg in enumerate((data_string, format)):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument %d must be str, not %s" % (index, type(arg)))
    if _patterns is None or not _patterns.zones.current():
        _patterns = _Patterns()
    patterns = _patterns
    found = patterns.compile(format).match(data_string)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if found.end() != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])

    year = iso_year = None
    month = day = 1
    hour = minute = second = fraction = 0
    isdst = -1
    gmtoff = None
    gmtoff_fraction = 0
    weekday = yday = iso_week = None
    week = week_monday_first = None
    got = found.groupdict()
    for key, value in got.items():
        if value is None:
            continue
        if key == "y":
            year = int(value)
            # POSIX: 69-99 are the 1900s, 00-68 the 2000s.
            year += 2000 if year <= 68 else 1900
        elif key == "Y":
            year = int(value)
        elif key == "G":
            iso_year = int(value)
        elif key == "m":
            month = int(value)
        elif key == "B":
            month = _LOWER_MONTHS.index(value.lower()) + 1
        elif key == "b":
            month = [m[:3] for m in _LOWER_MONTHS].index(value.lower()) + 1
        elif key == "d":
            day = int(value)
        elif key == "H":
            hour = int(value)
        elif key == "I":
            hour = int(value)
            # Without %p the hour is taken as AM.
            if (got.get("p") or "").lower() == "pm":
                if hour != 12:
                    hour += 12
            elif hour == 12:
                hour = 0
        elif key == "M":
            minute = int(value)
        elif key == "S":
            second = int(value)
        elif key == "f":
            fraction = int(value + "0" * (6 - len(value)))
        elif key == "A":
            weekday = _LOWER_DAYS.index(value.lower())
        elif key == "a":
            weekday = [d[:3] for d in _LOWER_DAYS].index(value.lower())
        elif key == "w":
            weekday = (int(value) + 6) % 7
        elif key == "u":
            weekday = int(value) - 1
        elif key == "j":
            yday = int(value)
        elif key in ("U", "W"):
            week = int(value)
            week_monday_first = key == "W"
        elif key == "V":
            iso_week = int(value)
        elif key == "z":
            gmtoff, gmtoff_fraction = _offset(value)
        elif key == "Z":
            isdst = patterns.zones.isdst(value)

    # %G needs %V and a weekday unless %Y/%y gave the year; %V without %G
    # is refused unless a %U/%W week is there to use instead.
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week "
                             "directive '%V' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        if yday is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO "
                             "year directive '%G'. Use '%Y' instead.")
    elif iso_week is not None and week is None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year "
                             "directive '%G' and a weekday directive ('%A', '%a', '%w', "
                             "or '%u').")
        raise ValueError("ISO week directive '%V' is incompatible with the year "
                         "directive '%Y'. Use the ISO year '%G' instead.")

    # Feb 29 without a year is computed in a leap year, then reported in 1900.
    leap_day_without_year = year is None and month == 2 and day == 29
    if year is None:
        year = 1904 if leap_day_without_year else 1900

    if yday is None and weekday is not None:
        if week is not None:
            yday = _day_from_week(year, week, weekday, week_monday_first)
        elif iso_year is not None and iso_week is not None:
            year, yday = _day_from_iso_week(iso_year, iso_week, weekday + 1)
        if yday is not None and yday <= 0:
            year -= 1
            yday += 366 if is_leap(year) else 365

    if yday is None:
        yday = _date_ordinal(year, month, day) - _date_ordinal(year, 1, 1) + 1
    else:
        year, month, day = _from_ordinal(yday - 1 + _date_ordinal(year, 1, 1))
    if weekday is None:
        weekday = _weekday(year, month, day)
    if leap_day_without_year:
        year = 1900
    fields = (year, month, day, hour, minute, second, weekday, yday, isdst,
              got.get("Z"), gmtoff)
    return fields, fraction, gmtoff_fraction


def _strptime_time(data_string, format=_DEFAULT_FORMAT):
    """time.strptime: a struct_time."""
    return time.struct_time(_strptime(data_string, format)[0])


def _strptime_datetime(cls, data_string, format=_DEFAULT_FORMAT):
    """datetime.strptime: an instance of `cls`, aware when %z was given."""
    fields, fraction, gmtoff_fraction = _strptime(data_string, format)
    zone, gmtoff = fields[-2:]
    args = fields[:6] + (fraction,)
    if gmtoff is not None:
        from datetime import timedelta, timezone
        offset = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        args += (timezone(offset, zone) if zone else timezone(offset),)
    return cls(*args)
