"""datetime.timedelta: a duration held as (days, seconds, microseconds).

Construction and float arithmetic round like CPython's C implementation
(Modules/_datetimemodule.c), so results match it to the microsecond.
"""

_US_PER_SECOND = 1000000
_US_PER_DAY = 86400 * _US_PER_SECOND
_MAX_DAYS = 999999999

# Keyword order matters: CPython accumulates in this order, and float
# leftovers are summed before the final rounding.
_FACTORS = (
    ("microseconds", 1),
    ("milliseconds", 1000),
    ("seconds", _US_PER_SECOND),
    ("minutes", 60 * _US_PER_SECOND),
    ("hours", 3600 * _US_PER_SECOND),
    ("days", _US_PER_DAY),
    ("weeks", 7 * _US_PER_DAY),
)


def _round_half_even(value):
    """Nearest int to a float, ties to even, as CPython's timedelta does."""
    return int(round(value))


def divide_nearest(a, b):
    """a / b for ints, rounded half to even."""
    q, r = divmod(a, b)
    r2 = r * 2
    greater = r2 > b if b > 0 else r2 < b
    if greater or (r2 == b and q % 2 == 1):
        q += 1
    return q


def _accumulate(name, value, factor):
    """(exact int microseconds, float leftover) for one constructor argument."""
    if isinstance(value, int):
        return value * factor, 0.0
    if isinstance(value, float):
        whole = int(value)  # raises CPython's errors for inf and nan
        frac = value - whole
        if frac == 0.0:
            return whole * factor, 0.0
        scaled = frac * factor
        scaled_whole = int(scaled)
        return whole * factor + scaled_whole, scaled - scaled_whole
    raise TypeError("unsupported type for timedelta %s component: %s"
                    % (name, type(value).__name__))


def _from_microseconds(cls, us):
    seconds, us = divmod(us, _US_PER_SECOND)
    days, seconds = divmod(seconds, 86400)
    if not -_MAX_DAYS <= days <= _MAX_DAYS:
        raise OverflowError("days=%d; must have magnitude <= %d" % (days, _MAX_DAYS))
    self = object.__new__(cls)
    self._days = days
    self._seconds = seconds
    self._microseconds = us
    self._hashcode = -1
    return self


class timedelta:
    __module__ = "datetime"
    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        given = {"days": days, "seconds": seconds, "microseconds": microseconds,
                 "milliseconds": milliseconds, "minutes": minutes,
                 "hours": hours, "weeks": weeks}
        total = 0
        leftover = 0.0
        for name, factor in _FACTORS:
            value = given[name]
            if type(value) is int and value == 0:
                continue
            exact, rest = _accumulate(name, value, factor)
            total += exact
            leftover += rest
        if leftover:
            whole = round(leftover)
            if abs(whole - leftover) == 0.5:
                # Exactly halfway: round the combined value to even.
                odd = total & 1
                whole = 2.0 * round((leftover + odd) * 0.5) - odd
            total += int(whole)
        return _from_microseconds(cls, total)

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * _US_PER_SECOND + self._microseconds

    def total_seconds(self):
        return self._to_microseconds() / 10**6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        name = "%s.%s" % (type(self).__module__, type(self).__qualname__)
        return "%s(%s)" % (name, ", ".join(parts) or "0")

    def __str__(self):
        minutes, seconds = divmod(self._seconds, 60)
        hours, minutes = divmod(minutes, 60)
        text = "%d:%02d:%02d" % (hours, minutes, seconds)
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            text = "%d day%s, %s" % (self._days, plural, text)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _from_microseconds(
                timedelta, self._to_microseconds() + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _from_microseconds(
                timedelta, self._to_microseconds() - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return other - self
        return NotImplemented

    def __neg__(self):
        return _from_microseconds(timedelta, -self._to_microseconds())

    def __pos__(self):
        return _from_microseconds(timedelta, self._to_microseconds())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return _from_microseconds(timedelta, self._to_microseconds() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _from_microseconds(
                timedelta, divide_nearest(self._to_microseconds() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() // other._to_microseconds()
        if isinstance(other, int):
            return _from_microseconds(timedelta, self._to_microseconds() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() / other._to_microseconds()
        if isinstance(other, int):
            return _from_microseconds(
                timedelta, divide_nearest(self._to_microseconds(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return _from_microseconds(
                timedelta, divide_nearest(den * self._to_microseconds(), num))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            rest = self._to_microseconds() % other._to_microseconds()
            return _from_microseconds(timedelta, rest)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, _from_microseconds(timedelta, r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), self._key())


timedelta.min = timedelta(-_MAX_DAYS)
timedelta.max = timedelta(days=_MAX_DAYS, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)
