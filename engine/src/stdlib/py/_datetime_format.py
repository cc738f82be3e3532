"""Text forms of dates and times: strftime, strptime and ISO 8601 parsing.

strftime follows glibc in the C locale (what CPython calls on Linux);
strptime follows CPython's _strptime for the common directives.
"""

import re
from _datetime_calendar import (MONTH_NAMES, DAY_NAMES, iso_week1_monday,
                                ymd2ord, ord2ymd, days_before_month, is_leap)
from _datetime_timedelta import timedelta


def format_offset(offset, sep):
    """'+HH:MM[:SS[.ffffff]]' for a utcoffset timedelta, '' for None."""
    if offset is None:
        return ""
    sign = "+"
    if offset.days < 0:
        sign = "-"
        offset = -offset
    minutes, seconds = divmod(offset.days * 86400 + offset.seconds, 60)
    hours, minutes = divmod(minutes, 60)
    text = "%s%02d%s%02d" % (sign, hours, sep, minutes)
    if seconds or offset.microseconds:
        text += "%s%02d" % (sep, seconds)
        if offset.microseconds:
            text += ".%06d" % offset.microseconds
    return text


def format_time(hour, minute, second, microsecond, timespec):
    if timespec == "auto":
        timespec = "microseconds" if microsecond else "seconds"
    elif timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hour, minute, second, microsecond // 1000)
    if timespec == "hours":
        return "%02d" % hour
    if timespec == "minutes":
        return "%02d:%02d" % (hour, minute)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hour, minute, second)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hour, minute, second, microsecond)
    raise ValueError("Unknown timespec value")


def _iso_year_week_day(year, month, day):
    today = ymd2ord(year, month, day)
    monday = iso_week1_monday(year)
    week, weekday = divmod(today - monday, 7)
    if week < 0:
        year -= 1
        week, weekday = divmod(today - iso_week1_monday(year), 7)
    elif week >= 52 and today >= iso_week1_monday(year + 1):
        year += 1
        week = 0
    return year, week + 1, weekday + 1


