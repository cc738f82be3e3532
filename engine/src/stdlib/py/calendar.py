"""Calendar printing and date arithmetic by month and week.

Weeks start on Monday unless set otherwise (setfirstweekday, or the
firstweekday of a Calendar); weekdays are 0 (Monday) to 6 (Sunday).
"""

import datetime

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday",
           "firstweekday", "isleap", "leapdays", "weekday", "monthrange",
           "monthcalendar", "prmonth", "month", "prcal", "calendar",
           "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "HTMLCalendar", "LocaleTextCalendar",
           "LocaleHTMLCalendar", "weekheader",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
           "SATURDAY", "SUNDAY"]

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % (self.month,)


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % (self.weekday,)


January = 1
February = 2

# Days per month in a common year; index 0 is a placeholder.
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)

EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()


class _localized_month:
    """Month names through strftime: index 0 is '', 1-12 the months."""

    def __init__(self, format):
        self.format = format
        # 2001 is any year; day 1 of each month carries its name.
        self._dates = [None] + [datetime.date(2001, m, 1) for m in range(1, 13)]

    def _name(self, d):
        return '' if d is None else d.strftime(self.format)

    def __getitem__(self, i):
        picked = self._dates[i]
        if isinstance(i, slice):
            return [self._name(d) for d in picked]
        return self._name(picked)

    def __len__(self):
        return 13


class _localized_day:
    """Weekday names through strftime, Monday first."""

    def __init__(self, format):
        self.format = format
        # 2001-01-01 was a Monday.
        self._dates = [datetime.date(2001, 1, d) for d in range(1, 8)]

    def __getitem__(self, i):
        picked = self._dates[i]
        if isinstance(i, slice):
            return [d.strftime(self.format) for d in picked]
        return picked.strftime(self.format)

    def __len__(self):
        return 7


day_name = _localized_day('%A')
day_abbr = _localized_day('%a')
month_name = _localized_month('%B')
month_abbr = _localized_month('%b')


def isleap(year):
    """True for leap years of the proleptic Gregorian calendar."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """The number of leap years in range(y1, y2) (y1 <= y2)."""
    def upto(y):
        # Leap years in [1, y] extended to all integers by the same formula.
        return y // 4 - y // 100 + y // 400
    return upto(y2 - 1) - upto(y1 - 1)


def weekday(year, month, day):
    """The weekday (0 is Monday) of year-month-day."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        # The Gregorian calendar repeats every 400 years.
        year = 2000 + year % 400
    return datetime.date(year, month, day).weekday()


def monthrange(year, month):
    """(weekday of the first day, number of days) for the month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _monthlen(year, month)


def _monthlen(year, month):
    return mdays[month] + (month == February and isleap(year))


def _prevmonth(year, month):
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _nextmonth(year, month):
    return (year + 1, 1) if month == 12 else (year, month + 1)


class Calendar:
    """Months laid out as whole weeks starting on `firstweekday`."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        first = self.firstweekday
        for i in range(7):
            yield (first + i) % 7

    def itermonthdays3(self, year, month):
        """(year, month, day) for every day of the month's weeks, including
        the days of the neighbouring months that fill its first and last week."""
        day1, ndays = monthrange(year, month)
        first = self.firstweekday
        lead = (day1 - first) % 7
        trail = (first - day1 - ndays) % 7
        py, pm = _prevmonth(year, month)
        plen = _monthlen(py, pm)
        for d in range(plen - lead + 1, plen + 1):
            yield py, pm, d
        for d in range(1, ndays + 1):
            yield year, month, d
        ny, nm = _nextmonth(year, month)
        for d in range(1, trail + 1):
            yield ny, nm, d

    def itermonthdays4(self, year, month):
        first = self.firstweekday
        for i, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (first + i) % 7

    def itermonthdates(self, year, month):
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        """Day numbers of the month's weeks, 0 for days of other months."""
        day1, ndays = monthrange(year, month)
        lead = (day1 - self.firstweekday) % 7
        yield from [0] * lead
        yield from range(1, ndays + 1)
        yield from [0] * ((self.firstweekday - day1 - ndays) % 7)

    def itermonthdays2(self, year, month):
        first = self.firstweekday
        for i, d in enumerate(self.itermonthdays(year, month)):
            yield d, (first + i) % 7

    @staticmethod
    def _weeks(days):
        days = list(days)
        return [days[i:i + 7] for i in range(0, len(days), 7)]

    def monthdatescalendar(self, year, month):
        return self._weeks(self.itermonthdates(year, month))

    def monthdays2calendar(self, year, month):
        return self._weeks(self.itermonthdays2(year, month))

    def monthdayscalendar(self, year, month):
        return self._weeks(self.itermonthdays(year, month))

    @staticmethod
    def _rows(months, width):
        return [months[i:i + width] for i in range(0, len(months), width)]

    def yeardatescalendar(self, year, width=3):
        return self._rows([self.monthdatescalendar(year, m) for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        return self._rows([self.monthdays2calendar(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        return self._rows([self.monthdayscalendar(year, m) for m in range(1, 13)], width)


class TextCalendar(Calendar):
    """Plain-text calendars of months and years."""

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        return ('' if day == 0 else '%2i' % day).center(width)

    def formatweek(self, theweek, width):
        return ' '.join([self.formatday(d, wd, width) for d, wd in theweek])

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return ' '.join([self.formatweekday(i, width) for i in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        name = month_name[themonth]
        if withyear:
            name = "%s %r" % (name, theyear)
        return name.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        gap = '\n' * max(1, l)
        lines = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1),
                 self.formatweekheader(w)]
        for week in self.monthdays2calendar(theyear, themonth):
            lines.append(self.formatweek(week, w))
        return ''.join(line.rstrip() + gap for line in lines)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        gap = '\n' * max(1, l)
        c = max(2, c)
        colwidth = (w + 1) * 7 - 1
        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), gap]
        header = self.formatweekheader(w)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            names = [self.formatmonthname(theyear, k, colwidth, False) for k in months]
            out += [gap, formatstring(names, colwidth, c).rstrip(), gap,
                    formatstring([header] * len(months), colwidth, c).rstrip(), gap]
            for j in range(max(len(cal) for cal in row)):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else '' for cal in row]
                out += [formatstring(weeks, colwidth, c).rstrip(), gap]
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end='')


class LocaleTextCalendar(TextCalendar):
    """A TextCalendar for a locale; Krait has only the C locale's names."""

    def __init__(self, firstweekday=0, locale=None):
        TextCalendar.__init__(self, firstweekday)
        self.locale = locale


from _calendar_html import HTMLCalendar, LocaleHTMLCalendar  # noqa: E402

# The module-level functions use one shared TextCalendar.
c = TextCalendar()

firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear

_colwidth = 7 * 3 - 1
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Print columns, each centred in colwidth, spacing apart."""
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    return (' ' * spacing).join([col.center(colwidth) for col in cols])


def timegm(tuple):
    """Seconds since the epoch for a UTC time tuple (inverse of time.gmtime)."""
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORD + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second

