"""Local time for datetime, read from the time module (the C library's zone).

Wall-clock times are counted here as seconds since 0001-01-01 00:00 of their
fields taken as UTC ("wall seconds"); a zone maps a POSIX timestamp u to the
wall seconds of local time at u. Around a DST change one wall time can have
two timestamps (the later one has fold=1) or none (a gap); the probes below
find them the way CPython does, looking up to a day either side.
"""

import time as _time
from _datetime_calendar import MINYEAR, MAXYEAR, ymd2ord

_EPOCH = ymd2ord(1970, 1, 1) * 86400  # wall seconds of the epoch
_MAX_FOLD = 24 * 3600


def wall_seconds(year, month, day, hour, minute, second):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    return ((ymd2ord(year, month, day) * 24 + hour) * 60 + minute) * 60 + second


def _local(wall):
    """Wall seconds of local time at the instant `wall` seconds after 0001-01-01 UTC."""
    return wall_seconds(*_time.localtime(wall - _EPOCH)[:6])


def fields_and_fold(timestamp):
    """((year, month, day, hour, minute, second), fold) of local time at an
    int timestamp; a leap second reads as second 59."""
    tm = _time.localtime(timestamp)
    fields = tuple(tm[:5]) + (min(59, tm[5]),)
    result = wall_seconds(*fields)
    # A clock set back within the last day shows this wall time twice.
    transition = result - _local(_EPOCH + timestamp - _MAX_FOLD) - _MAX_FOLD
    fold = 0
    if transition < 0 and _local(_EPOCH + timestamp + transition) == result:
        fold = 1
    return fields, fold


def timestamp_of(year, month, day, hour, minute, second, fold):
    """The int timestamp of a local wall time: for a repeated time the
    first (fold=0) or second (fold=1); in a gap, the wall time read with the
    offset from before (fold=0) or after (fold=1) the change."""
    wall = wall_seconds(year, month, day, hour, minute, second)
    offset_a = _local(wall) - wall
    first = wall - offset_a
    first_wall = _local(first)
    if first_wall == wall:
        # One solution; look for the other side of a fold.
        probe = first + (_MAX_FOLD if fold else -_MAX_FOLD)
        offset_b = _local(probe) - probe
        if offset_a == offset_b:
            return first - _EPOCH
    else:
        offset_b = first_wall - first
    second_guess = wall - offset_b
    if _local(second_guess) == wall:
        return second_guess - _EPOCH
    if first_wall == wall:
        return first - _EPOCH
    # In a gap: neither offset maps back to the wall time.
    return (min(first, second_guess) if fold else max(first, second_guess)) - _EPOCH


def zone_at(timestamp):
    """(utc offset in seconds, zone name) of local time at an int timestamp."""
    tm = _time.localtime(timestamp)
    return tm.tm_gmtoff, tm.tm_zone
