"""Text forms of dates and times: strftime and ISO 8601 parsing.

strptime is the _strptime module's, shared with time.strptime.
"""

import time as _time
from _datetime_calendar import iso_week1_monday, ymd2ord, ord2ymd, is_leap
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


def strftime(fmt, timetuple, microsecond, zone_source):
    """datetime's strftime: %f, %z and %Z filled in from the object (%z and
    %Z from `zone_source`'s utcoffset() and tzname(), asked only when used),
    then time.strftime for the rest, as CPython's C code does."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    # The C code reads the format as a C string: it ends at a NUL.
    fmt = fmt.split("\0", 1)[0]
    parts = []
    start = 0
    while True:
        at = fmt.find("%", start)
        if at < 0 or at + 1 == len(fmt):
            parts.append(fmt[start:])
            break
        parts.append(fmt[start:at])
        spec = fmt[at + 1]
        if spec == "f":
            parts.append("%06d" % microsecond)
        elif spec == "z":
            offset = zone_source.utcoffset() if zone_source is not None else None
            parts.append(format_offset(offset, ""))
        elif spec == "Z":
            name = zone_source.tzname() if zone_source is not None else None
            parts.append((name or "").replace("%", "%%"))
        else:
            parts.append(fmt[at:at + 2])
        start = at + 2
    return _time.strftime("".join(parts), timetuple)


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