def strftime(fmt, fields, offset, zone):
    """Format `fields` (year, month, day, hour, minute, second, microsecond)."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    year, month, day, hour, minute, second, microsecond = fields
    weekday = (ymd2ord(year, month, day) + 6) % 7  # Monday is 0
    yday = days_before_month(year, month) + day     # 1-based
    sunday_weekday = (weekday + 1) % 7
    hour12 = hour % 12 or 12

    def numeric(spec):
        # (value, glibc's default width, fill) of a numeric directive.
        if spec == "Y":
            return year, 1, "0"
        table = {
            "d": (day, 2, "0"), "m": (month, 2, "0"), "y": (year % 100, 2, "0"),
            "C": (year // 100, 1, "0"), "H": (hour, 2, "0"), "I": (hour12, 2, "0"),
            "M": (minute, 2, "0"), "S": (second, 2, "0"), "j": (yday, 3, "0"),
            "e": (day, 2, " "), "k": (hour, 2, " "), "l": (hour12, 2, " "),
            "w": (sunday_weekday, 1, "0"), "u": (weekday + 1, 1, "0"),
            "U": ((yday - 1 + 7 - sunday_weekday) // 7, 2, "0"),
            "W": ((yday - 1 + 7 - weekday) // 7, 2, "0"),
        }
        return table.get(spec)

    def expand(spec):
        if spec == "a":
            return DAY_NAMES[weekday][:3]
        if spec == "A":
            return DAY_NAMES[weekday]
        if spec in ("b", "h"):
            return MONTH_NAMES[month - 1][:3]
        if spec == "B":
            return MONTH_NAMES[month - 1]
        if spec == "p":
            return "AM" if hour < 12 else "PM"
        if spec == "P":
            return "am" if hour < 12 else "pm"
        if spec == "f":
            return "%06d" % microsecond
        if spec == "z":
            return format_offset(offset, "")
        if spec == "Z":
            return zone or ""
        if spec in ("G", "V"):
            iso = _iso_year_week_day(year, month, day)
            return str(iso[0]) if spec == "G" else "%02d" % iso[1]
        if spec in _COMPOSITE:
            return strftime(_COMPOSITE[spec], fields, offset, zone)
        if spec == "n":
            return "\n"
        if spec == "t":
            return "\t"
        if spec == "%":
            return "%"
        return None

    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != "%" or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        spec = fmt[i + 1]
        unpadded = spec == "-" and i + 2 < n
        if unpadded:
            spec = fmt[i + 2]
        if spec in "EO" and i + 2 < n and not unpadded:
            # glibc's alternative-representation modifiers are no-ops in C.
            if expand(fmt[i + 2]) is not None or numeric(fmt[i + 2]):
                spec = fmt[i + 2]
                i += 1
        number = numeric(spec)
        if number is not None:
            value, width, fill = number
            text = str(value)
            if not unpadded:
                text = text.rjust(width, fill)
            out.append(text)
            i += 3 if unpadded else 2
            continue
        text = expand(spec) if not unpadded else None
        if text is None:
            out.append(fmt[i:i + (3 if unpadded else 2)])
        else:
            out.append(text)
        i += 3 if unpadded else 2
    return "".join(out)


_COMPOSITE = {
    "c": "%a %b %e %H:%M:%S %Y", "x": "%m/%d/%y", "X": "%H:%M:%S",
    "D": "%m/%d/%y", "T": "%H:%M:%S", "R": "%H:%M", "F": "%Y-%m-%d",
    "r": "%I:%M:%S %p",
}

# strptime patterns, after CPython's _strptime.TimeRE.
_NAMES = lambda names: "|".join(names)
_PATTERNS = {
    "d": r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    "f": r"(?P<f>[0-9]{1,6})",
    "H": r"(?P<H>2[0-3]|[0-1]\d|\d)",
    "I": r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    "j": r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    "m": r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    "M": r"(?P<M>[0-5]\d|\d)",
    "S": r"(?P<S>6[0-1]|[0-5]\d|\d)",
    "w": r"(?P<w>[0-6])",
    "u": r"(?P<u>[1-7])",
    "y": r"(?P<y>\d\d)",
    "Y": r"(?P<Y>\d\d\d\d)",
    "z": r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    "a": "(?P<a>" + _NAMES(n[:3] for n in DAY_NAMES) + ")",
    "A": "(?P<A>" + _NAMES(DAY_NAMES) + ")",
    "b": "(?P<b>" + _NAMES(n[:3] for n in MONTH_NAMES) + ")",
    "B": "(?P<B>" + _NAMES(MONTH_NAMES) + ")",
    "p": "(?P<p>am|pm)",
    "Z": "(?P<Z>utc|gmt)",
    "%": "%",
}
_PATTERNS["e"] = _PATTERNS["d"].replace("P<d>", "P<e>")
_CACHE = {}


def _compile(fmt):
    compiled = _CACHE.get(fmt)
    if compiled is not None:
        return compiled
    parts = []
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == "%":
            if i + 1 >= len(fmt):
                raise ValueError("stray %% in format '%s'" % fmt)
            spec = fmt[i + 1]
            pattern = _PATTERNS.get(spec)
            if pattern is None:
                raise ValueError("'%s' is a bad directive in format '%s'" % (spec, fmt))
            if spec != "%" and "(?P<%s>" % spec in "".join(parts):
                # A repeated directive must match the same text again.
                pattern = "(?P=%s)" % spec
            parts.append(pattern)
            i += 2
        elif ch.isspace():
            while i < len(fmt) and fmt[i].isspace():
                i += 1
            parts.append(r"\s+")
        else:
            parts.append(re.escape(ch))
            i += 1
    compiled = re.compile("".join(parts), re.IGNORECASE)
    _CACHE[fmt] = compiled
    return compiled


def strptime(text, fmt):
    """(year, month, day, hour, minute, second, microsecond, utcoffset or None)."""
    for value, position in ((text, 1), (fmt, 2)):
        if not isinstance(value, str):
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (position, type(value).__name__))
    found = _compile(fmt).match(text)
    if found is None:
        raise ValueError("time data %r does not match format %r" % (text, fmt))
    if len(text) != found.end():
        raise ValueError("unconverted data remains: %s" % text[found.end():])
    got = found.groupdict()
    year = 1900
    month = day = 1
    hour = minute = second = microsecond = 0
    offset = None
    if got.get("Y"):
        year = int(got["Y"])
    elif got.get("y"):
        year = int(got["y"])
        year += 2000 if year <= 68 else 1900
    if got.get("m"):
        month = int(got["m"])
    elif got.get("B"):
        month = [n.lower() for n in MONTH_NAMES].index(got["B"].lower()) + 1
    elif got.get("b"):
        month = [n[:3].lower() for n in MONTH_NAMES].index(got["b"].lower()) + 1
    if got.get("d") or got.get("e"):
        day = int(got.get("d") or got.get("e"))
    if got.get("H"):
        hour = int(got["H"])
    elif got.get("I"):
        hour = int(got["I"]) % 12
        if (got.get("p") or "").lower() == "pm":
            hour += 12
    if got.get("M"):
        minute = int(got["M"])
    if got.get("S"):
        second = int(got["S"])
    if got.get("f"):
        microsecond = int(got["f"].ljust(6, "0"))
    if got.get("z"):
        offset = _strptime_offset(got["z"])
    elif got.get("Z"):
        offset = timedelta(0)
    if got.get("j"):
        ordinal = ymd2ord(year, 1, 1) + int(got["j"]) - 1
        year, month, day = ord2ymd(ordinal)
    return year, month, day, hour, minute, second, microsecond, offset


def _strptime_offset(text):
    if text in ("Z", "z"):
        return timedelta(0)
    sign = -1 if text[0] == "-" else 1
    body = text[1:].replace(":", "")
    fraction = 0
    if "." in body:
        body, frac = body.split(".")
        fraction = int(frac.ljust(6, "0"))
    seconds = int(body[4:6] or 0)
    offset = timedelta(hours=int(body[:2]), minutes=int(body[2:4]),
                       seconds=seconds, microseconds=fraction)
    return offset if sign > 0 else -offset


def _digits(text, start, count):
    chunk = text[start:start + count]
    if len(chunk) != count or not all("0" <= c <= "9" for c in chunk):
        raise ValueError("expected digits")
    return int(chunk)


def iso_separator(text):
    """Index of the date/time separator in a datetime ISO string."""
    size = len(text)
    if size == 7:
        return 7
    if text[4] == "-":
        if text[5] != "W":
            return 10
        if size > 8 and text[8] == "-":
            if size == 9:
                raise ValueError("Invalid ISO string")
            if size > 10 and text[10].isdigit():
                return 8
            return 10
        return 8
    if text[4] == "W":
        end = 7
        while end < size and "0" <= text[end] <= "9":
            end += 1
        if end < 9:
            return end
        return 7 if end % 2 == 0 else 8
    return 8


def parse_iso_date(text):
    """(year, month, day) from YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]."""
    if len(text) not in (7, 8, 10):
        raise ValueError("bad length")
    year = _digits(text, 0, 4)
    dashed = text[4] == "-"
    pos = 4 + dashed
    if text[pos:pos + 1] == "W":
        week = _digits(text, pos + 1, 2)
        pos += 3
        weekday = 1
        if len(text) > pos:
            if (text[pos] == "-") != dashed:
                raise ValueError("Inconsistent use of dash separator")
            weekday = _digits(text, pos + dashed, 1)
            if pos + dashed + 1 != len(text):
                raise ValueError("trailing characters")
        return iso_calendar_to_ymd(year, week, weekday)
    month = _digits(text, pos, 2)
    pos += 2
    if (text[pos:pos + 1] == "-") != dashed:
        raise ValueError("Inconsistent use of dash separator")
    pos += dashed
    day = _digits(text, pos, 2)
    if pos + 2 != len(text):
        raise ValueError("trailing characters")
    return year, month, day


def iso_calendar_to_ymd(year, week, weekday):
    if not 1 <= year <= 9999:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        first_weekday = ymd2ord(year, 1, 1) % 7
        long_year = first_weekday == 4 or (first_weekday == 3 and is_leap(year))
        if week != 53 or not long_year:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < weekday < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % weekday)
    return ord2ymd(iso_week1_monday(year) + (week - 1) * 7 + weekday - 1)


def _parse_clock(text):
    """[hour, minute, second, microsecond] from HH[:MM[:SS[.f+]]] or compact."""
    parts = [0, 0, 0, 0]
    pos = 0
    colons = False
    for index in range(3):
        parts[index] = _digits(text, pos, 2)
        pos += 2
        following = text[pos:pos + 1]
        if index == 0:
            colons = following == ":"
        if not following or index == 2:
            break
        if colons and following != ":":
            raise ValueError("Invalid time separator")
        pos += colons
    if pos < len(text):
        if text[pos] not in ".,":
            raise ValueError("Invalid microsecond component")
        digits = text[pos + 1:]
        if not digits or not all("0" <= c <= "9" for c in digits):
            raise ValueError("bad fraction")
        parts[3] = int(digits[:6].ljust(6, "0"))
    return parts


def parse_iso_time(text):
    """[hour, minute, second, microsecond, utcoffset or None] of an ISO time."""
    if len(text) < 2:
        raise ValueError("Isoformat time too short")
    for index, ch in enumerate(text):
        if ch in "+-Z":
            break
    else:
        return _parse_clock(text) + [None]
    parts = _parse_clock(text[:index])
    zone = text[index + 1:]
    if ch == "Z":
        if zone:
            raise ValueError("trailing characters after Z")
        return parts + [timedelta(0)]
    if len(zone) in (0, 1, 3):
        raise ValueError("Malformed time zone string")
    h, m, s, us = _parse_clock(zone)
    offset = timedelta(hours=h, minutes=m, seconds=s, microseconds=us)
    return parts + [-offset if ch == "-" else offset]
